"""Event actor and target rules of round 9 (issue 11) on invented sentences: one rule per test."""

from __future__ import annotations

from factpack.extract.document import extract_document
from factpack.extract.reference import default_reference
from factpack.ingest.sources import read_document
from factpack.paths import ROOT

from tests.extract.test_event_roles import events, first


def test_role_noun_object_is_aimed_at_its_apposed_holder() -> None:
    # the person named in the apposition is the one arrested, not the party the role belongs to
    rows = events(
        "DHAKA, March 3 (Xinhua) -- Police in Dhaka on Monday arrested the spokesman of the "
        "opposition Bangladesh Nationalist Party (BNP), Tarek Rahman, officials said."
    )
    assert first(rows, "COERCE")[2] == "Tarek Rahman"


def test_role_noun_object_without_apposition_keeps_the_body() -> None:
    rows = events(
        "DHAKA, March 3 (Xinhua) -- Police in Dhaka on Monday arrested the spokesman of the "
        "opposition Bangladesh Nationalist Party (BNP), officials said."
    )
    assert first(rows, "COERCE")[2] == "Bangladesh Nationalist Party"


def test_participle_after_a_quote_is_the_speakers_not_a_name_in_the_quote() -> None:
    rows = events(
        '"We will not let Minsk turn our airspace into a playground," Prime Minister Ingrida '
        "Valaite told reporters in Vilnius, accusing the Belarusian authorities of letting the "
        "balloons cross."
    )
    assert first(rows, "ACCUSE")[1:3] == ("Ingrida Valaite", "Belarus")


def test_participle_after_a_dateline_is_not_the_datelines_country() -> None:
    # a photo caption before it: the dateline is not the body's first words
    rows = events(
        "A market in Khost province, Afghanistan, on Monday. Photo by Staff/UPI | License Photo\n"
        "ISLAMABAD, Pakistan, March 4 (UPI) -- Artillery shells killed five people in Afghanistan's "
        "Khost province near the border, Taliban officials said Monday, blaming Pakistan for the shelling."
    )
    # (the Taliban are Afghanistan's state in countries.csv: the accusers, not the dateline's Pakistan)
    assert first(rows, "ACCUSE")[1:3] == ("Afghanistan", "Pakistan")


def test_both_capitals_are_the_two_sides_of_the_dispute() -> None:
    rows = events(
        "Serbia expelled a Croatian diplomat on Monday. The European Union's foreign policy "
        'spokesman, Anders Lind, urged both capitals to "lower the temperature".'
    )
    assert first(rows, "REQUEST")[2] == "Serbia"


def test_a_number_of_its_positions_are_the_speakers() -> None:
    # `two of its positions` in the army's words: the army's positions, not the attacker's
    rows = events(
        "GOMA, Congo, Nov 28 (Reuters) - Congo's army said on Saturday that Rwandan troops had "
        "shelled two of its positions north of Goma overnight."
    )
    assert first(rows, "ASSAULT")[1:3] == ("Rwanda armed forces", "Democratic Republic of Congo armed forces")


def test_captured_soldiers_are_not_captured_by_their_own_state() -> None:
    rows = events("KIGALI, Nov 28 (Reuters) - Two Rwandan soldiers had been captured near the border, "
                  "an officer said.")
    assert first(rows, "COERCE")[1:3] == (None, "Rwanda armed forces")


def test_agentless_arrest_of_civilians_stays_the_home_states() -> None:
    rows = events("KIGALI, Nov 28 (Reuters) - Two Rwandan students had been arrested near the border, "
                  "a lawyer said.")
    assert first(rows, "COERCE")[1] == "Rwanda"


def test_manner_adverb_does_not_hide_the_subject() -> None:
    rows = events(
        "The spokesman of Iran's Foreign Ministry, Hossein Amirzadeh, strongly condemned on Monday "
        "the decision of the Council of the European Union to impose sanctions on Iranian officials."
    )
    assert first(rows, "ACCUSE")[1] == "Hossein Amirzadeh"


def test_unnamed_gendarmerie_making_an_arrest_is_the_home_state() -> None:
    rows = events(
        "NIAMEY, March 3 (AFP) - Also, the gendarmerie arrested on Saturday the deputy director "
        "of the mine, Ibrahim Mahamadou."
    )
    assert first(rows, "COERCE")[1:3] == ("Niger", "Ibrahim Mahamadou")


