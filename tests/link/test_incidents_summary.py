"""The incidents table as built (anchor rows summarised vectorised, incidents of several
reports put in their place) equals summarising every incident from all its rows in anchor
order, the plain way; and it does not depend on the order of the event rows."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pandas as pd
import pytest
from factpack.contract.schema import conform, load_tables
from factpack.link.incidents import (
    INCIDENT_COLUMNS,
    PRECISION_RANK,
    SUMMARY_COLUMNS,
    _date,
    _val,
    anchor_order,
    incidents_table,
    summarise,
)
from factpack.paths import ROOT
from factpack.pipeline import build


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A build of the linking dev set (tests/dev_incidents), which links many reports."""
    out = tmp_path_factory.mktemp("summary") / "pkg"
    build(ROOT / "tests" / "dev_incidents" / "articles", out)
    data = out / "data"
    events = pd.read_parquet(data / "events.parquet")
    sources = pd.read_parquet(data / "sources.parquet")
    incidents = pd.read_parquet(data / "incidents.parquet")
    return events, sources, incidents


def plain_incidents(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Every incident through `summarise`, its rows in anchor order (sorted row by row)."""
    src = sources[["source_id", "published_date", "seed_file"]]
    df = events[[*SUMMARY_COLUMNS, "incident_id"]].merge(src, on="source_id", how="left")
    df["_unpublished"] = df["published_date"].isna()
    df["_pub"] = [_date(v) or dt.date.min for v in df["published_date"]]
    df["_undated"] = ~(df["date_start"].notna() & df["date_end"].notna()
                       & df["date_precision"].isin(list(PRECISION_RANK)))
    df = df.sort_values(["_unpublished", "_pub", "seed_file", "_undated", "char_start", "event_id"],
                        kind="mergesort")
    rows: dict[str, list[dict]] = defaultdict(list)
    cols = [*SUMMARY_COLUMNS, "incident_id"]
    for values in zip(*(df[c].tolist() for c in cols), strict=True):
        r = {c: _val(v) for c, v in zip(cols, values, strict=True)}
        r["date_start"], r["date_end"] = _date(r["date_start"]), _date(r["date_end"])
        rows[r["incident_id"]].append(r)
    return pd.DataFrame([summarise(rows[k]) for k in sorted(rows)], columns=INCIDENT_COLUMNS)


def test_incidents_equal_the_plain_summary_of_every_incident(linked) -> None:
    events, sources, published = linked
    contract = load_tables()["incidents"]
    got = conform(incidents_table(events, sources), contract)
    want = conform(plain_incidents(events, sources), contract)
    assert (got["report_count"] > 1).sum() >= 5  # the dev set links several reports somewhere
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))
    pd.testing.assert_frame_equal(got.reset_index(drop=True),
                                  conform(published, contract).reset_index(drop=True))


def test_incidents_do_not_depend_on_the_order_of_the_event_rows(linked) -> None:
    events, sources, _ = linked
    contract = load_tables()["incidents"]
    shuffled = events.sample(frac=1.0, random_state=7).reset_index(drop=True)
    assert not shuffled["event_id"].equals(events["event_id"])
    a = conform(incidents_table(shuffled, sources), contract).reset_index(drop=True)
    b = conform(incidents_table(events, sources), contract).reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)
    ordered = anchor_order(shuffled, sources)
    assert ordered["event_id"].tolist() == anchor_order(events, sources)["event_id"].tolist()
