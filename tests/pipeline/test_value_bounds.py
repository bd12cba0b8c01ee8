"""Issue 12 findings 7-10: date and number edge cases never raise, and never give a row that
breaks the contract (the extractors' rules, and the repair step for anything that slips by)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from factpack.contract.schema import conform, load_tables
from factpack.extract.dates import find_dates
from factpack.extract.quantities import MAX_AMOUNT, find_fatalities, find_money
from factpack.extract.repairs import DATE_RULE, FATALITY_RULE, repair_events


def test_february_29_resolves_to_the_latest_leap_day_before_publication() -> None:
    [d] = find_dates("They met on February 29.", dt.date(2024, 2, 20))
    assert (d.start, d.end, d.precision) == (dt.date(2020, 2, 29), dt.date(2020, 2, 29), "day")
    [d] = find_dates("They met on February 29.", dt.date(2024, 3, 1))
    assert d.start == dt.date(2024, 2, 29)


def test_year_zero_and_year_one_do_not_raise() -> None:
    [d] = find_dates("It began in May 0000.", dt.date(2025, 6, 1))
    assert d.start is None and d.precision == "unknown"
    for phrase in ("on Monday", "last week", "last year", "yesterday", "last month", "in recent days"):
        for r in find_dates(f"It happened {phrase}.", dt.date(1, 1, 2)):
            assert r.start is None or r.start <= r.end


def test_counts_above_the_bound_are_not_counts() -> None:
    assert find_fatalities("The blast killed 99999999999999999999999 people.") == []
    assert find_fatalities("The blast killed " + "9" * 400 + " people.") == []
    [f] = find_fatalities("The blast killed 1,200 people.")
    assert (f.low, f.high) == (1200, 1200)


def test_amounts_are_bounded() -> None:
    assert find_money("They pledged $" + "9" * 400 + " in aid.") == []
    assert find_money("They pledged $9000 trillion in aid.") == []
    [m] = find_money("They pledged $5 million in aid.")
    assert m.amount == 5e6 <= MAX_AMOUNT


def test_a_second_number_below_the_first_does_not_close_a_range() -> None:
    [f] = find_fatalities("The attack killed 40 and 12 others were wounded.")
    assert (f.low, f.high) == (40, 40)
    [f] = find_fatalities("Between 20 and 12 people were killed.")
    assert (f.low, f.high) == (20, 20)
    [f] = find_fatalities("Between 12 and 20 people were killed.")
    assert (f.low, f.high) == (12, 20)


def _events(**cols: list) -> pd.DataFrame:
    table = load_tables()["events"]
    n = len(next(iter(cols.values())))
    base = {f.name: [None] * n for f in table.fields}
    base.update(event_id=[f"evt_{i}" for i in range(n)], date_precision=["day"] * n)
    base.update(cols)
    return conform(pd.DataFrame(base), table)


def test_repairs_fix_and_count_impossible_rows() -> None:
    ev = _events(
        date_start=[dt.date(2026, 1, 1), dt.date(2025, 1, 1)],
        date_end=[dt.date(2025, 11, 30), dt.date(2025, 1, 2)],
        fatalities_low=[40, 3],
        fatalities_high=[12, 5],
    )
    fixed, counts = repair_events(ev)
    assert counts == {DATE_RULE: 1, FATALITY_RULE: 1}
    assert fixed.loc[0, "date_start"] is None and fixed.loc[0, "date_precision"] == "unknown"
    assert fixed.loc[1, "date_start"] == dt.date(2025, 1, 1)
    assert pd.isna(fixed.loc[0, "fatalities_high"]) and fixed.loc[0, "fatalities_low"] == 40
    assert fixed.loc[1, "fatalities_high"] == 5
    assert list(fixed.dtypes) == list(ev.dtypes)
