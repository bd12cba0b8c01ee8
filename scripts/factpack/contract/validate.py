"""Validation: pandera per table, cross-table checks, and the Frictionless validator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.errors
import pyarrow as pa
import pyarrow.compute as pc

from factpack.contract.schema import TABLE_ORDER, Table, load_tables, pandera_schema
from factpack.errors import FactpackError

MAX_REPORTED = 20


@dataclass(frozen=True)
class Problem:
    """One failed check. `row` is the 0-based data row (the header excluded) of the table's
    file, the same row in the CSV and the Parquet file, whichever check found it."""

    table: str
    column: str | None
    row: int | None
    value: object
    check: str

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        row = f" row {self.row}" if self.row is not None else ""
        return f"{where}{row}: {self.check} (value: {self.value!r})"


class ValidationError(FactpackError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = [str(p) for p in problems[:MAX_REPORTED]]
        more = len(problems) - len(lines)
        if more > 0:
            lines.append(f"... and {more} more")
        super().__init__("validation failed:\n  " + "\n  ".join(lines))


def _check_text(check: str, table: Table) -> str:
    """pandera's name for a failed check, in words where its own are obscure."""
    if check in ("multiple_fields_uniqueness", "field_uniqueness"):
        return f"duplicate primary key ({', '.join(table.primary_key)})"
    return check


def pandera_problems(df: pd.DataFrame, table: Table) -> list[Problem]:
    """Every pandera failure for one table, as Problems naming column, row and value."""
    try:
        pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as e:
        fc = e.failure_cases
        return [
            Problem(
                table.name,
                r["column"] if pd.notna(r["column"]) else None,
                int(r["index"]) if pd.notna(r["index"]) else None,
                r["failure_case"],
                _check_text(str(r["check"]), table),
            )
            for _, r in fc.iterrows()
        ]
    return []


def is_in(values: pd.Series, known: pd.Series) -> np.ndarray:
    """values.isin(known) as a bool array, nulls False. Through Arrow's hash kernel when both
    convert to Arrow strings (pandas' own isin on Arrow strings builds the value set a Python
    scalar at a time: seconds for a large table), else pandas on the set of known values."""
    try:
        a = pa.array(values, from_pandas=True)
        k = pa.array(known.dropna(), from_pandas=True)
        if pa.types.is_string(a.type) or pa.types.is_large_string(a.type):
            if k.type != a.type:
                k = k.cast(a.type)
            return pc.fill_null(pc.is_in(a, value_set=k), False).to_numpy(zero_copy_only=False)
    except (pa.ArrowException, TypeError, ValueError):
        pass
    return values.isin(set(known.dropna())).to_numpy(dtype=bool, na_value=False)


def _values(s: pd.Series) -> list:
    """A column as a plain list (pd.NA for missing values): fast to loop over."""
    return s.astype(object).where(s.notna(), pd.NA).tolist()


def cross_problems(tables: dict[str, pd.DataFrame], texts: dict[str, str] | None) -> list[Problem]:
    """Foreign keys resolve; spans reproduce evidence; date and count ranges are ordered.

    Vectorised where pandas can, else a loop over plain lists (never iterrows): the same
    problems in the same order as a row-by-row check, at a fraction of the time.
    """
    contract = load_tables()
    out: list[Problem] = []
    for name in TABLE_ORDER:
        for fk in contract[name].foreign_keys:
            col, ref_table, ref_col = fk["fields"][0], fk["table"], fk["reference"][0]
            df = tables[name]
            bad = df[col].notna().to_numpy(dtype=bool) & ~is_in(df[col], tables[ref_table][ref_col])
            for idx in df.index[bad]:
                v = df.at[idx, col]
                out.append(Problem(name, col, int(idx), v, f"foreign key: no {ref_table}.{ref_col} {v!r}"))
    for name in ("mentions", "events", "claims"):
        df = tables[name]
        bad = df["char_start"] >= df["char_end"]
        for idx in df.index[bad.to_numpy(dtype=bool, na_value=False)]:
            out.append(
                Problem(
                    name, "char_start", int(idx), df.at[idx, "char_start"], "char_start must be < char_end"
                )
            )
        col = "text" if name == "mentions" else "evidence"
        length = (df["char_end"] - df["char_start"]) != df[col].str.len()
        for idx in df.index[length.to_numpy(dtype=bool, na_value=False)]:
            out.append(
                Problem(name, col, int(idx), df.at[idx, col], "length differs from char_end - char_start")
            )
        if texts is not None:
            rows = zip(
                df.index,
                _values(df["source_id"]),
                _values(df["char_start"]),
                _values(df["char_end"]),
                _values(df[col]),
                strict=True,
            )
            for idx, sid, s, e, v in rows:
                t = texts.get(sid)
                if t is not None and t[s:e] != v:
                    out.append(Problem(name, col, int(idx), v, "span does not reproduce the text"))
    claims = tables["claims"]
    rows = zip(claims.index, _values(claims["claim_text"]), _values(claims["evidence"]), strict=True)
    for idx, claim, evidence in rows:
        if claim not in evidence:
            out.append(Problem("claims", "claim_text", int(idx), claim, "claim_text not inside evidence"))
    out += _position_problems(tables)
    ev = tables["events"]
    for a, b in (("date_start", "date_end"), ("fatalities_low", "fatalities_high")):
        both = (ev[a].notna() & ev[b].notna()).to_numpy(dtype=bool)
        idxs = ev.index[both]
        for idx, va, vb in zip(idxs, _values(ev[a][both]), _values(ev[b][both]), strict=True):
            if type(va) is type(vb) and va > vb:  # a value of the wrong type: pandera reports it
                out.append(Problem("events", a, int(idx), ev.at[idx, a], f"{a} > {b}"))
    for idx in ev.index[ev["amount"].notna() != ev["currency"].notna()]:
        out.append(
            Problem("events", "currency", int(idx), ev.at[idx, "currency"], "amount and currency go together")
        )
    return out


