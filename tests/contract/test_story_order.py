"""Story order sets the whole row order of the tables it sorts (ties broken by the primary
key), so the build skips sorting those by their key first (`story_sorted`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from factpack.contract.order import story_order, story_sorted
from factpack.contract.schema import TABLE_ORDER, load_tables
from factpack.publish.loaders import load_package


def test_story_sorted_names_the_tables_story_order_sorts() -> None:
    names = story_sorted(list(TABLE_ORDER))
    assert {"sources", "mentions", "events", "claims", "actors", "incidents"} <= names
    # ordered by their key (claim links, corrections) or kept in codebook order (lookups)
    assert not names & {"claim_links", "corrections", "event_types", "modalities"}


def test_story_order_does_not_depend_on_the_input_order(seed_package: Path) -> None:
    contract = load_tables()
    tables = {k: v for k, v in load_package(seed_package, categoricals=False).items() if k in contract}
    names = story_sorted(list(tables), contract)
    shuffled = {k: (v.sample(frac=1.0, random_state=7).reset_index(drop=True) if k in names else v)
                for k, v in tables.items()}
    assert any(not shuffled[k].equals(tables[k]) for k in names)  # the shuffle moved rows
    a, b = story_order(tables, contract), story_order(shuffled, contract)
    for k in names:
        pd.testing.assert_frame_equal(a[k].reset_index(drop=True), b[k].reset_index(drop=True))


def test_release_gives_the_same_order_and_lets_go_of_the_sorted_tables(seed_package: Path) -> None:
    """`release=True` (the build, which gives its tables away) takes each table it reorders
    out of the dict it was given, so the unsorted frame can be freed; the result is the same."""
    contract = load_tables()
    tables = {k: v for k, v in load_package(seed_package, categoricals=False).items() if k in contract}
    shuffled = {k: v.sample(frac=1.0, random_state=3).reset_index(drop=True) for k, v in tables.items()}
    kept = story_order(dict(shuffled), contract)
    given = dict(shuffled)
    released = story_order(given, contract, release=True)
    assert {"mentions", "events", "claims", "incidents"} <= set(shuffled) - set(given)
    assert set(released) == set(kept)
    for k in kept:
        pd.testing.assert_frame_equal(released[k], kept[k])


def _random_keys(rng, n: int) -> list[pd.Series]:
    cols = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.randint(4)
        if kind == 0:
            v = pd.Series(rng.randint(0, 4, n), dtype="Int64")
            v[rng.rand(n) < 0.2] = pd.NA
        elif kind == 1:
            words = ["a", "b", "É", "z", "ä", "Z", "ab", "😀", "a\u0301"]
            v = pd.Series(rng.choice(words, n), dtype="string")
            v[rng.rand(n) < 0.2] = pd.NA
        elif kind == 2:
            v = pd.Series(rng.randint(0, 3, n))
        else:
            v = pd.Series(rng.choice([0.5, 1.5, float("nan")], n))  # floats: the pandas path
        cols.append(v)
    return cols


def test_sort_positions_is_pandas_mergesort_order():
    """Arrow's stable multi-key sort gives pandas' order: ties kept, nulls last, strings by
    code point (non-ASCII and astral characters included)."""
    import numpy as np
    from factpack.contract.order import sort_positions, sort_positions_plain

    rng = np.random.RandomState(7)
    for _ in range(200):
        cols = _random_keys(rng, rng.randint(0, 200))
        assert sort_positions(cols).tolist() == sort_positions_plain(cols).tolist()


def test_first_positions():
    from factpack.contract.order import first_positions

    where = pd.Series(["b", None, "a", "b", "c"], dtype="string")
    keys = pd.Series(["a", "b", "x", None, "c"], dtype="string", index=[5, 6, 7, 8, 9])
    got = first_positions(where, keys)
    assert got.index.tolist() == [5, 6, 7, 8, 9]
    assert got.tolist() == [2, 0, pd.NA, pd.NA, 4]
    assert first_positions(pd.Series([], dtype="string"), keys).isna().all()
