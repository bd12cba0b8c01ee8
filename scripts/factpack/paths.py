"""Where the project's files live, and the helpers for the files a build keeps in its cache
folder (extraction entries, the ingest and link memos): a digest naming them after the code
and reference files they depend on, an atomic write, and removal of stale files of the tool's
own naming pattern (never any other file)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
REFERENCE = SCHEMAS / "reference"
FIELDS_FILE = SCHEMAS / "fields.yaml"
SEEDS = ROOT / "seeds"
PACKAGE = ROOT / "datapackage"
DIST = ROOT / "dist"


def files_digest(label: str, files: Iterable[Path]) -> str:
    """SHA-256 (20 hex digits) of `label` and each file's name and bytes (CRLF read as LF)."""
    h = hashlib.sha256(f"{label}\0".encode())
    for path in files:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()[:20]


def write_atomically(path: Path, data: bytes | Iterable[bytes],
                     head: Callable[[], bytes] | None = None) -> bool:
    """Write `data` (bytes, or parts written one after another) to `path` through a temporary
    file in its folder; False on an OSError. `head`: asked once everything is written, its
    bytes are written over the start of the file (a first line that summarises the rest, of
    the length of the placeholder written first)."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                fh.writelines(data)
            if head is not None:
                fh.seek(0)
                fh.write(head())
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
    return True


def remove_stale(keep: Path, glob: str, own_name: re.Pattern[str]) -> None:
    """Remove the files beside `keep` that match `glob` and are named as the tool names them
    (`own_name`): a user's own file is never removed. Errors are ignored."""
    for old in keep.parent.glob(glob):
        if old != keep and own_name.fullmatch(old.name) and old.is_file():
            try:
                old.unlink()
            except OSError:
                pass
