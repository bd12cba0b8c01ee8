"""Named actors in unseen copy, round 10 (issue 11, s10-actors): invented sentences, one rule
per test, each able to fail."""

from __future__ import annotations

from tests.extract.sentences import actors


def test_its_role_after_an_international_body_gives_no_country() -> None:
    body = (
        "Officials in Honduras said 900 people crossed the border on Friday. The World Food "
        "Programme (WFP), which runs kitchens near the crossing, said it had fed 3,000 families. "
        "Its country director, Anna Berg, appealed to donors for more funds."
    )
    assert actors(body)["Anna Berg"]["country_code"] is None


def test_its_role_after_an_earlier_paragraph_international_body_keeps_the_home_country() -> None:
    body = (
        "Officials in Honduras said 900 people crossed the border on Friday.\n"
        "The president said the country would honour its loan programme with the International "
        "Monetary Fund.\nThe commission said the count was fair. Its chairwoman, Rosa Lanza, said "
        "every sheet had been signed."
    )
    assert actors(body)["Rosa Lanza"]["country_code"] == "HND"


def test_a_role_for_an_international_body_with_its_acronym_gives_no_country() -> None:
    body = (
        "Fighting blocked an aid convoy in Myanmar on Monday. A spokeswoman for the UN Office for "
        "the Coordination of Humanitarian Affairs (OCHA), Mira Dalton, said 180,000 people had fled."
    )
    assert actors(body)["Mira Dalton"]["country_code"] is None


def test_an_apposition_serving_a_demonym_state_body_gives_its_state() -> None:
    body = (
        "Troops clashed on the border with Pakistan on Monday, Pakistani officials said. General "
        "Abdul Karim, a spokesman for the Afghan defence ministry, accused Pakistani forces of "
        "crossing into Khost province."
    )
    assert actors(body)["Abdul Karim"]["country_code"] == "AFG"


def test_an_apposition_with_a_company_after_of_is_not_the_holder_country() -> None:
    body = (
        "Miners blocked a road in Peru on Monday. Ana Ruiz, a manager of the Canadian company "
        "Northcrest Mining, said output had stopped."
    )
    assert actors(body)["Ana Ruiz"]["country_code"] != "CAN"


def test_an_army_named_without_a_state_is_an_armed_group() -> None:
    body = "The junta in Myanmar said on Monday that the Eastern Hills Army (EHA) had seized two towns."
    assert actors(body)["Eastern Hills Army"]["actor_type"] == "group"


def test_a_brigade_of_a_name_without_a_state_is_an_armed_group() -> None:
    body = "Police in Nigeria said on Monday that the Desert Brigade of Tawfiq had ambushed a convoy."
    assert actors(body)["Desert Brigade of Tawfiq"]["actor_type"] == "group"


def test_an_army_named_with_its_state_stays_armed_forces() -> None:
    body = "Police in Nigeria said on Monday that the Nigerian Army had repelled an attack in Borno."
    # (s10-claims: a state's service is recorded as `<Country> armed forces`)
    assert actors(body)["Nigeria armed forces"]["actor_type"] == "armed_forces"


def test_a_quoted_name_after_a_kind_noun_is_that_body() -> None:
    body = "Officials in Latvia said the attack was carried out by the hacker group \"Blue Heron\" on Monday."
    assert actors(body)["Blue Heron"]["actor_type"] == "group"


def test_a_name_after_a_kind_noun_runs_through_a_demonym() -> None:
    body = "The outage hit the ticket system of the company LTG Latvian Railways for 20 hours, police said."
    assert "LTG Latvian Railways" in actors(body)


def test_a_consultancy_named_after_its_noun_is_an_organisation() -> None:
    body = "Maria Soto, an analyst at the Lima consultancy Andes Metrica, said exports could fall in Peru."
    assert actors(body)["Andes Metrica"]["actor_type"] == "organization"


def test_a_role_after_a_speech_verb_introduces_the_name_set_off_after_it() -> None:
    body = (
        "Nurses marched in Lusaka, Zambia, on Thursday. The Zambia Nurses Union (ZNU) said its "
        "president, Mercy Tembo, and 10 other members were arrested at the square."
    )
    assert actors(body)["Mercy Tembo"]["actor_type"] == "person"


def test_a_civic_group_noun_names_an_organisation() -> None:
    body = "Activists in Ghana said the conservation group Blue Keepers had filmed the trawlers."
    assert actors(body)["Blue Keepers"]["actor_type"] == "organization"


def test_a_rights_group_named_with_group_in_its_name_is_an_organisation() -> None:
    body = "Officials in Haiti said the rights group Support Group for Returnees counted 400 children."
    assert actors(body)["Support Group for Returnees"]["actor_type"] == "organization"


def test_an_armed_group_noun_keeps_a_group() -> None:
    body = (
        "Police in Ghana said the rebel group Sahel Front had attacked a post, and a rival "
        "faction, Los Lobos, fled."
    )
    a = actors(body)
    assert (a["Sahel Front"]["actor_type"], a["Los Lobos"]["actor_type"]) == ("group", "group")


def test_its_role_after_a_demonym_government_takes_that_state() -> None:
    body = (
        "Haiti said the expulsions were illegal, and Haitian officials met in Haiti on Monday. "
        "The Dominican government defended the operation. Its migration chief, retired general "
        "Rafael Almonte, said the country had every right to act."
    )
    assert actors(body)["Rafael Almonte"]["country_code"] == "DOM"


def test_a_newspaper_head_word_names_an_outlet() -> None:
    body = "Two reporters of the weekly Mbale Ledger were arrested by police in Uganda on Tuesday."
    assert actors(body)["Mbale Ledger"]["actor_type"] == "media"


def test_a_news_desk_told_is_an_outlet() -> None:
    body = "'Both sides must stop,' a diplomat in Jakarta, Indonesia, told The Coastal Shipping Desk."
    assert actors(body)["Coastal Shipping Desk"]["actor_type"] == "media"


def test_a_country_name_before_state_is_a_region_of_another_state() -> None:
    body = (
        "Gunmen killed 12 farmers in Nigeria's Niger state, an official said Friday. The spokesman "
        "of the Niger State Police Command, Musa Bello, said the attackers fled."
    )
    a = actors(body)
    assert (a["Musa Bello"]["country_code"], "Niger" in a) == ("NGA", False)


def test_a_country_name_before_state_media_is_the_state() -> None:
    a = actors("Niger state television said on Monday that the coup had failed.")
    assert a["Niger"]["country_code"] == "NER"


def test_a_numbered_brigade_stays_armed_forces() -> None:
    body = "Troops of the 5th Mechanised Brigade moved to the border, officials in Ukraine said."
    assert actors(body)["Mechanised Brigade"]["actor_type"] == "armed_forces"


def test_a_terror_group_noun_keeps_a_group() -> None:
    body = "Officials in Egypt said the terror group Desert Hawks was blamed for the attack."
    assert actors(body)["Desert Hawks"]["actor_type"] == "group"
