"""Named actors' countries in unseen copy, round 11 (issue 11, s11-actors): invented sentences,
one rule per test, each able to fail."""

from __future__ import annotations

from tests.extract.sentences import actors


def test_a_bare_spokesman_speaks_for_the_state_named_first_in_the_sentence_before() -> None:
    body = (
        "Gazprom halted gas deliveries to Moldova on Wednesday. The Kremlin rejected the "
        "accusation. Spokesman Pavel Orlov told reporters that Moldova alone was to blame."
    )
    assert actors(body)["Pavel Orlov"]["country_code"] == "RUS"


def test_a_bare_spokeswoman_after_a_state_body_takes_that_state() -> None:
    body = (
        "Malaysia pushed the boat back to sea on Saturday. Peru's foreign ministry said on Sunday "
        "that it had asked its navy to watch the coast. Spokeswoman Ana Ruiz told reporters the "
        "refugees would be received."
    )
    assert actors(body)["Ana Ruiz"]["country_code"] == "PER"


def test_a_bare_spokesman_after_a_sentence_naming_no_body_keeps_the_home_country() -> None:
    body = (
        "Malaysia pushed the boat back to sea on Saturday, Malaysian officials said. The "
        "president's office said it had asked the navy to watch the coast. Spokesman Ali Tan told "
        "reporters that Malaysia had received 2,000 refugees."
    )
    assert actors(body)["Ali Tan"]["country_code"] == "MYS"


def test_a_body_named_after_a_region_takes_the_region_s_country_over_the_home_country() -> None:
    body = (
        "Sri Lanka's navy arrested 12 fishermen near Jaffna on Monday, the navy said. Hundreds from "
        "the Kerala Boat Owners Association marched in Kochi. Sri Lanka said the men would be tried."
    )
    assert actors(body)["Kerala Boat Owners Association"]["country_code"] == "IND"


def test_a_region_holding_a_state_s_name_is_no_mention_of_that_state() -> None:
    body = (
        "Mongolia signed a power deal with South Korea on Monday. Inner Mongolia Tengri Energy, "
        "which also bid, said it would appeal. Mongolia's energy minister said the deal was final."
    )
    found = actors(body)
    assert found["Inner Mongolia Tengri Energy"]["country_code"] == "CHN"


def test_a_body_s_name_without_its_state_word_is_the_body_named_before() -> None:
    body = (
        "Iran expelled a German reporter on Tuesday, the official news agency IRNA said. In "
        "reaction, the German Foreign Office summoned the Iranian ambassador. A spokeswoman of the "
        "Foreign Office, Lena Vogt, said Berlin wanted the decision reversed."
    )
    found = actors(body)
    assert "Foreign Office" not in found
    assert found["Lena Vogt"]["country_code"] == "DEU"


def test_a_sentence_opening_in_a_capital_gives_its_titled_subject_that_country() -> None:
    body = (
        "India summoned Sri Lanka's envoy on Friday over the arrest of 14 fishermen, the Indian "
        "foreign ministry said. India said the men were fishing in Indian waters. In Colombo, "
        "Fisheries Minister Ravi Perera said the trawlers would not be released."
    )
    assert actors(body)["Ravi Perera"]["country_code"] == "LKA"


def test_a_capital_in_the_middle_of_a_sentence_sets_no_scene() -> None:
    body = (
        "India summoned Sri Lanka's envoy on Friday over the arrest of 14 fishermen, the Indian "
        "foreign ministry said. India said the men were fishing in Indian waters. Speaking in "
        "Colombo, Fisheries Minister Ravi Perera said the trawlers would not be released."
    )
    assert actors(body)["Ravi Perera"]["country_code"] == "IND"


def test_a_name_headed_by_headquarters_is_a_military_command_not_a_person() -> None:
    body = (
        "Gunmen attacked a village in northern Ghana on Friday, police said. The Defence "
        "Headquarters in Accra said in a statement that troops had been sent to the area."
    )
    hq = actors(body)["Defence Headquarters"]
    assert (hq["actor_type"], hq["country_code"]) == ("armed_forces", "GHA")


def test_headquarters_after_outside_is_a_building_not_an_actor() -> None:
    body = (
        "Militants attacked a checkpoint in Pakistan on Friday, police said. Protesters gathered "
        "outside the Police Headquarters in Lahore on Saturday."
    )
    assert "Police Headquarters" not in actors(body)


def test_the_agency_s_role_after_an_international_body_gives_no_country() -> None:
    body = (
        "An air strike hit a market in Sudan's North Kordofan on Wednesday, Sudanese officials "
        "said.\nThe UN Office for the Coordination of Humanitarian Affairs (OCHA) said at least 41 "
        "civilians were killed.\nIn a statement, the agency's acting humanitarian coordinator for "
        "Sudan, Petra Olsen, said she was appalled."
    )
    assert actors(body)["Petra Olsen"]["country_code"] is None


def test_the_group_s_role_takes_the_country_of_the_body_named_before() -> None:
    body = (
        "Malaysia pushed a boat carrying 150 refugees back to sea on Saturday. The Thai rights "
        "group Andaman Boat Watch said three passengers had died. “They called us crying,” "
        "the group's director, Somchai Wong, told AFP."
    )
    assert actors(body)["Somchai Wong"]["country_code"] == "THA"


def test_a_body_named_after_an_international_organisation_gets_no_home_country() -> None:
    body = (
        "Kyrgyzstan jailed a newspaper editor on Monday. In March the UN Human Rights Committee "
        "found that Kyrgyzstan had breached his rights."
    )
    assert actors(body)["UN Human Rights Committee"]["country_code"] is None


