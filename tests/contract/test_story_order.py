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
