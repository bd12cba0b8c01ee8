"""Who said it, round 11 (issue 11): claimant shapes seen in more than one article of the open
real-style sets (tests/dev_real, tests/dev_blind, tests/dev_blind2, tests/dev_blind3). Invented
sentences; one rule per test, with a case the rule must leave alone where it could overreach."""

from __future__ import annotations

from tests.extract.sentences import actors, extract_body, speaker

# West African honorifics before a name (titles.csv): not part of the person's name ------------


def test_hajj_and_teacher_honorifics_are_not_part_of_the_name() -> None:
    body = (
        "The district head, Alhaji Musa Kwande, said the road had been closed since Monday.\n"
        "A trader, Hajiya Zainab Lawal, said three shops were burned.\n"
        "A village elder, Malam Idris Baba, told reporters that the gunmen came at night."
    )
    assert speaker(body, "the road had been closed") == "Musa Kwande"
    assert speaker(body, "three shops were burned") == "Zainab Lawal"
    assert speaker(body, "the gunmen came at night") == "Idris Baba"
    assert {"Musa Kwande", "Zainab Lawal", "Idris Baba"} <= set(actors(body))


# a bare `police` or `authorities` speaker is the collective, not the home state --------------


def test_bare_police_or_authorities_speaker_is_not_the_home_state() -> None:
    body = (
        "NAIROBI, Kenya (AP) — Gunmen attacked a bus near the coast on Friday, killing four people, "
        "according to police in Lamu.\n"
        "The attackers belong to a gang that smuggles charcoal, authorities say."
    )
    assert speaker(body, "Gunmen attacked a bus") == "police"
    assert speaker(body, "smuggles charcoal") == "authorities"


def test_police_with_a_state_named_keeps_the_state() -> None:
    body = "Kenyan police said four people were killed when gunmen attacked a bus near the coast."
    assert speaker(body, "four people were killed") == "Kenya"


# `state` (base form) is a noun or an adjective in news copy, not a speech cue (cue_verbs.csv) --


def test_state_before_a_noun_is_no_cue_and_the_state_firm_is_the_named_company() -> None:
    body = (
        "Angola's Sonangol Petroleum Company halted exports from the terminal after a fire on Sunday, "
        "the state firm said.\n"
        "The governor of the northern state of Zaire said two workers were hurt."
    )
    x = extract_body(body)
    assert not [c for c in x.claims if c["cue"].lower() == "state"]
    assert speaker(body, "halted exports") == "Sonangol Petroleum Company"


def test_stated_is_still_a_cue() -> None:
    body = "The ministry stated that two workers were hurt in the fire."
    assert speaker(body, "two workers were hurt") is not None


# `a union leader said`: `leader` is a generic person noun (generic_actors.csv) ------------------


def test_an_unnamed_leader_is_a_generic_speaker() -> None:
    body = (
        "Dock workers walked off the job on Monday, deepening a fuel shortage, a union leader said.\n"
        "The attackers came from the forest, community leaders said."
    )
    assert speaker(body, "Dock workers walked off") == "union leader"
    assert speaker(body, "came from the forest") == "community leaders"


# `…, it said.` after a claim of a body named only by its noun continues that body --------------


def test_it_said_after_an_unnamed_body_continues_it() -> None:
    body = "The ministry said the fire began on Friday. Four of the dead were children, it said."
    assert speaker(body, "Four of the dead were children") == "ministry"


def test_it_said_never_continues_a_person() -> None:
    x = extract_body("Ana Diaz said the fire began on Friday. Four of the dead were children, it said.")
    names = {k: a["name"] for k, a in x.actors.items()}
    got = [names.get(c["claimant_actor_id"]) for c in x.claims if "children" in c["claim_text"]]
    assert got in ([], [None])


# an apposition that gives the speaker's own name: `known as`, `who gave his name as` -----------


def test_known_as_or_gave_his_name_as_in_an_apposition_names_the_speaker() -> None:
    body = (
        "The country's mining regulator, known as ZEMA, said the licence had lapsed. "
        "Two workers were hurt, it said.\n"
        "A spokesman for the Kivu Defence Front, who gave his name as Jean-Paul Mukendi, said the "
        "group would hold the mine. He denied that any worker had been hurt."
    )
    assert speaker(body, "the licence had lapsed") == "ZEMA"
    assert speaker(body, "Two workers were hurt") == "ZEMA"
    assert speaker(body, "would hold the mine") == "Jean-Paul Mukendi"
    assert speaker(body, "any worker had been hurt") == "Jean-Paul Mukendi"


def test_an_apposition_without_known_as_names_no_acronym_speaker() -> None:
    x = extract_body("The regulator, acting as ZEMA, said the licence had lapsed.")
    names = {k: a["name"] for k, a in x.actors.items()}
    assert "ZEMA" not in [names.get(c["claimant_actor_id"]) for c in x.claims]


# `according to`: a data noun names no one; the body whose numbers they are does ----------------


