"""Incremental builds: extraction results cached per source document, as plain JSON.

An entry is keyed by the document (its text's SHA-256 and every field extraction can
read) inside a folder keyed by the extraction itself: `EXTRACTION_VERSION`, the reference
data version (`Reference.version`) and a SHA-256 of the extraction code. Changing any of
them starts a new folder, so a stale entry is never read. Entries hold the rows exactly as
`extract_document` returned them (dates tagged as `{"$date": "YYYY-MM-DD"}` and turned back
into `datetime.date`), so a build from the cache writes the same bytes as a clean build.
An entry is one JSON object per document: for each kind of row, its column names and a list
of value lists (smaller and several times faster to read than one object per row).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.ipc

from factpack.extract.document import EXTRACTION_VERSION, Extraction
from factpack.extract.reference import Reference
from factpack.ingest.sources import Document, sha256_text
from factpack.paths import ROOT, write_atomically

DEFAULT_CACHE = ROOT / ".cache" / "factpack"
CODE_DIR = Path(__file__).resolve().parent
# Every module whose code decides what extract_document returns: the whole of the ingest and
# extract stages (ids and reference parsing included: they shape the rows too).
EXTRACTION_STAGES = ("ingest", "extract")
KEEP_OTHER_KEYS = 2  # folders of earlier extraction keys kept beside the current one
OWN_DIR = re.compile(r"extract-[0-9a-f]{20}")  # the names extraction_key() gives; nothing else is pruned
_SCALAR_TYPES = {str, int, float, bool}


def code_sha256() -> str:
    h = hashlib.sha256()
    for stage in EXTRACTION_STAGES:
        for path in sorted((CODE_DIR / stage).glob("*.py")):
            h.update(f"{stage}/{path.name}".encode() + b"\0")
            h.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()


def extraction_key(ref: Reference) -> str:
    """What a cached extraction depends on, besides the document."""
    parts = f"{EXTRACTION_VERSION}\0{ref.version}\0{code_sha256()}"
    return hashlib.sha256(parts.encode()).hexdigest()[:20]


def document_key(doc: Document) -> str:
    """The document as extraction sees it: its text and every field it could read.

    The file name is left out (renaming a file does not re-extract it) and so are the
    ingest warnings.
    """
    fields = {
        "text_sha256": sha256_text(doc.text),
        "source_id": doc.source_id,
        "title": doc.title,
        "dateline": doc.dateline,
        "agency": doc.agency,
        "outlet": doc.outlet,
        "url": doc.url,
        "language": doc.language,
        "published_date": doc.published_date.isoformat() if doc.published_date else None,
        "body_start": doc.body_start,
        "paragraphs": doc.paragraphs,
        "skipped": [(x.start, x.end, x.kind) for x in doc.skipped],
    }
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


FORMAT = 3  # entry layout: one {"columns", "dates", "rows"} table per kind of row


def _encode_table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows (dicts with the same keys in the same order) as columns + lists of values.

    Values must be None, str, int, float, bool or datetime.date; a date column holds only
    dates (and nulls), written as ISO strings and named in "dates". TypeError otherwise.
    """
    if not rows:
        return {"columns": [], "dates": [], "rows": []}
    columns = tuple(rows[0])
    values = []
    for r in rows:
        if tuple(r) != columns:
            raise TypeError("rows with different columns")
        values.append(list(r.values()))
    dates = []
    for j, name in enumerate(columns):
        kinds = {type(row[j]) for row in values} - {type(None)}
        if dt.date in kinds:
            if kinds != {dt.date}:
                raise TypeError(f"column {name!r} mixes dates and other values")
            dates.append(name)
            for row in values:
                if row[j] is not None:
                    row[j] = row[j].isoformat()
        elif not kinds <= _SCALAR_TYPES:
            raise TypeError(f"cannot cache column {name!r} of {sorted(k.__name__ for k in kinds)}")
    return {"columns": list(columns), "dates": dates, "rows": values}


def _decode_table(t: dict[str, Any]) -> list[dict[str, Any]]:
    columns, rows = t["columns"], t["rows"]
    for name in t["dates"]:
        j = columns.index(name)
        for row in rows:
            if row[j] is not None:
                row[j] = dt.date.fromisoformat(row[j])
    return [dict(zip(columns, row, strict=True)) for row in rows]


def encode(ex: Extraction) -> bytes:
    """An Extraction as JSON; TypeError if a value is not a plain scalar or a date."""
    obj = {
        "format": FORMAT,
        "actor_keys": list(ex.actors),
        "actors": _encode_table(list(ex.actors.values())),
        "mentions": _encode_table(ex.mentions),
        "events": _encode_table(ex.events),
        "claims": _encode_table(ex.claims),
        "claim_links": _encode_table(ex.claim_links),
    }
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def decode(data: bytes) -> Extraction:
    obj = json.loads(data)
    if obj.get("format") != FORMAT:
        raise ValueError("cache entry of another format")
    actors = dict(zip(obj["actor_keys"], _decode_table(obj["actors"]), strict=True))
    return Extraction(actors, _decode_table(obj["mentions"]), _decode_table(obj["events"]),
                      _decode_table(obj["claims"]), _decode_table(obj["claim_links"]))


