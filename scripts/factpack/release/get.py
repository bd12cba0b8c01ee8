"""`factpack get`: download a release named in a catalogue (dist/index.json), check it, unpack it.

The source is a URL (http or https) or a local folder holding `index.json` and the release
files. Every file is streamed to a temporary name, checked against the catalogue's size and
SHA-256 and only then renamed into place; the zip is unpacked with `safe_extract`. Nothing
that exists is overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from factpack.errors import FactpackError
from factpack.release.archive import safe_extract
from factpack.release.catalog import INDEX

TIMEOUT = 60  # seconds without data before a download is given up
MAX_INDEX_BYTES = 10_000_000
CHUNK = 1 << 16
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


@contextmanager
def open_source(source: str, name: str) -> Iterator[IO[bytes]]:
    """A readable stream of `name` in `source` (a URL or a folder)."""
    if is_url(source):
        url = source.rstrip("/") + "/" + name
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT) as resp:  # noqa: S310 (http/https only)
                yield resp
        except urllib.error.HTTPError as e:
            raise FactpackError(f"{url}: HTTP {e.code} {e.reason}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            raise FactpackError(f"{url}: cannot download ({getattr(e, 'reason', e)})") from None
        return
    path = Path(source) / name
    if not path.is_file():
        raise FactpackError(f"{path}: no such file")
    with open(path, "rb") as fh:
        yield fh


def read_catalog(source: str) -> dict[str, Any]:
    with open_source(source, INDEX) as fh:
        data = fh.read(MAX_INDEX_BYTES + 1)
    where = f"{source.rstrip('/')}/{INDEX}"
    if len(data) > MAX_INDEX_BYTES:
        raise FactpackError(f"{where}: larger than {MAX_INDEX_BYTES:,} bytes, not a catalogue")
    try:
        cat = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise FactpackError(f"{where}: not valid JSON ({e})") from None
    if not isinstance(cat, dict) or not isinstance(cat.get("releases"), list):
        raise FactpackError(f"{where}: not a factpack release catalogue (no `releases` list)")
    return cat


def pick_release(cat: dict[str, Any], version: str) -> dict[str, Any]:
    """The catalogue entry of `version` (`latest`: the catalogue's latest)."""
    want = cat.get("latest") if version == "latest" else version
    for rel in cat["releases"]:
        if isinstance(rel, dict) and rel.get("version") == want:
            return rel
    have = ", ".join(str(r.get("version")) for r in cat["releases"] if isinstance(r, dict)) or "none"
    raise FactpackError(f"no release {version!r} in the catalogue (available: {have})")


def download(source: str, entry: dict[str, Any], to: Path) -> Path:
    """Fetch one catalogued file into `to`, checking its size and SHA-256; returns its path."""
    name, size, digest = entry.get("name"), entry.get("bytes"), entry.get("sha256")
    if not isinstance(name, str) or not SAFE_NAME.match(name) or ".." in name:
        raise FactpackError(f"catalogue names an unsafe file {name!r}")
    if not isinstance(size, int) or not isinstance(digest, str):
        raise FactpackError(f"catalogue entry {name}: no size or SHA-256")
    dest = to / name
    if dest.exists():
        if hashlib.sha256(dest.read_bytes()).hexdigest() == digest:
            return dest  # already here and intact
        raise FactpackError(f"{dest} exists and differs from the release: move it away first")
    tmp = to / f".{name}.part-{os.getpid()}"
    h, n = hashlib.sha256(), 0
    try:
        with open_source(source, name) as src, open(tmp, "xb") as out:
            while chunk := src.read(CHUNK):
                n += len(chunk)
                if n > size:
                    raise FactpackError(f"{name}: larger than the {size:,} bytes the catalogue says")
                h.update(chunk)
                out.write(chunk)
        if n != size:
            raise FactpackError(f"{name}: {n:,} bytes, the catalogue says {size:,}")
        if h.hexdigest() != digest:
            raise FactpackError(f"{name}: SHA-256 {h.hexdigest()} differs from the catalogue's {digest}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def get_release(version: str, source: str, to: Path) -> tuple[dict[str, Any], list[Path], Path | None]:
    """Download every file of a release into `to` and unpack its zip there.

    Returns the catalogue entry, the downloaded files and the unpacked package folder.
    """
    to = Path(to)
    source = source[: -len(INDEX)] if source.rstrip("/").endswith("/" + INDEX) else source
    cat = read_catalog(source)
    rel = pick_release(cat, version)
    to.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    before = set(to.iterdir())
    try:
        for e in rel.get("files", []):
            if isinstance(e, dict):
                files.append(download(source, e, to))
    except BaseException:
        for f in files:  # a release comes whole or not at all: remove what this call fetched
            if f not in before:
                f.unlink(missing_ok=True)
        raise
    folder = None
    for f in files:
        if f.suffix == ".zip":
            folder = to / f.stem
            if folder.exists():
                raise FactpackError(f"{folder} exists: the release is downloaded but not unpacked over it")
            safe_extract(f, to)
    return rel, files, folder


MAX_LOAD_BYTES = 2_000_000_000


def load(path: str | os.PathLike[str], fmt: str = "parquet", categoricals: bool = True
         ) -> dict[str, Any]:
    """Every table of a package as typed pandas DataFrames, from a package folder, a release
    zip, or a URL of a release zip (downloaded to a temporary file, unpacked safely).

        import factpack
        t = factpack.load("dist/us-venezuela-crisis-2025-0.3.0.zip")
        t["events"].dtypes   # string, Int64, boolean, Float64; dates as datetime.date; enums as category

    `fmt` picks the files read ("parquet" or "csv"): both give identical frames.
    """
    import tempfile

    from factpack.publish.loaders import load_package
    from factpack.release.diff import package_root

    text = os.fspath(path)
    with tempfile.TemporaryDirectory(prefix="factpack-load-") as tmp:
        if is_url(text):
            name = text.rstrip("/").rsplit("/", 1)[-1] or "release.zip"
            base = text.rstrip("/")[: -len(name)]
            local = Path(tmp) / "download.zip"
            with open_source(base, name) as src, open(local, "xb") as out:
                n = 0
                while chunk := src.read(CHUNK):
                    n += len(chunk)
                    if n > MAX_LOAD_BYTES:
                        raise FactpackError(f"{text}: larger than {MAX_LOAD_BYTES:,} bytes")
                    out.write(chunk)
            text = str(local)
        p = Path(text)
        if p.is_dir():
            return load_package(package_root(p), fmt, categoricals)
        if not p.is_file():
            raise FactpackError(f"{p}: no such package folder, release zip or URL")
        safe_extract(p, Path(tmp) / "pkg")
        return load_package(package_root(Path(tmp) / "pkg"), fmt, categoricals)
