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


def test_agentless_arrest_is_the_home_states_never_the_detained() -> None:
    # only states arrest: an arrest that names no one who made it is the story's home state's
    rows = events("The activist Maria Lopez was detained in Lima on Monday.")
    assert first(rows, "COERCE")[1:3] == ("Peru", "Maria Lopez")


def test_agentless_passive_other_than_arrest_leaves_the_actor_null() -> None:
    rows = events("The activist Maria Lopez was beaten in Lima on Monday.")
    assert first(rows, "ASSAULT")[1:3] == (None, "Maria Lopez")


def test_unnamed_police_as_agent_are_the_home_state() -> None:
    rows = events(
        "CUSCO, Peru (AP) — A farmers' leader, Hilario Mamani, was detained by plain-clothes "
        "officers in Lima on Monday."
    )
    assert first(rows, "COERCE")[1] == "Peru"


def test_a_countrys_navy_is_that_country() -> None:
    rows = events("Sri Lanka's navy seized three Indian trawlers and detained the fishermen on board.")
    assert [r[1] for r in rows if r[0] == "COERCE"] == ["Sri Lanka armed forces"] * 2
    assert first(rows, "COERCE")[2] == "India"


def test_multiword_demonym_before_an_armed_noun() -> None:
    rows = events("Officials in Chennai said Sri Lankan sailors had rammed a fishing boat on Tuesday.")
    assert first(rows, "ASSAULT")[1] == "Sri Lanka armed forces"


def test_the_states_own_police_undergoing_an_act_are_its_target_not_its_actor() -> None:
    rows = events(
        "LIMA, Peru (AP) — The Interior Ministry said in a statement that eight officers were "
        "wounded by stones."
    )
    assert first(rows, "ASSAULT")[1:3] == (None, "Peru")


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


def test_object_noun_phrase_is_the_target_before_later_names() -> None:
    rows = events(
        "Kenya's opposition accused the government of hiding the cost of the IMF deal.",
    )
    assert first(rows, "ACCUSE")[2] != "International Monetary Fund"


def test_country_adjective_in_the_object_names_the_target() -> None:
    rows = events("The ministry said Armenian units had fired at Azerbaijani positions on Monday.")
    assert first(rows, "ASSAULT")[1:3] == ("Armenia", "Azerbaijan")


def test_stance_on_a_reported_act_targets_that_acts_actor() -> None:
    rows = events(
        "Kenyan police detained the activist Jordan Mwangi in Nairobi on Tuesday.\n"
        "Amnesty International condemned the detention."
    )
    assert first(rows, "ACCUSE")[1:3] == ("Amnesty International", "Kenya")
    assert not [r for r in rows if r[0] == "CONCEDE"]  # "Amnesty" inside a name is no amnesty


def test_two_sided_act_of_a_coordinated_subject() -> None:
    rows = events("Kenya and Ethiopia signed a border agreement on Monday.")
    assert first(rows, "SUPPORT")[1:3] == ("Kenya", "Ethiopia")
    rows = events("Kyrgyz and Tajik border guards exchanged fire along the frontier on Wednesday.")
    assert first(rows, "ASSAULT")[1:3] == ("Kyrgyzstan", "Tajikistan")


def test_released_is_an_act_only_when_people_are_released() -> None:
    rows = events("Opposition leader Maria Lopez was released on Tuesday, the Justice Ministry said.")
    assert first(rows, "RETREAT")[2] == "Maria Lopez"
    assert not [r for r in events("The report was released on Tuesday.") if r[0] == "RETREAT"]


def test_gapped_trigger_wins_over_its_one_word_start() -> None:
    rows = events("The government has released 500 million pesos in funds to the provinces.")
    assert first(rows, "AID")
    assert not [r for r in rows if r[0] == "RETREAT"]


def test_state_before_possessive_ties_a_generic_body_to_it() -> None:
    rows = events("Iraq's oil ministry condemned the attack on the pipeline.")
    assert first(rows, "ACCUSE")[1] == "Iraq"


def test_place_after_in_is_not_the_subject() -> None:
    rows = events("The US embassy in Lilongwe urged all parties to pursue their grievances in court.")
    assert first(rows, "REQUEST")[1] == "United States"


def test_description_in_commas_leaves_the_subject_before_it() -> None:
    rows = events("China, Ghana's largest bilateral creditor, agreed last year to restructure its loans.")
    assert first(rows, "AGREE")[1] == "China"


def test_governing_board_acts_for_its_organisation() -> None:
    rows = events("The International Monetary Fund's executive board approved the new programme for Ghana.")
    assert first(rows, "SUPPORT")[1:3] == ("International Monetary Fund", "Ghana")


def test_its_forces_act_for_the_speaker_not_the_home_country() -> None:
    rows = events(
        "KYIV, March 3 - Russia's defence ministry said its forces had attacked a depot in the south."
    )
    assert first(rows, "ASSAULT")[1] == "Russia"


def test_a_subordinate_clause_keeps_its_own_subject() -> None:
    rows = events("Air Tanzania cancelled all flights on Tuesday after aircraft technicians walked out.")
    assert first(rows, "PROTEST")[1] != "Air Tanzania"


def test_apposition_after_the_object_names_the_target() -> None:
    rows = events(
        "Foreign Minister Cho Min-seok held a phone call with his Japanese counterpart, Takeshi Ono."
    )
    assert first(rows, "CONSULT")[2] == "Takeshi Ono"


def test_possessive_date_dates_its_noun_not_the_act() -> None:
    rows = events(
        "The opposition Alliance for Renewal on Tuesday rejected the results of last week's "
        "election, accusing the ruling party of fraud."
    )
    e = first(rows, "ACCUSE")[3]
    assert (e["date_start"], e["date_precision"]) == (dt.date(2025, 3, 11), "day")


def test_count_next_to_an_injury_word_is_not_a_death_toll() -> None:
    rows = events("A drone struck a storage tank on Monday, leaving three workers injured and one dead.")
    e = first(rows, "ASSAULT")[3]
    assert (e["fatalities_low"], e["fatalities_high"]) == (1, 1)


def test_death_toll_across_an_inserted_phrase_and_a_bare_death() -> None:
    rows = events("Officials said 14 people, including six children, were killed in the strike on a house.")
    e = first(rows, "ASSAULT")[3]
    assert (e["fatalities_low"], e["fatalities_high"]) == (14, 14)
    rows = events("Three officers were injured and one protester died in hospital, police added.")
    e = first(rows, "ASSAULT")[3]
    assert (e["fatalities_low"], e["fatalities_high"]) == (1, 1)


def test_police_named_by_place_are_the_subject_not_the_place() -> None:
    rows = events(
        "Ghana's police chief spoke on Monday.\n"
        "Police in Kumasi arrested the activist Kofi Mensah on Thursday."
    )
    assert first(rows, "COERCE")[1:3] == ("Ghana", "Kofi Mensah")


def test_speaker_index_is_not_shared_between_documents() -> None:
    """Two documents extracted one after the other give the rows each gives alone."""
    a = "Police said four suspects had been arrested in Kano, Nigeria."
    b = "The minister said two diplomats had been expelled from Minsk, Belarus."
    alone = [r[:3] for r in events(b)]
    events(a)
    assert [r[:3] for r in events(b)] == alone


