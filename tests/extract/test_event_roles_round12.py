"""Event target rules of round 12 (issue 11, s12-targets) on invented sentences: one rule per test."""

from __future__ import annotations

from tests.extract.test_event_roles import events, first

# `each other` / `one another` after an act makes it two-sided ------------------------------------


def test_each_other_gives_the_other_conjunct_as_target() -> None:
    rows = events("Chile and Peru accused each other on Monday of breaking the truce.")
    assert first(rows, "ACCUSE")[1:3] == ("Chile", "Peru")


def test_one_another_gives_the_other_conjunct_as_target() -> None:
    rows = events("Chile and Peru blamed one another for the collapse of the talks.")
    assert first(rows, "ACCUSE")[1:3] == ("Chile", "Peru")


# a coordinated subject of a two-sided act names its counterpart before a name after the act -------


def test_co_party_before_a_mediator_named_after_the_act() -> None:
    rows = events(
        "Chile accused Peru of shelling its villages. Chile and Peru agreed to a ceasefire on "
        "Monday after talks mediated by Brazil."
    )
    assert first(rows, "AGREE")[1:3] == ("Chile", "Peru")


# a mediation that names no party goes between the parties of the story's latest conflict --------


def test_brokered_truce_is_between_the_latest_two_sided_parties() -> None:
    rows = events(
        "Chile and Peru fought a border war in May. The truce, brokered by Brazil in August, is holding."
    )
    assert first(rows, "CONSULT")[1] == "Brazil"
    assert first(rows, "CONSULT")[2] in ("Chile", "Peru")


def test_mediation_after_one_sided_acts_takes_their_parties() -> None:
    rows = events(
        "Chile rejected Peru's demand for compensation. The truce, brokered by Brazil in August, "
        "is holding."
    )
    assert first(rows, "CONSULT")[2] in ("Chile", "Peru")


def test_mediator_is_not_the_next_mediations_party() -> None:
    # the latest two-sided act is not the earlier mediation itself
    rows = events(
        "Chile and Peru signed a truce in May. Talks mediated by Brazil resumed in June. "
        "Argentina said it had mediated as well."
    )
    assert all(r[2] not in ("Brazil", "Argentina") for r in rows if r[0] == "CONSULT"), rows


# a demand for someone's release is addressed to whoever holds them --------------------------------


def test_demand_for_his_release_is_addressed_to_the_captor() -> None:
    rows = events(
        "Kenyan police arrested the activist Omar Dirie on Monday. His party demanded his immediate release."
    )
    assert first(rows, "REQUEST")[2] == "Kenya"


def test_call_for_the_release_of_a_named_person_is_addressed_to_the_captor() -> None:
    rows = events(
        "Kenyan police arrested the activist Omar Dirie on Monday. Amnesty International called for "
        "the release of Dirie."
    )
    assert first(rows, "REQUEST")[1:3] == ("Amnesty International", "Kenya")


def test_demand_naming_the_holder_keeps_it() -> None:
    rows = events(
        "Kenyan police arrested the activist Omar Dirie on Monday. Amnesty International urged "
        "Uganda to release two other activists."
    )
    assert first(rows, "REQUEST")[2] == "Uganda"


# a stance on an act of a foreign state's forces that does not name them is aimed at their state ---


def test_condemning_a_foreign_navys_attack_targets_its_state() -> None:
    rows = events(
        "CARACAS (Reuters) - Chile's navy fired on a fishing boat off Venezuela on Monday, Venezuela's "
        "government said. Russia condemned the attack."
    )
    assert first(rows, "ASSAULT")[1] == "Chile armed forces"
    assert first(rows, "ACCUSE")[1:3] == ("Russia", "Chile")


def test_forces_named_in_the_stance_stay_the_forces() -> None:
    rows = events(
        "CARACAS (Reuters) - Chile's navy fired on a fishing boat off Venezuela on Monday, Venezuela's "
        "government said. Russia accused the Chilean navy of piracy."
    )
    assert first(rows, "ACCUSE")[2] in ("Chile armed forces", "Chile")


# fighters an act is done to with no group named are the latest attack's armed group -------------


def test_militants_killed_after_an_attack_are_the_attacking_group() -> None:
    rows = events(
        "Fighters of the Sahel Liberation Front attacked an army post on Monday. The army said troops "
        "had repelled the attack and killed more than 30 militants."
    )
    assert [r[2] for r in rows if r[0] == "ASSAULT"][1] == "Sahel Liberation Front"


def test_three_of_them_after_the_attackers_are_the_attacking_group() -> None:
    rows = events(
        "Gunmen from the Sahel Liberation Front raided a village on Monday. Soldiers pursued the "
        "attackers and killed three of them."
    )
    assert first(rows, "ASSAULT")[2] == "Sahel Liberation Front"


def test_protesters_detained_are_no_armed_group() -> None:
    rows = events(
        "Fighters of the Sahel Liberation Front attacked an army post on Monday. Police detained 40 "
        "protesters in the capital."
    )
    assert first(rows, "COERCE")[2] is None


# a strike with no employer named is aimed at the one company its sentence names -------------------


def test_strike_is_aimed_at_the_one_company_of_its_sentence() -> None:
    rows = events(
        "Lumina Airlines cancelled all domestic flights on Tuesday after aircraft technicians walked "
        "out over unpaid overtime."
    )
    assert first(rows, "PROTEST")[2] == "Lumina Airlines"


def test_strike_with_two_companies_named_keeps_no_target() -> None:
    rows = events(
        "Lumina Airlines and Norland Mining Corp said on Tuesday that technicians had walked out over "
        "unpaid overtime."
    )
    assert first(rows, "PROTEST")[2] is None


def test_strike_by_a_union_is_not_aimed_at_the_union() -> None:
    rows = events("The Teachers Union of Chile launched a nationwide strike on Monday.")
    assert first(rows, "PROTEST")[2] is None


# those injured by an act noun are its target -------------------------------------------------------


def test_officers_injured_by_thrown_stones_are_the_home_states() -> None:
    rows = events(
        "HARARE (Reuters) - Zimbabwe police broke up a teachers' march on Monday. Nine officers were "
        "injured by stones thrown by protesters, police said."
    )
    assert first(rows, "ASSAULT")[1:3] == (None, "Zimbabwe")


def test_named_person_injured_by_an_attack_is_its_target() -> None:
    rows = events(
        "Opposition leader Omar Dirie was wounded by gunfire from a passing car in Nairobi on Monday."
    )
    assert first(rows, "ASSAULT")[2] == "Omar Dirie"


# an act on an envoy is an act on a state ------------------------------------------------------------


def test_summoning_a_foreign_ambassador_targets_the_sending_state() -> None:
    rows = events("Peru's foreign ministry summoned Chile's ambassador, Ana Ruiz, on Monday.")
    assert first(rows, "ACCUSE")[1:3] == ("Peru", "Chile")


def test_recalling_ones_own_ambassador_targets_the_host_state() -> None:
    rows = events("Peru recalled its ambassador to Chile, Jose Lima.")
    assert first(rows, "SANCTION")[1:3] == ("Peru", "Chile")
