"""Replaying the previous run's linking decisions (the link memo) gives the result of linking
anew: sources added last, in the middle, removed, and reports changed, on a generated corpus
whose reports share many blocking keys."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pandas as pd
import pytest
from factpack.extract.document import extract_document
from factpack.extract.reference import default_reference
from factpack.ingest.sources import build_sources, read_documents
from factpack.link.incidents import LinkRecord, link_events
from factpack.link.memo import LinkMemo
from factpack.link.rules import default_rules
from factpack.pipeline import RowCollector, combine_rows, merged_frames
from factpack.tools.corpus import write_corpus

N = 60


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    seeds = tmp_path_factory.mktemp("replay") / "seeds"
    write_corpus(seeds, N, seed=3)
    docs, _ = read_documents(seeds)
    ref = default_reference()
    collected = RowCollector()
    for doc in docs:
        collected.add(extract_document(doc, ref), doc.source_id)
    out = merged_frames(combine_rows(None, collected.frames(), [d.source_id for d in docs]))
    out["sources"] = build_sources(docs)
    return out


def run(f: dict[str, pd.DataFrame], previous: LinkRecord | None = None,
        drop: str | None = None) -> tuple[dict[str, str], LinkRecord]:
    events, sources = f["events"], f["sources"]
    if drop is not None:
        events, sources = events[events["source_id"] != drop], sources[sources["source_id"] != drop]
    record: list[LinkRecord] = []
    groups = link_events(events, sources, f["actors"], default_reference(), default_rules(), previous, record)
    return groups, record[0]


def by_date(f: dict[str, pd.DataFrame]) -> list[str]:
    return list(f["sources"].sort_values(["published_date", "seed_file"])["source_id"])


def test_the_corpus_links_reports_together(frames: dict[str, pd.DataFrame]) -> None:
    groups, _ = run(frames)
    sizes = pd.Series(list(groups.values())).value_counts()
    assert (sizes > 1).sum() >= 10  # incidents of several reports


@pytest.mark.parametrize("where", [-1, 0, N // 2, N // 3])
def test_added_and_removed_source_replayed_equal_linking_anew(
        frames: dict[str, pd.DataFrame], where: int) -> None:
    sid = by_date(frames)[where]  # the latest, the earliest, two in the middle
    clean, full = run(frames)
    without, partial = run(frames, drop=sid)
    assert run(frames, partial) == (clean, full)  # added
    assert run(frames, full, drop=sid) == (without, partial)  # removed


def test_changed_reports_replayed_equal_linking_anew(frames: dict[str, pd.DataFrame]) -> None:
    clean, full = run(frames)
    events = frames["events"].copy()
    linked = [e for e, a in clean.items() if a != e]  # reports that joined an incident
    # a linked report's actor changes country (as a vote across sources may): every report
    # naming that actor changes
    named = events.loc[events["event_id"].isin(linked), "actor_id"].dropna().iloc[0]
    actors = frames["actors"].copy()
    actors.loc[actors["actor_id"] == named, "country_code"] = "ZZZ"
    # another linked report is dated a year earlier
    i = events.index[events["event_id"].isin(linked) & events["date_start"].notna()
                     & (events["actor_id"] != named)][0]
    for c in ("date_start", "date_end"):
        events.loc[i, c] = events.loc[i, c].replace(year=events.loc[i, c].year - 1)
    changed = {**frames, "actors": actors, "events": events}
    anew, record = run(changed)
    assert anew != clean
    assert run(changed, full) == (anew, record)


def test_unchanged_decisions_are_taken_from_the_record(frames: dict[str, pd.DataFrame]) -> None:
    """The replay really takes the record's decisions: a record that (falsely) says a
    linked report started an incident of its own is followed where nothing changed."""
    clean, full = run(frames)
    joined = next(e for e, a in clean.items() if a != e and full.placed[e] is not None)
    forged = dataclasses.replace(full, placed={**full.placed, joined: None}, retried=dict(full.retried))
    forged.retried.pop(joined, None)
    replayed, _ = run(frames, forged)
    assert replayed[joined] == joined != clean[joined]


def test_memo_file_round_trips_and_a_damaged_one_is_no_memo(
        frames: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    _, full = run(frames)
    memo = LinkMemo(tmp_path)
    assert memo.load() is None
    memo.save(full)
    assert memo.load() == full
    stale = tmp_path / ("link-" + "0" * 20 + ".json")  # a format-1 memo
    other = tmp_path / ("link-" + "1" * 20 + ".tsv")  # a memo of other code
    mine = tmp_path / "link-notes.json"
    for p in (stale, other, mine):
        p.write_text("{}", encoding="utf-8")
    memo.save(full)
    assert not stale.exists() and not other.exists()
    assert mine.exists()  # only names the memo gives are removed
    assert memo.path is not None
    good = memo.path.read_bytes()
    memo.path.write_text("{not json", encoding="utf-8")
    assert memo.load() is None
    memo.path.write_bytes(good[:-40])  # cut short
    assert memo.load() is None
    i = good.index(b'"', good.index(b"\n"))  # one byte of a signature damaged
    memo.path.write_bytes(good[:i] + b"'" + good[i + 1:])
    assert memo.load() is None
    memo.path.write_bytes(good)
    assert memo.load() == full
    # the first line is the SHA-256 of the rest, written over a placeholder once it is known
    head, _, rest = good.partition(b"\n")
    assert head.decode("ascii").split()[-1] == hashlib.sha256(rest).hexdigest() != "0" * 64
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]  # no temporary left


def test_memo_holds_one_string_per_report(frames: dict[str, pd.DataFrame]) -> None:
    """The record keeps each signature as one JSON text (memory at scale), which gives the
    report back."""
    from factpack.link.incidents import from_signature

    _, full = run(frames)
    sig = next(iter(full.signature.values()))
    assert isinstance(sig, str) and "\t" not in sig and "\n" not in sig
    report, _ = from_signature(sig)
    assert report.event_id == next(iter(full.signature))
    assert full.source[report.event_id] == report.source_id


def test_linked_tables_equal_the_row_loop(frames: dict[str, pd.DataFrame]) -> None:
    """The vectorised incident IDs and incidents table are the row loop's, value for value
    (and type for type), whatever order the events come in."""
    from factpack.link.incidents import linked_tables, linked_tables_plain

    groups, _ = run(frames)
    events = frames["events"].sample(frac=1.0, random_state=5).reset_index(drop=True)
    sources = frames["sources"]
    a, b = linked_tables(events, groups, sources), linked_tables_plain(events, groups, sources)
    assert (a[1]["report_count"] > 1).sum() >= 10  # incidents of several reports summarised
    for x, y in zip(a, b, strict=True):
        pd.testing.assert_frame_equal(x, y, check_exact=True)
        for c in x.columns:
            assert [type(v) for v in x[c]] == [type(v) for v in y[c]], c
