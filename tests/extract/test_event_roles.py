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


def test_agentless_passive_leaves_the_actor_null_never_the_detained() -> None:
    rows = events("The activist Maria Lopez was detained in Lima on Monday.")
    assert first(rows, "COERCE")[1:3] == (None, "Maria Lopez")


def test_passive_agent_is_the_group_behind_by() -> None:
    rows = events("The engineer Lukas Brunner was abducted by fighters of Boko Haram in May.")
    assert first(rows, "ASSAULT")[1:3] == ("Boko Haram", "Lukas Brunner")


def test_passive_target_does_not_fall_back_to_a_later_place() -> None:
    rows = events("The hostages were freed on Tuesday and flown to Niger, officials said.")
    assert first(rows, "RETREAT")[2] is None
    assert not [r for r in rows if r[0] == "CONSULT"]  # carried to Niger is no visit


def test_agentless_passive_takes_the_authority_the_sentence_names() -> None:
    rows = events(
        "The union accused the Nigeria Police Force of harassing workers in Lagos, "
        "where it said 14 members were detained."
    )
    assert first(rows, "COERCE")[1] == "Nigeria Police Force"


def test_speakers_country_is_not_the_actor() -> None:
    rows = events(
        "Kyrgyzstan's State Committee for National Security said Tajik forces had used "
        "mortars and drones to attack villages in Batken."
    )
    assert first(rows, "ASSAULT")[1] == "Tajikistan armed forces"


def test_relative_clause_act_is_its_antecedents() -> None:
    rows = events("Hungary, which had threatened to veto the package, dropped its objections.")
    assert first(rows, "THREATEN")[1] == "Hungary"
    rows = events("Rwanda, which a UN panel says has deployed troops inside Congo, denies the charge.")
    assert first(rows, "MOBILIZE")[1] == "Rwanda"


def test_accused_party_is_the_actor_of_the_gerund() -> None:
    rows = events("Amnesty International accused Nigerian police of beating detainees in custody.")
    assert first(rows, "ASSAULT")[1] == "Nigeria"


def test_death_count_belongs_to_the_death_noun() -> None:
    rows = events("Clashes with police left three injured and one death on Sunday.")
    e = first(rows, "ASSAULT")[3]
    assert (e["fatalities_low"], e["fatalities_high"]) == (1, 1)