def test_members_of_a_named_group_act_for_it() -> None:
    rows = events("Fighters of the Boko Haram group attacked a military post near Maiduguri on Sunday.")
    assert first(rows, "ASSAULT")[1] == "Boko Haram"


def test_purpose_clause_after_a_relative_clause_with_a_speech_verb() -> None:
    rows = events(
        "The Nigeria Labour Congress, which says it represents 4 million workers, "
        "stopped work on Tuesday to protest a new fuel tax."
    )
    assert first(rows, "PROTEST")[1] == "Nigeria Labour Congress"


def test_noun_act_inside_a_relative_clause_is_the_antecedents() -> None:
    rows = events(
        "Information Minister Bello Haruna, who led the government delegation in the talks, "
        "said the demand was unrealistic."
    )
    assert first(rows, "CONSULT")[1] == "Bello Haruna"


def test_country_adjective_later_in_the_clause_is_a_coercive_acts_target() -> None:
    rows = events("Washington has imposed tariffs of up to 50% on a range of Brazilian goods since August.")
    assert first(rows, "SANCTION")[1:3] == ("United States", "Brazil")


def test_target_is_not_taken_from_a_subordinate_clause() -> None:
    rows = events(
        "Georgian riot police fired water cannon at protesters in Tbilisi, as demonstrations "
        "against the decision to freeze European Union accession talks entered a fifth night."
    )
    assert first(rows, "ASSAULT")[2] != "European Union"


def test_a_description_is_not_resolved_as_a_role() -> None:
    rows = events(
        "Kenya Airways said fuel costs had doubled.\n"
        "Ethiopia is deploying the region's largest aircraft carrier to the Red Sea."
    )
    assert first(rows, "MOBILIZE")[2] != "Kenya Airways"


def test_passive_in_a_relative_clause_undergoes_its_antecedent() -> None:
    rows = events(
        "The surveyor Tomas Varga, who was kidnapped on May 2 by gunmen near the border, "
        "returned home on Friday."
    )
    assert first(rows, "ASSAULT")[2] == "Tomas Varga"


def test_a_release_with_no_agent_is_by_whoever_held_them() -> None:
    rows = events(
        "Police in Lusaka arrested the union leader Peter Banda on Monday.\n"
        "Banda was freed on bail late on Tuesday, his lawyer said."
    )
    assert first(rows, "COERCE")[1:3] == ("Zambia", "Peter Banda")
    assert first(rows, "RETREAT")[1:3] == ("Zambia", "Peter Banda")


def test_a_pronoun_released_is_the_party_held() -> None:
    rows = events(
        "Police in Lusaka arrested the union leader Peter Banda on Monday.\n"
        "He was freed hours later."
    )
    assert first(rows, "RETREAT")[1:3] == ("Zambia", "Peter Banda")


def test_a_release_is_not_credited_to_anyone_when_no_one_was_held() -> None:
    rows = events("Banda was freed on bail late on Tuesday, his lawyer said.")
    assert first(rows, "RETREAT")[1] is None


def test_money_pledged_with_no_recipient_goes_to_the_storys_home_state() -> None:
    rows = events(
        "LUSAKA, March 3 (Reuters) - Floods in Zambia have displaced 40,000 people.\n"
        "Norway pledged $3 million in emergency relief on Tuesday."
    )
    assert first(rows, "AGREE")[1:3] == ("Norway", "Zambia")


def test_a_home_states_own_spending_has_no_recipient() -> None:
    rows = events(
        "LUSAKA, March 3 (Reuters) - Floods in Zambia have displaced 40,000 people.\n"
        "The Zambian government pledged $3 million in emergency relief on Tuesday."
    )
    assert first(rows, "AGREE")[2] is None


def test_security_forces_of_the_storys_country_are_its_state() -> None:
    rows = events("BAGHDAD, March 3 (Reuters) - Security forces arrested two suspects in Basra on Monday.")
    assert first(rows, "COERCE")[1] == "Iraq"


def test_state_speaker_is_the_actor_of_its_own_acts_only() -> None:
    """`Police said four suspects had been arrested` is the state's act; `… were killed in a
    bombing, police said` is not: a state body reporting a killing is no agent of it."""
    rows = events("At least 14 people were killed when a car bomb exploded in Kano, Nigeria, police said.")
    assert first(rows, "ASSAULT")[1] is None
    rows = events("Police said four suspects had been arrested in Kano, Nigeria.")
    assert first(rows, "COERCE")[1] == "Nigeria"


def test_dated_back_reference_is_not_the_act() -> None:
    rows = events("KANO, Nigeria: A car bomb killed 14 people on Friday.\n"
                  "The blast, the deadliest since the October 14 attack in 2017, killed nine soldiers.")
    second = [r[3] for r in rows if r[0] == "ASSAULT" and r[3]["fatalities_low"] == 9]
    assert [e["trigger"] for e in second] == ["killed"]
    rows = events("Officers from the Malawi Police Service arrested 27 opposition supporters on Friday.")
    assert first(rows, "COERCE")[3]["trigger"] == "arrested"  # a name before a verb is no date


def test_alleged_covers_what_is_accused_not_the_accusers_next_verb() -> None:
    rows = events("Kinshasa accused Rwandan troops of violating the truce and shelling villages near Goma.")
    assert first(rows, "ASSAULT")[3]["modality"] == "alleged"
    rows = events("The party accused the government of hiding the cost of the loan and demanded that "
                  "parliament publish the agreement.")
    assert first(rows, "REQUEST")[3]["modality"] == "asserted"
    rows = events("The union accused the police of harassing workers in Lagos, where it said 14 members "
                  "were detained.")
    assert first(rows, "COERCE")[3]["modality"] == "reported"


def test_act_noun_before_a_future_is_planned() -> None:
    rows = events("Officials said talks on a final peace agreement would begin in Doha next month.")
    assert first(rows, "CONSULT")[3]["modality"] == "planned"
    rows = events("Officials said talks on a final peace agreement began in Doha on Monday.")
    assert first(rows, "CONSULT")[3]["modality"] != "planned"


def test_a_demand_inside_a_claim_is_asserted() -> None:
    rows = events("The spokesman said Kinshasa was satisfied but insisted that the rebels must withdraw "
                  "from Goma.")
    assert first(rows, "REQUEST")[3]["modality"] == "asserted"


def test_act_before_a_closing_attribution_is_reported() -> None:
    rows = events("Police detained nine members of the Green Youth Coalition in Tunis on Tuesday, the "
                  "group and a defence lawyer said.")
    assert first(rows, "COERCE")[3]["modality"] == "reported"
    rows = events("Police detained nine members of the Green Youth Coalition in Tunis on Tuesday, after "
                  "the group said it would march.")
    assert first(rows, "COERCE")[3]["modality"] == "asserted"


