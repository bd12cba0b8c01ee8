"""`factpack validate`: everything that can be checked on a package folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from factpack.contract.files import read_descriptor, read_table, safe_resource_path
from factpack.contract.schema import TABLE_ORDER, frictionless_schema, load_tables
from factpack.contract.validate import Problem, ValidationError, check_tables, frictionless_problems
from factpack.errors import FactpackError


def file_problems(package_dir: Path, desc: dict) -> list[Problem]:
    """Every resource file exists and matches its recorded size, SHA-256 and row count."""
    out = []
    for res in desc.get("resources", []):
        name = res.get("name", "?")
        path = safe_resource_path(package_dir, res.get("path", ""))
        if not path.exists():
            out.append(Problem(name, None, None, res.get("path"), "file is missing"))
            continue
        data = path.read_bytes()
        size = res.get("bytes", res.get("x-bytes"))
        digest = res.get("hash", res.get("x-hash"))
        if size is not None and size != len(data):
            out.append(Problem(name, None, None, len(data), f"size differs from recorded {size}"))
        if digest is not None and digest != "sha256:" + hashlib.sha256(data).hexdigest():
            out.append(Problem(name, None, None, res.get("path"), "SHA-256 differs from the descriptor"))
    return out


def format_problems(
    csv_tables: dict[str, pd.DataFrame], pq_tables: dict[str, pd.DataFrame], desc: dict
) -> list[Problem]:
    """CSV and Parquet hold identical data; row counts match the descriptor."""
    out = []
    counts = desc.get("x-provenance", {}).get("row_counts", {})
    for name in csv_tables:
        a, b = csv_tables[name], pq_tables[name]
        if counts.get(name) != len(a):
            out.append(
                Problem(name, None, None, len(a), f"row count differs from recorded {counts.get(name)}")
            )
        if not a.equals(b):
            diff = [c for c in a.columns if not a[c].equals(b[c])]
            out.append(Problem(name, ",".join(diff) or None, None, None, "CSV and Parquet differ"))
    return out


def provenance_problems(tables: dict[str, pd.DataFrame], desc: dict) -> list[Problem]:
    """x-provenance lists one SHA-256 per source row (the same ones), and each resource's
    x-row-count is its table's row count."""
    prov = desc.get("x-provenance")
    if not isinstance(prov, dict):
        return [Problem("package", None, None, None, "datapackage.json has no x-provenance")]
    out = []
    src = tables["sources"]
    listed = prov.get("sources", [])
    if len(listed) != len(src):
        out.append(
            Problem(
                "sources",
                None,
                None,
                len(listed),
                f"x-provenance lists {len(listed)} source checksums for {len(src)} source rows",
            )
        )
    recorded = {s.get("source_id"): s.get("sha256") for s in listed if isinstance(s, dict)}
    for idx, r in src.iterrows():
        if recorded.get(r["source_id"]) != r["content_sha256"]:
            out.append(
                Problem(
                    "sources",
                    "content_sha256",
                    int(idx),
                    r["source_id"],
                    f"x-provenance records SHA-256 {recorded.get(r['source_id'])!r} for this source",
                )
            )
    for res in desc.get("resources", []):
        name = res.get("name", "")
        table = name.removesuffix("_parquet")
        if table in tables and res.get("x-row-count") != len(tables[table]):
            out.append(
                Problem(
                    name,
                    None,
                    None,
                    len(tables[table]),
                    f"row count differs from x-row-count {res.get('x-row-count')}",
                )
            )
    return out


def same_contract(desc: dict) -> bool:
    """Whether the package's CSV Table Schemas are the ones this code's contract generates."""
    contract = load_tables()
    schemas = {r.get("name"): r.get("schema") for r in desc.get("resources", [])}
    return all(schemas.get(n) == frictionless_schema(contract[n]) for n in TABLE_ORDER)


def validate_package(package_dir: Path, contract: bool = True) -> list[Problem]:
    """All problems found in a package folder (empty list: valid).

    `contract=False` skips the pandera and cross-table checks, which test the tables against
    this code's contract (schemas/fields.yaml): for a package made under another contract,
    such as an older release. Everything else is checked against the package's own schemas.
    """
    package_dir = Path(package_dir)
    desc = read_descriptor(package_dir)
    problems = file_problems(package_dir, desc)
    if problems:
        return problems
    names = list(TABLE_ORDER)
    if not contract:  # an older release holds the tables of its own contract (fewer, maybe)
        present = {r.get("name") for r in desc.get("resources", [])}
        names = [n for n in TABLE_ORDER if n in present]
    try:
        csv_tables = {n: read_table(package_dir, n, "csv") for n in names}
        pq_tables = {n: read_table(package_dir, n, "parquet") for n in names}
    except (ValueError, KeyError, FactpackError) as e:
        return [Problem("package", None, None, None, f"cannot read tables: {e}")]
    problems += format_problems(csv_tables, pq_tables, desc)
    problems += provenance_problems(csv_tables, desc)
    try:
        if contract:
            check_tables(csv_tables)
    except ValidationError as e:
        problems += e.problems
    problems += frictionless_problems(package_dir / "datapackage.json")
    return problems
