"""`factpack validate`: everything that can be checked on a package folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from factpack.contract.files import CellError, read_descriptor, read_table, safe_resource_path
from factpack.contract.schema import TABLE_ORDER, frictionless_schema, load_tables
from factpack.contract.validate import Problem, ValidationError, check_tables, frictionless_problems
from factpack.errors import FactpackError

MISSING = "file is missing"


def file_problems(package_dir: Path, desc: dict) -> list[Problem]:
    """Every resource file exists and matches its recorded size, SHA-256 and row count."""
    out = []
    for res in desc.get("resources", []):
        name = res.get("name", "?")
        path = safe_resource_path(package_dir, res.get("path", ""))
        if not path.exists():
            out.append(Problem(name, None, None, res.get("path"), MISSING))
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
            if list(a.columns) != list(b.columns) or len(a) != len(b):
                out.append(Problem(name, None, None, None, "CSV and Parquet differ in columns or rows"))
                continue
            for c in a.columns:
                rows = differing_rows(a[c], b[c])
                if rows:
                    out.append(
                        Problem(name, c, rows[0], a[c].iloc[rows[0]],
                                f"CSV and Parquet differ ({len(rows)} row(s); Parquet has "
                                f"{b[c].iloc[rows[0]]!r})")
                    )
    return out


def differing_rows(a: pd.Series, b: pd.Series) -> list[int]:
    """Positions where two columns differ, a null equal only to a null."""
    na, nb = a.isna().to_numpy(dtype=bool), b.isna().to_numpy(dtype=bool)
    va, vb = a.astype(object).tolist(), b.astype(object).tolist()
    return [i for i in range(len(va)) if na[i] != nb[i] or (not na[i] and va[i] != vb[i])]


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


def _read_tables(package_dir: Path, fmt: str, names: list[str] | tuple[str, ...] = TABLE_ORDER,
                 ) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Every table in one format, and a Problem naming table, row and column for each that
    does not read (a value that does not parse as its declared type, a missing resource)."""
    tables, problems = {}, []
    for n in names:
        try:
            tables[n] = read_table(package_dir, n, fmt)
        except CellError as e:
            check = f"{fmt.upper()} value is not a valid {e.ftype}"
            problems.append(Problem(e.table, e.column, e.row, e.value, check))
        except (ValueError, KeyError, OSError, FactpackError) as e:
            problems.append(Problem(n, None, None, None, f"cannot read the {fmt.upper()} table: {e}"))
    return tables, problems


def same_contract(desc: dict) -> bool:
    """Whether the package's CSV Table Schemas are the ones this code's contract generates."""
    contract = load_tables()
    schemas = {r.get("name"): r.get("schema") for r in desc.get("resources", [])}
    return all(schemas.get(n) == frictionless_schema(contract[n]) for n in TABLE_ORDER)


def package_tables(desc: dict) -> list[str]:
    """The tables a package holds (its CSV resources), in its own order: an older release
    may lack tables this code's contract has."""
    return [r["name"] for r in desc.get("resources", []) if r.get("format") == "csv" and "name" in r]


def validate_package(package_dir: Path, contract: bool = True) -> list[Problem]:
    """All problems found in a package folder (empty list: valid).

    `contract=False` skips the pandera and cross-table checks, which test the tables against
    this code's contract (schemas/fields.yaml): for a package made under another contract,
    such as an older release. Everything else is checked against the package's own schemas.

    Every stage runs whatever the earlier ones found (a size or hash mismatch does not stop
    the content checks), so the list names every problem; only a missing file stops the
    checks that need its table.
    """
    package_dir = Path(package_dir)
    desc = read_descriptor(package_dir)
    problems = file_problems(package_dir, desc)
    if any(p.check == MISSING for p in problems):
        return problems
    names = TABLE_ORDER if contract else package_tables(desc)
    csv_tables, unread = _read_tables(package_dir, "csv", names)
    pq_tables, unread_pq = _read_tables(package_dir, "parquet", names)
    problems += unread + unread_pq
    if not unread and not unread_pq:
        problems += format_problems(csv_tables, pq_tables, desc)
        problems += provenance_problems(csv_tables, desc)
        try:
            if contract:
                check_tables(csv_tables)
        except ValidationError as e:
            problems += e.problems
    problems += frictionless_problems(package_dir / "datapackage.json")
    return problems
