"""The build report: what a build produced, what it warned about and what it left out.

`build_report.json` sits beside `datapackage.json` in every built package. It is a pure
function of the tables and the warnings (no timestamps, no absolute paths), so a rebuild
from the same inputs writes the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from factpack.contract.schema import TABLE_ORDER
from factpack.errors import Warning_
from factpack.ingest.sources import FailedSource, SkippedSource
from factpack.publish.package import pretty_json

REPORT_FILE = "build_report.json"
SPAN_TABLES = ("events", "claims")  # tables whose `evidence` quotes the source text


def _file(path: str) -> str:
    """A warning's file as a name, never an absolute path (the report must not vary by machine)."""
    return Path(path).name or path


def _covered(spans: list[tuple[int, int]]) -> int:
    """Characters covered by the union of half-open spans."""
    total, end = 0, -1
    for s, e in sorted(spans):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


def covered_chars(spans: pd.DataFrame) -> dict[Any, int]:
    """Per `source_id`, the characters covered by the union of its half-open spans
    (`char_start`, `char_end`): `_covered` of each source's spans, vectorised. In (source,
    start, end) order a span adds what reaches past the furthest end before it in its source."""
    if spans.empty:
        return {}
    df = spans.sort_values(["source_id", "char_start", "char_end"], kind="mergesort")
    src = df["source_id"].to_numpy(dtype=object)
    s = df["char_start"].to_numpy(dtype=np.int64)
    e = df["char_end"].to_numpy(dtype=np.int64)
    first = np.ones(len(src), dtype=bool)
    first[1:] = src[1:] != src[:-1]
    group = np.cumsum(first) - 1
    step = int(e.max()) + 2  # each source's ends lifted above the previous one's
    lifted = np.maximum.accumulate(e + group * step)
    reach = np.where(first, -1, np.r_[0, lifted[:-1]] - group * step)
    add = np.where(e > reach, e - np.maximum(s, reach), 0)
    starts = np.flatnonzero(first)
    totals = np.add.reduceat(add, starts)
    return {src[i]: int(t) for i, t in zip(starts, totals, strict=True)}


def evidence_coverage(tables: dict[str, pd.DataFrame]) -> list[dict[str, Any]]:
    """Per source: the share of its characters that the package quotes as evidence."""
    spans = pd.concat([tables[name][["source_id", "char_start", "char_end"]] for name in SPAN_TABLES],
                      ignore_index=True)
    covered = covered_chars(spans.dropna())
    sources = tables["sources"]
    out = []
    for sid, seed_file, n in zip(sources["source_id"], sources["seed_file"], sources["char_count"],
                                 strict=True):
        n = int(n)
        c = covered.get(sid, 0)
        out.append({"source_id": sid, "seed_file": seed_file, "char_count": n, "evidence_chars": c,
                    "evidence_share": round(c / n, 4) if n else 0.0})
    return out


def build_report(tables: dict[str, pd.DataFrame], warnings: list[Warning_],
                 files: list[str] | None = None, repairs: dict[str, int] | None = None,
                 skipped_lines: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Rows and nulls per table, warnings, skipped and failed sources, evidence coverage per
    source; per source, the lines that are not body (headline, boilerplate, captions, ...);
    the rows repaired by each contract rule (extract/repairs.py) and the package's files
    (how a later build recognises a folder it may replace)."""
    skipped = [
        {"file": _file(w.path), "reason": w.message, "duplicate_of": w.duplicate_of or None}
        for w in warnings
        if isinstance(w, SkippedSource)
    ]
    coverage = evidence_coverage(tables)
    shares = [c["evidence_share"] for c in coverage]
    return {
        "rows": {name: len(tables[name]) for name in TABLE_ORDER},
        "nulls": {
            name: {col: int(tables[name][col].isna().sum()) for col in tables[name].columns}
            for name in TABLE_ORDER
        },
        "warnings": [{"file": _file(w.path), "message": w.message} for w in warnings],
        "skipped_sources": skipped,
        "failed_sources": [
            {"file": _file(w.path), "reason": w.message} for w in warnings if isinstance(w, FailedSource)
        ],
        "skipped_lines": {
            "note": "lines of each source that produce no rows (they stay in the stored text, "
            "so offsets do not shift): the headline, and boilerplate, credits, captions, embedded "
            "posts and subheadings (patterns in schemas/reference/layout_lines.csv)",
            "sources": sorted(skipped_lines or [], key=lambda d: d["file"]),
        },
        "evidence_coverage": {
            "note": "share of each source's characters inside the evidence spans of its events "
            "and claims; the package must quote excerpts, not redistribute whole articles",
            "max_share": max(shares, default=0.0),
            "sources": coverage,
        },
        "repairs": dict(sorted((repairs or {}).items())),
        "files": sorted(files or []),
    }


def report_bytes(report: dict[str, Any]) -> bytes:
    return (pretty_json(report) + "\n").encode("utf-8")


def summary(report: dict[str, Any]) -> str:
    """A few lines for the terminal."""
    rows = report["rows"]
    cov = report["evidence_coverage"]
    lines = [
        f"report: sources built {rows['sources']}, skipped {len(report['skipped_sources'])}; "
        f"warnings {len(report['warnings'])} (details in {REPORT_FILE})",
    ]
    for s in report["skipped_sources"]:
        lines.append(f"  skipped {s['file']}: {s['reason']}")
    for rule, n in report.get("repairs", {}).items():
        if n:
            lines.append(f"  repaired {n} row{'s' if n > 1 else ''}: {rule}")
    non_body = [x for d in report.get("skipped_lines", {}).get("sources", []) for x in d["lines"]
                if x["kind"] != "headline"]
    if non_body:
        kinds = sorted({x["kind"] for x in non_body})
        lines.append(f"  {len(non_body)} non-body lines produce no rows ({', '.join(kinds)}; "
                     f"listed per source in {REPORT_FILE})")
    if cov["sources"]:
        top = max(cov["sources"], key=lambda c: (c["evidence_share"], c["seed_file"]))
        mean = sum(c["evidence_share"] for c in cov["sources"]) / len(cov["sources"])
        lines.append(
            f"  evidence quotes {mean:.0%} of source text on average, at most "
            f"{top['evidence_share']:.0%} ({top['seed_file']})"
        )
    return "\n".join(lines)
