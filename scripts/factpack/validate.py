"""Validation: pandera per table, cross-table checks, and the Frictionless validator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.errors

from .errors import FactpackError
from .schema import TABLE_ORDER, Table, load_tables, pandera_schema

MAX_REPORTED = 20


@dataclass(frozen=True)
class Problem:
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


def pandera_problems(df: pd.DataFrame, table: Table) -> list[Problem]:
    """Every pandera failure for one table, as Problems naming column, row and value."""
    try:
        pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as e:
        fc = e.failure_cases
        return [
            Problem(table.name, r["column"] if pd.notna(r["column"]) else None,
                    int(r["index"]) if pd.notna(r["index"]) else None,
                    r["failure_case"], str(r["check"]))
            for _, r in fc.iterrows()
        ]
    return []


def cross_problems(tables: dict[str, pd.DataFrame], texts: dict[str, str] | None) -> list[Problem]:
    """Foreign keys resolve; spans reproduce evidence; date and count ranges are ordered."""
    contract = load_tables()
    out: list[Problem] = []
    for name in TABLE_ORDER:
        for fk in contract[name].foreign_keys:
            col, ref_table, ref_col = fk["fields"][0], fk["table"], fk["reference"][0]
            known = set(tables[ref_table][ref_col].dropna())
            df = tables[name]
            for idx, v in df[col].items():
                if pd.notna(v) and v not in known:
                    out.append(Problem(name, col, int(idx), v, f"foreign key: no {ref_table}.{ref_col} {v!r}"))
    for name in ("mentions", "events", "claims"):
        df = tables[name]
        bad = df["char_start"] >= df["char_end"]
        for idx in df.index[bad.fillna(False)]:
            out.append(Problem(name, "char_start", int(idx), df.at[idx, "char_start"], "char_start must be < char_end"))
        col = "text" if name == "mentions" else "evidence"
        for idx in df.index[(df["char_end"] - df["char_start"]) != df[col].str.len()]:
            out.append(Problem(name, col, int(idx), df.at[idx, col], "length differs from char_end - char_start"))
        if texts is not None:
            for idx, r in df.iterrows():
                t = texts.get(r["source_id"])
                if t is not None and t[r["char_start"] : r["char_end"]] != r[col]:
                    out.append(Problem(name, col, int(idx), r[col], "span does not reproduce the text"))
    claims = tables["claims"]
    for idx, r in claims.iterrows():
        if r["claim_text"] not in r["evidence"]:
            out.append(Problem("claims", "claim_text", int(idx), r["claim_text"], "claim_text not inside evidence"))
    ev = tables["events"]
    for a, b in (("date_start", "date_end"), ("fatalities_low", "fatalities_high")):
        both = ev[a].notna() & ev[b].notna()
        for idx in ev.index[both]:
            if ev.at[idx, a] > ev.at[idx, b]:
                out.append(Problem("events", a, int(idx), ev.at[idx, a], f"{a} > {b}"))
    for idx in ev.index[ev["amount"].notna() != ev["currency"].notna()]:
        out.append(Problem("events", "currency", int(idx), ev.at[idx, "currency"], "amount and currency go together"))
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


def frictionless_problems(descriptor: Path) -> list[Problem]:
    """Run the real Frictionless validator on a package descriptor."""
    import frictionless

    report = frictionless.validate(str(descriptor))
    out = []
    for task in report.tasks:
        for err in task.errors:
            out.append(
                Problem(task.name or "package", getattr(err, "field_name", None),
                        getattr(err, "row_number", None), getattr(err, "cell", None), err.message)
            )
    for err in report.errors:
        out.append(Problem("package", None, None, None, err.message))
    return out
