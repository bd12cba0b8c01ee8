"""Contract repairs: the last step of extraction, so no row breaks the contract's range rules.

The extractors should never produce these rows; should one slip through (a date phrase read
against a mistyped publication date, "since 2026" in a text of 2025), it is repaired by a rule
of the codebook (schemas/codebook.yaml, `rules`) rather than failing the whole build, and each
repair is counted in the build report.
"""

from __future__ import annotations

import pandas as pd

# rule (as counted in build_report.json `repairs`) -> what it does; the codebook states them
DATE_RULE = "events.date_start > date_end: dates set to null, date_precision unknown"
FATALITY_RULE = "events.fatalities_low > fatalities_high: fatalities_high set to null"


def repair_events(events: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """Conformed events with impossible date ranges and reversed death tolls repaired (dtypes
    kept), and the number of rows each rule repaired."""
    counts = {DATE_RULE: 0, FATALITY_RULE: 0}
    if events.empty:
        return events, counts
    bad = [s is not None and e is not None and not pd.isna(s) and not pd.isna(e) and s > e
           for s, e in zip(events["date_start"], events["date_end"], strict=True)]
    bad_dates = pd.Series(bad, index=events.index, dtype=bool)
    lo = pd.to_numeric(events["fatalities_low"], errors="coerce")
    hi = pd.to_numeric(events["fatalities_high"], errors="coerce")
    reversed_toll = (lo > hi).fillna(False).astype(bool)
    if not bad_dates.any() and not reversed_toll.any():
        return events, counts  # nothing to repair: no copy of a large table
    events = events.copy()
    if bad_dates.any():
        for col in ("date_start", "date_end"):
            events[col] = pd.Series([None if m else v for v, m in zip(events[col], bad_dates, strict=True)],
                                    index=events.index, dtype=events[col].dtype)
        events.loc[bad_dates, "date_precision"] = "unknown"
        counts[DATE_RULE] = int(bad_dates.sum())
    if reversed_toll.any():
        events.loc[reversed_toll, "fatalities_high"] = pd.NA
        counts[FATALITY_RULE] = int(reversed_toll.sum())
    return events, counts
