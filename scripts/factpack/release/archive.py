"""Safe extraction of release archives (for `verify` and `diff`, which open downloaded zips).

    from factpack.release.archive import safe_extract
    paths = safe_extract("dist/pkg-1.0.0.zip", tmp_dir)

Every entry is checked before anything is written; an archive with one bad entry writes
nothing. Refused: absolute paths (`/x`, `\\x`, `C:x`), `..` components, backslashes (a
Windows separator in disguise), symlinks and other non-regular files, duplicate names,
encrypted entries, and archives whose entries exceed the size limits (zip bombs).
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from factpack.errors import FactpackError

MAX_TOTAL_BYTES = 2 * 1024**3  # uncompressed size of the whole archive
MAX_RATIO = 200  # uncompressed / compressed size of one entry above 1 MiB
CHUNK = 1 << 20


class UnsafeArchiveError(FactpackError):
    """An archive entry that could write outside the target folder (or is otherwise unsafe)."""

    def __init__(self, zip_path: object, entry: str | None, problem: str) -> None:
        self.zip_path, self.entry, self.problem = str(zip_path), entry, problem
        where = f"{zip_path}: entry {entry!r}" if entry is not None else f"{zip_path}"
        super().__init__(f"{where}: {problem}")


def _entry_path(zip_path: Path, info: zipfile.ZipInfo) -> PurePosixPath | None:
    """The entry's relative path (None for a directory entry); raise if it is unsafe."""
    name = info.filename

    def bad(problem: str) -> UnsafeArchiveError:
        return UnsafeArchiveError(zip_path, name, problem)

    if not name or "\x00" in name:
        raise bad("empty or NUL in the name")
    if "\\" in name:
        raise bad("backslash in the name (a Windows path separator)")
    if name.startswith("/") or (len(name) >= 2 and name[1] == ":") or ":" in name.split("/")[0]:
        raise bad("absolute path")
    parts = PurePosixPath(name).parts
    if ".." in parts:
        raise bad("`..` in the path points outside the target folder")
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_IFMT(mode):  # a Unix file type is recorded
        if stat.S_ISLNK(mode):
            raise bad("symbolic link")
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise bad("not a regular file or folder")
    if info.flag_bits & 0x1:
        raise bad("encrypted entry")
    if info.is_dir():
        return None
    rel = PurePosixPath(*[p for p in parts if p not in ("", ".")])
    if not rel.parts:
        raise bad("empty path")
    if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > CHUNK:
        raise bad(f"compression ratio above {MAX_RATIO} (a zip bomb?)")
    return rel


def safe_extract(
    zip_path: str | os.PathLike[str], target: str | os.PathLike[str], max_total_bytes: int = MAX_TOTAL_BYTES
) -> list[Path]:
    """Extract the regular files of `zip_path` into `target` (created if missing).

    Raises UnsafeArchiveError (a FactpackError naming the archive and entry) before writing
    anything if any entry is unsafe, and FactpackError if the file is not a zip archive.
    Existing files are never overwritten and nothing is written through a symlink.
    Returns the extracted files, in archive order.
    """
    zip_path, target = Path(zip_path), Path(target)
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as e:
        raise FactpackError(f"{zip_path}: not a readable zip archive ({e})") from None
    with zf:
        plan: list[tuple[zipfile.ZipInfo, PurePosixPath]] = []
        seen: set[str] = set()
        total = 0
        for info in zf.infolist():
            rel = _entry_path(zip_path, info)
            if rel is None:
                continue
            key = rel.as_posix()
            if key in seen or key.casefold() in seen:
                raise UnsafeArchiveError(zip_path, info.filename, "duplicate entry")
            seen.update({key, key.casefold()})
            total += info.file_size
            if total > max_total_bytes:
                raise UnsafeArchiveError(zip_path, None, f"more than {max_total_bytes:,} bytes uncompressed")
            plan.append((info, rel))
        target.mkdir(parents=True, exist_ok=True)
        root = target.resolve()
        for _, rel in plan:
            dest = root.joinpath(*rel.parts)
            for parent in [root.joinpath(*rel.parts[:i]) for i in range(1, len(rel.parts) + 1)]:
                if parent.is_symlink():
                    raise UnsafeArchiveError(zip_path, rel.as_posix(), f"{parent} is a symlink")
            if dest.exists():
                raise UnsafeArchiveError(zip_path, rel.as_posix(), f"{dest} already exists")
        out: list[Path] = []
        written = 0
        try:
            for info, rel in plan:
                dest = root.joinpath(*rel.parts)
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(dest, "xb") as dst:
                    out.append(dest)
                    while chunk := src.read(CHUNK):
                        written += len(chunk)
                        if written > max_total_bytes:  # sizes in the headers can lie
                            raise UnsafeArchiveError(
                                zip_path,
                                info.filename,
                                f"more than {max_total_bytes:,} bytes uncompressed",
                            )
                        dst.write(chunk)
                os.chmod(dest, 0o644)
        except BaseException as e:
            for p in out:  # remove what this call wrote; leave anything else in `target`
                p.unlink(missing_ok=True)
            if isinstance(e, (zipfile.BadZipFile, zlib.error, EOFError)):
                raise FactpackError(f"{zip_path}: corrupt archive ({e})") from None
            if isinstance(e, OSError):
                raise FactpackError(f"{zip_path}: cannot extract into {target} ({e})") from None
            raise
    return out
