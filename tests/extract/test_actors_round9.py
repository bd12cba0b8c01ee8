"""Named actors in unseen copy, round 9 (issue 11, s9-actors): invented sentences, one rule per
test, each able to fail."""

from __future__ import annotations

from tests.extract.sentences import actors, extract_body


def test_a_dateline_under_update_and_byline_lines_sets_the_home_country() -> None:
    body = (
        "(Adds reaction from Kigali)\n"
        "By Jean Mbala\n"
        "BUKAVU, Democratic Republic of Congo, March 3 (Reuters) - Rwandan drones struck a depot.\n"
        "Rwanda denied it. Rwandan officials said Rwanda had no drones there.\n"
        "Health Minister Aline Mbuyi Tshala said three guards were hurt."
    )
    assert actors(body)["Aline Mbuyi Tshala"]["country_code"] == "COD"


def test_a_dateline_may_name_the_country_after_its_city() -> None:
    body = (
        "(Adds Afghan reaction)\n"
        "ISLAMABAD, Pakistan, March 2 (UPI) -- Afghan officials said Afghan villages were hit, "
        "and Afghanistan protested.\nAfghan elders buried the dead. Kabul sent aid to Afghan families.\n"
        "Interior Minister Tariq Baloch said the border would stay open."
    )
    assert actors(body)["Tariq Baloch"]["country_code"] == "PAK"


def test_its_spokesman_after_a_listed_body_takes_the_body_country() -> None:
    body = (
        "KAMPALA, March 3 (AFP) - The Kenya Defence Forces (KDF) denied crossing into Uganda. "
        "Its spokesman, Lieutenant Colonel Peter Kiplagat, said the patrol stayed home."
    )
    assert actors(body)["Peter Kiplagat"]["country_code"] == "KEN"


def test_its_spokesman_after_a_state_possessed_ministry_takes_that_state() -> None:
    body = (
        "RIGA, March 3 (AFP) - Latvia shut two crossings on Friday.\n"
        "Belarus's foreign ministry rejected the move. Its spokesman, Pavel Orlov, called it a stunt."
    )
    assert actors(body)["Pavel Orlov"]["country_code"] == "BLR"


def test_a_leader_after_the_acronym_of_a_named_body_takes_its_country() -> None:
    body = (
        "NAIROBI, March 3 (AFP) - Kenya hosted talks between Juba and the rebel South Sudan "
        "Liberation Front (SSLF) on Monday.\n"
        "SSLF leader General Peter Lado Wani said his men would hold their fire."
    )
    assert actors(body)["Peter Lado Wani"]["country_code"] == "SSD"


def test_the_spokesman_of_a_named_body_takes_its_country() -> None:
    body = (
        "KAMPALA, March 3 (AFP) - Uganda closed the road.\n"
        "The spokesman of the Kenya Defence Forces (KDF), Brigadier Paul Njoroge, said the road was safe."
    )
    assert actors(body)["Paul Njoroge"]["country_code"] == "KEN"


def test_maitre_is_a_title_not_part_of_the_name() -> None:
    a = actors("Police held the mayor on Saturday, his lawyer, Maitre Aissata Kone, told reporters.")
    assert "Aissata Kone" in a
    assert not any(n.startswith("Maitre") for n in a)


def test_the_taliban_are_the_afghan_state() -> None:
    a = actors("KABUL, March 3 (AFP) - Taliban officials said on Sunday that Pakistan had shelled a post.")
    assert "Taliban" not in a
    assert a["Afghanistan"]["actor_type"] == "state"


def test_an_article_alias_yields_to_a_longer_listed_form() -> None:
    a = actors("More than 9,000 people have fled, according to the UN refugee agency (UNHCR).")
    assert "UNHCR" in a
    assert "United Nations" not in a


def test_a_described_un_office_is_an_actor_of_its_own() -> None:
    a = actors("The United Nations human rights office in Geneva voiced concern over the arrests.")
    assert a["UN human rights office"]["actor_type"] == "organization"
    assert a["UN human rights office"]["country_code"] is None
    assert "United Nations" not in a


def test_a_described_mission_with_its_listed_acronym_is_that_body() -> None:
    a = actors("The U.N. peacekeeping mission, MONUSCO, said it had sent a company to Rutshuru.")
    assert "MONUSCO" in a
    assert "United Nations" not in a


def test_an_observer_mission_without_acronym_is_the_organisation() -> None:
    a = actors("The African Union observer mission said the vote had been calm.")
    assert "African Union" in a
    assert not any("mission" in n for n in a)