def test_dateline_after_a_byline_sets_the_home_state() -> None:
    # a standfirst naming France first, then a byline: the dateline still places the story
    rows = events(
        "Government accuses French firm Orea Minerals of sabotage, gives French managers 72 hours\n"
        "By Staff Writer\n"
        "NIAMEY, Niger (AA) - Police arrested a French manager of the mine on Saturday, his lawyer said."
    )
    assert first(rows, "COERCE")[1] == "Niger"


def test_unnamed_officers_opening_fire_are_the_home_state() -> None:
    rows = events(
        "PORT-AU-PRINCE, March 3 (AP) - A police spokeswoman said officers had exchanged fire "
        "with the gang near the town of Cabaret on Sunday."
    )
    assert first(rows, "ASSAULT")[1] == "Haiti"


def test_a_death_count_has_no_unnamed_body_as_agent() -> None:
    # "Three officers were injured and one protester died in hospital": the officers of the
    # clause before are not the agent of the death count's event (dev_real article 112)
    path = next((ROOT / "tests" / "dev_real" / "articles").glob("112_*.txt"))
    x = extract_document(read_document(path, path.parent), default_reference())
    names = {k: a["name"] for k, a in x.actors.items()}
    counted = [e for e in x.events if e["trigger"] == "one" and "protester died" in e["evidence"]]
    assert counted
    assert [names.get(e["actor_id"]) for e in counted] == [None]


def test_accused_definite_noun_refers_back_to_the_named_body() -> None:
    rows = events(
        "The government and the rebel Northern Liberation Front signed a truce on Monday. "
        "An army spokesman, Colonel Amos Deng, accused the rebels of attacking a barracks on Tuesday."
    )
    assert [r[1] for r in rows if r[3]["trigger"] == "attacking"] == ["Northern Liberation Front"]


def test_security_forces_placed_on_alert_are_the_mover_not_the_target() -> None:
    rows = events("YAOUNDE, March 3 (AFP) - The minister said security forces had been placed on alert "
                  "in Douala.")
    assert first(rows, "MOBILIZE")[1:3] == ("Cameroon", None)


def test_a_bodys_organ_speaking_is_the_body_for_a_joined_verb() -> None:
    rows = events(
        "In a statement on its website, the Northern Liberation Front's central command said the "
        "release was a gesture and accused the army of bombing a rural school."
    )
    assert first(rows, "ACCUSE")[1] == "Northern Liberation Front"


def test_a_definite_owner_of_the_object_refers_back_to_the_named_body() -> None:
    rows = events(
        "The Grand Ravine gang kidnapped four aid workers in March. Police officers joined "
        "soldiers in a raid on the gang's stronghold on Wednesday morning."
    )
    assert first(rows, "COERCE")[2] == "Grand Ravine"


def test_an_act_owned_by_a_definite_body_noun_is_the_named_bodys() -> None:
    rows = events(
        "The opposition Popular Unity Front called a strike. Police detained its leader a day "
        "before his party's planned 48-hour general strike."
    )
    assert [r[1] for r in rows if r[0] == "PROTEST" and "planned" in r[3]["evidence"]] == [
        "Popular Unity Front"
    ]


def test_a_verb_with_an_object_after_a_passive_content_clause_is_active() -> None:
    # "had been hurt" belongs to what was denied; "and accused Manila" is the speaker's own act
    rows = events("Spokeswoman Xu Lan denied that anyone had been hurt and accused Manila of provoking "
                  "trouble.")
    assert first(rows, "ACCUSE")[1:3] == ("Xu Lan", "Philippines")


def test_a_quoted_clause_then_and_urged_is_the_speakers_request() -> None:
    rows = events(
        "NAIROBI, March 3 (AFP) - The Kenya Human Rights Commission (KHRC) said the dispute 'has "
        "been mishandled by both sides' and urged President William Kiprono to intervene."
    )
    assert first(rows, "REQUEST")[1:3] == ("Kenya Human Rights Commission", "William Kiprono")


def test_an_unnamed_ministry_that_said_and_urged_is_the_home_state() -> None:
    rows = events(
        "DHAKA, March 3 (AFP) - The labour ministry said in a statement that a wage board would "
        "meet within two weeks and urged workers to return to their factories."
    )
    assert first(rows, "REQUEST")[1] == "Bangladesh"


def test_a_state_owning_the_place_of_an_attack_is_not_its_target() -> None:
    rows = events(
        "Suspected drone strikes killed at least 11 people in Afghanistan's Paktika province near "
        "the Pakistani border, officials said."
    )
    assert first(rows, "ASSAULT")[2] is None


def test_fire_into_a_states_district_is_aimed_at_it() -> None:
    rows = events("Rebels fired mortar rounds into Rwanda's Rubavu district on Friday evening.")
    assert first(rows, "ASSAULT")[2] == "Rwanda"


