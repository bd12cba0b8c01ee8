"""The curation stage of a build: claim links, then corrections, on the extracted tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from factpack.contract.schema import conform, load_tables
from factpack.curate.corrections import apply_corrections, read_corrections
from factpack.errors import Warning_
from factpack.extract.claim_links import claim_links
from factpack.extract.reference import Reference

CORRECTIONS_DIR = "corrections"  # inside the seeds folder


def corrections_dir(seeds_dir: Path, override: Path | None = None) -> Path:
    """Where a build reads its corrections: `override`, else `<seeds>/corrections/`."""
    return Path(override) if override is not None else Path(seeds_dir) / CORRECTIONS_DIR


def curate(
    tables: dict[str, pd.DataFrame],
    texts: dict[str, str],
    ref: Reference,
    corrections: Path | None = None,
    allow_stale: bool = False,
    links_found: bool = False,
) -> tuple[dict[str, pd.DataFrame], list[Warning_]]:
    """Add the rule-made claim links (unless `links_found`: `tables` holds them already, as
    found with each source's extraction), apply the correction files in `corrections` and
    conform every touched table to the contract again (types, column order, sorted rows)."""
    contract = load_tables()
    tables = dict(tables)
    if not links_found:
        tables["claim_links"] = conform(claim_links(tables["claims"], texts, ref), contract["claim_links"])
    entries = read_corrections(corrections)
    tables, warnings = apply_corrections(tables, entries, texts, ref, allow_stale)
    touched = {e.table for e in entries} | (
        {"claim_links"} if "claims" in {e.table for e in entries} else set()
    )
    for name in sorted(touched | {"corrections"}):
        tables[name] = conform(tables[name], contract[name])
    return tables, warnings