def test_a_name_before_a_lower_case_party_noun_is_a_party() -> None:
    a = actors("TBILISI, March 3 (AFP) - The opposition Unity for Change alliance said 300 people were held.")
    assert a["Unity for Change"]["actor_type"] == "organization"
    assert a["Unity for Change"]["country_code"] == "GEO"


def test_a_party_acronym_in_brackets_is_its_alias() -> None:
    x = extract_body("The Liberty and Renewal party (Lire), to which the mayor belongs, said it was rigged.")
    aliases = {m["text"] for m in x.mentions if x.actors[m["actor_id"]]["name"] == "Liberty and Renewal"}
    assert "Lire" in aliases


def test_a_demonym_or_region_before_a_party_noun_is_no_party() -> None:
    a = actors("The European bloc accuses the firm of sending parts to Moscow. The Georgian party was mute.")
    assert "European" not in a
    assert "Georgian" not in a


def test_the_islamic_republic_is_the_home_state() -> None:
    a = actors(
        "TEHRAN, March 3 (IRNA) - Iran summoned the envoy on Monday. A minister said the Islamic "
        "Republic would answer in kind."
    )
    assert "Islamic Republic" not in a
    assert a["Iran"]["country_code"] == "IRN"


def test_a_people_noun_before_of_is_no_part_of_a_body_name() -> None:
    a = actors("Detectives of the Kenya Wildlife Service arrested two poachers on Monday.")
    assert a["Kenya Wildlife Service"]["country_code"] == "KEN"
    assert not any(n.startswith("Detectives") for n in a)


def test_listed_outlets_named_in_the_body_are_actors() -> None:
    a = actors(
        "A senior security official told UPI the convoy was hit. A driver told a Mehr reporter that the "
        "road was shut, and a statement was read on state-run BTV."
    )
    assert a["United Press International"]["country_code"] == "USA"
    assert a["Mehr News Agency"]["actor_type"] == "media"
    assert a["BTV"]["country_code"] == "BGD"


def test_a_possessive_after_a_remit_run_opens_a_body_name_not_a_person() -> None:
    a = actors(
        "The spokesman of the Central Africa People's Defence Forces (CAPDF), Colonel Jean Yakoma, "
        "said the camp was safe."
    )
    assert "Africa People" not in a
    assert a["Jean Yakoma"]["actor_type"] == "person"
    assert any("People's Defence Forces" in n for n in a)


def test_a_role_set_off_before_a_former_title_gives_its_state() -> None:
    body = (
        "JUBA, March 3 (AFP) - South Sudan and the rebels signed a truce. South Sudan said it would hold.\n"
        '"The guns must fall silent," Uganda\'s chief mediator, former vice-president Paul Okello Mugisha, '
        "told the ceremony."
    )
    assert actors(body)["Paul Okello Mugisha"]["country_code"] == "UGA"


def test_headlines_listed_under_related_are_not_read() -> None:
    from factpack.ingest.layout import analyse_layout

    text = (
        "Truce signed in Juba\nRelated\nKenya offers to host new talks\nUN warns of hunger in the south\n"
        "South Sudan and the rebels signed a truce on Wednesday, officials said.\n"
        "Latest Headlines\nFloods kill 30 in the north\n"
    )
    lay = analyse_layout(text)
    body = " ".join(text[a:b] for a, b in lay.paragraphs)
    assert "Kenya offers" not in body and "UN warns" not in body and "Floods kill" not in body
    assert "signed a truce on Wednesday" in body


def test_a_role_noun_set_off_before_a_name_gives_its_kind() -> None:
    a = actors("The port's operator, Terminales Andinos Sur, said in a statement that the cranes were idle.")
    assert a["Terminales Andinos Sur"]["actor_type"] == "organization"


def test_a_role_noun_known_as_a_name_gives_its_kind() -> None:
    a = actors("Police blamed a gang known as Los Lobos del Rio, who they said had robbed two buses.")
    assert a["Los Lobos del Rio"]["actor_type"] == "criminal_group"


def test_a_counterpart_with_a_detached_particle_in_the_name_is_a_person() -> None:
    a = actors(
        "MUSCAT, March 3 (AFP) - The minister spoke on Monday with his Qatari counterpart, "
        "Hamad bin Nasser al-Thani, about the talks."
    )
    assert a["Hamad bin Nasser al-Thani"]["actor_type"] == "person"
    assert a["Hamad bin Nasser al-Thani"]["country_code"] == "QAT"