def test_the_word_next_to_strike_decides_its_sense() -> None:
    """A story about workers and unions reads a bare `strike` as a labour protest
    (sense_rules.csv); the word next to it wins (local_senses.csv)."""
    story = ("The union said workers at the port had not been paid. Union leaders and workers met "
             "on Monday. ")
    rows = events(story + "On Tuesday, strikes destroyed two warehouses near the port.")
    assert [r[0] for r in rows if r[3]["trigger"].lower().endswith("strikes")] == ["ASSAULT"]
    rows = events(story + "The dockers began a general strike on Tuesday.")
    assert [r[0] for r in rows if r[3]["trigger"].lower().endswith("strike")] == ["PROTEST"]


def test_crowd_control_weapons_are_use_of_force() -> None:
    for body in ("Police used batons to break up the march in Accra on Friday.",
                 "Officers fired rubber bullets at the marchers in Accra on Friday.",
                 "Police lathi-charged the protesters in Patna on Friday."):
        assert "ASSAULT" in [r[0] for r in events(body)], body


def test_summoning_an_envoy_to_protest_is_one_diplomatic_protest() -> None:
    rows = events("Pakistan on Thursday summoned the Afghan envoy to protest against cross-border firing.")
    assert [r[0] for r in rows if r[0] in ("ACCUSE", "PROTEST")] == ["ACCUSE"]
    rows = events("Thousands of farmers marched in Lahore on Thursday to protest against the new tax.")
    assert "PROTEST" in [r[0] for r in rows]


def test_talks_between_a_and_b_name_both_parties() -> None:
    rows = events(
        "Serbia and Kosovo signed a deal on Monday, after talks between Belgrade and Pristina "
        "that lasted all night."
    )
    consult = first(rows, "CONSULT")
    assert {consult[1], consult[2]} == {"Serbia", "Kosovo"}


def test_the_two_sides_take_the_parties_of_the_last_two_sided_act() -> None:
    rows = events(
        "Serbia and Kosovo held talks in Brussels on Monday. The two sides agreed to meet again in November, "
        "the EU envoy Hanna Lindqvist said."
    )
    agree = first(rows, "AGREE")
    assert {agree[1], agree[2]} == {"Serbia", "Kosovo"}


def test_they_after_a_phone_call_are_its_two_parties() -> None:
    rows = events(
        "Oman's foreign minister, Salim al-Harthy, spoke with Iran's foreign minister on Friday. "
        "They discussed the seizure of a tanker."
    )
    consult = [r for r in rows if r[0] == "CONSULT"][-1]
    assert consult[1] is not None and consult[2] is not None and consult[1] != consult[2]


def test_his_countrys_troops_are_the_speakers_country() -> None:
    rows = events(
        "The foreign minister of Mauritania, Ahmed Ould Sidi, said his country's troops had closed "
        "two border crossings with Mali on Monday."
    )
    assert first(rows, "COERCE")[1:3] == ("Mauritania", "Mali")


def test_they_in_a_spokesmans_words_is_the_body_he_speaks_for() -> None:
    rows = events(
        "Fighters from the Azawad Liberation Front (ALF) ambushed a convoy on Sunday. "
        "A spokesman for the rebels, Mohamed Ag Intalla, told AFP that they had taken two officers hostage."
    )
    abduct = [r for r in rows if r[3]["event_mode"] == "abduct"]
    assert abduct and abduct[0][1] == "Azawad Liberation Front"


def test_a_stance_in_a_which_clause_aims_at_the_act_it_hangs_on() -> None:
    rows = events(
        "Serbian troops raised their combat readiness near the line in September, which "
        "Pristina condemned as a threat."
    )
    accuse = first(rows, "ACCUSE")
    assert accuse[1] == "Kosovo" and accuse[2] in ("Serbia", "Serbia armed forces")


def test_condemning_the_attack_aims_at_the_act_of_the_same_kind() -> None:
    rows = events(
        "Fighters from the Azawad Liberation Front (ALF) ambushed an army convoy on Sunday. "
        "An official said Burkina Faso's army had shelled positions of the group a week earlier. "
        "Algeria condemned the attack."
    )
    assert first(rows, "ACCUSE")[2] == "Azawad Liberation Front"


def test_a_named_national_army_is_that_countrys_armed_forces() -> None:
    rows = events("The Serbian Army raised the combat readiness of its units in September.")
    assert first(rows, "MOBILIZE")[1] == "Serbia armed forces"


def test_a_second_word_for_the_act_names_who_did_it() -> None:
    rows = events(
        "A truck driver was killed in Islamabad on Wednesday when police fired tear gas "
        "to clear a blockade."
    )
    assert first(rows, "ASSAULT")[1] == "Pakistan"


def test_release_after_an_arrest_of_a_countrys_citizens_is_by_the_captor() -> None:
    rows = events(
        "Kosovo police detained two Serbian citizens at a crossing on Monday. "
        "The two men, Nenad Jovic and Dragan Ilic, were released in the evening."
    )
    assert first(rows, "RETREAT")[1] == "Kosovo"


def test_a_ships_flag_and_a_seas_name_are_no_target() -> None:
    rows = events(
        "Iran's navy has seized a Marshall Islands-flagged oil tanker in the Gulf of Oman, "
        "Iranian state media reported on Friday."
    )
    assert first(rows, "COERCE")[1:3] == ("Iran armed forces", None)


def test_a_subject_broken_by_appositions_undergoes_the_passive_act() -> None:
    rows = events(
        "Its secretary general, Israel Mushi, and its treasurer, Halima Said, were detained by "
        "police in Dodoma on Tuesday."
    )
    assert first(rows, "COERCE")[2] == "Israel Mushi"


def test_members_of_a_named_body_make_it_the_target() -> None:
    rows = events("Police arrested three members of the Union of Aviation Technicians of Tanzania on Monday.")
    assert first(rows, "COERCE")[2] == "Union of Aviation Technicians of Tanzania"


def test_the_speaker_before_said_is_not_the_actor_of_an_agentless_act() -> None:
    rows = events(
        "Qatari Minister of State Khalid Al-Mansouri was in Doha on Saturday. "
        "He said talks on a final peace agreement would begin in September."
    )
    talks = [r for r in rows if r[3]["trigger"] == "talks"]
    assert talks and talks[0][1] != "Khalid Al-Mansouri"


def test_the_two_countries_security_chiefs_are_both_parties() -> None:
    rows = events(
        "Kyrgyz and Tajik border commanders agreed on Thursday to a ceasefire, and the two "
        "countries' security chiefs held talks by phone."
    )
    consult = first(rows, "CONSULT")
    assert {consult[1], consult[2]} == {"Kyrgyzstan", "Tajikistan"}


def test_coordinated_subject_of_a_noun_two_sided_act_is_its_other_party() -> None:
    rows = events("Brazil and China held a first round of negotiations on the agreement in February.")
    consult = first(rows, "CONSULT")
    assert {consult[1], consult[2]} == {"Brazil", "China"}


def test_a_doer_found_later_drops_a_target_of_its_own_state() -> None:
    rows = events(
        "A woman wounded when Azerbaijani troops shelled the village of Tegh on Monday has died "
        "in hospital, Armenia's health ministry said on Wednesday."
    )
    actor, target = first(rows, "ASSAULT")[1:3]
    assert actor == "Azerbaijan armed forces" and target != "Azerbaijan"


