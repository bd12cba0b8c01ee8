"""The data contract: field definitions from `schemas/fields.yaml` and what is generated from them.

One specification produces the Frictionless Table Schemas, the pandera schemas, the
Arrow/Parquet schema, the pandas dtypes and the data dictionary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow
import yaml
from pandera.engines.pandas_engine import Date

from factpack.paths import FIELDS_FILE

TYPES = ("string", "integer", "number", "boolean", "date")


@dataclass(frozen=True)
class Field:
    """One column of one table."""

    name: str
    type: str
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: float | None = None


@dataclass(frozen=True)
class Table:
    """One table: its ordered fields and keys."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    labels: str | None = None  # lookup tables: the coded column whose values they label

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def parse_spec(spec: dict[str, Any]) -> dict[str, Table]:
    """Turn the YAML specification into Table objects, checking it as it goes.

    Lookup tables (`lookups`) come after the data tables; each is keyed by the column it
    `labels`, and every data table holding that column gets a foreign key to it.
    """
    defs = {**spec["fields"], **spec.get("lookup_fields", {})}
    for name, d in defs.items():
        if d.get("type") not in TYPES:
            raise ValueError(f"fields.yaml: field {name!r} has unknown type {d.get('type')!r}")
        if not d.get("description"):
            raise ValueError(f"fields.yaml: field {name!r} has no description")
    tables: dict[str, Table] = {}
    for tname, t in spec["tables"].items():
        overrides = t.get("overrides", {})
        fields = []
        for fname in t["fields"]:
            if fname not in defs:
                raise ValueError(f"fields.yaml: table {tname!r} uses undefined field {fname!r}")
            d = {**defs[fname], **overrides.get(fname, {})}
            fields.append(
                Field(
                    name=fname,
                    type=d["type"],
                    description=d["description"],
                    required=bool(d.get("required", False)),
                    enum=tuple(d["enum"]) if d.get("enum") else None,
                    pattern=d.get("pattern"),
                    minimum=d.get("minimum"),
                )
            )
        tables[tname] = Table(
            name=tname,
            title=t["title"],
            description=t["description"],
            fields=tuple(fields),
            primary_key=tuple(t["primary_key"]),
            foreign_keys=tuple(t.get("foreign_keys", [])),
        )
    return _with_lookups(tables, spec.get("lookups") or {}, defs)


def _with_lookups(
    tables: dict[str, Table], lookups: dict[str, Any], defs: dict[str, Any]
) -> dict[str, Table]:
    """Add the lookup tables, and a foreign key to each from every table with its column."""
    out = dict(tables)
    for lname, spec in lookups.items():
        key = spec["labels"]
        if key not in defs or spec["fields"][0] != key:
            raise ValueError(f"fields.yaml: lookup {lname!r} must start with the column it labels, {key!r}")
        base = {fname: {**defs[fname], "required": True} if fname == key else defs[fname]
                for fname in spec["fields"]}
        fields = tuple(Field(name=n, type=d["type"], description=d["description"],
                             required=bool(d.get("required", False)),
                             enum=tuple(d["enum"]) if d.get("enum") else None,
                             pattern=d.get("pattern"), minimum=d.get("minimum"))
                       for n, d in base.items())
        out[lname] = Table(name=lname, title=spec["title"], description=spec["description"],
                           fields=fields, primary_key=(key,), labels=key)
        for tname, t in tables.items():
            if key in t.field_names:
                fk = {"fields": [key], "table": lname, "reference": [key]}
                out[tname] = replace(out[tname], foreign_keys=(*out[tname].foreign_keys, fk))
    return out