class ExtractionCache:
    """Cached extractions for one extraction key, one JSON file per document."""

    def __init__(self, root: Path, ref: Reference) -> None:
        self.root = Path(root)
        self.key = extraction_key(ref)
        self.dir = self.root / f"extract-{self.key}"

    def path(self, doc: Document) -> Path:
        k = document_key(doc)
        return self.dir / k[:2] / f"{k}.json"

    def get(self, doc: Document, path: Path | None = None) -> Extraction | None:
        """The cached extraction of `doc` (stored at `path`, when known), or None."""
        try:
            data = (path or self.path(doc)).read_bytes()
        except OSError:
            return None
        try:
            return decode(data)
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # a damaged entry (or one of another format) is a miss; it is rewritten

    def put(self, doc: Document, ex: Extraction, path: Path | None = None) -> bool:
        """Store an extraction (atomically); False when it cannot be stored."""
        try:
            data = encode(ex)
        except (TypeError, ValueError):
            return False
        return write_atomically(path or self.path(doc), data)

    def prune(self) -> None:
        """Remove the folders of all but the most recently used other extraction keys."""
        if not self.root.is_dir():
            return
        if self.dir.is_dir():
            os.utime(self.dir)
        others = sorted(
            (p for p in self.root.glob("extract-*")
             if p.is_dir() and p != self.dir and OWN_DIR.fullmatch(p.name)),
            key=lambda p: p.stat().st_mtime, reverse=True,
        )
        for p in others[KEEP_OTHER_KEYS:]:
            shutil.rmtree(p, ignore_errors=True)


# --- the row store: every document's rows of the previous build, as Arrow --------------------

ROW_KINDS = ("actors", "mentions", "events", "claims", "claim_links")  # actors: per document
KEY_COLUMN = "_key"  # an actor row's key in its document's Extraction.actors


@dataclass
class DocRows:
    """Rows of several documents, each kind one frame in which every document's rows are
    together, in `docs` order; `counts[kind][i]` rows belong to `docs[i]` (no per-row label:
    memory at scale)."""

    docs: list[str]
    frames: dict[str, pd.DataFrame]
    counts: dict[str, np.ndarray]


@dataclass
class StoredRows:
    """What the row store held: its documents, one Arrow table per kind, the row counts."""

    docs: list[str]
    tables: dict[str, pa.Table]
    counts: dict[str, np.ndarray]


class RowStore:
    """The extracted rows of every document of the previous build, kept beside the cache
    entries (in the extraction key's folder, so other extraction code never reads them): one
    Arrow IPC file per kind of row, and a manifest, written last, naming the documents, how
    many rows of each kind each has, and a token every file carries. A rebuild takes the rows
    of unchanged documents from here instead of reading and converting one cache entry per
    document; what it cannot read (missing, damaged, of another build) is no store.

    The rows are the same values the cache entries give (`tests/pipeline/test_incremental.py`
    compares rebuilds from the store with clean builds byte for byte)."""

    MANIFEST = "manifest.json"

    def __init__(self, folder: Path) -> None:
        self.dir = Path(folder) / "rows"

    def load(self) -> StoredRows | None:
        try:
            manifest = json.loads((self.dir / self.MANIFEST).read_text(encoding="utf-8"))
            token, docs = manifest["token"], list(manifest["docs"])
            counts = {k: np.asarray(manifest["counts"][k], dtype=np.int64) for k in ROW_KINDS}
            tables = {}
            for kind in ROW_KINDS:
                with pa.memory_map(str(self.dir / f"{kind}.arrow")) as source:
                    t = pa.ipc.open_file(source).read_all()
                if ((t.schema.metadata or {}).get(b"factpack-token") != token.encode()
                        or len(counts[kind]) != len(docs) or int(counts[kind].sum()) != t.num_rows):
                    return None  # a file of another build (one interrupted while writing)
                tables[kind] = t
        except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
            return None
        return StoredRows(docs, tables, counts)

    def save(self, rows: DocRows) -> bool:
        """Store the rows; False when they cannot be stored (a value Arrow cannot type, or a
        folder that cannot be written)."""
        token = hashlib.sha256("\0".join(rows.docs).encode()).hexdigest()[:20]
        try:
            tables = {k: pa.Table.from_pandas(rows.frames[k], preserve_index=False) for k in ROW_KINDS}
        except (pa.ArrowException, ValueError, TypeError):
            return False
        manifest = {"token": token, "docs": rows.docs,
                    "counts": {k: [int(n) for n in rows.counts[k]] for k in ROW_KINDS}}
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            (self.dir / self.MANIFEST).unlink(missing_ok=True)  # no manifest while files change
            for kind, t in tables.items():
                meta = {**(t.schema.metadata or {}), b"factpack-token": token.encode()}
                t = t.replace_schema_metadata(meta)
                tmp = self.dir / f".{kind}.arrow.tmp"
                with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, t.schema) as writer:
                    writer.write_table(t)
                os.replace(tmp, self.dir / f"{kind}.arrow")
            return write_atomically(self.dir / self.MANIFEST, json.dumps(manifest).encode("utf-8"))
        except (OSError, pa.ArrowException):
            return False
