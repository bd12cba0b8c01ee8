"""`factpack diff OLD NEW`: what changed between two releases or package folders.

Per table: rows added, removed and changed (matched by primary key, naming the changed
columns), and schema changes (columns added, removed, retyped; enum values; primary key).
The comparison functions are pure functions on DataFrames and Table Schema dicts;
`diff_packages` loads two package folders with `factpack.publish.loaders` (CSV, the canonical
format, so that a hand-edited CSV is seen) and `open_package` unpacks a release zip with
`factpack.release.archive.safe_extract`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from factpack.contract.files import read_descriptor, read_table
from factpack.contract.schema import TABLE_ORDER
from factpack.errors import FactpackError
from factpack.release.archive import safe_extract

LEVELS = ("patch", "minor", "major")  # in increasing order of severity

# A column that names a row for people (shown beside the key in the text report).
LABELS = {
    "sources": "seed_file",
    "actors": "name",
    "mentions": "text",
    "events": "trigger",
    "claims": "claim_text",
    "incidents": "event_type",
}


# --- opening packages ---------------------------------------------------------------------------


def package_root(folder: Path) -> Path:
    """The folder holding datapackage.json: `folder` itself or its single subfolder."""
    if (folder / "datapackage.json").exists():
        return folder
    subs = [p for p in folder.iterdir() if p.is_dir()]
    if len(subs) == 1 and (subs[0] / "datapackage.json").exists():
        return subs[0]
    raise FactpackError(f"{folder}: no datapackage.json at the top or in a single top folder")


@contextlib.contextmanager
def open_package(path: str | Path) -> Iterator[Path]:
    """A package folder, or a release zip unpacked (safely) into a temporary folder."""
    path = Path(path)
    if path.is_dir():
        yield package_root(path)
        return
    if not path.is_file():
        raise FactpackError(f"{path}: no such package folder or release archive")
    if not zipfile.is_zipfile(path):
        raise FactpackError(f"{path}: neither a package folder nor a zip archive")
    with tempfile.TemporaryDirectory(prefix="factpack-") as tmp:
        safe_extract(path, Path(tmp))
        yield package_root(Path(tmp))


# --- the diff -----------------------------------------------------------------------------------


@dataclass
class TableDiff:
    """Differences of one table (a CSV resource) between two packages."""

    name: str
    status: str = "unchanged"  # added | removed | changed | unchanged
    key: list[str] = field(default_factory=list)
    rows_old: int | None = None
    rows_new: int | None = None
    columns_added: list[dict] = field(default_factory=list)  # {name, type}
    columns_removed: list[dict] = field(default_factory=list)  # {name, type}
    types_changed: list[dict] = field(default_factory=list)  # {name, old, new}
    enum_added: dict[str, list[str]] = field(default_factory=dict)
    enum_removed: dict[str, list[str]] = field(default_factory=dict)
    now_optional: list[str] = field(default_factory=list)  # required -> may be null
    now_required: list[str] = field(default_factory=list)
    column_order_changed: bool = False
    primary_key_changed: dict | None = None  # {old, new}
    rows_comparable: bool = True
    added: list[dict] = field(default_factory=list)  # {key, label}
    removed: list[dict] = field(default_factory=list)  # {key, label}
    changed: list[dict] = field(default_factory=list)  # {key, label, columns, values}

    @property
    def schema_changed(self) -> bool:
        return bool(
            self.columns_added
            or self.columns_removed
            or self.types_changed
            or self.enum_added
            or self.enum_removed
            or self.now_optional
            or self.now_required
            or self.column_order_changed
            or self.primary_key_changed
        )

    @property
    def rows_changed(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def changes(self) -> list[tuple[str, str]]:
        """(level, reason) for every kind of change in this table, most severe first."""
        out: list[tuple[str, str]] = []
        n = self.name
        if self.status == "removed":
            return [("major", f"table `{n}` removed")]
        if self.status == "added":
            return [("minor", f"table `{n}` added")]
        for c in self.columns_removed:
            out.append(("major", f"{n}: column `{c['name']}` removed (or renamed)"))
        for c in self.types_changed:
            out.append(("major", f"{n}: column `{c['name']}` type {c['old']} → {c['new']}"))
        if self.primary_key_changed:
            pk = self.primary_key_changed
            out.append(("major", f"{n}: primary key {pk['old']} → {pk['new']}"))
        for col, vals in self.enum_removed.items():
            out.append(("major", f"{n}: column `{col}` no longer allows {', '.join(vals)}"))
        for col in self.now_optional:
            out.append(("major", f"{n}: column `{col}` is no longer required (may now be null)"))
        for c in self.columns_added:
            out.append(("minor", f"{n}: column `{c['name']}` ({c['type']}) added"))
        for col, vals in self.enum_added.items():
            out.append(("minor", f"{n}: column `{col}` now also allows {', '.join(vals)}"))
        if self.column_order_changed:
            out.append(("minor", f"{n}: column order changed"))
        if self.added:
            out.append(("minor", f"{n}: {len(self.added)} row(s) added"))
        if self.removed:
            # Dropping a whole source changes the coverage; dropping other rows corrects them.
            level = "minor" if n == "sources" else "patch"
            out.append((level, f"{n}: {len(self.removed)} row(s) removed"))
        if self.changed:
            out.append(("patch", f"{n}: {len(self.changed)} row(s) changed"))
        for col in self.now_required:
            out.append(("patch", f"{n}: column `{col}` is now required"))
        if not self.rows_comparable:
            out.append(("major", f"{n}: rows cannot be matched (no common primary key)"))
        return sorted(out, key=lambda lr: -LEVELS.index(lr[0]))

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["schema_changed"] = self.schema_changed
        return d


@dataclass
class PackageDiff:
    old: dict[str, Any]
    new: dict[str, Any]
    tables: list[TableDiff]
    metadata: list[dict] = field(default_factory=list)  # {key, old, new}

    def changes(self) -> list[tuple[str, str]]:
        out = [c for t in self.tables for c in t.changes()]
        out += [("patch", f"package metadata `{m['key']}` changed") for m in self.metadata]
        return sorted(out, key=lambda lr: -LEVELS.index(lr[0]))

    @property
    def level(self) -> str | None:
        """The version bump the changes need: major, minor, patch, or None (no change)."""
        ch = self.changes()
        return ch[0][0] if ch else None

    @property
    def identical(self) -> bool:
        return not self.changes()

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "required_bump": self.level,
            "changes": [{"level": lv, "change": text} for lv, text in self.changes()],
            "tables": {t.name: t.to_dict() for t in self.tables},
            "metadata": self.metadata,
        }


def _canon(v: Any) -> Any:
    """A plain Python value for comparison and JSON: None for every kind of missing."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        v = v.item()
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def _text(v: Any) -> str | None:
    """The value as the CSV spells it (for columns whose type changed)."""
    v = _canon(v)
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


