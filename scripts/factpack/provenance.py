"""Provenance recorded inside the package: tool, code and dependency versions, sources, counts."""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version

import pandas as pd

from .extract import EXTRACTION_VERSION
from .paths import ROOT
from .reference import Reference

DEPENDENCIES = ("frictionless", "pandas", "pyarrow", "pandera", "duckdb")


def _version(pkg: str) -> str | None:
    try:
        return version(pkg)
    except PackageNotFoundError:
        return None


def code_sha256() -> str:
    """SHA-256 over the pipeline code and the schemas, so a package names the code that made it."""
    h = hashlib.sha256()
    for folder in ("scripts", "schemas"):
        for p in sorted((ROOT / folder).rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix in {".py", ".yaml", ".csv", ".md"}:
                h.update(p.relative_to(ROOT).as_posix().encode())
                h.update(b"\0")
                h.update(p.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()


def provenance(sources: pd.DataFrame, counts: dict[str, int], ref: Reference) -> dict:
    return {
        "tool": "factpack",
        "tool_version": _version("factpack"),
        "code_sha256": code_sha256(),
        "extraction_version": EXTRACTION_VERSION,
        "reference_data_sha256": ref.version,
        "dependencies": {d: _version(d) for d in DEPENDENCIES},
        "sources": [
            {"source_id": r.source_id, "seed_file": r.seed_file, "sha256": r.content_sha256,
             "char_count": int(r.char_count)}
            for r in sources.itertuples()
        ],
        "row_counts": counts,
    }
