"""Who said it, round 12 (issue 11): claimant shapes seen in the open real-style sets. Invented
sentences; one rule per test, with a case the rule must leave alone where it could overreach."""

from __future__ import annotations

from tests.extract.sentences import extract_body, speaker

# `X in a statement on Monday said`: a setting no comma sets off between subject and cue -------


def test_setting_without_commas_keeps_the_subject_as_speaker() -> None:
    body = (
        "Amnesty International in a statement on Monday said the arrests were unlawful.\n"
        "The United Nations Mission in South Sudan (UNMISS) in a statement said both sides must talk."
    )
    assert speaker(body, "the arrests were unlawful") == "Amnesty International"
    assert speaker(body, "both sides must talk") == "United Nations Mission in South Sudan"


def test_infinitive_after_a_time_phrase_is_no_attribution() -> None:
    body = "About 300 people rallied outside the embassy on Monday afternoon to demand the men's release."
    assert not [c for c in extract_body(body).claims if "release" in c["claim_text"]]


# `"…," the minister said` with no minister named: the person who spoke last --------------------


def test_bare_title_continues_the_last_named_speaker() -> None:
    body = (
        "The energy minister announced on Monday that the dam would be opened.\n"
        "Speaking to reporters, Farid Karimi-Nejad stated that the reservoir was nearly empty.\n"
        "\"We have waited two years,\" the minister said, adding that the country reserved its rights."
    )
    assert speaker(body, "We have waited two years") == "Farid Karimi-Nejad"
    assert speaker(body, "the country reserved its rights") == "Farid Karimi-Nejad"


def test_bare_title_with_a_named_holder_keeps_the_holder() -> None:
    body = (
        "Interior Minister Ana Lopez said the border would stay shut.\n"
        "A farmer, Jorge Ruiz, said his crops were rotting.\n"
        "\"We will not reopen it,\" the minister said."
    )
    assert speaker(body, "We will not reopen it") == "Ana Lopez"


# generic person nouns of community speakers (generic_actors.csv) ------------------------------


def test_elder_and_herders_are_generic_speakers() -> None:
    body = (
        "A village elder in Gao, reached by phone, told the AP that the gunmen came at night. "
        "He said they took four cattle.\n"
        "Herders said the new fence cut them off from water."
    )
    # (`village elder` is a row of its own in generic_actors.csv, from s12-recall)
    assert speaker(body, "the gunmen came at night") == "village elder"
    assert speaker(body, "they took four cattle") == "village elder"
    assert speaker(body, "cut them off from water") == "herders"


# `…, his family said, as rights groups warned that …`: a new clause after the postposed cue -----


def test_clause_after_a_postposed_cue_leaves_the_content_before_it() -> None:
    body = (
        "A jailed activist was taken to hospital on Friday, his family said, as rights groups "
        "warned that his life was at risk."
    )
    x = extract_body(body)
    fam = [c for c in x.claims if c["cue"] == "said"]
    assert fam and fam[0]["claim_text"] == "A jailed activist was taken to hospital on Friday"
    assert speaker(body, "his life was at risk") == "rights groups"


# `X was tried for acts, she said`: a name inside the fronted content is no antecedent ----------


def test_pronoun_after_fronted_content_skips_names_inside_it() -> None:
    body = (
        "Karim Haddad, 63, has been held since February.\n"
        "Justice Minister Leila Mansour told the radio station on Thursday that 'nobody is in prison "
        "for an opinion'. Haddad was being tried 'for acts, not words', she said. She added that he "
        "could ask for release."
    )
    assert speaker(body, "being tried") == "Leila Mansour"
    assert speaker(body, "he could ask for release") == "Leila Mansour"


def test_pronoun_after_another_named_speaker_is_not_chained() -> None:
    body = (
        "Justice Minister Leila Mansour said nobody was jailed for an opinion.\n"
        "His lawyer, Sami Trabelsi, was arrested later. He said the charges were false."
    )
    assert speaker(body, "the charges were false") == "Sami Trabelsi"


# `According to the boat owner, X, CONTENT`: the name set off after the description ------------


def test_according_to_a_description_then_a_name_gives_the_name() -> None:
    body = "According to the boat owner, Tran Van Bao, the fishermen were fishing near the coast."
    x = extract_body(body)
    assert speaker(body, "the fishermen were fishing") == "Tran Van Bao"
    assert [c["claim_text"] for c in x.claims] == ["the fishermen were fishing near the coast"]


def test_according_to_a_source_then_a_subject_name_keeps_the_source() -> None:
    body = "According to police, Mbeki, a trader, was shot twice."
    assert speaker(body, "was shot twice") == "police"


# `…, Kathmandu police said`: a capital's or city's police is the collective, not the state -----


def test_a_capitals_police_is_the_collective() -> None:
    body = "Eleven people were detained and later released, Kathmandu police said."
    assert speaker(body, "Eleven people were detained") == "police"


def test_a_states_police_keeps_the_state() -> None:
    body = "Eleven people were detained and later released, Nepalese police said."
    assert speaker(body, "Eleven people were detained") == "Nepal"


# `Its spokesman wrote …` then `the spokesman, Cmdr. X, told …`: the role set off before the name --