def _fields(schema: dict | None) -> dict[str, dict]:
    return {f["name"]: f for f in (schema or {}).get("fields", [])}


def _pk(schema: dict | None) -> list[str]:
    pk = (schema or {}).get("primaryKey", [])
    return [pk] if isinstance(pk, str) else list(pk)


def diff_schema(td: TableDiff, old_schema: dict, new_schema: dict) -> None:
    """Fill the schema part of `td` from two Table Schemas."""
    fo, fn = _fields(old_schema), _fields(new_schema)
    td.columns_removed = [{"name": n, "type": f.get("type")} for n, f in fo.items() if n not in fn]
    td.columns_added = [{"name": n, "type": f.get("type")} for n, f in fn.items() if n not in fo]
    common = [n for n in fo if n in fn]
    for n in common:
        a, b = fo[n], fn[n]
        if a.get("type") != b.get("type"):
            td.types_changed.append({"name": n, "old": a.get("type"), "new": b.get("type")})
        ca, cb = a.get("constraints", {}), b.get("constraints", {})
        ea, eb = ca.get("enum"), cb.get("enum")
        if ea is not None or eb is not None:
            if ea is None:  # newly restricted to a list of values
                td.enum_removed[n] = ["values outside " + ", ".join(map(str, eb))]
            elif eb is not None:
                gone = [v for v in ea if v not in eb]
                new = [v for v in eb if v not in ea]
                if gone:
                    td.enum_removed[n] = gone
                if new:
                    td.enum_added[n] = new
        ra, rb = bool(ca.get("required")), bool(cb.get("required"))
        if ra and not rb:
            td.now_optional.append(n)
        elif rb and not ra:
            td.now_required.append(n)
    td.column_order_changed = common != [n for n in fn if n in fo]
    pko, pkn = _pk(old_schema), _pk(new_schema)
    if pko != pkn:
        td.primary_key_changed = {"old": pko, "new": pkn}


def _key_of(values: tuple) -> Any:
    return values[0] if len(values) == 1 else list(values)


