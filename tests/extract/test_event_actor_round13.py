"""Event actor rules of round 13 (issue 11, s13-actor) on invented sentences: one rule per test."""

from __future__ import annotations

from tests.extract.test_event_roles import events, first

# a feeling stated with a quoted fragment (`it was "deeply alarmed"`) is the speaker's ------------


def test_it_before_a_quoted_feeling_is_the_speaking_body() -> None:
    rows = events('The Andean Rights Office in Quito said it was "deeply alarmed" by the deaths.')
    assert first(rows, "ACCUSE")[1] == "Andean Rights Office"


def test_state_speaking_of_a_quoted_feeling_is_the_actor() -> None:
    rows = events('Chile said it was "appalled by the looting" of the warehouses.')
    assert first(rows, "ACCUSE")[1] == "Chile"


def test_she_before_a_quoted_feeling_is_the_speaking_person() -> None:
    rows = events('The envoy for Peru, Marta Quispe Laime, said she was "horrified" by the attack.')
    assert first(rows, "ACCUSE")[1] == "Marta Quispe Laime"


# `the association`, `the port authority`: a definite body noun subject is the body named before ---


def test_definite_body_noun_before_a_light_verb_is_the_named_body() -> None:
    rows = events(
        "The Arica Fishers' Association said sailors had fired on its boats. The association has "
        "called an indefinite strike from Saturday."
    )
    assert first(rows, "PROTEST")[1] == "Arica Fishers' Association"


def test_definite_body_noun_with_a_modifier_is_the_named_body() -> None:
    rows = events(
        "The Callao Ports Authority declined to comment. A union leader, Jorge Vela, said that the "
        "port authority had offered only 6% to the workers."
    )
    assert first(rows, "AGREE")[1] == "Callao Ports Authority"


def test_the_group_in_its_spokesman_words_is_the_group() -> None:
    rows = events("A spokesman for the Sons of Tarapaca Brigade said the group had attacked an army post.")
    assert first(rows, "ASSAULT")[1] == "Sons of Tarapaca Brigade"


# a verb joined by `and` across auxiliaries shares the act before it -------------------------------


def test_and_had_verb_shares_the_previous_acts_actor() -> None:
    rows = events(
        "The Callao Ports Authority declined to comment. A union leader, Jorge Vela, said that the "
        "port authority had offered only 6% and had refused to discuss the cranes."
    )
    assert first(rows, "REJECT")[1] == "Callao Ports Authority"


# a relative clause on an indefinite apposition acts for the name it describes ---------------------


def test_relative_on_an_apposition_acts_for_the_named_group() -> None:
    rows = events(
        "The Condor Brigade, a militant group that has attacked power lines before, claimed the blast."
    )
    assert first(rows, "ASSAULT")[1] == "Condor Brigade"


# `stepped up attacks`: the act noun after an intensifying verb takes that verb's subject ----------


def test_stepped_up_attacks_take_the_subject_across_an_apposition() -> None:
    rows = events(
        "The ALF, a separate group from the Shining Path, has stepped up attacks inside Peru since 2021."
    )
    assert first(rows, "ASSAULT")[1] == "ALF"


# an acronym in brackets is no clause boundary before a setting ------------------------------------


def test_acronym_and_setting_between_subject_and_verb() -> None:
    rows = events(
        "The United Nations Mission in Bolivia (UNMB) in a statement on Monday called on both sides "
        "to settle the dispute."
    )
    assert first(rows, "REQUEST")[1] == "United Nations Mission in Bolivia"


# a bare `the government` in what an official of another country says is that country's ----------


def test_the_government_in_a_foreign_ministers_words_is_his_state() -> None:
    rows = events(
        "CHENNAI, India (AP) — India protested. In Colombo, Sri Lanka's Fisheries Minister Nalin "
        "Perera said the government would not release the trawlers."
    )
    assert first(rows, "RETREAT")[1] == "Sri Lanka"


# a speech tag set off by commas between the subject and its verb ----------------------------------


def test_speech_tag_between_subject_and_verb_is_skipped() -> None:
    rows = events(
        "HARARE, Zimbabwe (AP) — Education Minister Ana Moyo described the strike as illegal. "
        "The government, she said, had already offered a 20% increase in local currency."
    )
    assert first(rows, "AGREE")[1] == "Zimbabwe"


# `the defence`, `the team` in what a lawyer says is the lawyer -----------------------------------


def test_the_defence_team_in_a_lawyers_words_is_the_lawyer() -> None:
    rows = events(
        "One of his lawyers, Rosa Quispe, told AFP that the defence team would file a complaint "
        "against the prison director."
    )
    assert first(rows, "ACCUSE")[1] == "Rosa Quispe"


def test_the_faction_in_its_spokesmans_words_is_the_body() -> None:
    rows = events("A spokesman for the Movement for Renewal said the faction had rejected the ruling.")
    assert first(rows, "REJECT")[1] == "Movement for Renewal"


# a participle joined to a reported clause takes that clause's own subject -------------------------


def test_participle_after_reported_clause_takes_its_demonym_subject() -> None:
    rows = events(
        "Its spokeswoman said Thai artillery had hit two villages in the province, killing a farmer."
    )
    assert first(rows, "ASSAULT")[1] == "Thailand"


def test_the_team_in_a_lawyers_words_after_adding_is_the_lawyer() -> None:
    rows = events(
        "One of his lawyers, Rosa Quispe, spoke to AFP. 'We learned he was in hospital from a nurse,' "
        "Quispe said, adding that the team would file a complaint against the prison director."
    )
    assert first(rows, "ACCUSE")[1] == "Rosa Quispe"


# a bare `the navy` is the service of the state named with it before, not the home state's ---------


def test_bare_navy_is_the_service_of_the_state_named_before() -> None:
    rows = events(
        "CHENNAI, India (AP) — The Sri Lankan navy arrested 12 Indian fishermen. The navy denied "
        "firing at the fishermen."
    )
    assert first(rows, "REJECT")[1] == "Sri Lanka armed forces"
