"""A release commits many files and folders as one: staged first, then renamed into place
under a journal, so a kill at any point leaves the old release or (after the next run) the new.

    txn = Transaction(dist)
    txn.add_bytes(dist / "pkg-1.0.0.zip", data)       # written under a hidden staged name
    txn.add_path(out, staged_package_folder)          # a folder (or file) built elsewhere
    txn.commit()                                      # journal, renames, journal removed

Protocol. Everything is written under hidden names beside its final place (same file system,
so each step is a rename). Then the journal `dist/.release-journal.json` is written atomically:
from that moment the release counts as done. Each move renames the current file or folder aside
(to a hidden backup) and the staged one into place; then the journal is removed, then the
backups. `recover_release` (run by the next `release`, under the lock of dist/) finishes a
commit whose journal exists (every step is idempotent), and removes staged files of a release
that died before its journal was written: either way the result is all old or all new.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from factpack.pool import pid_alive

JOURNAL = ".release-journal.json"
# hidden names of this module: .<final name>.stage-<pid>-<hex> and .<final name>.backup-<pid>-<hex>
STAGED_RE = re.compile(r"\..+\.(stage|backup|commit)-(\d+)-[0-9a-f]+(\.wal)?")


def checkpoint(step: str) -> None:
    """Called at each step of a commit; tests replace it to kill the process there."""


@dataclass(frozen=True)
class Move:
    staged: str  # absolute paths
    final: str
    backup: str


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write(path: Path, data: bytes) -> None:
    with open(path, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o644)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _apply(move: Move) -> None:
    """One move, idempotent: a move already done (nothing staged any more) is skipped."""
    staged, final, backup = Path(move.staged), Path(move.final), Path(move.backup)
    if not staged.exists():
        return
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists() and not backup.exists():
        os.rename(final, backup)
    elif final.exists():  # a backup is already aside: what is at `final` is not the old one
        _remove(final)
    os.rename(staged, final)


class Transaction:
    """The files and folders of one release, staged, then committed together."""

    def __init__(self, dist: Path) -> None:
        self.dist = Path(os.path.abspath(dist))
        self.tag = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.moves: list[Move] = []

    def staged_name(self, final: Path, kind: str = "stage") -> Path:
        return final.parent / f".{final.name}.{kind}-{self.tag}"

    def _add(self, final: Path, staged: Path) -> None:
        self.moves.append(Move(str(staged), str(final), str(self.staged_name(final, "backup"))))

    def add_bytes(self, final: Path, data: bytes) -> Path:
        """Stage a file with this content to replace (or create) `final`; return its staged path."""
        final = Path(os.path.abspath(final))
        final.parent.mkdir(parents=True, exist_ok=True)
        staged = self.staged_name(final)
        _write(staged, data)
        self._add(final, staged)
        return staged

    def add_path(self, final: Path, source: Path) -> Path:
        """Stage an existing file or folder (moved beside `final`) to replace `final`."""
        final = Path(os.path.abspath(final))
        final.parent.mkdir(parents=True, exist_ok=True)
        staged = self.staged_name(final, "commit" if Path(source).is_dir() else "stage")
        os.rename(source, staged)
        self._add(final, staged)
        return staged

    def staged(self) -> dict[str, Path]:
        """Final file name -> staged path, for the moves into dist/ (e.g. to checksum them)."""
        return {Path(m.final).name: Path(m.staged) for m in self.moves
                if Path(m.final).parent == self.dist}

    def abort(self) -> None:
        """Remove everything staged (nothing was published)."""
        for m in self.moves:
            _remove(Path(m.staged))
        self.moves = []

    def commit(self) -> None:
        """Publish every staged file and folder as one step (see the module docstring)."""
        for parent in {Path(m.staged).parent for m in self.moves}:
            _fsync_dir(parent)
        checkpoint("staged")
        journal = self.dist / JOURNAL
        tmp = self.dist / f".{JOURNAL}.stage-{self.tag}"
        _write(tmp, json.dumps([asdict(m) for m in self.moves], indent=1).encode())
        os.replace(tmp, journal)
        _fsync_dir(self.dist)
        checkpoint("journal written")
        finish(self.dist, self.moves, checkpoint)


def finish(dist: Path, moves: list[Move], step: Callable[[str], None] = checkpoint) -> None:
    """Apply the moves of a journal, remove it, then the backups."""
    for i, m in enumerate(moves):
        _apply(m)
        step(f"moved {i + 1}/{len(moves)} ({Path(m.final).name})")
    for parent in {Path(m.final).parent for m in moves}:
        _fsync_dir(parent)
    (dist / JOURNAL).unlink(missing_ok=True)
    _fsync_dir(dist)
    step("journal removed")
    for m in moves:
        _remove(Path(m.backup))


def recover_release(dist: Path, folders: list[Path] = ()) -> str | None:
    """Finish or undo what a killed release left (call it holding the lock of `dist`).

    A journal in `dist` is a committed release: its moves are completed. Without one, the
    staged files of dead releases in `dist` and in `folders` (where the package folder and the
    changelog are staged) are removed. Returns what was done, or None.
    """
    dist = Path(os.path.abspath(dist))
    done = None
    journal = dist / JOURNAL
    if journal.exists():
        moves = [Move(**m) for m in json.loads(journal.read_text(encoding="utf-8"))]
        finish(dist, moves, lambda _: None)
        done = f"completed the release interrupted in {dist} ({len(moves)} files and folders)"
    for folder in {dist, *(Path(os.path.abspath(f)) for f in folders)}:
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            m = STAGED_RE.fullmatch(p.name)
            if m and not pid_alive(int(m.group(2))):
                _remove(p)
                done = done or f"removed files of a release interrupted before it was committed ({p.name})"
    return done
