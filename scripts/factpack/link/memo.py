"""Link memo: the previous build's linking decisions, kept in the build cache folder.

Linking takes the reports one at a time in anchor order, so a source added to a large corpus
may change decisions about any later report; deciding everything again costs a comparison
of every report with its candidate incidents. The memo keeps, per report, what linking read
of it and what it decided (`incidents.LinkRecord`); the next build takes those decisions
wherever nothing they depend on can have changed (`incidents.Replay`) and decides the rest,
so its result is the one a build without the memo gives.

One JSON file, `link-<20 hex digits>.json`, named after a SHA-256 of the link code and its
reference files: other code starts another file, and files of other code are removed (only
names this module gives; nothing else in the folder is touched). A damaged or missing memo
is no memo.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from factpack.link.incidents import LinkRecord
from factpack.link.rules import MODALITIES_FILE, TYPES_FILE
from factpack.paths import REFERENCE, files_digest, remove_stale, write_atomically

FORMAT = 1
OWN_NAME = re.compile(r"link-[0-9a-f]{20}\.json")  # the names memo_key() gives


def memo_key() -> str:
    """SHA-256 (20 hex digits) of every link module and the linking reference files."""
    here = Path(__file__).resolve().parent
    return files_digest(f"link-memo {FORMAT}",
                        [*sorted(here.glob("*.py")), REFERENCE / TYPES_FILE, REFERENCE / MODALITIES_FILE])


class LinkMemo:
    """The link memo in `folder` (None: no memo, nothing read or written)."""

    def __init__(self, folder: Path | None) -> None:
        self.path = None if folder is None else Path(folder) / f"link-{memo_key()}.json"

    def load(self) -> LinkRecord | None:
        if self.path is None:
            return None
        try:
            obj = json.loads(self.path.read_bytes())
            if obj.get("format") != FORMAT:
                return None
            signature, placed, retried = {}, {}, {}
            for sig, p, r in obj["reports"]:
                eid = sig[1]
                signature[eid] = sig
                placed[eid] = p
                if r is not None:
                    retried[eid] = r
            return LinkRecord(signature, placed, retried)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None  # no memo yet, or a damaged one: everything is decided anew

    def save(self, record: LinkRecord) -> None:
        """Write the record (atomically) and remove memos of other code; silently nothing
        when the folder cannot be written."""
        if self.path is None:
            return
        rows = [[sig, record.placed[eid], record.retried.get(eid)] for eid, sig in record.signature.items()]
        data = json.dumps({"format": FORMAT, "reports": rows}, ensure_ascii=False,
                          separators=(",", ":")).encode()
        if write_atomically(self.path, data):
            remove_stale(self.path, "link-*.json", OWN_NAME)  # memos of other code: stale
