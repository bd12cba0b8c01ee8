"""Who said it, round 13 (issue 11): claimant shapes seen in the open real-style sets. Invented
sentences; one rule per test, with a case the rule must leave alone where it could overreach."""

from __future__ import annotations

from tests.extract.sentences import extract_body, speaker


def test_police_rank_abbreviation_is_a_title_not_part_of_the_name() -> None:
    body = (
        "The spokesperson of the state police command, DSP Ngozi Okafor, said 14 suspects were held.\n"
        "In a statement, the force spokesman, ACP Bello Danjuma, said more officers were sent."
    )
    assert speaker(body, "14 suspects were held") == "Ngozi Okafor"
    assert speaker(body, "more officers were sent") == "Bello Danjuma"


# `"…," said WFP's country director, X.`: the name set off after a body's possessive role -------


def test_inverted_cue_before_a_possessive_role_takes_the_name_after_it() -> None:
    body = (
        "\"The stores are empty,\" said Oxfam's country director, Maria Lopez.\n"
        "\"We need access,\" said Kenya's foreign ministry, adding that talks would go on."
    )
    assert speaker(body, "The stores are empty") == "Maria Lopez"
    assert speaker(body, "We need access") == "Kenya"


# `It was underlined in the statement that …`, `it was informed by X`: impersonal passives --------


def test_impersonal_passive_names_the_document_or_the_agent() -> None:
    body = (
        "The Ministry of Foreign Affairs of Chile issued a statement on Monday. The ministry accused "
        "Peru of hiding the maps. It was underlined in the statement that the mine had been laid recently.\n"
        "\"The maps are false,\" the statement noted.\n"
        "Since 2020, 41 people have died in the area, it was informed by Amnesty International."
    )
    assert speaker(body, "the mine had been laid recently") == "Ministry of Foreign Affairs of Chile"
    assert speaker(body, "The maps are false") == "Ministry of Foreign Affairs of Chile"
    assert speaker(body, "41 people have died") == "Amnesty International"


def test_pronoun_it_with_an_active_cue_is_still_a_pronoun() -> None:
    body = "Amnesty International issued a report on Monday. It said 41 people had died in the area."
    assert speaker(body, "41 people had died") == "Amnesty International"


# `the UN agency said`: an international organisation's unnamed body is the body named before ----


def test_un_agency_description_is_the_international_body_named_before() -> None:
    body = (
        "The World Health Organization (WHO) says three clinics were shut in the east.\n"
        "The clinics were closed on Monday, the UN agency said, adding that two nurses were hurt.\n"
        "\"The staff are exhausted,\" said WHO's regional director, Amina Yusuf."
    )
    assert speaker(body, "The clinics were closed on Monday") == "World Health Organization"
    assert speaker(body, "two nurses were hurt") == "World Health Organization"
    assert speaker(body, "The staff are exhausted") == "Amina Yusuf"


def test_un_agency_with_no_international_body_before_is_no_named_body() -> None:
    body = "Kenya's health ministry said 40 cases were found. The UN agency said the outbreak was small."
    assert speaker(body, "the outbreak was small") != "Kenya"


# `in a statement signed by X`: the signatory is the author of the statement's words -----------


def test_statement_signed_by_a_person_gives_its_author() -> None:
    body = (
        "The curfew was announced in a statement signed by the spokesman of the governor, Musa Bello, "
        "on Sunday.\n"
        "\"Only essential workers may move,\" the statement read."
    )
    assert speaker(body, "Only essential workers may move") == "Musa Bello"


# `A senior UN official in New York, …, told`: a name after a place preposition is no speaker ----


def test_name_after_a_place_preposition_is_a_place_not_the_speaker() -> None:
    body = (
        "A senior aid official in New York, speaking on condition of anonymity, told AFP that "
        "the convoy had turned back."
    )
    assert speaker(body, "the convoy had turned back") == "senior aid official"


# `According to the Agency, …` with no speaker before it: the body named before with that word ----


def test_definite_institution_noun_is_the_body_named_before_it() -> None:
    body = (
        "Two employees of the Demining Agency of Norland (DAN) were killed on Monday.\n"
        "According to the Agency, the blast occurred during clearance work near the village."
    )
    assert speaker(body, "the blast occurred during clearance work") == "Demining Agency of Norland"


# `"…," the statement quoted X as saying.`; a surname without its particle (`al-`) -------------


def test_inverted_quoted_as_saying_gives_the_one_quoted() -> None:
    body = (
        "Prime Minister Omar Hadi al-Rawandi ordered an inquiry on Sunday.\n"
        "\"This attack shames us all,\" the statement quoted Rawandi as saying.\n"
        "\"We will rebuild,\" the newspaper Al Sabah quoted Layla Nouri as saying."
    )
    assert speaker(body, "This attack shames us all") == "Omar Hadi al-Rawandi"
    x = extract_body(body)
    names = {k: a["name"] for k, a in x.actors.items()}
    rebuilt = [c for c in x.claims if "We will rebuild" in c["claim_text"]]
    assert rebuilt and names.get(rebuilt[0]["claimant_actor_id"]) == "Layla Nouri"
    assert names.get(rebuilt[0]["via_actor_id"]) == "Al Sabah"
