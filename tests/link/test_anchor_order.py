"""The anchor order, made with numbers (`anchor_positions`), is the order of sorting every
event's keys as Python values (`anchor_positions_plain`)."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pandas as pd
from factpack.link.incidents import anchor_positions, anchor_positions_plain


def _frames(seed: int, tied_sources: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    rnd = random.Random(seed)
    n_src = 12
    dates = [dt.date(2025, 9, 1), dt.date(2025, 9, 2), None]
    sources = pd.DataFrame({
        "source_id": [f"src_{i:03d}" for i in range(n_src)],
        "published_date": [rnd.choice(dates) for _ in range(n_src)],
        "seed_file": [("same.txt" if tied_sources and i < 3 else f"{rnd.choice('zab')}{i}.txt")
                      for i in range(n_src)],
    })
    rows = []
    for _ in range(200):
        dated = rnd.random() < 0.6
        rows.append({
            "event_id": f"ev_{rnd.getrandbits(40):010x}",
            "source_id": f"src_{rnd.randrange(n_src):03d}",
            "date_start": dt.date(2025, 8, rnd.randint(1, 28)) if dated else None,
            "date_end": dt.date(2025, 8, 28) if dated and rnd.random() < 0.9 else None,
            "date_precision": rnd.choice(["day", "week", "month", "unknown"]),
            "char_start": rnd.randrange(0, 40),  # many ties: the event ID decides
        })
    events = pd.DataFrame(rows)
    events["event_id"] = events["event_id"].astype("string")
    events["source_id"] = events["source_id"].astype("string")
    return events, sources


def test_anchor_positions_equal_the_plain_sort() -> None:
    for seed in range(20):
        events, sources = _frames(seed, tied_sources=seed % 2 == 1)
        got = anchor_positions(events, sources)
        assert np.array_equal(got, anchor_positions_plain(events, sources)), seed
        assert sorted(got.tolist()) == list(range(len(events)))


def test_anchor_positions_fall_back_when_a_source_is_missing() -> None:
    events, sources = _frames(3)
    events.loc[5, "source_id"] = "src_unknown"
    assert np.array_equal(anchor_positions(events, sources), anchor_positions_plain(events, sources))
    assert len(anchor_positions(events.iloc[:0], sources)) == 0
