"""Event actor and target rules (issue 11, part B) on invented sentences: one rule per test."""

from __future__ import annotations

import datetime as dt

from tests.extract.sentences import extract_body


def events(body: str, pub: dt.date = dt.date(2025, 3, 14)) -> list[tuple[str, str | None, str | None, dict]]:
    """(event_type, actor name, target name, row) for every event of `body`."""
    x = extract_body(body, pub)
    names = {k: a["name"] for k, a in x.actors.items()}
    return [(e["event_type"], names.get(e["actor_id"]), names.get(e["target_actor_id"]), e) for e in x.events]


def first(rows: list, etype: str) -> tuple:
    hits = [r for r in rows if r[0] == etype]
    assert hits, rows
    return hits[0]


def test_generic_noun_phrases_are_no_event_party() -> None:
    rows = events("Gunmen attacked a convoy of aid workers near the border on Sunday.")
    assert first(rows, "ASSAULT")[1:3] == (None, None)


def test_generic_phrase_tied_to_a_country_is_that_state() -> None:
    rows = events("Indonesian prosecutors on Wednesday indicted the businessman Andi Kusuma.")
    assert first(rows, "ACCUSE")[1:3] == ("Indonesia", "Andi Kusuma")
