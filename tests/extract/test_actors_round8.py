"""Named actors in real copy, round 8 (issue 11, s8-actors): invented sentences, one rule per
test, each able to fail."""

from __future__ import annotations

from tests.extract.sentences import actors, speaker


def test_a_name_before_of_the_ruling_party_is_a_person_of_the_party_country() -> None:
    body = (
        "NAIROBI: Counting went on across the border through the night.\n"
        "Joseph Okello of the ruling Uganda Renewal Movement said the count was fair."
    )
    a = actors(body)
    assert a["Joseph Okello"]["actor_type"] == "person"
    assert a["Joseph Okello"]["country_code"] == a["Uganda Renewal Movement"]["country_code"] == "UGA"


def test_the_member_before_of_the_body_speaks_not_the_body() -> None:
    body = (
        "ACCRA: Counting went on through the night.\n"
        "Samuel Boateng of the opposition New Patriotic Party told reporters the count was rigged."
    )
    assert speaker(body, "the count was rigged") == "Samuel Boateng"


def test_a_possessive_state_role_after_a_name_gives_that_state() -> None:
    a = actors(
        "LONDON: Talks on the loan began.\nKofi Mensah, Ghana's finance minister, said a deal was close."
    )
    assert a["Kofi Mensah"]["country_code"] == "GHA"


def test_a_role_speaking_for_a_state_body_gives_that_state() -> None:
    a = actors(
        "NAIROBI: Fighting went on across the border.\n"
        "A spokesman for the Sudanese army, Nabil Abdallah, said the city was calm."
    )
    assert a["Nabil Abdallah"]["country_code"] == "SDN"


def test_an_abbreviated_rank_is_a_title_not_a_person() -> None:
    a = actors(
        "KHARTOUM: Fighting went on.\n"
        "The army spokesman Brig. Nabil Abdallah said the city was calm. "
        "Police spokesman Supt. Ali Hassan said roads were open."
    )
    assert "Brig" not in a and "Supt" not in a
    assert a["Nabil Abdallah"]["actor_type"] == a["Ali Hassan"]["actor_type"] == "person"


def test_and_after_a_known_name_starts_a_second_name() -> None:
    a = actors("GAZA: Strikes went on.\nHamas and Islamic Jihad said they backed the truce.")
    assert "Hamas" in a and "Hamas and Islamic Jihad" not in a
    assert a["Hamas"]["actor_type"] == "group"


def test_and_after_a_country_ending_a_name_starts_a_second_name() -> None:
    a = actors(
        "NAIROBI: Arrests went on.\n"
        "The Law Society of Kenya and Katiba Institute said the arrests were unlawful."
    )
    assert "Law Society of Kenya" in a and "Katiba Institute" in a


def test_a_name_coordinated_with_a_named_company_is_a_company() -> None:
    a = actors(
        "DAR ES SALAAM: The strike went on.\n"
        "The regulator said Kenya Airways and Precision Air had been allowed to add flights."
    )
    assert a["Precision Air"]["actor_type"] == "organization"


def test_a_city_in_a_tie_compound_gives_its_country_and_is_no_actor() -> None:
    a = actors(
        "WASHINGTON: New sanctions were announced.\n"
        "The sanctions also target Shanghai-based Golden Reef Trading Ltd, which the Treasury said had "
        "arranged the sales."
    )
    assert a["Golden Reef Trading Ltd"]["country_code"] == "CHN"
    assert "China" not in a


def test_the_agency_of_a_dateline_after_update_lines_is_no_actor() -> None:
    a = actors(
        "(Adds minister's comments)\n"
        "By Ana Costa\n"
        "PEMBA, Mozambique, Oct 14 (Reuters) - Insurgents attacked a gas\n"
        "processing site on Tuesday, the army said.\n"
    )
    assert "Reuters" not in a


def test_the_agency_of_a_title_case_dateline_is_no_actor() -> None:
    a = actors("Bogotá, Dec 5 (EFE).- The engineer was freed on Thursday, the army said.\n")
    assert "EFE" not in a


def test_broadcaster_image_source_and_caption_lines_hold_no_actor() -> None:
    a = actors(
        "Libya's coast guard has seized a tanker off Zuwara, officials said.\n"
        "Image source, Reuters\n"
        "Image caption, The tanker had been anchored off the coast since March\n"
        "The crew were taken to Tripoli, the coast guard said.\n"
    )
    assert "Reuters" not in a


def test_the_agency_of_an_aggregator_header_is_no_actor() -> None:
    a = actors(
        "Left Menu\n"
        "US sanctions ship manager over oil\n"
        "Reuters | Washington DC | Updated: 14-08-2025 02:11 IST\n"
        "The United States on Wednesday imposed sanctions on a ship manager and six tankers.\n"
        "Treasury official Daniel Kerr said the sanctions on the ship manager would stay.\n"
    )
    assert "Reuters" not in a
    assert a["Daniel Kerr"]["actor_type"] == "person"


def test_a_demonym_in_a_role_set_off_before_a_body_is_no_state_actor() -> None:
    a = actors(
        "DUBAI: A tanker was seized in the Gulf on Sunday.\n"
        "The ship's Greek operator, Aegean Star Shipping, said the crew were safe.\n"
    )
    assert a["Aegean Star Shipping"]["country_code"] == "GRC"
    assert "Greece" not in a


def test_a_possessive_apposition_after_a_known_body_is_its_description() -> None:
    a = actors(
        "MEDELLIN: Fighting went on in the north.\n"
        "The Gulf Clan, Colombia's largest drug trafficking group, denied the claims on Monday.\n"
    )
    assert "Colombia" not in a


def test_a_title_case_headline_gives_no_name_found_by_capitals() -> None:
    a = actors(
        "Nigeria Central Bank Holds Rate, Warns Naira Slide Could Revive Inflation\n"
        "Nigeria's central bank kept its benchmark rate unchanged on Tuesday, Governor Adebayo "
        "Ogunleye said.\n"
    )
    assert "Holds Rate" not in a and "Nigeria Central Bank" not in a
    assert "Adebayo Ogunleye" in a


def test_section_label_and_portal_source_lines_are_boilerplate() -> None:
    from factpack.ingest.layout import analyse_layout

    text = (
        "date 2026-04-21 World News\n"
        "Peru and Bolivia agree joint patrols on the lake\n"
        "LA PAZ (Reuters) - Peru and Bolivia signed an agreement on Monday.\n"
        "Kaynak:Source of News\n"
    )
    skipped = {text[s.start : s.end]: s.kind for s in analyse_layout(text).skipped}
    assert skipped.get("World News") == "boilerplate"
    assert skipped.get("Kaynak:Source of News") == "boilerplate"


def test_a_club_or_house_after_outside_or_at_is_a_place_not_an_actor() -> None:
    a = actors(
        "KARACHI: The strike ended on Thursday.\n"
        "Imran Baloch, the alliance's leader, told a crowd outside the Karachi Press Club that the "
        "strike was over. The governor received the drivers at Government House in Karachi.\n"
    )
    assert "Karachi Press Club" not in a and "Government House" not in a
