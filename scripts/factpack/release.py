"""Release: build, validate, then archive the package as a zip and a DuckDB file in dist/."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import zipfile
from pathlib import Path

import duckdb

from .build import Progress, _quiet, build
from .checks import validate_package
from .loaders import read_descriptor
from .schema import TABLE_ORDER
from .validate import ValidationError

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def zip_bytes(package_dir: Path, root: str) -> bytes:
    """A byte-reproducible zip of a folder: sorted entries, fixed times and permissions."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in sorted(package_dir.rglob("*")):
            if not p.is_file() or any(part.startswith(".") for part in p.relative_to(package_dir).parts):
                continue
            info = zipfile.ZipInfo(f"{root}/{p.relative_to(package_dir).as_posix()}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, p.read_bytes(), compresslevel=9)
    return buf.getvalue()


def write_duckdb(package_dir: Path, path: Path) -> None:
    """A DuckDB database with one table per package table, readable by DuckDB 1.x clients."""
    if path.exists():
        path.unlink()
    con = duckdb.connect(str(path), config={"storage_compatibility_version": "v1.0.0"})
    try:
        for name in TABLE_ORDER:
            src = (package_dir / "data" / f"{name}.parquet").as_posix()
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet('{src}')")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def sha256sums(dist: Path) -> bytes:
    lines = []
    for p in sorted(dist.iterdir()):
        if p.is_file() and p.suffix in {".zip", ".duckdb"} and not p.name.startswith("."):
            lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n")
    return "".join(lines).encode()


def _replace(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def release(seeds: Path, out: Path, dist: Path, progress: Progress = _quiet) -> list[Path]:
    """Build + validate the package, then write the archive, the database and SHA256SUMS."""
    build(seeds, out, progress)
    progress("validating the built package")
    problems = validate_package(out)
    if problems:
        raise ValidationError(problems)
    desc = read_descriptor(out)
    stem = f"{desc['name']}-{desc['version']}"
    dist.mkdir(parents=True, exist_ok=True)
    progress(f"writing {dist / (stem + '.zip')}")
    zpath = dist / f"{stem}.zip"
    dpath = dist / f"{stem}.duckdb"
    tmp_db = dist / f".{stem}.duckdb.tmp"
    try:
        write_duckdb(out, tmp_db)
        _replace(zpath, zip_bytes(out, stem))
        os.replace(tmp_db, dpath)
    finally:
        if tmp_db.exists():
            tmp_db.unlink()
    _replace(dist / "SHA256SUMS", sha256sums(dist))
    return [zpath, dpath, dist / "SHA256SUMS"]
