"""Lookup tables: one row per allowed value of a coded column, with its label and meaning.

Which lookup tables exist and their columns come from `schemas/fields.yaml` (`lookups`);
the rows come from `schemas/codebook.yaml`, in codebook order.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from factpack.contract.schema import Table, load_tables
from factpack.publish.datadoc import load_codebook


def code_label(code: str) -> str:
    """A readable label for a code: `government_body` -> `Government body`, `AGREE` -> `Agree`."""
    words = code.replace("_", " ").replace("-", " ").lower()
    return words[:1].upper() + words[1:]


def _quad(codebook: dict[str, Any]) -> dict[str, str]:
    return {t: quad for quad, types in (codebook.get("quad_class") or {}).items() for t in types}


def lookup_rows(table: Table, codebook: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of one lookup table, in the order of the field's enum (else the codebook's)."""
    key = table.labels
    assert key is not None
    entries = codebook.get(key) or {}
    values = list(table.field(key).enum or entries)
    quads = _quad(codebook)
    rows = []
    for v in values:
        if v not in entries:
            raise ValueError(f"codebook.yaml: {key} {v!r} has no entry (lookup table {table.name})")
        e = entries[v]
        cells = {
            key: v,
            "label": e.get("label") or code_label(v),
            "definition": e["meaning"],
            "example": None if e.get("example") in (None, "", "—") else e["example"],
            "quad_class": quads.get(v),
            "used_with": " ".join(e["types"]) if e.get("types") else None,
        }
        unknown = [f for f in table.field_names if f not in cells]
        if unknown:
            raise ValueError(f"lookup table {table.name}: no rule for column(s) {unknown}")
        rows.append({f: cells[f] for f in table.field_names})
    return rows


def lookup_frames() -> dict[str, pd.DataFrame]:
    """Every lookup table as a DataFrame (untyped: `conform` types it)."""
    cb = load_codebook()
    return {
        name: pd.DataFrame(lookup_rows(t, cb), columns=t.field_names)
        for name, t in load_tables().items()
        if t.labels
    }
