"""Incremental builds: every document's extracted rows of the previous build, kept as Arrow.

The cache folder holds one folder per extraction: `extract-<key>`, keyed by
`EXTRACTION_VERSION`, the reference data version (`Reference.version`) and a SHA-256 of the
extraction code. Changing any of them starts a new folder, so stale rows are never read.
Inside it, one *row store* per corpus (seeds folder) holds the rows of each document of that
corpus's last build, each document keyed by its text's SHA-256 and every field extraction can
read (`document_key`). A rebuild takes the rows of unchanged documents from the store and
extracts only the others; the rows are the values `extract_document` returned, so a rebuild
writes the same bytes as a clean build.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.ipc

from factpack.extract.document import EXTRACTION_VERSION
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
KEEP_STORES = 4  # row stores (corpora) kept in an extraction folder, the most recently used
OWN_STORE = re.compile(r"rows-[0-9a-f]{16}")  # the names ExtractionCache.store() gives


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


class ExtractionCache:
    """The extraction cache folder for one extraction key: the row store of each corpus
    built with it (`RowStore`, one per seeds folder, so that building two corpora in turn
    extracts neither again)."""

    def __init__(self, root: Path, ref: Reference, corpus: Path | None = None) -> None:
        self.root = Path(root)
        self.key = extraction_key(ref)
        self.dir = self.root / f"extract-{self.key}"
        self.corpus = corpus

    def store(self) -> RowStore:
        """The row store of this cache's corpus (its seeds folder, resolved)."""
        where = str(Path(self.corpus).resolve()) if self.corpus is not None else ""
        return RowStore(self.dir / f"rows-{hashlib.sha256(where.encode()).hexdigest()[:16]}")

    def _stores(self) -> list[Path]:
        """The row store folders of this extraction key, the most recently used first."""
        found = [p for p in self.dir.glob("rows-*") if p.is_dir() and OWN_STORE.fullmatch(p.name)]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def load(self) -> StoredRows | None:
        """The rows of this corpus's store; for a corpus without one (a new, moved or copied
        seeds folder), those of the most recently used store (documents are matched by their
        contents, so any store's rows are right for the documents it holds)."""
        own = self.store()
        rows = own.load()
        if rows is None and not own.dir.is_dir():
            latest = next(iter(self._stores()), None)
            rows = RowStore(latest).load() if latest is not None else None
        return rows

    def prune(self) -> None:
        """Remove the folders of all but the most recently used other extraction keys, and
        all but the KEEP_STORES most recently used row stores of this one."""
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
        for p in self._stores()[KEEP_STORES:]:
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
    """The extracted rows of every document of a corpus's last build, in the extraction
    key's folder (so other extraction code never reads them): one Arrow IPC file per kind of
    row, and a manifest, written last, naming the documents, how many rows of each kind each
    has, and a token every file carries. What it cannot read (missing, damaged, of another
    build) is no store: every document is extracted again.

    A build stopped while extracting (an error in a document, an interrupt) stores the rows
    extracted so far. `tests/pipeline/test_incremental.py` compares rebuilds from the store
    with clean builds byte for byte."""

    MANIFEST = "manifest.json"

    def __init__(self, folder: Path) -> None:
        self.dir = Path(folder)

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
