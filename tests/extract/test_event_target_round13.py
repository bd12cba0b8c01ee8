"""Event target rules of round 13 (issue 11, s13-target) on invented sentences: one rule per test."""

from __future__ import annotations

from tests.extract.test_event_roles import events, first

# `, and ...` after a person's name is no apposition: the places in that clause stay mentions ---


def test_capital_after_an_apposed_envoy_and_and_is_the_addressed_state() -> None:
    rows = events("Chile summoned Peru's ambassador, Juan Perez, and asked Lima for an explanation.")
    assert first(rows, "REQUEST")[1:3] == ("Chile", "Peru")


def test_clause_opened_by_and_after_a_name_keeps_its_state_mention() -> None:
    rows = events("Chile met Peru's ambassador, Juan Perez, and later accused Bolivia of smuggling.")
    assert first(rows, "ACCUSE")[2] == "Bolivia"


# `the bloc` refers back to the named union of states ----------------------------------------


def test_the_bloc_refers_back_to_the_named_union() -> None:
    rows = events(
        "The European Union imposed new tariffs on Chinese steel. Chile's foreign minister, Juan "
        "Perez, called on the bloc to target Russia next."
    )
    assert first(rows, "REQUEST")[1:3] == ("Juan Perez", "European Union")