def test_a_state_possessive_opening_a_role_before_a_name_is_an_actor() -> None:
    body = (
        "TRIPOLI, March 3 (AFP) - Libya's coast guard seized a tanker on Thursday.\n"
        "Malta's foreign minister, Roberta Camilleri, said she had demanded the crew's release."
    )
    a = actors(body)
    assert a["Roberta Camilleri"]["country_code"] == "MLT"
    assert "Malta" in a


def test_a_demonym_in_an_apposition_after_a_name_is_no_actor() -> None:
    a = actors("KAMPALA, March 3 (AFP) - Bernard Okafor, a Nigerian diplomat, said the talks would resume.")
    assert "Nigeria" not in a


def test_a_name_opening_with_a_compass_word_is_no_person() -> None:
    a = actors(
        'Rebel leader General Peter Lado Wani said his men would hold their fire but warned that they would '
        '"hit back" if government troops kept advancing in Northern Bahr state.'
    )
    assert "Northern Bahr" not in a


def test_whose_role_before_a_name_ties_the_holder_to_the_owner() -> None:
    a = actors(
        "TRIPOLI, March 3 (AFP) - The crew were freed after mediation by Greece, whose consul in Benghazi, "
        "Nikos Pappas, met the commander."
    )
    assert a["Nikos Pappas"]["country_code"] == "GRC"
    b = actors(
        "TBILISI, March 3 (AFP) - The arrests drew criticism from the European Union, whose foreign policy "
        "chief, Anna Berglund, urged the release of all protesters."
    )
    assert b["Anna Berglund"]["country_code"] is None


def test_a_demonym_before_a_title_and_name_is_an_actor() -> None:
    a = actors(
        "CARACAS, March 3 (AFP) - Venezuela's oil exports fell in February.\n"
        "Brazilian Foreign Minister Helena Duarte said her government would not recognise the vote."
    )
    assert a["Brazil"]["actor_type"] == "state"


def test_a_demonym_after_of_in_an_apposition_is_the_other_body_country() -> None:
    from factpack.extract.actors import _apposed_country, gazetteer_mentions
    from factpack.extract.reference import default_reference

    ref = default_reference()
    text = "Minera Sur Andina, a subsidiary of the Canadian company Polar Ridge Resources, said it would."
    assert _apposed_country(text, ref, gazetteer_mentions(text, ref), len("Minera Sur Andina")) is None
    text2 = "Minera Sur Andina, a Canadian miner, said it would appeal."
    assert _apposed_country(text2, ref, gazetteer_mentions(text2, ref), len("Minera Sur Andina")) == "CAN"


def test_a_short_form_of_a_company_before_a_two_word_title_gives_its_country() -> None:
    body = (
        "LIMA, March 3 (EFE) - The court upheld the ruling against the Canadian company Polar Ridge "
        "Resources on Monday.\nPolar Ridge chief executive Michael Grant told reporters it would appeal."
    )
    assert actors(body)["Michael Grant"]["country_code"] == "CAN"


def test_a_state_body_named_without_its_state_is_one_actor_per_state() -> None:
    a = extract_body("LIMA, March 3 (AP) - The Ombudsman's Office said 14 people were hurt.")
    b = extract_body("LA PAZ, March 3 (AP) - The Ombudsman's Office said 9 people were held.")
    ida = {r["name"]: (k, r["country_code"]) for k, r in a.actors.items()}["Ombudsman's Office"]
    idb = {r["name"]: (k, r["country_code"]) for k, r in b.actors.items()}["Ombudsman's Office"]
    assert ida[1] == "PER" and idb[1] == "BOL"
    assert ida[0] != idb[0]
    c = extract_body("LIMA, March 3 (AP) - The Peruvian Navy said it had seized a boat.")
    # round 10: a demonym and a service noun is the state's armed forces (`state_service`)
    assert any(r["name"] == "Peru armed forces" for r in c.actors.values())


def test_a_capital_before_a_treaty_word_is_no_state() -> None:
    a = actors("The envoy said he had always acted in line with the Vienna Convention, the ministry said.")
    assert "Austria" not in a


def test_a_liberation_body_found_by_capitals_is_an_armed_group() -> None:
    a = actors("Fighters of the Democratic Forces for the Liberation of Burundi (FDLB) had fired mortars.")
    assert a["Democratic Forces for the Liberation of Burundi"]["actor_type"] == "group"