def test_according_to_a_bodys_figures_is_that_body() -> None:
    body = (
        "Ghana's National Petroleum Authority (NPA) said output fell. Ghana sold 5 million "
        "litres last year, according to NPA figures.\n"
        "Kenya hosts about 700,000 refugees, according to UNHCR figures.\n"
        "Prices rose 5 percent in March, according to data from the Central Bank of Kenya."
    )
    assert speaker(body, "5 million") == "National Petroleum Authority"
    assert speaker(body, "700,000 refugees") == "UNHCR"
    assert speaker(body, "Prices rose") == "Central Bank of Kenya"


def test_according_to_figures_with_no_body_named_has_no_claimant() -> None:
    assert speaker("Prices rose 5 percent in March, according to official figures.", "Prices rose") is None


# `according to two engineers who …`: the phrase ends before its relative clause; a counted plural
# noun is a generic group of sources ------------------------------------------------------------


def test_according_to_counted_people_before_a_relative_clause() -> None:
    body = (
        "The mine produced 9,000 tonnes before the strike, according to two engineers who spoke to "
        "reporters on condition of anonymity because they were not allowed to talk to the media."
    )
    assert speaker(body, "9,000 tonnes") == "engineers"


# `Her party, the X (ACG), said`: a description opened by a possessive gives way to the name ------


def test_possessive_description_gives_way_to_the_name_set_off_after_it() -> None:
    body = (
        "The mayor had asked for protection. Her party, the Sonora Civic Front (FCS), said the "
        "request had been ignored."
    )
    assert speaker(body, "the request had been ignored") == "Sonora Civic Front"


# `Sri Lanka's navy … The navy said`: a bare service noun is the forces of the state named with it -


def test_bare_service_noun_refers_back_to_the_state_named_with_that_service() -> None:
    body = (
        "CHENNAI, India (Reuters) - Sri Lanka's navy has arrested 27 Indian fishermen off Delft.\n"
        "The navy said the boats had crossed the maritime boundary on Thursday night.\n"
        "The navy denied firing at the fishermen, saying its sailors had only used searchlights."
    )
    assert speaker(body, "crossed the maritime boundary") == "Sri Lanka armed forces"
    assert speaker(body, "firing at the fishermen") == "Sri Lanka armed forces"
    assert speaker(body, "its sailors had only used") == "Sri Lanka armed forces"


def test_bare_service_noun_with_no_other_state_named_stays_the_home_forces() -> None:
    body = (
        "CHENNAI, India (Reuters) - Fishermen said they were attacked at sea.\n"
        "The navy said the boats had crossed the maritime boundary on Thursday night."
    )
    assert speaker(body, "crossed the maritime boundary") == "India armed forces"


# a state's named diplomatic mission speaks for the state ----------------------------------------


def test_a_named_embassy_or_high_commission_speaks_for_its_state() -> None:
    body = (
        "Norway's High Commission in Nairobi said it was following the matter closely.\n"
        "The United States Embassy in Harare said it was concerned by reports of violence."
    )
    assert speaker(body, "following the matter closely") == "Norway"
    assert speaker(body, "concerned by reports") == "United States"


def test_a_mission_of_an_international_body_is_not_a_state() -> None:
    body = "The UN High Commission for Refugees said it was following the matter closely."
    assert speaker(body, "following the matter closely") not in ("United Nations", "Kenya", None)


# a plain plural noun phrase opening the sentence before a cue is a generic group of speakers -----


def test_plain_plural_noun_phrase_before_a_cue_is_a_generic_group() -> None:
    body = (
        "Prisoners' advocates accused the government of repeating a strategy that has failed.\n"
        "Kenyan herders' groups in the north accuse the ranchers of fencing off water points and "
        "say they have staged repeated protests."
    )
    assert speaker(body, "repeating a strategy") == "prisoners' advocates"
    assert speaker(body, "fencing off water points") == "Kenyan herders' groups"
    assert speaker(body, "staged repeated protests") == "Kenyan herders' groups"


def test_a_plural_subject_of_another_verb_is_no_speaker() -> None:
    x = extract_body("Election officers in Lusaka began recounting ballots in three districts on Thursday.")
    assert not x.claims


# `the agency's chief said`: `chief` is a generic person noun, resolved to a head named later ------


def test_a_bodys_chief_is_a_speaker_resolved_to_the_head_named_later() -> None:
    body = (
        "Coast guard boats turned back a fishing boat off Penang on Saturday, the agency's chief said "
        "Monday, as rights groups warned the crew was running out of water.\n"
        '"We acted in line with the law," PMEA director-general Admiral Rahim Osman told reporters.'
    )
    assert speaker(body, "turned back a fishing boat") == "Rahim Osman"


def test_a_chief_with_no_head_named_stays_generic() -> None:
    body = "Coast guard boats turned back a fishing boat off Penang on Saturday, the agency's chief said."
    assert speaker(body, "turned back a fishing boat") == "chief"


# a setting between the subject and its verb (`X, in a statement on its website rejected …`) -----