def diff_rows(
    td: TableDiff, old: pd.DataFrame, new: pd.DataFrame, key: list[str], retyped: set[str] = frozenset()
) -> None:
    """Fill the row part of `td`: rows matched by `key`, compared on their common columns."""
    cols = [c for c in old.columns if c in new.columns and c not in key]
    label = LABELS.get(td.name)

    def index(df: pd.DataFrame, which: str) -> dict[tuple, dict]:
        out: dict[tuple, dict] = {}
        for rec in df.to_dict("records"):
            k = tuple(_canon(rec[c]) for c in key)
            if k in out:
                raise FactpackError(f"table {td.name} ({which}): duplicate primary key {_key_of(k)!r}")
            out[k] = rec
        return out

    a, b = index(old, "old"), index(new, "new")

    def lab(rec: dict) -> Any:
        return _canon(rec.get(label)) if label else None

    for k in sorted(set(b) - set(a), key=str):
        td.added.append({"key": _key_of(k), "label": lab(b[k])})
    for k in sorted(set(a) - set(b), key=str):
        td.removed.append({"key": _key_of(k), "label": lab(a[k])})
    for k in sorted(set(a) & set(b), key=str):
        ra, rb = a[k], b[k]
        changed, values = [], {}
        for c in cols:
            if c in retyped:
                va, vb = _text(ra[c]), _text(rb[c])
            else:
                va, vb = _canon(ra[c]), _canon(rb[c])
            if va != vb:
                changed.append(c)
                values[c] = {"old": _canon(ra[c]), "new": _canon(rb[c])}
        if changed:
            td.changed.append({"key": _key_of(k), "label": lab(rb), "columns": changed, "values": values})


def diff_table(
    name: str,
    old: pd.DataFrame | None,
    new: pd.DataFrame | None,
    old_schema: dict | None,
    new_schema: dict | None,
) -> TableDiff:
    """Compare one table given as DataFrames plus their Table Schemas (None: table absent)."""
    td = TableDiff(name)
    td.rows_old = None if old is None else len(old)
    td.rows_new = None if new is None else len(new)
    if old is None and new is None:
        return td
    if old is None or new is None:
        td.status = "added" if old is None else "removed"
        td.key = _pk(new_schema if old is None else old_schema)
        return td
    diff_schema(td, old_schema or {}, new_schema or {})
    for pk in (_pk(new_schema), _pk(old_schema)):
        if pk and all(c in old.columns and c in new.columns for c in pk):
            td.key = pk
            break
    if td.key:
        diff_rows(td, old, new, td.key, {c["name"] for c in td.types_changed})
    else:
        td.rows_comparable = False
    differs = td.schema_changed or td.rows_changed or not td.rows_comparable
    td.status = "changed" if differs else "unchanged"
    return td


def _csv_resources(desc: dict) -> dict[str, dict]:
    return {
        r["name"]: r
        for r in desc.get("resources", [])
        if r.get("format", PurePosixPath(r.get("path", "")).suffix.lstrip(".")) == "csv"
    }


# Descriptor keys that are not package metadata: the version itself, the code's provenance
# (it names the code, which may change without changing the data) and the resources.
NOT_METADATA = {"version", "x-provenance", "resources"}


def diff_metadata(old_desc: dict, new_desc: dict) -> list[dict]:
    """Top-level descriptor properties (title, licences, created, ...) that differ."""
    keys = [k for k in old_desc if k not in NOT_METADATA]
    keys += [k for k in new_desc if k not in NOT_METADATA and k not in old_desc]
    return [
        {"key": k, "old": old_desc.get(k), "new": new_desc.get(k)}
        for k in keys
        if old_desc.get(k) != new_desc.get(k)
    ]


def _about(path: str | Path, desc: dict) -> dict[str, Any]:
    return {"path": str(path), "name": desc.get("name"), "version": desc.get("version")}


def diff_packages(
    old_dir: Path, new_dir: Path, old_label: str | Path | None = None, new_label: str | Path | None = None
) -> PackageDiff:
    """Compare two package folders table by table (their CSV resources)."""
    do, dn = read_descriptor(old_dir), read_descriptor(new_dir)
    ro, rn = _csv_resources(do), _csv_resources(dn)
    names = [n for n in TABLE_ORDER if n in ro or n in rn]
    names += sorted((set(ro) | set(rn)) - set(names))
    tables = []
    for name in names:
        old = read_table(old_dir, name, "csv") if name in ro else None
        new = read_table(new_dir, name, "csv") if name in rn else None
        tables.append(
            diff_table(name, old, new, ro.get(name, {}).get("schema"), rn.get(name, {}).get("schema"))
        )
    return PackageDiff(
        _about(old_label or old_dir, do), _about(new_label or new_dir, dn), tables, diff_metadata(do, dn)
    )


def diff_paths(old: str | Path, new: str | Path) -> PackageDiff:
    """Compare two releases or package folders (each a folder or a release zip)."""
    with open_package(old) as a, open_package(new) as b:
        return diff_packages(a, b, old, new)


# --- reports ------------------------------------------------------------------------------------


def _short(v: Any, width: int = 40) -> str:
    s = "null" if v is None else repr(v) if isinstance(v, str) else str(v)
    return s if len(s) <= width else s[: width - 1] + "…"


def _row(item: dict) -> str:
    key = item["key"] if not isinstance(item["key"], list) else ", ".join(map(str, item["key"]))
    return f"{key} ({_short(item['label'])})" if item.get("label") is not None else str(key)


