"""Link memo: the previous build's linking decisions, kept in the build cache folder.

Linking takes the reports one at a time in anchor order, so a source added to a large corpus
may change decisions about any later report; deciding everything again costs a comparison
of every report with its candidate incidents. The memo keeps, per report, what linking read
of it and what it decided (`incidents.LinkRecord`); the next build takes those decisions
wherever nothing they depend on can have changed (`incidents.Replay`) and decides the rest,
so its result is the one a build without the memo gives.

One UTF-8 text file, `link-<20 hex digits>.tsv`, named after a SHA-256 of the link code and
its reference files: other code starts another file, and files of other code are removed
(only names this module gives; nothing else in the folder is touched). Its first line names
the format and holds a SHA-256 of the rest (a damaged file is no memo); then one line per
report: event_id, source_id, the incident it was placed in (empty: it started one), the
incident of its retry (empty: none), and its signature (compact JSON, which never holds a
raw tab or newline), separated by tabs. Lines, not one JSON document, so that loading the
memo of a large corpus holds a few strings per report rather than a tree of Python objects.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from factpack.link.incidents import LinkRecord
from factpack.link.rules import MODALITIES_FILE, TYPES_FILE
from factpack.paths import REFERENCE, files_digest, remove_stale, write_atomically

FORMAT = 2
HEADER = f"factpack link memo {FORMAT}"
OWN_NAME = re.compile(r"link-[0-9a-f]{20}\.(json|tsv)")  # the names memo_key() gives (.json: format 1)


def memo_key() -> str:
    """SHA-256 (20 hex digits) of every link module and the linking reference files."""
    here = Path(__file__).resolve().parent
    return files_digest(f"link-memo {FORMAT}",
                        [*sorted(here.glob("*.py")), REFERENCE / TYPES_FILE, REFERENCE / MODALITIES_FILE])


class LinkMemo:
    """The link memo in `folder` (None: no memo, nothing read or written)."""

    def __init__(self, folder: Path | None) -> None:
        self.path = None if folder is None else Path(folder) / f"link-{memo_key()}.tsv"

    def load(self) -> LinkRecord | None:
        """The record, read a line at a time (a large memo is never held whole: its text
        would cost several times the record); None when there is none or it is damaged."""
        if self.path is None:
            return None
        try:
            with open(self.path, "rb") as fh:
                head = fh.readline().rstrip(b"\n").decode("ascii")
                if not head.startswith(f"{HEADER} "):
                    return None  # another format
                digest = hashlib.sha256()
                record = LinkRecord({}, {}, {}, {})
                names: dict[str, str] = {}  # one string object per source and incident named
                for raw in fh:
                    digest.update(raw)
                    eid, sid, placed, retried, sig = raw.decode("utf-8").rstrip("\n").split("\t")
                    record.signature[eid] = sig
                    record.source[eid] = names.setdefault(sid, sid)
                    record.placed[eid] = names.setdefault(placed, placed) if placed else None
                    if retried:
                        record.retried[eid] = names.setdefault(retried, retried)
            if head != f"{HEADER} {digest.hexdigest()}":
                return None  # a damaged or cut-short file
            return record
        except (OSError, ValueError, UnicodeDecodeError):
            return None  # no memo yet, or a damaged one: everything is decided anew

    def save(self, record: LinkRecord) -> None:
        """Write the record (atomically) and remove memos of other code; silently nothing
        when the folder cannot be written. The lines are made once (never all held: memory
        at scale) and hashed as they are written, after a placeholder first line of the same
        length that is then overwritten with the digest."""
        if self.path is None:
            return
        placed, retried, source = record.placed, record.retried, record.source
        digest = hashlib.sha256()

        def lines() -> Iterator[bytes]:
            for eid, sig in record.signature.items():
                line = f"{eid}\t{source[eid]}\t{placed[eid] or ''}\t{retried.get(eid, '')}\t{sig}\n".encode()
                digest.update(line)
                yield line

        def head() -> bytes:
            return f"{HEADER} {digest.hexdigest()}\n".encode("ascii")

        placeholder = f"{HEADER} {'0' * 64}\n".encode("ascii")  # a SHA-256 is 64 hex digits
        if write_atomically(self.path, itertools.chain([placeholder], lines()), head):
            remove_stale(self.path, "link-*", OWN_NAME)  # memos of other code: stale