def test_agentless_arrest_abroad_is_the_state_it_happened_in() -> None:
    rows = events(
        "WASHINGTON (Reuters) - The State Department condemned the case. An American journalist, "
        "Evan Marsh, was arrested in Moscow on Thursday, his employer said."
    )
    assert first(rows, "COERCE")[1:3] == ("Russia", "Evan Marsh")


# --- issue 11, s4-roles -------------------------------------------------------------------


def test_material_act_after_told_that_is_not_the_speakers_nor_the_listeners() -> None:
    rows = events(
        "DHAKA, Bangladesh (AP) — Editor Selim Khan told The Associated Press that officers of "
        "the Detective Branch took the reporters from the office and seized their laptops."
    )
    assert first(rows, "COERCE")[1] == "Detective Branch"


def test_verbal_act_joined_after_said_that_stays_the_speakers() -> None:
    rows = events(
        'Government spokesman Roland Mensah said on Tuesday that his country "has nothing to do with '
        'this attack" and urged Niamey to reopen the border.'
    )
    assert first(rows, "REQUEST")[1] == "Roland Mensah"


def test_a_title_before_an_org_head_is_part_of_a_bodys_name() -> None:
    x = extract_body("He said officers of the Detective Branch searched the office.", dt.date(2025, 3, 14))
    names = {a["name"]: a["actor_type"] for a in x.actors.values()}
    assert names.get("Detective Branch") == "government_body" and "Branch" not in names


def test_definite_act_noun_as_subject_takes_the_earlier_acts_actor() -> None:
    rows = events(
        "Pakistani jets struck two villages in Khost overnight. The strikes also destroyed a mosque."
    )
    assert [r[1] for r in rows if r[0] == "ASSAULT"] == ["Pakistan", "Pakistan"]


def test_an_act_on_a_partys_hideouts_targets_that_party() -> None:
    rows = events("Pakistani jets struck hideouts of the Pakistani Taliban on Sunday.")
    assert first(rows, "ASSAULT")[2] == "Pakistani Taliban"


def test_a_countrys_coast_guard_is_its_state() -> None:
    rows = events("Libya's coast guard has seized a tanker off Zuwara.")
    assert first(rows, "COERCE")[1] == "Libya"


def test_a_capital_named_as_the_place_of_a_deal_is_no_party() -> None:
    rows = events(
        "Erdenes Power Holding has agreed to build a plant near Ulaanbaatar with Korea Electric Power Corp."
    )
    assert first(rows, "AGREE")[1:3] == ("Erdenes Power Holding", "Korea Electric Power Corp")


def test_the_agreement_was_signed_by_the_deals_parties() -> None:
    rows = events(
        "ULAANBAATAR, Mongolia (Reuters) - Erdenes Power Holding has agreed to build a plant with "
        "Korea Electric Power Corp., the companies said. The agreement, which the cabinet approved "
        "on Sunday, was signed in Seoul on Monday in the presence of Prime Minister Gombo Batbayar."
    )
    signed = [r for r in rows if r[3]["trigger"] == "signed"]
    assert signed and signed[0][1:3] == ("Erdenes Power Holding", "Korea Electric Power Corp")
    assert [r[1] for r in rows if r[3]["trigger"] == "approved"] == ["Mongolia"]  # the cabinet: its state


def test_the_speaker_of_a_trailing_attribution_is_no_target() -> None:
    rows = events(
        "Three protesters were injured and one died after being hit by a tear gas canister, "
        "the Togolese League of Human Rights (LTDH) said."
    )
    assert first(rows, "ASSAULT")[2] is None


def test_an_agentless_arrest_is_not_the_body_whose_office_is_a_place() -> None:
    rows = events(
        "LILONGWE, Malawi (AP) — Police fired tear gas at supporters who had blocked a road outside "
        "the Malawi Electoral Commission's regional office, and 23 people were arrested."
    )
    assert [r[1] for r in rows if r[3]["event_mode"] == "arrest"] == ["Malawi"]


def test_a_persons_possessive_is_not_part_of_a_partys_name() -> None:
    x = extract_body(
        "The incumbent, Hastings Mbewe, lost. Mbewe's Malawi People's Front (MPF) rejected the result.",
        dt.date(2025, 3, 14),
    )
    names = {a["name"] for a in x.actors.values()}
    assert "Malawi People's Front" in names and "Hastings Mbewe" in names
    assert not any(n.startswith("Mbewe's") for n in names)


def test_a_stance_on_the_measures_aims_at_the_latest_acts_actor() -> None:
    rows = events(
        "The United States on Wednesday imposed sanctions on a shipping firm. Iran's foreign ministry "
        'spokesman, Reza Farahani, condemned the measures as "economic terrorism".'
    )
    assert first(rows, "ACCUSE")[1:3] == ("Reza Farahani", "United States")


def test_a_parent_bodys_possessive_makes_two_bodies() -> None:
    x = extract_body(
        "The Treasury Department's Office of Foreign Assets Control designated Blue Meridian Ship "
        "Management FZE on Wednesday.",
        dt.date(2025, 3, 14),
    )
    names = {a["name"] for a in x.actors.values()}
    assert {"Office of Foreign Assets Control", "Blue Meridian Ship Management FZE"} <= names
    # the parent is the gazetteer's body, with its country, not the story's home
    parent = [a for a in x.actors.values() if "Treasury" in a["name"]]
    assert [(a["actor_type"], a["country_code"]) for a in parent] == [("government_body", "USA")]


def test_a_passive_agent_far_after_the_verb_and_the_leader_of_generic_gunmen() -> None:
    rows = events(
        "KEBBI, Nigeria (AP) — The farmers were kidnapped from their fields near Danko village on "
        "March 2 by gunmen loyal to a bandit leader known as Dogo Buhari, residents said."
    )
    assert first(rows, "ASSAULT")[1] == "Dogo Buhari"


def test_the_mediator_of_a_release_is_not_its_actor() -> None:
    rows = events(
        "TRIPOLI (Reuters) - Libya's coast guard seized a tanker off Zuwara and detained its crew. "
        "Four of the crew were freed on Friday after mediation by Italy, diplomats said."
    )
    assert [r[1] for r in rows if r[3]["event_mode"] == "release"] == ["Libya"]


def test_a_reflexive_after_the_subject_keeps_the_subject_as_the_patient() -> None:
    rows = events(
        "Editor Jordan Rahman said police had raided the office. Rahman himself was arrested by the "
        "same unit in 2019 and released after two weeks."
    )
    assert [r[2] for r in rows if r[3]["event_mode"] in ("arrest", "release")][-2:] == ["Jordan Rahman"] * 2


def test_a_states_institution_speaking_then_urging_is_that_state() -> None:
    rows = events(
        "Ghana's foreign ministry said Togolese soldiers had crossed the border near Aflao and "
        "urged Lome to respect its territory."
    )
    assert first(rows, "REQUEST")[1:3] == ("Ghana", "Togo")


def test_a_states_forces_do_not_target_their_own_state() -> None:
    rows = events("Sri Lanka's navy seized three trawlers off Jaffna and took them to Colombo.")
    assert first(rows, "COERCE")[1:3] == ("Sri Lanka armed forces", None)


