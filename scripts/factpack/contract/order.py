"""Row order of the published tables: story order, not hash order.

Sources by seed file; rows with a span by their source's place, then by position in the
text; a table other rows point at (actors) by where it first appears; lookup tables keep
codebook order. Ties are broken by the primary key, so the order is deterministic.
"""

from __future__ import annotations

import pandas as pd

from factpack.contract.schema import Table, load_tables

POSITION = ("source_id", "char_start", "char_end")


def _sorted(df: pd.DataFrame, keys: list[pd.Series | str], table: Table) -> pd.DataFrame:
    """`df` sorted (stably) by `keys`, then the primary key. Only the key columns are sorted;
    the rows are then taken once, so a large table is not copied several times over."""
    tmp = pd.DataFrame(index=pd.RangeIndex(len(df)))
    names = []
    for i, k in enumerate(keys):
        name = f"__k{i}"
        tmp[name] = df[k].reset_index(drop=True) if isinstance(k, str) else k.to_numpy()
        names.append(name)
    for col in table.primary_key:
        tmp[col] = df[col].reset_index(drop=True)
    names += list(table.primary_key)
    order = tmp.sort_values(names, kind="mergesort", na_position="last").index.to_numpy()
    return df.iloc[order].reset_index(drop=True)


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
        pos = out[first].reset_index(drop=True)
        place = pd.Series(range(len(pos)), index=pos.index).groupby(pos[key].astype(object)).min()
        out[name] = _sorted(df, [df[key].astype(object).map(place).astype("Int64")], contract[name])
    return out
