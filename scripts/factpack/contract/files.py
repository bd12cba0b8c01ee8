"""Reading a package folder's files by its descriptor: safe resource paths and typed tables.

The one place that turns CSV or Parquet bytes into frames typed by their Table Schema; the
loaders, validation, diff and verify all read through it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from factpack.contract.schema import PANDAS_DTYPES
from factpack.errors import FactpackError


def safe_resource_path(package_dir: Path, rel: str) -> Path:
    """Resolve a descriptor path, refusing absolute paths, `..`, URLs and links out of the folder."""
    if not isinstance(rel, str) or not rel.strip() or "\x00" in rel:
        raise FactpackError(f"{package_dir}: resource path {rel!r} is not a relative file path")
    if "://" in rel or rel.startswith(("/", "\\")) or ":" in rel.split("/")[0]:
        raise FactpackError(f"{package_dir}: resource path {rel!r} is not a relative path inside the package")
    parts = Path(rel).parts
    if ".." in parts:
        raise FactpackError(f"{package_dir}: resource path {rel!r} points outside the package")
    p = (package_dir / rel).resolve()
    if not p.is_relative_to(package_dir.resolve()):
        raise FactpackError(f"{package_dir}: resource path {rel!r} resolves outside the package")
    if p.is_dir():
        raise FactpackError(f"{package_dir}: resource path {rel!r} is a folder, not a file")
    return p


def read_descriptor(package_dir: Path) -> dict:
    path = Path(package_dir) / "datapackage.json"
    if not path.exists():
        raise FactpackError(f"{package_dir}: no datapackage.json")
    if not path.resolve().is_relative_to(Path(package_dir).resolve()):
        raise FactpackError(f"{path}: is a link to a file outside the package")
    try:
        desc = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise FactpackError(f"{path}: not valid JSON ({e})") from None
    resources = desc.get("resources", []) if isinstance(desc, dict) else None
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        raise FactpackError(
            f"{path}: not a data package descriptor (an object whose `resources` is a list of objects)"
        )
    return desc


def _resource(desc: dict, name: str) -> dict:
    for r in desc.get("resources", []):
        if r.get("name") == name:
            return r
    raise FactpackError(f"datapackage.json has no resource {name!r}")


class CellError(FactpackError):
    """A value that does not parse as its column's declared type."""

    def __init__(self, table: str, column: str, row: int, value: object, ftype: str) -> None:
        self.table, self.column, self.row, self.value, self.ftype = table, column, row, value, ftype
        super().__init__(f"{table}.{column} row {row}: {value!r} is not a valid {ftype}")


def _date(v: object) -> dt.date | None:
    if v is None or (not isinstance(v, (str, dt.date)) and pd.isna(v)):
        return None
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(v)  # type: ignore[arg-type]


def _column(col: pd.Series, ftype: str) -> pd.Series:
    if ftype == "date":
        return pd.Series([_date(v) for v in col], dtype="object", index=col.index)
    if ftype == "boolean" and col.dtype == object:
        return col.map({"true": True, "false": False}).astype("boolean")
    return col.astype(PANDAS_DTYPES[ftype])


def _first_bad(col: pd.Series, ftype: str) -> tuple[int, object]:
    """The first row (0-based) whose value does not convert: named in the error."""
    for i, v in enumerate(col):
        try:
            _column(pd.Series([v], dtype=object), ftype)
        except (ValueError, TypeError):
            return i, v
    return 0, None


def _typed(df: pd.DataFrame, fields: list[dict], categoricals: bool, table: str = "?") -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    for f in fields:
        col, ftype = df[f["name"]], f["type"]
        try:
            out[f["name"]] = _column(col, ftype)
        except (ValueError, TypeError):
            row, value = _first_bad(col, ftype)
            raise CellError(table, f["name"], row, value, ftype) from None
        enum = f.get("constraints", {}).get("enum")
        if categoricals and enum:
            out[f["name"]] = pd.Categorical(out[f["name"]], categories=enum)
    return out


def read_table(
    package_dir: Path, name: str, fmt: str = "parquet", categoricals: bool = False
) -> pd.DataFrame:
    """One table from the CSV or the Parquet file, typed by its Table Schema."""
    package_dir = Path(package_dir)
    desc = read_descriptor(package_dir)
    res = _resource(desc, name if fmt == "csv" else f"{name}_parquet")
    path = safe_resource_path(package_dir, res["path"])
    fields = res["schema"]["fields"]
    if fmt == "csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8").astype(
            object
        )
        df = df.where(df.notna(), None)
    else:
        df = pq.read_table(path).to_pandas()
    return _typed(df, fields, categoricals, name)