def test_a_jihadist_affiliate_across_several_states_has_no_country() -> None:
    body = (
        "Gunmen killed 12 soldiers in northern Burkina Faso on Sunday, the army said. JNIM claimed "
        "the attack in a statement."
    )
    assert actors(body)["JNIM"]["country_code"] is None


def test_a_name_set_off_after_a_role_clause_is_a_person_whatever_follows() -> None:
    body = (
        "Iran expelled a German reporter on Tuesday, Iranian officials said. The editor-in-chief "
        "of the Hamburger Abendpost, Jonas Berger, in a statement rejected the accusations."
    )
    assert "Jonas Berger" in actors(body)


def test_staff_of_a_foreign_outlet_get_no_home_country() -> None:
    body = (
        "An air strike killed 41 people at a market in Sudan on Wednesday, Sudanese officials "
        "said. Al Jazeera's Omar Faris, reporting from Port Sudan, said the government had "
        "announced three days of mourning."
    )
    assert actors(body)["Omar Faris"]["country_code"] is None


def test_staff_of_a_home_outlet_keep_the_home_country() -> None:
    body = (
        "Police in Qatar detained two reporters on Monday, Qatari officials said. Al Jazeera's "
        "Omar Faris, reporting from Doha, said the two had been released."
    )
    assert actors(body)["Omar Faris"]["country_code"] == "QAT"


def test_a_story_naming_no_state_is_set_in_the_country_of_its_listed_city() -> None:
    body = (
        "Police in Porto detained 40 people on Friday after clashes near the container port. "
        "Interior Minister Ana Costa defended the operation."
    )
    assert actors(body)["Ana Costa"]["country_code"] == "PRT"


def test_a_body_seated_in_a_capital_takes_that_state() -> None:
    body = (
        "Iran seized a Greek-operated tanker in the Strait of Hormuz on Friday, Iranian state "
        "media said. The Royal Navy sent a frigate, the Ministry of Defence in London said."
    )
    assert actors(body)["Ministry of Defence"]["country_code"] == "GBR"


def test_an_office_in_a_capital_is_hosted_there_not_of_that_state() -> None:
    body = (
        "Iran seized a Greek-operated tanker in the Strait of Hormuz on Friday, Iranian state "
        "media said. The Shipping Liaison Office in London said it was following the case."
    )
    assert actors(body)["Shipping Liaison Office"]["country_code"] != "GBR"


def test_a_spokesman_for_the_rebels_gets_no_country() -> None:
    body = (
        "Gunmen ambushed an army convoy in northern Mali on Sunday, Malian officials said. A "
        "spokesman for the rebels, Ahmed Ag Ali, told AFP that they had taken two officers hostage."
    )
    assert actors(body)["Ahmed Ag Ali"]["country_code"] is None


def test_a_spokesman_for_a_named_militia_gets_no_country() -> None:
    body = (
        "An armed group shut Libya's largest oilfield on Sunday, the oil company said. A spokesman "
        "for the Desert Sons Brigade, who gave his name as Omar Saleh, said the valves would stay "
        "closed."
    )
    assert actors(body)["Omar Saleh"]["country_code"] is None


def test_a_spokesman_for_a_rights_group_keeps_the_home_country() -> None:
    body = (
        "Police detained 40 protesters in Kenya on Monday, Kenyan officials said. The rights group "
        "Haki Watch condemned the arrests. A spokesman for the group, Peter Otieno, said they were "
        "unlawful."
    )
    assert actors(body)["Peter Otieno"]["country_code"] == "KEN"


def test_a_kingpin_known_as_a_name_is_a_person() -> None:
    body = (
        "Gunmen abducted 25 students in Nigeria on Wednesday, police said. The attackers were "
        "members of a bandit gang led by a notorious kingpin known as Bello Turji, which has "
        "terrorised villages for months."
    )
    assert actors(body)["Bello Turji"]["actor_type"] == "person"


def test_the_german_news_agency_written_dpa_is_the_listed_outlet() -> None:
    body = (
        "Iran expelled a German reporter on Tuesday. A spokeswoman for the Foreign Office told "
        "the German news agency dpa that Berlin wanted the decision reversed."
    )
    assert actors(body)["DPA"]["country_code"] == "DEU"


def test_a_head_of_state_s_four_part_name_is_one_person() -> None:
    body = (
        "Protests hit Guinea on Monday, officials said. The vote would allow President Mamadou "
        "Sékou Kaba Diallo to remain in power."
    )
    found = actors(body)
    assert "Mamadou Sékou Kaba Diallo" in found and "Kaba Diallo" not in found


def test_an_envoy_s_remit_before_a_name_is_still_no_part_of_it() -> None:
    body = "Talks opened in Kenya on Monday. US envoy Great Lakes Michael Carter said they were useful."
    assert "Michael Carter" in actors(body)


def test_the_lede_s_closing_attribution_sets_the_home_country() -> None:
    body = (
        "A strike ordered by Washington killed four people off Venezuela's coast on Saturday, "
        "Venezuelan officials said.\nInterior Minister Carlos Rengifo said the dead were "
        "fishermen.\nThe Pentagon confirmed the strike. US officials say 60 people have been "
        "killed. Venezuela said it would complain to the UN."
    )
    assert actors(body)["Carlos Rengifo"]["country_code"] == "VEN"
