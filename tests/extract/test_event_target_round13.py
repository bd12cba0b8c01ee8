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


# a name followed by lowercase nouns and another name: the last name heads the object ----------


def test_name_before_a_role_noun_and_a_person_only_modifies_the_person() -> None:
    rows = events("Chile expelled the Reuters correspondent Ana Ruiz on Monday.")
    assert first(rows, "SANCTION")[2] == "Ana Ruiz"


def test_parent_company_before_its_named_subsidiary_modifies_it() -> None:
    rows = events("Gunmen attacked the Shell subsidiary Nigeria Agip Oil Company on Monday.")
    assert first(rows, "ASSAULT")[2] == "Nigeria Agip Oil Company"


def test_coordinated_names_keep_the_first_as_object() -> None:
    rows = events("Chile accused Peru and Bolivia of smuggling.")
    assert first(rows, "ACCUSE")[2] == "Peru"


# `it` as the object of an accusation or a demand: the body the sentence acted on ------------------


def test_it_in_a_participle_accusation_is_the_main_acts_target() -> None:
    rows = events("Chile ordered the Red Cross to leave the country, accusing it of spying.")
    assert first(rows, "ACCUSE")[1:3] == ("Chile", "International Committee of the Red Cross")


def test_it_as_a_subject_after_a_warning_is_no_target() -> None:
    rows = events("Chile warned it would retaliate.")
    assert first(rows, "THREATEN")[2] is None


# a passive after `and` shares the subject of the active clause before it -------------------------


def test_passive_after_and_shares_the_first_clauses_subject() -> None:
    rows = events("The former minister Juan Sarmiento fled Peru in 2024 and was detained in Lima in January.")
    assert first(rows, "COERCE")[2] == "Juan Sarmiento"


def test_object_of_the_first_clause_is_not_the_shared_subject() -> None:
    rows = events("Officials said that Sarmiento left Peru in 2024 and was detained in Lima in January.")
    assert first(rows, "COERCE")[2] != "Peru"


# an offer by a party of another country that names no one is made to the home state --------------


def test_foreign_offer_naming_no_one_is_made_to_the_home_state() -> None:
    rows = events("A strong earthquake struck southern Peru on Monday. Chile offered to send rescue teams.")
    assert first(rows, "AGREE")[1:3] == ("Chile", "Peru")


def test_offer_to_mediate_is_not_made_to_the_home_state() -> None:
    rows = events(
        "Kyrgyz and Tajik troops clashed on the border on Monday. Russia has offered to mediate "
        "between the two former Soviet republics."
    )
    assert first(rows, "AGREE")[2] != "Kyrgyzstan"


def test_offer_by_a_home_party_gets_no_home_target() -> None:
    rows = events(
        "A strong earthquake struck southern Peru on Monday. The Peruvian army offered to send tents."
    )
    assert first(rows, "AGREE")[2] is None


# a demand naming no one, by a party that is no organ of the home state, is made to that state -----


def test_union_demand_naming_no_one_is_made_to_the_home_state() -> None:
    rows = events(
        "Thousands of workers marched in Santiago, Chile, on Monday. The Chilean Workers Union "
        "demanded that the minimum wage be raised."
    )
    assert first(rows, "REQUEST")[2] == "Chile"


def test_order_by_the_home_government_is_not_a_demand_on_it() -> None:
    rows = events("Chile's interior ministry said on Monday it had ordered an investigation.")
    assert first(rows, "REQUEST")[2] is None
