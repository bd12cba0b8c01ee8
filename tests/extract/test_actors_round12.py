"""Named actors, their types and countries in unseen copy, round 12 (issue 11, s12-actors):
invented sentences, one rule per test, each able to fail."""

from __future__ import annotations

from tests.extract.sentences import actors


def test_an_acronym_the_text_defines_for_its_own_body_beats_the_listed_reading() -> None:
    body = (
        "Dockers in Mombasa walked off the job on Monday, the Kenya Ports Authority (KPA) said. "
        "The KPA's managing director, Jane Wambui Koros, told reporters that talks would resume."
    )
    found = actors(body)
    assert "Korean People's Army" not in found
    assert found["Jane Wambui Koros"]["country_code"] == "KEN"


def test_a_listed_acronym_after_another_spelling_of_its_body_keeps_the_listed_reading() -> None:
    body = (
        "Drones struck commanders of the Tehrik-e-Taliban Pakistan (TTP) on Monday. The TTP "
        "said it would retaliate."
    )
    assert "Pakistani Taliban" in actors(body)


def test_a_national_news_agency_named_by_its_code_has_its_country() -> None:
    body = (
        "Protesters stormed the embassy in Baghdad on Friday. No diplomats were hurt, the "
        "foreign ministry said in a statement carried by the state news agency BNA."
    )
    assert actors(body)["Bahrain News Agency"]["country_code"] == "BHR"


def test_a_listed_outlet_whose_name_opens_with_a_digit_is_found() -> None:
    body = (
        "Border guards detained three herders on Sunday. A relative of one of the men told the "
        "24.kg news agency that they had been beaten."
    )
    assert actors(body)["24.kg"]["country_code"] == "KGZ"


def test_a_lawyer_named_after_a_possessive_role_gets_no_country() -> None:
    body = (
        "Police in Tunis arrested the opposition leader Hedi Salah on Monday. One of his lawyers, "
        "Mounir Jaziri, told reporters that the defence had been refused access."
    )
    assert actors(body)["Mounir Jaziri"]["country_code"] is None


def test_a_lawyer_named_before_an_apposed_role_gets_no_country() -> None:
    body = (
        "Zimbabwe's police arrested a union leader in Harare on Monday. Tendai Moyo, a lawyer for "
        "the union, said the charges were false."
    )
    assert actors(body)["Tendai Moyo"]["country_code"] is None


def test_a_person_apposed_only_an_age_and_a_trade_gets_no_country() -> None:
    body = (
        "Police in Quito fired tear gas at vendors on Monday. \"We only want to work,\" said Rosa "
        "Villacres, a 44-year-old street vendor who was hurt."
    )
    assert actors(body)["Rosa Villacres"]["country_code"] is None


def test_an_apposed_age_before_a_title_word_leaves_the_home_country() -> None:
    body = (
        "Police in Quito fired tear gas at vendors on Monday. Rosa Villacres, a 44-year-old "
        "lawmaker, said the police had gone too far."
    )
    assert actors(body)["Rosa Villacres"]["country_code"] == "ECU"


def test_a_private_word_inside_a_body_s_name_makes_no_private_role() -> None:
    body = (
        "Gunmen attacked a market in Kaduna on Monday. A spokesman for the Sons of Zaria, Musa "
        "Bello, said the group had warned the army."
    )
    assert actors(body)["Musa Bello"]["country_code"] == "NGA"


def test_a_sentence_opening_with_a_role_and_no_article_gives_the_role_s_country() -> None:
    body = (
        "Iran said on Monday it had closed the dam gates. Deputy spokesman of the Afghan interim "
        "government, Sayed Karim Nuri, wrote on X that Kabul wanted good ties."
    )
    assert actors(body)["Sayed Karim Nuri"]["country_code"] == "AFG"


def test_a_sentence_opening_with_no_title_before_of_is_no_role() -> None:
    body = (
        "Iran said on Monday it had closed the dam gates. Quoting the governor of Sistan, Reza "
        "Tehrani, state radio said the river was dry."
    )
    assert actors(body)["Reza Tehrani"]["country_code"] == "IRN"