def test_a_nouns_by_agent_is_its_actor_and_a_committees_leader_names_it() -> None:
    rows = events(
        "KEBBI, Nigeria (AP) — The victims were freed on Friday night after mediation by a committee "
        "of traditional rulers led by the Emir of Zuru, Sani Sami."
    )
    assert first(rows, "CONSULT")[1] == "Sani Sami"
    assert first(rows, "RETREAT")[1] != "Sani Sami"


def test_both_sides_are_the_parties_of_the_latest_dispute() -> None:
    rows = events(
        "Pakistani jets struck two villages in Afghanistan's Khost province. The UN mission called "
        "on both sides to exercise restraint."
    )
    assert first(rows, "REQUEST")[2] in ("Pakistan", "Afghanistan")


def test_a_person_heading_an_of_phrase_is_the_subject() -> None:
    rows = events(
        "In Bogota, opposition senator Julian Vargas of the Democratic Centre party accused the "
        "government of rewarding terrorism."
    )
    assert first(rows, "ACCUSE")[1] == "Julian Vargas"


def test_a_pronoun_reaches_three_sentences_back_past_a_quote() -> None:
    rows = events(
        "Police arrested the alliance's president, Sardar Ijaz Baloch, on Thursday. They were freed "
        'hours later, the alliance said. "We will not move a single truck," the 52-year-old transporter '
        'told a crowd. He accused the government of "squeezing the last rupee" out of small businesses.'
    )
    assert first(rows, "ACCUSE")[1] == "Sardar Ijaz Baloch"


# --- s5-roles (issue 11): passive stances on act nouns, a body's fighters, place of a
# collective, light verbs


def test_a_passive_stance_on_an_act_noun_aims_at_the_acts_doer() -> None:
    rows = events(
        "Iran's Revolutionary Guards seized a Liberian-flagged tanker on Thursday. The seizure of the "
        "tanker was condemned by the United Kingdom."
    )
    # `Iran's Revolutionary Guards` is a gazetteer alias of the IRGC (its canonical name)
    assert first(rows, "ACCUSE")[1] == "United Kingdom"
    assert first(rows, "ACCUSE")[2] in ("Revolutionary Guards", "Islamic Revolutionary Guard Corps")


def test_a_passive_stance_on_a_detention_is_not_aimed_at_the_detained() -> None:
    rows = events(
        "TBILISI, Georgia (AP) — Georgia's government said it was calm. Police detained the opposition "
        "leader Nika Gvaramia on Monday. The detention of Gvaramia was condemned by the European Union."
    )
    assert first(rows, "ACCUSE")[1:3] == ("European Union", "Georgia")


def test_a_by_agent_inside_the_act_noun_phrase_is_the_target() -> None:
    rows = events(
        "The detention of the ferry owner Rodel Manansala by the Philippine Coast Guard was criticised "
        "by Amnesty International."
    )
    assert first(rows, "ACCUSE")[1] == "Amnesty International"
    assert first(rows, "ACCUSE")[2] in ("Philippine Coast Guard", "Philippines")


def test_a_stance_on_an_act_whose_doer_is_unknown_has_no_target() -> None:
    # the latest killing had no named doer: not the doer of an older attack
    rows = events(
        "The Rapid Support Forces shelled a camp on Monday. Five aid workers were killed in an air strike "
        "on Sunday. The killing of the aid workers was condemned by the World Food Programme."
    )
    assert first(rows, "ACCUSE")[1:3] == ("World Food Programme", None)


def test_a_plain_passive_stance_keeps_its_patient_as_target() -> None:
    rows = events("Nika Gvaramia was condemned by the European Union on Monday.")
    assert first(rows, "ACCUSE")[1:3] == ("European Union", "Nika Gvaramia")


def test_a_named_groups_fighters_as_subject_are_the_group() -> None:
    rows = events(
        "NAIROBI, Kenya (AP) — Suspected al-Shabab militants attacked a police post near the Somali "
        "border on Monday."
    )
    assert first(rows, "ASSAULT")[1] == "Al-Shabaab"


def test_a_demonym_before_fighters_is_not_a_named_group() -> None:
    rows = events("NAIROBI, Kenya (AP) — Kenyan soldiers attacked a camp near the Somali border on Monday.")
    assert first(rows, "ASSAULT")[1] != "Kenyan"
    assert first(rows, "ASSAULT")[1] in ("Kenya", "Kenya armed forces")


def test_police_placed_in_a_named_state_are_that_states() -> None:
    rows = events(
        "BEIJING (Reuters) - China said on Friday it was concerned. Police in Indonesia's Central "
        "Sulawesi province shot dead two men on Friday, a rights group said."
    )
    assert first(rows, "ASSAULT")[1] == "Indonesia"


def test_an_administration_in_a_capital_is_that_capitals_state() -> None:
    rows = events(
        "ISLAMABAD - Pakistan's army said on Monday it was ready. Islamabad has repeatedly accused the "
        "Taliban administration in Kabul of sheltering the group."
    )
    assert first(rows, "ACCUSE")[1:3] == ("Pakistan", "Afghanistan")


def test_police_in_an_unlisted_city_stay_the_home_states() -> None:
    rows = events(
        "LIMA, Peru (AP) — Peru's government declared a state of emergency. Police in Cusco fired tear "
        "gas at hundreds of farmers."
    )
    assert first(rows, "ASSAULT")[1] == "Peru"


def test_an_act_noun_after_a_light_verb_takes_the_verbs_subject() -> None:
    rows = events(
        "TBILISI, Georgia (AP) — Georgia's government said it was calm. Police used water cannon and "
        "tear gas to clear the avenue."
    )
    assert first(rows, "ASSAULT")[1] == "Georgia"


def test_a_stance_verb_with_a_described_subject_takes_its_claims_speaker() -> None:
    rows = events(
        "CHISINAU (Reuters) - Vadim Krasnoselsky, the Transnistrian leader, said on Monday that gas "
        "supplies had stopped. The 54-year-old former police officer accused Moldova of joining an "
        '"economic war" against the region.'
    )
    accuse = [r for r in rows if r[0] == "ACCUSE" and r[3]["trigger"] == "accused"]
    assert accuse and accuse[0][1:3] == ("Vadim Krasnoselsky", "Moldova"), rows


def test_a_stance_verb_far_from_any_claim_keeps_a_null_actor() -> None:
    rows = events("Critics accused the company of negligence.")
    assert first(rows, "ACCUSE")[1] is None


def test_unnamed_guards_accused_of_an_act_are_the_home_state() -> None:
    # (a later state named in the clause is not the accused party either)
    rows = events(
        "QUITO, Ecuador (AP) — Ecuador's government said it was in control. Relatives accused guards "
        "of opening fire on prisoners transferred from Colombia."
    )
    assert first(rows, "ACCUSE")[2] == "Ecuador"


def test_unnamed_people_accused_of_an_act_leave_no_target_from_a_later_place() -> None:
    rows = events("LIMA (Reuters) - Peru accused criminal networks of moving mined gold to Bolivia.")
    assert first(rows, "ACCUSE")[1:3] == ("Peru", None)