def read_yaml(path: Path) -> Any:
    """One of the project's own YAML files, parsed by libyaml when PyYAML has it (the same
    values as the pure-Python loader; fields.yaml loads in a few ms instead of 0.1-0.3 s,
    on every build)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def row_labels(path: Path = FIELDS_FILE) -> dict[str, str]:
    """The column that names a row of each table (`label` for the lookup tables)."""
    spec = read_yaml(path)
    return {**(spec.get("row_labels") or {}), **{n: "label" for n in spec.get("lookups") or {}}}


@cache
def load_tables(path: Path = FIELDS_FILE) -> dict[str, Table]:
    """All tables of the contract, in publication order."""
    return parse_spec(read_yaml(path))


# Publication order: the data tables as fields.yaml lists them, then the lookup tables.
TABLE_ORDER = tuple(load_tables())
LOOKUP_TABLES = tuple(n for n, t in load_tables().items() if t.labels)


# --- Frictionless ---------------------------------------------------------------------------


def frictionless_field(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f.name, "type": f.type, "description": f.description}
    constraints: dict[str, Any] = {}
    if f.required:
        constraints["required"] = True
    if f.enum:
        constraints["enum"] = list(f.enum)
    if f.pattern:
        constraints["pattern"] = f.pattern
    if f.minimum is not None:
        constraints["minimum"] = f.minimum
    if f.type == "date":
        out["format"] = "default"
    if f.type == "boolean":
        out["trueValues"] = ["true"]
        out["falseValues"] = ["false"]
    if constraints:
        out["constraints"] = constraints
    return out


def frictionless_schema(table: Table, resource_suffix: str = "") -> dict[str, Any]:
    """Table Schema (v2) for a table; foreign keys point at resources named `<table><suffix>`."""
    schema: dict[str, Any] = {
        "fields": [frictionless_field(f) for f in table.fields],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk["fields"]),
                "reference": {
                    "resource": fk["table"] + resource_suffix,
                    "fields": list(fk["reference"]),
                },
            }
            for fk in table.foreign_keys
        ]
    return schema


# --- pandas / Arrow ---------------------------------------------------------------------------

PANDAS_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "object",  # datetime.date values
}

ARROW_TYPES = {
    "string": pyarrow.string(),
    "integer": pyarrow.int64(),
    "number": pyarrow.float64(),
    "boolean": pyarrow.bool_(),
    "date": pyarrow.date32(),
}


def arrow_schema(table: Table) -> pyarrow.Schema:
    """Arrow schema used for the Parquet files (real types, nullability from `required`)."""
    return pyarrow.schema(
        [
            pyarrow.field(
                f.name,
                ARROW_TYPES[f.type],
                nullable=not f.required,
                metadata={"description": f.description},
            )
            for f in table.fields
        ]
    )


def empty_frame(table: Table) -> pd.DataFrame:
    return conform(pd.DataFrame({name: [] for name in table.field_names}), table)


def to_date(v: Any) -> dt.date | None:
    """A date from a date, datetime, ISO string or missing value (None)."""
    if v is None or (not isinstance(v, (dt.date, str)) and pd.isna(v)):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def conform(df: pd.DataFrame, table: Table, sort: bool = True) -> pd.DataFrame:
    """Columns in contract order with contract dtypes; rows sorted by primary key (`sort`)."""
    missing = [n for n in table.field_names if n not in df.columns]
    if missing:
        raise ValueError(f"table {table.name}: missing columns {missing}")
    out = pd.DataFrame(index=range(len(df)))
    df = df.reset_index(drop=True)
    for f in table.fields:
        col = df[f.name]
        if f.type == "date":
            out[f.name] = pd.Series([to_date(v) for v in col], dtype="object")
        else:
            out[f.name] = col.astype(PANDAS_DTYPES[f.type])
    if not sort:
        return out
    return out.sort_values(list(table.primary_key), kind="mergesort").reset_index(drop=True)


# --- pandera ------------------------------------------------------------------------------------


def pandera_column(f: Field) -> pa.Column:
    checks = []
    if f.enum:
        checks.append(pa.Check.isin(list(f.enum)))
    if f.pattern:
        checks.append(pa.Check.str_matches(f.pattern))
    if f.minimum is not None:
        checks.append(pa.Check.ge(f.minimum))
    if f.type == "string":
        checks.append(pa.Check.str_length(min_value=1, error="empty string (nulls must be null)"))
    dtype: Any = Date if f.type == "date" else PANDAS_DTYPES[f.type]
    return pa.Column(dtype, checks=checks, nullable=not f.required, description=f.description)


def pandera_schema(table: Table) -> pa.DataFrameSchema:
    """pandera schema for a table: dtypes, nullability, enums, patterns, ranges, unique key."""
    return pa.DataFrameSchema(
        {f.name: pandera_column(f) for f in table.fields},
        strict=True,
        ordered=True,
        unique=list(table.primary_key),
        name=table.name,
    )


# --- data dictionary ----------------------------------------------------------------------------


def data_dictionary(tables: dict[str, Table]) -> str:
    """Markdown section per table: every column with type, meaning and allowed values."""
    lines: list[str] = []
    for name in TABLE_ORDER:
        t = tables[name]
        lines += [f"### `{name}`", "", t.description, ""]
        lines.append(f"Primary key: `{', '.join(t.primary_key)}`.")
        for fk in t.foreign_keys:
            lines.append(
                f"Foreign key: `{', '.join(fk['fields'])}` → `{fk['table']}.{', '.join(fk['reference'])}`."
            )
        lines += ["", "| column | type | required | allowed values | meaning |", "|---|---|---|---|---|"]
        for f in t.fields:
            allowed = []
            if f.enum:
                allowed.append(", ".join(f"`{v}`" for v in f.enum))
            if f.pattern:
                allowed.append(f"pattern `{f.pattern}`")
            if f.minimum is not None:
                allowed.append(f"≥ {f.minimum:g}")
            desc = f.description.replace("|", "\\|")
            lines.append(
                f"| `{f.name}` | {f.type} | {'yes' if f.required else 'no'} | "
                f"{'; '.join(allowed) or '—'} | {desc} |"
            )
        lines.append("")
    return "\n".join(lines)
