"""The one entry point the pipeline calls: events in, events with `incident_id` and the
incidents table out."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from factpack.extract.reference import Reference
from factpack.link.directives import apply_directives
from factpack.link.incidents import (
    INCIDENT_COLUMNS,
    LinkRecord,
    anchor_positions,
    incidents_table,
    link_events,
    linked_tables,
    with_incident_ids,
)
from factpack.link.memo import LinkMemo
from factpack.link.rules import LinkRules, default_rules


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector paused for the block. Linking allocates a few objects per
    report and comparison and frees almost none of them, so the collector would walk the
    growing heap again and again (about half the linking time at 1,000 articles) to find no
    cycles; reference counting still frees what is dropped."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def link_tables(events: pd.DataFrame, sources: pd.DataFrame, actors: pd.DataFrame, ref: Reference,
                rules: LinkRules | None = None,
                directives: Iterable[Mapping[str, Any]] = (),
                memo_dir: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events with `incident_id`, incidents): link, apply merge/split directives, summarise.
    `memo_dir`: the build cache folder, where the link memo is read and written (see
    link/memo.py; the result does not depend on it)."""
    if events.empty:
        return events.assign(incident_id=pd.Series(dtype="string")), pd.DataFrame(columns=INCIDENT_COLUMNS)
    with no_cyclic_gc():
        memo = LinkMemo(memo_dir)
        previous = memo.load()
        record: list[LinkRecord] | None = [] if memo_dir is not None else None
        order = anchor_positions(events, sources)  # made once: linking and the tables read it
        groups = link_events(events, sources, actors, ref, rules or default_rules(), previous, record, order)
        if record and record[0] != previous:
            memo.save(record[0])
        del previous, record
        directives = list(directives)
        if not directives:
            linked, incidents = linked_tables(events, groups, sources, order=order)
            assert incidents is not None
            return linked, incidents
        linked = apply_directives(with_incident_ids(events, groups, sources), sources, directives)
        return linked, incidents_table(linked, sources)