def test_a_named_accused_party_is_kept() -> None:
    rows = events("LA PAZ (Reuters) - Peru accused Bolivia of allowing smuggling across the lake.")
    assert first(rows, "ACCUSE")[1:3] == ("Peru", "Bolivia")


# --- s6-roles (issue 11, round 6) ---


def test_it_opening_a_bodys_statement_is_that_body() -> None:
    # not the nearest name before it (the firm in the apposition)
    rows = events(
        "KUALA LUMPUR (Reuters) - Malaysia's transport ministry said it had held talks with "
        "Thai officials on Monday."
    )
    assert first(rows, "CONSULT")[1:3] == ("Malaysia", "Thailand")
    rows = events(
        "The company, a joint venture of China's Fujian Hengyu Group and a local partner, said "
        "it had held talks with the union twice last week."
    )
    assert first(rows, "CONSULT")[1] is None


def test_troops_a_state_deploys_are_its_own_not_the_target() -> None:
    rows = events("The United States has deployed more than 10,000 troops to the Caribbean since August.")
    assert first(rows, "MOBILIZE")[1:3] == ("United States", None)
    rows = events("Venezuela has deployed about 2,000 soldiers to its border with Guyana.")
    assert first(rows, "MOBILIZE")[1:3] == ("Venezuela", "Guyana")


def test_troops_that_were_deployed_are_the_mover() -> None:
    rows = events(
        "The minister said Rwandan troops, who have been deployed in the province since 2021, "
        "had repelled an assault."
    )
    assert first(rows, "MOBILIZE")[1:3] == ("Rwanda armed forces", None)


def test_agent_name_with_an_apostrophe_is_read_whole() -> None:
    rows = events(
        "Ruth Nakato, a reporter, was arrested by police on Tuesday. The arrest of the journalist "
        "by the police was condemned by the Uganda Editors' Forum."
    )
    assert first(rows, "ACCUSE")[1] == "Uganda Editors' Forum"


def test_unnamed_agent_named_in_apposition() -> None:
    rows = events(
        "The detention of the captain by the coast guard was criticised by a seafarers' union, "
        "the Maritime Officers' Union of the Philippines, which said he had followed orders."
    )
    assert first(rows, "ACCUSE")[1] == "Maritime Officers' Union of the Philippines"


def test_perfect_passive_subject_is_the_patient() -> None:
    rows = events(
        "The leader of the Morowali Metal Workers Union (SPLM), Andi Rahmat, was arrested on "
        "Sunday. It said he had been beaten during the arrest."
    )
    assert first(rows, "ASSAULT")[2] == "Andi Rahmat"


def test_object_pronoun_stands_for_the_person_named_before() -> None:
    rows = events(
        "Nika Gvaramia, the opposition leader, was released on Tuesday evening after a Tbilisi "
        "court fined him 5,000 lari."
    )
    assert first(rows, "SANCTION")[2] == "Nika Gvaramia"


def test_them_released_are_the_people_held_before() -> None:
    rows = events(
        "Ruth Nakato and Moses Okello, reporters of the weekly Kampala Ledger, were arrested by "
        "police on Tuesday. Chief Magistrate Agnes Atim released them on a bond of 2 million "
        "shillings each."
    )
    release = first(rows, "RETREAT")
    assert release[1] == "Agnes Atim"
    assert release[2] in ("Ruth Nakato", "Moses Okello")


def test_a_currency_named_after_a_state_is_no_actor() -> None:
    from tests.extract.sentences import extract_body

    x = extract_body("The United Nations has appealed for 45 million U.S. dollars to help flood victims.")
    assert "United States" not in {a["name"] for a in x.actors.values()}
    rows = events("The United Nations has appealed for 45 million U.S. dollars to help flood victims.")
    assert first(rows, "REQUEST")[1:3] == ("United Nations", None)


def test_owner_of_a_trailing_speaker_is_no_target() -> None:
    # "..., Lebanon's health ministry said": the speaker's state is not whom the strike hit
    rows = events(
        "An Israeli drone struck a car near Nabatieh, killing two men, Lebanon's health ministry said."
    )
    assert first(rows, "ASSAULT")[2] is None
    rows = events(
        "Five aid workers were killed in an air strike near El Fasher on Sunday, the UN's "
        "humanitarian office (OCHA) said."
    )
    assert first(rows, "ASSAULT")[2] is None


def test_demand_in_a_relative_clause_is_addressed_to_the_condemned_party() -> None:
    rows = events(
        "Ruth Nakato, a reporter, was arrested by police on Tuesday. The arrest of the journalist "
        "by the police was condemned by the Uganda Editors' Forum, which demanded that the "
        "charges be dropped."
    )
    assert first(rows, "REQUEST")[1:3] == ("Uganda Editors' Forum", "Uganda")


def test_nominal_act_of_x_by_y() -> None:
    # the `of` phrase undergoes the act, the `by` phrase does it
    rows = events(
        "Iran's foreign ministry accused the United States of piracy over what it said was the "
        "confiscation of an Iranian oil cargo by US authorities off Malaysia in April."
    )
    assert [r[1:3] for r in rows if r[0] == "COERCE"] == [("United States", "Iran")]
    # a verbal act's `of` phrase is its author, not whom it is done to
    rows = events("The US military said the strike was carried out at the request of the Somali government.")
    assert all(r[2] != "Somalia" for r in rows if r[0] == "REQUEST")


def test_a_lawyers_client_is_the_person_named_before_the_lawyer() -> None:
    rows = events(
        "Hilario Mamani, 57, the secretary general of the Cusco Federation of Peasant Workers, was "
        "questioned for six hours, lawyer Rosa Ccahuana told The Associated Press. She said her "
        "client had been beaten in custody."
    )
    assert first(rows, "ASSAULT")[2] == "Hilario Mamani"


def test_conjunct_named_by_its_states_body_is_the_other_party() -> None:
    rows = events(
        "Sudan's army and the paramilitary Rapid Support Forces (RSF) signed a ceasefire on Saturday."
    )
    assert first(rows, "SUPPORT")[1:3] == ("Rapid Support Forces", "Sudan armed forces")
    rows = events("The Kenyan government and the Somali government signed a security agreement on Tuesday.")
    assert {first(rows, "SUPPORT")[1], first(rows, "SUPPORT")[2]} == {"Kenya", "Somalia"}


def test_demonym_pair_gives_the_other_side_whichever_the_actor_is() -> None:
    rows = events("Cambodian and Thai soldiers exchanged fire near the disputed Ta Krabei temple on Tuesday.")
    assert {first(rows, "ASSAULT")[1], first(rows, "ASSAULT")[2]} <= {
        "Cambodia", "Thailand", "Cambodia armed forces", "Thailand armed forces"
    }


def test_its_forces_after_a_setting_and_a_light_verb_act_for_the_speaker() -> None:
    rows = events(
        "The U.S. Central Command said in a statement on Wednesday that its forces had carried out "
        "two strikes in Abyan province on Monday."
    )
    assert first(rows, "ASSAULT")[1] == "US Central Command"
    rows = events(
        "The Kenyan foreign ministry said on Saturday it had carried out an airstrike near Mandera."
    )
    assert first(rows, "ASSAULT")[1] == "Kenya"