def schema_lines(td: TableDiff) -> list[str]:
    out = []
    out += [f"+ column `{c['name']}` ({c['type']})" for c in td.columns_added]
    out += [f"- column `{c['name']}` ({c['type']})" for c in td.columns_removed]
    out += [f"~ column `{c['name']}` type {c['old']} → {c['new']}" for c in td.types_changed]
    out += [f"~ column `{c}` allows {', '.join(v)}" for c, v in td.enum_added.items()]
    out += [f"~ column `{c}` no longer allows {', '.join(v)}" for c, v in td.enum_removed.items()]
    out += [f"~ column `{c}` no longer required" for c in td.now_optional]
    out += [f"~ column `{c}` now required" for c in td.now_required]
    if td.column_order_changed:
        out.append("~ column order changed")
    if td.primary_key_changed:
        pk = td.primary_key_changed
        out.append(f"~ primary key {pk['old']} → {pk['new']}")
    return out


def counts_line(td: TableDiff) -> str:
    if td.status in ("added", "removed"):
        n = td.rows_new if td.status == "added" else td.rows_old
        return f"table {td.status} ({n} rows)"
    if td.status == "unchanged":
        return f"unchanged ({td.rows_new} rows)"
    return (
        f"{td.rows_old} → {td.rows_new} rows: {len(td.added)} added, "
        f"{len(td.removed)} removed, {len(td.changed)} changed"
    )


def render_text(d: PackageDiff, limit: int = 10) -> str:
    """The human-readable report; `limit` rows listed per kind and table (0: all)."""

    def name(x: dict) -> str:
        return f"{x['name']} {x['version']} ({x['path']})"

    lines = [f"old: {name(d.old)}", f"new: {name(d.new)}"]
    level = d.level
    lines.append(
        "no changes"
        if level is None
        else f"changes need a {level} version bump (see README, 'Versions and releases')"
    )
    if d.metadata:
        lines += ["", "package metadata changed: " + ", ".join(f"`{m['key']}`" for m in d.metadata)]
    for td in d.tables:
        lines += ["", f"{td.name}: {counts_line(td)}"]
        lines += [f"  schema {s}" for s in schema_lines(td)]
        if not td.rows_comparable:
            lines.append("  rows not compared: no primary key common to both versions")
        for sign, items in (("+", td.added), ("-", td.removed), ("~", td.changed)):
            shown = items if limit <= 0 else items[:limit]
            for it in shown:
                if sign == "~":
                    cols = ", ".join(
                        f"{c} {_short(it['values'][c]['old'], 30)} → {_short(it['values'][c]['new'], 30)}"
                        for c in it["columns"]
                    )
                    lines.append(f"  ~ {_row(it)}: {cols}")
                else:
                    lines.append(f"  {sign} {_row(it)}")
            if len(items) > len(shown):
                more = len(items) - len(shown)
                lines.append(f"  {sign} … and {more} more (--limit 0 lists all)")
    return "\n".join(lines) + "\n"


def summary_markdown(d: PackageDiff) -> str:
    """A short Markdown summary (changelog entry, release notes): counts and schema changes."""
    lines = ["| table | rows | added | removed | changed | changed columns |", "|---|---|---|---|---|---|"]
    for td in d.tables:
        if td.status in ("added", "removed"):
            rows = f"{td.rows_old or 0} → {td.rows_new or 0} (table {td.status})"
            lines.append(f"| `{td.name}` | {rows} | | | | |")
            continue
        per_col: dict[str, int] = {}
        for it in td.changed:
            for c in it["columns"]:
                per_col[c] = per_col.get(c, 0) + 1
        by_count = sorted(per_col.items(), key=lambda x: (-x[1], x[0]))
        cols = ", ".join(f"`{c}` {n}" for c, n in by_count)
        rows = str(td.rows_old) if td.rows_old == td.rows_new else f"{td.rows_old} → {td.rows_new}"
        lines.append(
            f"| `{td.name}` | {rows} | {len(td.added)} | {len(td.removed)} | "
            f"{len(td.changed)} | {cols or '—'} |"
        )
    verbs = {"+": "added ", "-": "removed ", "~": ""}
    schema = [f"- `{td.name}`: {verbs[s[0]]}{s[2:]}" for td in d.tables for s in schema_lines(td)]
    schema += [f"- table `{td.name}` {td.status}" for td in d.tables if td.status in ("added", "removed")]
    lines += ["", "Schema changes:" if schema else "Schema changes: none."]
    if schema:
        lines += [""] + schema
    if d.metadata:
        keys = ", ".join(f"`{m['key']}`" for m in d.metadata)
        lines += ["", f"Package metadata changed: {keys}."]
    return "\n".join(lines) + "\n"