def test_a_setting_between_subject_and_verb_is_passed_over() -> None:
    body = (
        "The editor of the Daily Lamp, Ruth Okello, in a statement published on the newspaper's "
        "website rejected the accusations and said the reports had been checked. He said nothing."
    )
    assert speaker(body, "the reports had been checked") == "Ruth Okello"


# a title of up to five lower-case words (and a demonym) before a name set off by commas ---------


def test_a_long_title_before_a_name_set_off_by_commas_gives_the_person() -> None:
    body = (
        "The head of the observation mission of the African Union, former Ghanaian foreign minister "
        "Kofi Mensah, said the mission had noted some irregularities."
    )
    assert speaker(body, "noted some irregularities") == "Kofi Mensah"


# `…, the country's prison agency said. The agency, known as X, said`: named after, not before ---


def test_a_definite_institution_speaker_is_the_body_named_by_a_later_speaker() -> None:
    body = (
        "Troops retook a prison in the port city on Sunday after a riot, the country's prison agency "
        "said.\nThe agency, known as DNSP, said the riot began late Friday."
    )
    assert speaker(body, "Troops retook a prison") == "DNSP"


def test_a_later_body_with_another_noun_is_not_the_speaker() -> None:
    body = (
        "Troops retook a prison in the port city on Sunday after a riot, the country's prison agency "
        "said.\nThe Guayas Bar Association said lawyers were barred from the prison."
    )
    assert speaker(body, "Troops retook a prison") != "Guayas Bar Association"


# `… , the agency said in a statement. It said …`: `It` opening the next sentence continues the body


def test_it_opening_the_next_sentence_continues_the_body_that_spoke() -> None:
    body = (
        "The Dominican Republic deported 900 Haitians this week, the country's General Directorate of "
        "Migration (DGM) said.\nBuses carrying men and women were driven to the border on Sunday, the "
        "agency said in a statement. It said 340 of them had been detained in raids."
    )
    assert speaker(body, "Buses carrying") == "General Directorate of Migration"
    assert speaker(body, "340 of them") == "General Directorate of Migration"


# `According to the official, …` after a named official spoke continues that person -------------


def test_the_official_refers_back_to_the_person_who_spoke_last() -> None:
    body = (
        "Hamid Karimi, the head of the ministry's press office, said the reporter's card had been "
        "revoked.\nAccording to the official, the reporter had also entered the border zone without "
        "a permit."
    )
    assert speaker(body, "entered the border zone") == "Hamid Karimi"


def test_the_official_after_another_person_is_named_stays_generic() -> None:
    body = (
        "Hamid Karimi, the head of the ministry's press office, said the reporter's card had been "
        "revoked. The reporter, Anna Berg, left on Monday.\nAccording to the official, the reporter "
        "had also entered the border zone without a permit."
    )
    assert speaker(body, "entered the border zone") != "Hamid Karimi"


# `X (also) accused Y of Z` with a bare lower-case object is the verb, not `accused Y` as an adjective


def test_accused_with_an_adverb_or_a_bare_object_before_of_is_a_cue() -> None:
    body = (
        "Defence Minister Ali Badaru spoke on Monday. The minister accused some politicians of "
        "sponsoring the bandits.\nSenator Musa Bello also accused officials of hiding the toll."
    )
    assert speaker(body, "sponsoring the bandits") == "Ali Badaru"
    assert speaker(body, "hiding the toll") == "Musa Bello"


def test_a_passive_before_a_participle_keeps_it_adjectival() -> None:
    x = extract_body("Serbia and Kosovo signed a deal on Monday, it was informed from the European Union.")
    assert not [c for c in x.claims if c["cue"] == "informed"]


# asides: `Its spokesman, X, has previously said …`; `Mayor X, writing on Telegram, said …` --------


def test_only_auxiliaries_after_an_apposition_is_no_postposed_attribution() -> None:
    body = "Its spokesman, Dmitry Orlov, has previously said Russia only strikes military targets."
    x = extract_body(body)
    assert [c["claim_text"] for c in x.claims] == ["Russia only strikes military targets"]


def test_a_participle_aside_before_the_cue_is_no_claim_and_hides_no_speaker() -> None:
    body = "Mayor Ivan Terenko, writing on Telegram, said the city's heating plant was damaged."
    x = extract_body(body)
    assert [c["cue"] for c in x.claims] == ["said"]
    assert speaker(body, "heating plant was damaged") == "Ivan Terenko"


# `"…," the pensioner said.` (a noun no list knows) after a named person spoke ------------------


def test_an_unknown_definite_noun_after_a_quote_continues_the_last_speaker() -> None:
    body = (
        "A resident of the city, Olena Marchuk, 54, said her block had been hit. "
        '"I heard a whistle, then the windows came in," the pensioner said.'
    )
    assert speaker(body, "I heard a whistle") == "Olena Marchuk"


def test_an_unknown_definite_noun_after_another_person_is_named_stays_null() -> None:
    body = (
        "A resident of the city, Olena Marchuk, 54, said her block had been hit. Mayor Petro "
        'Savchuk visited the block. "I heard a whistle, then the windows came in," the pensioner said.'
    )
    assert speaker(body, "I heard a whistle") != "Olena Marchuk"
