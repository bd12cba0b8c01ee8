"""Row order of the published tables: story order, not hash order.

Sources by seed file; rows with a span by their source's place, then by position in the
text; a table other rows point at (actors) by where it first appears; lookup tables keep
codebook order. Ties are broken by the primary key, so the order is deterministic.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from factpack.contract.schema import Table, load_tables

POSITION = ("source_id", "char_start", "char_end")


def _sorted(df: pd.DataFrame, keys: list[pd.Series | str], table: Table) -> pd.DataFrame:
    """`df` sorted (stably) by `keys`, then the primary key. Only the key columns are sorted;
    the rows are then taken once, so a large table is not copied several times over."""
    columns = [(df[k] if isinstance(k, str) else k).reset_index(drop=True) for k in keys]
    columns += [df[col].reset_index(drop=True) for col in table.primary_key]
    order = sort_positions(columns)
    return df.iloc[order].reset_index(drop=True)


def _arrow_key(col: pd.Series) -> pa.Array | None:
    """`col` as an Arrow array Arrow sorts as pandas does (nulls last, strings by code point),
    or None when its values are of another kind (floats, dates, mixed objects)."""
    if not (pd.api.types.is_integer_dtype(col.dtype) or pd.api.types.is_bool_dtype(col.dtype)
            or pd.api.types.is_string_dtype(col.dtype)):
        return None
    try:
        arr = pa.array(col, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    t = arr.type
    kind = (pa.types.is_integer(t) or pa.types.is_boolean(t) or pa.types.is_string(t)
            or pa.types.is_large_string(t))
    return arr if kind else None


def sort_positions(columns: list[pd.Series]) -> np.ndarray:
    """The row positions that sort `columns` (equal lengths, a default index) stably, first
    column first, missing values last: `DataFrame.sort_values(kind="mergesort",
    na_position="last")`'s order. Integer, boolean and string keys are sorted by Arrow's
    (stable, multi-key) `sort_indices`, which compares strings by their UTF-8 bytes, that is
    by code point as Python does (`sort_positions_plain` is the reference); any other key
    sends the whole sort to pandas."""
    arrays = [_arrow_key(c) for c in columns]
    if any(a is None for a in arrays):
        return sort_positions_plain(columns)
    names = [f"k{i}" for i in range(len(arrays))]
    t = pa.table(dict(zip(names, arrays, strict=True)))
    return pc.sort_indices(t, sort_keys=[(n, "ascending", "at_end") for n in names]).to_numpy()


def sort_positions_plain(columns: list[pd.Series]) -> np.ndarray:
    """`sort_positions` by pandas' `sort_values` (the reference)."""
    tmp = pd.DataFrame({f"__k{i}": c.to_numpy() if not isinstance(c.dtype, pd.api.extensions.ExtensionDtype)
                        else c.array for i, c in enumerate(columns)}, index=pd.RangeIndex(len(columns[0])))
    return tmp.sort_values(list(tmp.columns), kind="mergesort", na_position="last").index.to_numpy()


def first_positions(where: pd.Series, keys: pd.Series) -> pd.Series:
    """For each of `keys`, the position of its first occurrence in `where` (Int64; missing
    when it does not occur there, or is itself missing)."""
    where = where.reset_index(drop=True)
    first = (~where.duplicated() & where.notna()).to_numpy(dtype=bool)
    codes = pd.Index(where[first].astype(object)).get_indexer(keys.astype(object))
    at = np.flatnonzero(first)
    missing = codes < 0
    values = at[codes] if len(at) else np.zeros(len(codes), dtype=np.int64)
    values = np.where(missing, 0, values).astype(np.int64)
    return pd.Series(pd.arrays.IntegerArray(values, missing), index=keys.index)


def _positional(names: list[str], contract: dict[str, Table]) -> list[str]:
    return [n for n in names if n in contract and set(POSITION) <= set(contract[n].field_names)]


def _pointed_at(name: str, positional: list[str], contract: dict[str, Table]) -> str | None:
    """The first positional table holding `name`'s one-column key (it is ordered by where
    its rows first appear there), or None."""
    t = contract.get(name)
    if t is None or t.labels or name in positional or name == "sources" or len(t.primary_key) != 1:
        return None
    return next((n for n in positional if t.primary_key[0] in contract[n].field_names), None)


def story_sorted(names: list[str], contract: dict[str, Table] | None = None) -> set[str]:
    """The tables among `names` whose row order story_order sets in full (every tie broken by
    the primary key): sorting them by their key first is wasted work."""
    contract = contract or load_tables()
    positional = _positional(names, contract)
    return ({"sources"} & set(names)) | set(positional) | {
        n for n in names if _pointed_at(n, positional, contract) is not None}


def story_order(
    tables: dict[str, pd.DataFrame], contract: dict[str, Table] | None = None, *, release: bool = False
) -> dict[str, pd.DataFrame]:
    """The tables with their rows in story order (see the module docstring).

    `release`: the caller gives `tables` away; each table whose rows story order moves is
    taken out of it once sorted, so a large build does not hold every table twice."""
    contract = contract or load_tables()
    out = dict(tables)
    if "sources" in out:
        out["sources"] = _sorted(out["sources"], ["seed_file"], contract["sources"])
    rank = {sid: i for i, sid in enumerate(out["sources"]["source_id"])} if "sources" in out else {}
    positional = _positional(list(out), contract)
    for name in positional:
        df = tables.pop(name) if release else out[name]
        src = df["source_id"].map(rank).astype("Int64")
        out[name] = _sorted(df, [src, "char_start", "char_end"], contract[name])
        del df, src
    for name in list(tables):
        first = _pointed_at(name, positional, contract)
        if first is None:
            continue
        df = tables.pop(name) if release else tables[name]
        key = contract[name].primary_key[0]
        out[name] = _sorted(df, [first_positions(out[first][key], df[key])], contract[name])
    return out