def test_on_the_demonym_side_gives_the_first_actor_named_after_it_that_country() -> None:
    body = (
        "Thai jets bombed border villages on Monday, the army said. On the Cambodian side, the "
        "governor of Pailin, Pen Sokha, said 1,000 families had fled."
    )
    assert actors(body)["Pen Sokha"]["country_code"] == "KHM"


def test_a_council_named_for_traders_is_an_organization() -> None:
    body = "Dockers in Mombasa struck on Monday. The Kenya Shippers Council said the strike cost millions."
    assert actors(body)["Kenya Shippers Council"]["actor_type"] == "organization"


def test_a_chamber_of_commerce_is_an_organization_and_a_ministry_of_commerce_is_not() -> None:
    body = (
        "Truckers blocked the port of Durban on Monday. The Durban Chamber of Commerce and Industry "
        "said the blockade cost millions. The Ministry of Commerce and Industry said it would act."
    )
    found = actors(body)
    assert found["Durban Chamber of Commerce and Industry"]["actor_type"] == "organization"
    assert found["Ministry of Commerce and Industry"]["actor_type"] == "government_body"


def test_a_front_apposed_to_a_party_noun_is_an_organization() -> None:
    body = (
        "The coalition lost its majority when the Terai People's Front (TPF), a regional party "
        "with 30 seats, walked out of the government."
    )
    assert actors(body)["Terai People's Front"]["actor_type"] == "organization"


def test_a_front_apposed_to_a_party_militia_stays_a_group() -> None:
    body = "The Kivu Front, a party militia, burned a village on Monday, residents said."
    assert actors(body)["Kivu Front"]["actor_type"] == "group"


def test_a_cleric_titled_with_a_demonym_is_a_person_of_that_country() -> None:
    body = "A court in Manama sentenced Iraqi cleric Karim al-Hashimi to ten years on Tuesday."
    assert actors(body)["Karim al-Hashimi"]["country_code"] == "IRQ"


def test_a_man_known_as_introduces_a_person() -> None:
    body = "Elders said the hijackers belonged to a gang led by a man known as Abdi Farah Gedi."
    assert actors(body)["Abdi Farah Gedi"]["actor_type"] == "person"


def test_a_listed_alliance_whose_name_holds_a_comma_is_one_actor() -> None:
    body = "Gavi, the Vaccine Alliance, said on Friday that it would pay for two million doses."
    found = actors(body)
    assert "Gavi, the Vaccine Alliance" in found
    assert "Vaccine Alliance" not in found


def test_a_legal_form_prefix_opens_a_company_s_name() -> None:
    body = (
        "Police in Indonesia detained 12 strikers on Monday. The workers, employees of PT Lembah "
        "Nikel Jaya, have been on strike for nine days. Lembah Nikel Jaya said it had offered a raise."
    )
    found = actors(body)
    assert found["PT Lembah Nikel Jaya"]["actor_type"] == "organization"
    assert "Lembah Nikel Jaya" not in found


def test_a_name_apposed_to_a_body_noun_is_no_person() -> None:
    body = (
        "Protesters chanted the name of Saraya al-Nahr, a faction loyal to the cleric, outside the "
        "embassy on Friday, police said."
    )
    # not read as a person introduced by the apposition (a title word, `cleric`, closes it)
    assert actors(body).get("Saraya al-Nahr", {}).get("description") != "a faction loyal to the cleric"


def test_a_bare_name_that_is_a_body_s_name_without_its_first_word_is_that_body() -> None:
    body = (
        "Crowds chanted the name of Harakat Ansar al-Nahr, a faction loyal to the cleric, on "
        "Friday. Harakat Ansar al-Nahr, which has fighters in the city, threatened Bahrain."
    )
    found = actors(body)
    assert "Harakat Ansar al-Nahr" in found
    assert "Ansar al-Nahr" not in found


def test_iraq_s_popular_mobilisation_forces_are_its_armed_forces() -> None:
    body = "Fighters of the Hashd al-Shaabi deployed around Basra on Monday, police said."
    found = actors(body)["Popular Mobilization Forces"]
    assert (found["actor_type"], found["country_code"]) == ("armed_forces", "IRQ")