def _position_problems(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """A trigger's or cue's position points at its words inside the row's evidence."""
    out: list[Problem] = []
    for name, word, start, end in (("events", "trigger", "trigger_start", "trigger_end"),
                                   ("claims", "cue", "cue_start", "cue_end")):
        df = tables[name]
        if start not in df.columns:
            continue
        cols = (df.index, df["char_start"], df["char_end"], df["evidence"], df[word], df[start], df[end])
        for idx, cs, ce, evidence, w, s, e in zip(*(_values(c) if isinstance(c, pd.Series) else c
                                                   for c in cols), strict=True):
            if (s is pd.NA and e is pd.NA) or any(v is pd.NA for v in (cs, ce, evidence, w)):
                continue  # nothing to point at, or a null the schema checks report
            # (a hard line break inside a trigger reads as a space: whitespace is compared loosely)
            if s is pd.NA or e is pd.NA or not (cs <= s < e <= ce) or (
                evidence[s - cs : e - cs].split() != str(w).split()
            ):
                msg = f"{start}/{end} do not point at the {word} in the evidence"
                out.append(Problem(name, start, int(idx), s, msg))
    return out


def check_tables(tables: dict[str, pd.DataFrame], texts: dict[str, str] | None = None) -> None:
    """Raise ValidationError listing every problem in the tables."""
    contract = load_tables()
    problems: list[Problem] = []
    for name in TABLE_ORDER:
        problems += pandera_problems(tables[name], contract[name])
    problems += cross_problems(tables, texts)
    if problems:
        raise ValidationError(problems)


def _task_problems(report: object) -> list[Problem]:
    out = []
    for task in report.tasks:  # type: ignore[attr-defined]
        for err in task.errors:
            row = getattr(err, "row_number", None)
            out.append(
                Problem(
                    task.name or "package",
                    getattr(err, "field_name", None),
                    row - 2 if isinstance(row, int) else None,  # 0-based data row, as pandera's
                    getattr(err, "cell", None),
                    err.message,
                )
            )
    return out


def _package_problems(report: object) -> list[Problem]:
    return [Problem("package", None, None, None, err.message) for err in report.errors]  # type: ignore[attr-defined]


# Below this many rows a package is validated in one process: starting workers costs more.
PARALLEL_MIN_ROWS = 50_000


def _validate_resources(
    descriptor: dict, basepath: str, names: list[str]
) -> list[tuple[str, list[Problem], list[Problem]]]:
    """Frictionless on some resources of a package, as Package.validate does it for all: the
    package metadata once, then each resource (foreign keys looked up in the package).
    Returns (name, row problems, package problems) per resource."""
    import frictionless

    package = frictionless.Package(descriptor, basepath=basepath)
    try:
        package.to_descriptor(validate=True)
    except frictionless.FrictionlessException as e:
        errors = [Problem("package", None, None, None, err.message) for err in e.to_errors()]
        return [(names[0], [], errors)] if names else []
    return [(name, _task_problems(package.get_resource(name).validate()), []) for name in names]


def _groups(resources: list[dict], n: int) -> list[list[str]]:
    """Resources in n groups of about equal work (rows; Parquet weighs more: frictionless
    reads it through pandas row by row)."""

    def work(r: dict) -> int:
        return (
            (r.get("x-row-count") or 0)
            * (10 if r.get("format") == "parquet" else 1)
            * (1 + len(r.get("schema", {}).get("foreignKeys", [])))
        )

    groups: list[list[str]] = [[] for _ in range(n)]
    load = [0] * n
    for r in sorted(resources, key=lambda r: (-work(r), r["name"])):
        k = load.index(min(load))
        groups[k].append(r["name"])
        load[k] += work(r)
    return [g for g in groups if g]


def frictionless_problems(
    descriptor: Path, formats: tuple[str, ...] = ("csv", "parquet"), workers: int = 1
) -> list[Problem]:
    """Run the real Frictionless validator on a package descriptor.

    `formats` limits it to the resources of those formats; `workers` > 1 validates the
    resources in that many processes (each a Frictionless validation of the package
    restricted to its resources, foreign keys included): the same checks and problems,
    listed in the descriptor's resource order.
    """
    import json

    import frictionless

    everything = set(formats) >= {"csv", "parquet"}
    try:
        desc = json.loads(descriptor.read_text(encoding="utf-8"))
        resources = [r for r in desc["resources"] if r.get("format") in formats]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        everything, resources = True, []  # let Frictionless report what is wrong
    rows = sum(r.get("x-row-count") or 0 for r in resources)
    n = min(workers, len(resources))
    if everything and (n <= 1 or rows < PARALLEL_MIN_ROWS):
        report = frictionless.validate(str(descriptor))
        return _task_problems(report) + _package_problems(report)
    desc["resources"] = resources
    basepath = str(descriptor.parent)
    if n <= 1 or rows < PARALLEL_MIN_ROWS:
        report = frictionless.Package(desc, basepath=basepath).validate()
        return _task_problems(report) + _package_problems(report)
    from factpack.pool import guarded_pool

    groups = _groups(resources, n)
    with guarded_pool(len(groups)) as pool:
        parts = pool.starmap(_validate_resources, [(desc, basepath, g) for g in groups])
    results = [x for part in parts for x in part]
    by_name = {name: (found, pkg) for name, found, pkg in results}
    out: list[Problem] = []
    package_level: list[Problem] = []
    for r in resources:
        found, pkg = by_name.get(r["name"], ([], []))
        out += found
        package_level = package_level or pkg
    return out + package_level


def parquet_csv_problems(package_dir: Path, names: list[str] | None = None) -> list[Problem]:
    """Every Parquet file (of the tables `names`; None: all) holds the same typed columns as
    its CSV twin (read with pyarrow)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from factpack.contract.schema import arrow_schema

    out = []
    for name, table in load_tables().items():
        if names is not None and name not in names:
            continue
        schema = arrow_schema(table)
        pq_t = pq.read_table(package_dir / "data" / f"{name}.parquet")
        try:
            csv_t = pacsv.read_csv(
                package_dir / "data" / f"{name}.csv",
                convert_options=pacsv.ConvertOptions(
                    column_types={f.name: f.type for f in schema},
                    strings_can_be_null=True,
                    quoted_strings_can_be_null=True,
                    null_values=[""],
                    true_values=["true"],
                    false_values=["false"],
                ),
            )
        except pa.ArrowInvalid as e:
            out.append(Problem(name, None, None, None, f"CSV does not read with the declared types ({e})"))
            continue
        if pq_t.column_names != csv_t.column_names or pq_t.num_rows != csv_t.num_rows:
            out.append(Problem(name, None, None, None, "CSV and Parquet differ in columns or rows"))
            continue
        for c in pq_t.column_names:
            if pq_t.column(c).equals(csv_t.column(c)):
                continue
            a, b = csv_t.column(c).to_pylist(), pq_t.column(c).to_pylist()
            rows = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y] or [None]
            value = a[rows[0]] if rows[0] is not None else None
            out.append(Problem(name, c, rows[0], value, "CSV and Parquet differ"))
    return out


def fast_problems(descriptor: Path, workers: int = 1) -> list[Problem]:
    """`--validate fast`: frictionless on the CSV resources, Parquet == CSV through pyarrow."""
    return frictionless_problems(descriptor, ("csv",), workers) + parquet_csv_problems(descriptor.parent)
