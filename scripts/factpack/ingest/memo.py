"""Ingest memo: the costly pure parts of reading a document, remembered between builds.

Reading a seeds folder decodes every file, parses its sidecar and analyses its layout and
language. On a rebuild almost every file is unchanged, so the results of the pure steps are
kept in one JSON file, keyed by content:

- the sidecar's parsed YAML, by the SHA-256 of the sidecar's bytes (the checks on the parsed
  values, such as a publication date in the future, run on every build);
- the layout (`analyse_layout`) and the language guess (`detect_language`), by the SHA-256 of
  the decoded text and the sidecar title.

Keys are contents, never file names, sizes or times, so an entry can only be used for the
same input; the memo file itself is named after a SHA-256 of the ingest code and the
reference files those steps read, so changing either starts a new one. A damaged or
missing memo is an empty one. Nothing read from it changes the package's bytes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from factpack.ingest.layout import LAYOUT_FILE, Layout, SkippedLine
from factpack.paths import REFERENCE, files_digest, remove_stale, write_atomically

FORMAT = 1
_SCALARS = (str, int, float, bool, type(None))
OWN_NAME = re.compile(r"ingest-[0-9a-f]{20}\.json")  # the names memo_key() gives


def memo_key() -> str:
    """SHA-256 (20 hex digits) of every ingest module and the reference files ingest reads."""
    here = Path(__file__).resolve().parent
    return files_digest(f"ingest-memo {FORMAT}",
                        [*sorted(here.glob("*.py")), LAYOUT_FILE, REFERENCE / "stopwords.csv"])


def layout_to_json(lay: Layout) -> list[Any]:
    return [lay.headline, lay.body_start, lay.dateline, lay.agency,
            [list(p) for p in lay.paragraphs],
            [[x.line, x.start, x.end, x.kind, x.reason] for x in lay.skipped]]


def layout_from_json(v: list[Any]) -> Layout:
    headline, body_start, dateline, agency, paragraphs, skipped = v
    return Layout(headline, body_start, dateline, agency,
                  tuple((int(a), int(b)) for a, b in paragraphs),
                  tuple(SkippedLine(*x) for x in skipped))


def flat_mapping(value: object) -> bool:
    """A YAML mapping of string keys to scalars: the only sidecars the memo keeps (JSON would
    not give back other keys or nested values exactly)."""
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, _SCALARS) for k, v in value.items())


class IngestMemo:
    """Layouts, language guesses and parsed sidecars of earlier builds (see the module)."""

    def __init__(self, folder: Path | None) -> None:
        self.path = None if folder is None else Path(folder) / f"ingest-{memo_key()}.json"
        self.old: dict[str, dict[str, Any]] = {"text": {}, "sidecar": {}}
        self.new: dict[str, dict[str, Any]] = {"text": {}, "sidecar": {}}
        if self.path is not None:
            try:
                obj = json.loads(self.path.read_bytes())
                if obj.get("format") == FORMAT:
                    self.old = {"text": dict(obj["text"]), "sidecar": dict(obj["sidecar"])}
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                pass  # no memo yet, or a damaged one: every document is analysed

    def get(self, kind: str, key: str) -> Any:
        """The remembered value (and keep it for the next build), or None."""
        v = self.new[kind].get(key)
        if v is None:
            v = self.old[kind].get(key)
            if v is not None:
                self.new[kind][key] = v
        return v

    def put(self, kind: str, key: str, value: Any) -> None:
        self.new[kind][key] = value

    def save(self) -> None:
        """Write the entries this build used (so the file holds the current corpus only);
        silently nothing when the folder cannot be written or nothing changed."""
        if self.path is None or self.new == self.old:
            return
        data = json.dumps({"format": FORMAT, "text": dict(sorted(self.new["text"].items())),
                           "sidecar": dict(sorted(self.new["sidecar"].items()))},
                          ensure_ascii=False, separators=(",", ":")).encode()
        write_atomically(self.path, data)
        remove_stale(self.path, "ingest-*.json", OWN_NAME)  # memos of other code: stale