def test_led_coalitions_and_lower_case_al_prefix_are_named_actors() -> None:
    rows = events(
        "A Houthi spokesman said Saudi-led coalition jets had bombed a fuel depot in Hodeidah. The "
        "U.S. Central Command said its forces had carried out two strikes against al-Qaeda in the "
        "Arabian Peninsula on Monday."
    )
    assert first(rows, "ASSAULT")[1] == "Saudi-led coalition"
    assert [r[2] for r in rows if r[0] == "ASSAULT"][-1] == "AQAP"


def test_named_speaker_after_a_comma_in_a_trailing_attribution_is_no_target() -> None:
    rows = events(
        "Yemen's Presidential Leadership Council called for an investigation into the strike, the "
        "council's spokesman, Ali Bahran, told reporters in Aden."
    )
    assert first(rows, "REQUEST")[2] is None


def test_condemning_the_measures_targets_the_party_that_took_them() -> None:
    rows = events(
        "BRUSSELS (Reuters) - The European Union on Monday imposed sanctions on nine companies, "
        "a year after Moscow launched its invasion of Ukraine. India said it had raised the matter "
        'in talks with EU officials. Kremlin spokesman Pavel Orlov said the measures were "illegal".'
    )
    accuse = [r for r in rows if r[0] == "ACCUSE" and r[1] == "Pavel Orlov"]
    assert accuse and accuse[0][2] == "European Union"


def test_welcoming_the_decision_targets_the_material_act_not_later_talks() -> None:
    rows = events(
        "The European Union on Monday imposed sanctions on nine companies. India said New Delhi "
        "had raised the matter in talks with EU officials. Ukraine's foreign minister, Oleksandr "
        "Hrytsenko, welcomed the decision."
    )
    assert first(rows, "SUPPORT")[2] == "European Union"


def test_a_sentence_opened_by_they_continues_the_previous_sentences_actor() -> None:
    # round 8: `they`/`it` opening a sentence stands for the previous sentence's first actor
    rows = events("The Tiger Gang kidnapped two engineers on Monday. They have demanded a ransom.")
    assert first(rows, "REQUEST")[1] == "Tiger Gang"
    # never a person for `they`/`it`
    rows = events("Opposition leader Juma Otieno addressed a rally in Nairobi. It was attacked by police.")
    assert first(rows, "ASSAULT")[1] != "Juma Otieno"


def test_the_named_owner_of_an_act_noun_carries_it_out() -> None:
    # round 8: "X's strike on Y", "X's seizure of Y" (a nominalised act owned by its doer)
    assert first(events("Russia's strike on Ukraine killed five people."), "ASSAULT")[1:3] == (
        "Russia", "Ukraine"
    )
    assert first(events("Israel's blockade of Gaza continued for a third week."), "COERCE")[1] == "Israel"


def test_a_person_owning_an_arrest_underwent_it() -> None:
    # round 8: "X's arrest" with no object: X was arrested, X did not arrest anyone
    rows = events("Opposition leader Nino Beridze addressed a rally. Beridze's arrest drew condemnation.")
    assert first(rows, "COERCE")[1:3] == (None, "Nino Beridze")


def test_a_reporting_body_naming_no_state_leaves_an_agentless_arrest_to_the_home_state() -> None:
    # round 8: an unnamed `interior ministry` speaker is no party; the arrest is the home state's
    rows = events(
        "TBILISI, Georgia (AP) — The interior ministry said 48 people had been detained for "
        "disobeying police orders."
    )
    assert first(rows, "COERCE")[1] == "Georgia"


def test_government_troops_are_the_home_states_forces() -> None:
    # round 8: an armed noun with only state modifiers ("government troops") is the home side;
    # "foreign troops" stay unnamed
    body = "KHARTOUM, Sudan (AP) — Government troops shelled RSF positions near the city on Monday."
    assert first(events(body), "ASSAULT")[1] == "Sudan armed forces"
    body = "KHARTOUM, Sudan (AP) — Foreign troops shelled RSF positions near the city on Monday."
    assert first(events(body), "ASSAULT")[1] is None


def test_unnamed_people_of_a_country_undergoing_a_passive_act_are_its_target() -> None:
    # round 8: the passive subject's country adjective, as for the active verb's object
    body = "NAIROBI, Kenya (AP) — Three Chinese workers were kidnapped by gunmen in Turkana on Sunday."
    assert first(events(body), "ASSAULT")[2] == "China"
    # not the country of an owner named after `of`
    body = (
        "OTTAWA (AP) — Four employees of a Canadian charity who were abducted in March were "
        "freed on Saturday."
    )
    assert first(events(body), "RETREAT")[2] is None


def test_a_participle_between_a_noun_and_by_is_a_reduced_passive() -> None:
    # round 8: "fishermen detained by Ugandan soldiers": the `by` phrase acts, the noun undergoes
    body = (
        "NAIROBI, Kenya (AP) — Twelve Kenyan fishermen detained by Ugandan soldiers on Lake "
        "Victoria were released on Monday."
    )
    assert first(events(body), "COERCE")[1:3] == ("Uganda armed forces", "Kenya")


def test_a_comma_list_of_subjects_acts_through_its_first_member() -> None:
    # round 8: "A, B and C did": past the last `and`, bare commas still coordinate
    body = "The United States, Japan and Australia expressed support for the Philippines on Monday."
    assert first(events(body), "SUPPORT")[1] == "United States"


def test_a_group_claiming_responsibility_is_the_actor_of_the_unattributed_attack() -> None:
    # round 8: "X claimed responsibility" names who did the attack reported before
    body = (
        "MAPUTO, Mozambique (Reuters) - Insurgents attacked a gas site in Cabo Delgado on Monday. "
        "A group calling itself Ahl al-Sahel claimed responsibility in a message posted on Telegram."
    )
    assert first(events(body), "ASSAULT")[1] == "Ahl al-Sahel"


def test_an_act_noun_after_a_passive_death_names_its_doer() -> None:
    # round 8: "killed in a Russian drone attack" / "in an attack by Russian drones"
    for body in (
        "KYIV, Ukraine (AP) — Two people were killed in a Russian drone attack on Odesa on Monday.",
        "KYIV, Ukraine (AP) — Two people were killed in an attack by Russian drones on Odesa on Monday.",
    ):
        assert first(events(body), "ASSAULT")[1:3] == ("Russia", None)


def test_a_foreign_state_reporting_its_own_people_held_did_not_hold_them() -> None:
    # round 8: the speaker's state is not the agent of an arrest of its own nationals abroad
    body = (
        "LIMA, Peru (AP) — Three Bolivian truck drivers were detained at the border, Bolivia's "
        "government said."
    )
    assert first(events(body), "COERCE")[1:3] == ("Peru", "Bolivia")
    # the home state's police reporting their own arrest of their own nationals: no target state
    body = "NAIROBI, Kenya (AP) — Police said four Kenyan suspects had been arrested on Monday."
    assert first(events(body), "COERCE")[1:3] == ("Kenya", None)