def test_spokesman_is_the_person_the_role_is_set_off_before() -> None:
    body = (
        "India's navy said the ship was followed for hours. Its spokesman wrote on X that the warship "
        "had warned the pirates by radio.\n"
        "\"We will not risk the crew,\" the spokesman, Cmdr. Arvind Menon, told reporters."
    )
    assert speaker(body, "the warship had warned the pirates") == "Arvind Menon"


def test_spokesman_stays_anonymous_when_no_later_name_holds_the_role() -> None:
    body = (
        "The army said two soldiers died. Its spokesman said the attackers fled.\n"
        "Later, a farmer, Joseph Tembo, said the road was closed."
    )
    assert speaker(body, "the attackers fled") == "spokesman"


# `the X (XY) Malawi chapter said`, `the party's youth wing said`: a branch speaks for its body ---


def test_branch_of_a_named_body_speaks_for_it() -> None:
    body = (
        "The Media Institute of Southern Africa (MISA) Zambia chapter said reporters had faced threats.\n"
        "The United Democratic Front's youth wing said the march would go ahead."
    )
    assert speaker(body, "reporters had faced threats") == "Media Institute of Southern Africa"
    assert speaker(body, "the march would go ahead") == "United Democratic Front"


def test_a_branch_noun_after_a_state_is_no_body() -> None:
    x = extract_body("Kenya's youth wing said the march would go ahead.")
    names = {k: a["name"] for k, a in x.actors.items()}
    assert "Kenya" not in {names.get(c["claimant_actor_id"]) for c in x.claims}


# `X, which says it is in contact with relatives, said …`: the relative clause's words are a claim --


def test_relative_clause_with_say_is_a_claim_of_the_antecedent() -> None:
    body = (
        "The group Refugee Watch Asia, which says it is in contact with relatives of people on board, "
        "said the engine had failed."
    )
    x = extract_body(body)
    texts = [c["claim_text"] for c in x.claims]
    assert "it is in contact with relatives of people on board" in texts
    assert speaker(body, "in contact with relatives") == "Refugee Watch Asia"
    assert speaker(body, "the engine had failed") == "Refugee Watch Asia"


def test_relative_clause_aside_is_no_claim() -> None:
    body = "A senior official, who asked not to be named, told Reuters the talks had stalled."
    x = extract_body(body)
    assert [c["claim_text"] for c in x.claims] == ["the talks had stalled"]


# `A Pakistani military statement said`: the words before the document name its author ----------


def test_document_with_its_author_before_it_gives_the_author() -> None:
    body = (
        "A Pakistani military statement said troops returned fire on Sunday.\n"
        "A UN statement said aid was blocked at the border."
    )
    assert speaker(body, "troops returned fire") == "Pakistan armed forces"
    assert speaker(body, "aid was blocked") == "United Nations"


def test_document_without_an_author_stays_without_a_speaker() -> None:
    body = "A joint statement said the talks would resume."
    assert speaker(body, "the talks would resume") is None


# `…, according to its latest quarterly report`: the body the sentence names owns the document ---


def test_according_to_its_document_gives_the_body_named_before() -> None:
    body = (
        "The International Maritime Bureau has recorded 19 incidents off Somalia so far this year, "
        "according to its latest quarterly report."
    )
    assert speaker(body, "has recorded 19 incidents") == "International Maritime Bureau"


def test_according_to_a_person_keeps_that_person() -> None:
    body = "Police arrested the trader on Monday, according to his lawyer, Joseph Tembo."
    assert speaker(body, "Police arrested the trader") == "Joseph Tembo"


# `Rosa Jaimes Ocampo … Jaimes had told`: the paternal surname of a three-word name -------------


def test_paternal_surname_alone_before_a_cue_is_the_person() -> None:
    body = (
        "Rosa Jaimes Ocampo, the mayor of the town, was shot dead on Friday. Jaimes had told local "
        "media in October that she had received death threats."
    )
    assert speaker(body, "she had received death threats") == "Rosa Jaimes Ocampo"


# `officials there insist …`: a place adverb between the subject and its cue ------------------


def test_place_adverb_after_the_subject_keeps_the_speaker() -> None:
    body = "The market was bombed on Monday, but officials there insist the operations will go on."
    assert speaker(body, "the operations will go on") == "officials"


# `The statement read: "…"`: a document's words quoted after it ------------------------------


def test_statement_read_before_a_quotation_gives_the_documents_author() -> None:
    body = (
        "Confirming the attack in a statement on Friday, the army spokesman, Brigadier General Musa "
        "Danjuma, said the troops fought off the attack. The statement read: \"Sadly, nine of our "
        "personnel died while 14 others were injured.\""
    )
    assert speaker(body, "nine of our personnel died") == "Musa Danjuma"


# `accused each other of breaking the truce, after …`: the accusation ends before the clause -----


def test_accusation_ends_before_a_clause_set_off_after_it() -> None:
    body = (
        "Two neighbours accused each other on Monday of breaking their truce, after a night of shelling "
        "that Thai officials said killed two soldiers."
    )
    x = extract_body(body)
    texts = [c["claim_text"] for c in x.claims]
    assert "each other on Monday of breaking their truce" in texts
    assert speaker(body, "killed two soldiers") == "Thai officials"


def test_accusation_without_a_clause_after_it_is_whole() -> None:
    body = "The ministry accused the company of dumping waste, polluting rivers and lying to inspectors."
    x = extract_body(body)
    assert any(c["claim_text"].endswith("lying to inspectors") for c in x.claims)
