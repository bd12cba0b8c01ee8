"""Release: build, validate, then archive the package as a zip and a DuckDB file in dist/."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from factpack.contract.checks import validate_package
from factpack.contract.files import read_descriptor
from factpack.contract.validate import ValidationError
from factpack.pipeline import Progress, _quiet, build, check_out_dir, recover
from factpack.publish.database import write_duckdb
from factpack.release.bundle import SITE_DIR, bundle_files
from factpack.release.catalog import INDEX, catalog, catalog_bytes, check_created
from factpack.release.changelog import changelog_entry, release_notes, write_changelog
from factpack.release.diff import diff_packages, open_package
from factpack.release.versions import check_rebuild, check_version, parse_version, previous_release

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def zip_bytes(package_dir: Path, root: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A byte-reproducible zip of a folder: sorted entries, fixed times and permissions.

    `extra` adds files that are not in the folder (relative path -> bytes), such as the
    release notes.
    """
    entries: dict[Path, bytes | None] = {
        p: None
        for p in package_dir.rglob("*")
        if p.is_file() and not any(s.startswith(".") for s in p.relative_to(package_dir).parts)
    }
    entries.update({package_dir / rel: data for rel, data in (extra or {}).items()})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in sorted(entries):
            data = entries[p]
            info = zipfile.ZipInfo(f"{root}/{p.relative_to(package_dir).as_posix()}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, p.read_bytes() if data is None else data, compresslevel=9)
    return buf.getvalue()


def sha256sums(dist: Path, pending: dict[str, Path] | None = None) -> bytes:
    """SHA256SUMS of the archives in `dist`; `pending` maps names not yet renamed into place
    (final name -> temporary file) so the sums can be written before anything is published."""
    files = {
        p.name: p
        for p in dist.iterdir()
        if p.is_file() and p.suffix in {".zip", ".duckdb"} and not p.name.startswith(".")
    }
    files.update(pending or {})
    lines = [f"{hashlib.sha256(files[n].read_bytes()).hexdigest()}  {n}\n" for n in sorted(files)]
    return "".join(lines).encode()


def _replace(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def write_folder(folder: Path, files: dict[str, bytes]) -> None:
    """Write `files` (relative path -> bytes) into a new folder."""
    shutil.rmtree(folder, ignore_errors=True)
    for rel, data in sorted(files.items()):
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        os.chmod(p, 0o644)


def _swap_in(staging: Path, out: Path) -> None:
    """Move the staged package folder into place, replacing the previous one."""
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        os.rename(out, old)
    try:
        os.rename(staging, out)
    except BaseException:
        if old is not None and not out.exists():
            os.rename(old, out)  # put the previous package back
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def release(
    seeds: Path, out: Path, dist: Path, progress: Progress = _quiet, changelog: Path | None = None
) -> list[Path]:
    """Build + validate the package, check its version against the releases in `dist`, then
    write the archive (with RELEASE_NOTES.md), the database, SHA256SUMS and the changelog entry.

    The version must not understate the change against the previous release (the highest
    version in `dist` below it), and re-releasing a version already in `dist` must leave its
    data unchanged; otherwise a VersionError is raised and nothing is written (neither `out`
    nor `dist` nor the changelog). `changelog` defaults to CHANGELOG.md beside `dist`.
    """
    out, dist = Path(out).resolve(), Path(dist)
    changelog = Path(changelog) if changelog else dist.resolve().parent / "CHANGELOG.md"
    recover(out)
    check_out_dir(out, Path(seeds))  # `out` is replaced at the end: it must be a package folder
    staging = out.parent / f".{out.name}.release-{os.getpid()}"
    try:
        build(seeds, staging, progress)
        progress("validating the built package")
        problems = validate_package(staging)
        if problems:
            raise ValidationError(problems)
        desc = read_descriptor(staging)
        stem = f"{desc['name']}-{desc['version']}"
        version = parse_version(desc["version"])
        prev = previous_release(dist, desc["name"], version)
        diff = None
        if prev is not None:
            progress(f"comparing with the previous release {prev[1].name}")
            with open_package(prev[1]) as old:
                diff = diff_packages(old, staging, prev[1].name, stem)
            check_version(diff, prev[0], version)
            check_created(desc, prev)
        zpath = dist / f"{stem}.zip"
        if zpath.exists():
            progress(f"{zpath.name} exists: checking that this rebuild leaves its data unchanged")
            with open_package(zpath) as old:
                check_rebuild(diff_packages(old, staging), version, zpath)
        notes = release_notes(desc, prev and prev[0], diff)
        extras = bundle_files(staging, desc, notes)
        archive = zip_bytes(staging, stem, extras)
        entry = changelog_entry(desc, prev and prev[0], diff)
        log = write_changelog(changelog, desc["version"], entry)
        _swap_in(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    dist.mkdir(parents=True, exist_ok=True)
    progress(f"writing {zpath}")
    dpath = dist / f"{stem}.duckdb"
    # Every new file of dist/ is written under a temporary name first and renamed into place
    # only once all are complete: a failure before that leaves dist/ as it was.
    tmp_db, tmp_zip = dist / f".{stem}.duckdb.tmp", dist / f".{stem}.zip.tmp"
    tmp_sums, tmp_index = dist / ".SHA256SUMS.tmp", dist / f".{INDEX}.tmp"
    site, tmp_site = dist / f"{stem}-site", dist / f".{stem}-site.tmp"
    try:
        write_duckdb(out, tmp_db)
        tmp_zip.write_bytes(archive)
        pending = {zpath.name: tmp_zip, dpath.name: tmp_db}
        tmp_sums.write_bytes(sha256sums(dist, pending))
        tmp_index.write_bytes(catalog_bytes(catalog(dist, desc["name"], pending)))
        write_folder(tmp_site, {k.removeprefix(f"{SITE_DIR}/"): v for k, v in extras.items()
                                if k.startswith(f"{SITE_DIR}/")})
        for t in (tmp_db, tmp_zip, tmp_sums, tmp_index):
            os.chmod(t, 0o644)
        os.replace(tmp_zip, zpath)
        os.replace(tmp_db, dpath)
        os.replace(tmp_sums, dist / "SHA256SUMS")
        os.replace(tmp_index, dist / INDEX)
        _swap_in(tmp_site, site)
    finally:
        for t in (tmp_db, tmp_zip, tmp_sums, tmp_index):
            if t.exists():
                t.unlink()
        shutil.rmtree(tmp_site, ignore_errors=True)
    progress(f"writing the {desc['version']} entry of {changelog}")
    changelog.parent.mkdir(parents=True, exist_ok=True)
    _replace(changelog, log)
    cff = changelog.parent / "CITATION.cff"
    _replace(cff, extras["CITATION.cff"])
    return [zpath, dpath, dist / "SHA256SUMS", dist / INDEX, site, changelog, cff]