def test_both_countries_are_the_two_states_the_story_names_most() -> None:
    # the latest two-party act is a third party's (Washington's ship); the dispute is between
    # the two states the story is about
    rows = events(
        "Venezuela has deployed 2,000 soldiers to its border with Guyana, Guyana's government said. "
        "Guyana called the move a threat. The United States imposed sanctions on the Acme Shipping "
        "Company on Monday. Brazil's foreign ministry urged both countries to resolve the dispute "
        "through dialogue."
    )
    assert first(rows, "REQUEST")[2] in ("Venezuela", "Guyana")


def test_both_sides_of_a_story_about_two_states_are_those_states() -> None:
    rows = events(
        "Congo said Rwandan troops shelled its positions. Rwanda denied that its troops had entered "
        "Congo. Congo recalled its envoy from Rwanda, and Rwanda accused Congo of backing rebels. "
        "A local militia, the Kivu Patriotic Front, said it had seized a Rwandan army truck. The UN "
        "mission called on both sides to show restraint."
    )
    assert first(rows, "REQUEST")[2] in ("Democratic Republic of Congo", "Rwanda")


def test_both_sides_of_a_strike_stay_its_parties() -> None:
    rows = events(
        "NAIROBI, March 3 (AFP) - The Kenya Medical Practitioners Union went on strike against the "
        "Ministry of Health on Monday. The Labour Court ordered both sides to resume talks."
    )
    assert first(rows, "REQUEST")[2] in ("Kenya Medical Practitioners Union", "Ministry of Health", None)


def test_an_order_to_ones_own_troops_has_no_target() -> None:
    rows = events(
        "VILNIUS, Nov 27 (AFP) - Lithuania closed its border crossings on Friday and ordered 800 "
        "Lithuanian soldiers to the frontier."
    )
    assert [r[2] for r in rows if r[3]["trigger"].startswith("ordered")] == [None]


def test_a_foreign_actors_strike_in_a_states_province_is_aimed_at_it() -> None:
    rows = events("Pakistani jets struck two villages in Afghanistan's Khost province on Monday.")
    assert first(rows, "ASSAULT")[1:3] == ("Pakistan", "Afghanistan")


def test_a_named_body_in_a_capital_is_the_subject_not_the_capitals_state() -> None:
    rows = events(
        "NAIROBI, March 3 (AP) - The Labour Court in Nairobi on Friday ordered both sides to "
        "resume talks."
    )
    assert first(rows, "REQUEST")[1] == "Labour Court"


def test_a_country_adjective_before_an_unlisted_modifier_ties_troops_to_it() -> None:
    rows = events(
        "HANOI, April 9 (VNA) - The foreign ministry said Chinese maritime forces had detained 11 "
        "fishermen near the Paracel archipelago on April 6."
    )
    assert first(rows, "COERCE")[1] == "China armed forces"


def test_a_country_adjective_before_an_unlisted_modifier_of_a_person_stays_generic() -> None:
    rows = events(
        "LA PAZ (Reuters) - A Peruvian customs officer was shot dead by suspected smugglers near "
        "the border town of Desaguadero."
    )
    assert first(rows, "ASSAULT")[2] is None


def test_condemning_the_attack_is_aimed_at_who_attacked_not_who_replied() -> None:
    rows = events(
        "MOGADISHU, May 18 (Xinhua) -- Al-Shabab militants attacked a military base on Monday. "
        "Government forces backed by Ugandan troops repelled the assault and killed more than 30 "
        "militants, the ministry said. Defence Minister Hassan Ali Farah condemned the attack."
    )
    hits = [r for r in rows if r[0] == "ACCUSE" and "Farah" in r[3]["evidence"]]
    assert [r[2] for r in hits] == ["Al-Shabaab"]


def test_a_definite_subject_after_a_noun_in_a_contact_clause_resolves() -> None:
    rows = events(
        "ABUJA, March 3 (Reuters) - The Nigeria Labour Congress and the Trade Union Congress "
        "launched a strike on Monday. The government has offered 60,000 naira, a figure the "
        "unions rejected as an insult."
    )
    assert first(rows, "REJECT")[1] == "Trade Union Congress"


def test_soldiers_arrested_at_home_are_arrested_by_their_own_state() -> None:
    rows = events("KIGALI, Nov 28 (Reuters) - Two Rwandan soldiers were arrested after the mutiny, "
                  "an officer said.")
    assert first(rows, "COERCE")[1] == "Rwanda"
