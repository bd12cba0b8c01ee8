"""Who said it, round 10 (issue 11): claimant shapes seen in more than one article of the open
real-style sets (tests/dev_real, tests/dev_blind, tests/dev_blind2). Invented sentences; one rule
per test, with a case the rule must leave alone where it could overreach."""

from __future__ import annotations

from tests.extract.sentences import actors, speaker

# a state's service named with capitals (actor_cues.csv kind `state_service`) -------------------


def test_demonym_and_service_noun_is_the_states_armed_forces() -> None:
    body = (
        "Six soldiers were wounded near the border on Friday, the Chilean Army said.\n"
        "The Peruvian Navy said it had sent two frigates to the area."
    )
    assert speaker(body, "Six soldiers were wounded") == "Chile armed forces"
    assert speaker(body, "two frigates") == "Peru armed forces"
    found = actors(body)
    assert "Peruvian Navy" not in found
    assert found["Peru armed forces"]["actor_type"] == "armed_forces"


def test_a_service_with_a_name_of_its_own_keeps_it() -> None:
    body = "The Royal Peruvian Marine Brigade said it had sent two frigates to the area."
    assert speaker(body, "two frigates") != "Peru armed forces"


def test_demonym_and_military_is_the_states_armed_forces_not_a_listed_force() -> None:
    body = "The Israeli military said it had struck a depot near the border on Monday."
    assert speaker(body, "struck a depot") == "Israel armed forces"
