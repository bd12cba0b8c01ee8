"""The CSV files are formatted through Arrow's compute kernels: the same bytes as the csv
module writes (QUOTE_MINIMAL, LF), whatever the values hold."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factpack.contract.schema import conform, load_tables
from factpack.publish.package import _csv_bytes_python, arrow_table, csv_bytes, csv_from_arrow

TRICKY = ["plain", "a, comma", 'a "quote"', "a\nline break", "a\rcarriage return", "tab\there",
          " leading space", "trailing space ", "‘curly’ “quotes” – dash…", "emoji 🙂 and ß", '"', ",", "x"]


def _frame(table: str, n: int = 60) -> pd.DataFrame:
    t = load_tables()[table]
    cols = {}
    for j, f in enumerate(t.fields):
        if f.type == "string":
            pool = f.enum or TRICKY
            vals = [pool[(i + j) % len(pool)] for i in range(n)]
        elif f.type == "integer":
            vals = [(i * 7919 + j) % 100_003 - 5 for i in range(n)]
        elif f.type == "number":
            vals = [[3.0, 0.1, 1e-05, 1e16, 123456789.125, 2.5e22, 7.0][i % 7] for i in range(n)]
        elif f.type == "boolean":
            vals = [i % 2 == 0 for i in range(n)]
        else:
            vals = [dt.date(1990 + i % 40, 1 + i % 12, 1 + i % 28) for i in range(n)]
        if not f.required:
            vals = [None if i % 5 == j % 5 else v for i, v in enumerate(vals)]
        cols[f.name] = vals
    return conform(pd.DataFrame(cols), t, sort=False)


@pytest.mark.parametrize("table", ["events", "sources", "claims", "actors"])
def test_arrow_csv_is_byte_identical_to_the_csv_module(table: str) -> None:
    t = load_tables()[table]
    df = _frame(table)
    want = _csv_bytes_python(df, t)
    got = csv_from_arrow(arrow_table(df, t), t)  # the Arrow path itself, no fallback
    assert got == want
    assert csv_bytes(df, t) == want


def test_a_frame_off_the_contract_is_still_written_by_the_csv_module() -> None:
    t = load_tables()["sources"]
    df = _frame("sources").astype(object)
    df.loc[0, "char_count"] = "4321"  # a string: Arrow refuses it for an integer column
    data = csv_bytes(df, t)
    assert data == _csv_bytes_python(df, t) and b",4321\n" in data


def test_many_rows_in_several_slices_are_joined_in_order() -> None:
    t = load_tables()["claims"]
    df = _frame("claims", 250_000 // 2)
    assert csv_from_arrow(arrow_table(df, t), t) == _csv_bytes_python(df, t)