def test_agentless_questioning_is_the_home_states_investigation() -> None:
    # round 8: "was being questioned" (lexicon) is a passive ACCUSE (investigate) of the home state
    rows = events(
        "TUNIS, Tunisia (AP) — Her client was being questioned under an anti-terrorism law, the "
        "lawyer said."
    )
    assert first(rows, "ACCUSE")[1] == "Tunisia"


def test_people_of_a_body_named_by_its_noun_are_that_named_body() -> None:
    # round 8: "two leaders of the union", "14 union members": the union named before
    lede = (
        "DODOMA, Tanzania (AP) — The Union of Aviation Technicians of Tanzania (UATT) began a "
        "strike on Monday. "
    )
    for act in (
        "Police arrested two leaders of the union on Tuesday.",
        "Police detained 14 union members on Tuesday.",
    ):
        assert first(events(lede + act), "COERCE")[2] == "Union of Aviation Technicians of Tanzania"


def test_the_two_undergoing_a_passive_act_are_the_people_acted_on_before() -> None:
    # round 8: "The two were being questioned" refers back to the two people arrested
    body = (
        "DODOMA, Tanzania (AP) — Police arrested union leaders Israel Mushi and Halima Said on "
        "Monday. The two were being questioned at a police station, their lawyer said."
    )
    assert first(events(body), "ACCUSE")[2] == "Israel Mushi"


def test_an_object_owned_by_its_in_reported_speech_is_the_speakers() -> None:
    # round 8: "X said Y had fired on its posts": `its` is the speaker's, who is the target
    body = (
        "KHARTOUM, Sudan (AP) — The RSF said army drones had struck its positions near the city "
        "on Monday."
    )
    assert first(events(body), "ASSAULT")[2] == "Rapid Support Forces"


def test_a_name_in_apposition_is_the_subject_a_description_stands_for() -> None:
    # round 8: "Its main opposition party, the X, rejected": the apposed name acts
    body = (
        "NAIROBI, Kenya (AP) — The country's main opposition party, the Orange Democratic "
        "Movement, rejected the result."
    )
    assert first(events(body), "REJECT")[1] == "Orange Democratic Movement"


def test_a_capitalised_name_word_is_no_cue_in_an_apposition() -> None:
    # round 8: "State" in "the Islamic State" is no verb of speech: the apposition is skipped
    body = (
        "The Allied Democratic Forces, a rebel group linked to the Islamic State, killed 20 "
        "villagers in eastern Congo on Sunday."
    )
    assert first(events(body), "ASSAULT")[1] == "Allied Democratic Forces"


def test_strikers_at_a_company_strike_against_it() -> None:
    # round 8: "Pilots at Air India walked off the job": the employer is the target, not the actor
    rows = events("NEW DELHI – Pilots at Air India walked off the job on Monday over unpaid allowances.")
    assert first(rows, "PROTEST")[1:3] == (None, "Air India")


def test_a_stance_in_a_contact_relative_clause_targets_the_acts_doer() -> None:
    # round 8: "..., an accusation Cotonou has repeatedly rejected": aimed at the accuser
    body = (
        "NIAMEY, Niger (AP) — Niger accused neighboring Benin of allowing training camps on its "
        "territory, an accusation Cotonou has repeatedly rejected."
    )
    assert first(events(body), "REJECT")[1:3] == ("Benin", "Niger")


def test_irregular_participles_make_a_passive() -> None:
    # round 8: "were shot dead by police" is passive: the police act, the militants undergo it
    body = "NAIROBI, Kenya (AP) — Five militants were shot dead by police in Garissa on Tuesday."
    assert first(events(body), "ASSAULT")[1:3] == ("Kenya", None)


def test_a_passive_agent_named_by_a_country_adjective_is_that_state() -> None:
    # round 8: "struck by Russian drones": the agent is Russia
    body = "KYIV, Ukraine (AP) — A hospital was struck by Russian drones on Monday."
    assert first(events(body), "ASSAULT")[1] == "Russia"


def test_an_adverb_or_got_in_a_passive_keeps_its_subject_the_target() -> None:
    # round 8: "was briefly detained", "was violently arrested", "got arrested"
    lede = "Opposition leader Raila Mwangi "
    for verb in ("was briefly detained", "was violently arrested", "got arrested"):
        rows = events(f"NAIROBI, Kenya (AP) — {lede}{verb} by police on Monday.")
        assert first(rows, "COERCE")[1:3] == ("Kenya", "Raila Mwangi"), verb


def test_a_participle_after_a_comma_and_before_by_is_a_reduced_passive() -> None:
    # round 8: "X, arrested by police on Monday, was freed": X was arrested, police arrested
    body = (
        "NAIROBI, Kenya (AP) — Opposition leader Raila Mwangi, arrested by police on Monday, was "
        "freed on Tuesday."
    )
    assert first(events(body), "COERCE")[1:3] == ("Kenya", "Raila Mwangi")


def test_his_arrest_by_soldiers_names_both_parties() -> None:
    # round 8: "his arrest by soldiers": the soldiers arrest, the person `his` stands for is held
    body = (
        "LOME, Togo (AP) — Opposition leader Jean-Pierre Fabre was freed on Monday, two days after "
        "his arrest by soldiers."
    )
    assert first(events(body), "COERCE")[1:3] == ("Togo armed forces", "Jean-Pierre Fabre")


def test_the_subject_of_after_being_done_to_is_the_main_clauses() -> None:
    # round 8: "X died after being beaten by soldiers": X was beaten
    body = "LOME, Togo (AP) — Protester Kossi Adjo died after being beaten by soldiers on Monday."
    assert first(events(body), "ASSAULT")[1:3] == ("Togo armed forces", "Kossi Adjo")


def test_placed_under_house_arrest_is_a_passive() -> None:
    # round 8: the person placed under arrest is its target, never its actor
    body = (
        "DHAKA, Bangladesh (AP) — Opposition leader Khaleda Zia was placed under house arrest on "
        "Monday."
    )
    assert first(events(body), "COERCE")[1:3] == ("Bangladesh", "Khaleda Zia")


def test_a_coordinated_passive_participle_looks_for_no_object() -> None:
    # round 8: "were shot and wounded by police": the `by` phrase is the agent, not a target
    body = "DHAKA, Bangladesh (AP) — Two journalists were shot and wounded by police on Monday."
    assert first(events(body), "ASSAULT")[1:3] == ("Bangladesh", None)


def test_a_participle_after_a_comma_shares_the_actor_of_the_act_before() -> None:
    # round 8: ", accusing him of ..." is done by whoever did the act it follows
    body = (
        "NAIROBI, Kenya (AP) — The Kenyan government deported British journalist John Smith on "
        "Monday, accusing him of inciting violence."
    )
    assert first(events(body), "ACCUSE")[1:3] == ("Kenya", "John Smith")


def test_a_datelines_dash_ends_the_phrase_before_an_apposition() -> None:
    # round 8: the dateline city is never read as a party across "—"
    body = (
        "KAMPALA, Uganda (AP) — Ugandan troops, backed by Congolese forces, attacked rebel camps "
        "on Sunday."
    )
    rows = events(body)
    assert "KAMPALA" not in {r[1] for r in rows} | {r[2] for r in rows}
