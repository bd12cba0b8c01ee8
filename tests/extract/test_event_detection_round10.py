"""Event detection on real-style copy (issue 11, round 10, s10-events): one rule per test, on
invented sentences. Lexicon rows live in `schemas/reference/event_lexicon.csv`."""

from __future__ import annotations

import datetime as dt

from tests.extract.sentences import extract_body


def types(body: str) -> list[str]:
    """The event types of `body`, in row order."""
    return [e["event_type"] for e in extract_body(body, dt.date(2025, 3, 14)).events]


def test_a_second_past_verb_with_its_own_object_is_a_second_act() -> None:
    s = "Army units killed 14 militants in a counter-offensive near Tessit and destroyed three depots."
    assert types(s) == ["ASSAULT", "ASSAULT"]
    s = "A navy frigate fired flares at and then rammed a fishing boat near the reef on Monday."
    assert types(s) == ["ASSAULT", "ASSAULT"]


def test_verbs_sharing_one_object_stay_one_act() -> None:
    assert types("Gunmen shot and killed four farmers near Gao on Sunday.") == ["ASSAULT"]
    # a participle after a comma reports the result of the same act
    assert types("Militants attacked a convoy near Gao on Sunday, killing four drivers.") == ["ASSAULT"]


def test_a_future_release_of_captives_is_an_act() -> None:
    assert types("The commander said his fighters would release the captives on Friday.") == ["RETREAT"]
    assert types("The minister said the government would release 120 prisoners next week.") == ["RETREAT"]
    # a release that frees no one is no release from captivity
    assert "RETREAT" not in types("The ministry said it would release the audit next week.")


def test_handing_over_weapons_or_bases_is_a_retreat() -> None:
    assert types("The rebels will hand over their heavy weapons to a joint commission.") == ["RETREAT"]
    assert types("The foreign contingent is due to hand over two more bases in June.") == ["RETREAT"]


def test_keeping_a_ceasefire_is_a_commitment() -> None:
    assert types("Under the accord, both armies will observe a ceasefire from Sunday.") == ["CONCEDE"]
    assert types("Under the accord, both armies will halt all hostilities from Sunday.") == ["CONCEDE"]
    assert types("The rebel leader said his side would respect the truce.") == ["AGREE"]


def test_duties_and_levies_on_goods_are_sanctions() -> None:
    s = "Uganda on Monday imposed a 25 percent import duty on Rwandan sugar and cement."
    assert types(s) == ["SANCTION"]


def test_reserving_the_right_to_respond_is_a_threat() -> None:
    assert types("The foreign ministry said Quito reserves the right to respond to the incursion.") == [
        "THREATEN"
    ]


def test_thrown_stones_and_fireworks_are_an_attack() -> None:
    assert types("Protesters threw fireworks and stones at police outside the court.") == ["ASSAULT"]
    assert types("Stones were thrown at the electoral commission office on Tuesday.") == ["ASSAULT"]
    assert types("Three buses were set ablaze by the attackers near Kano.") == ["ASSAULT"]


def test_troops_sent_somewhere_are_a_mobilisation() -> None:
    assert types("The defence minister said 800 troops had been sent to the border region.") == ["MOBILIZE"]


def test_money_provided_is_aid() -> None:
    assert types("The bank said it would provide 40 million dollars to the flooded districts.") == ["AID"]


def test_taking_a_dispute_to_an_international_body_is_an_accusation() -> None:
    assert types("Lima said it would take the case to the International Court of Justice.") == ["ACCUSE"]
    assert types("The foreign minister said he would raise the issue at the United Nations.") == ["ACCUSE"]
    assert types("The company said it would challenge its listing before the bloc's court.") == ["ACCUSE"]


def test_a_verdict_on_a_named_act_is_a_stance() -> None:
    s = "The foreign minister called the vote \"a farce\" on Sunday."
    assert types(s) == ["ACCUSE"]
    assert types("The opposition leader described the verdict as a blatant provocation.") == ["ACCUSE"]
    assert types("The president called the deal \"an important step\" for the region.") == ["SUPPORT"]
    assert types("The spokesman called the accusation \"a fabrication\" on Monday.") == ["REJECT"]


def test_calling_someone_or_calling_a_meeting_is_no_stance() -> None:
    assert types("Residents called the police after gunmen shot two farmers.") == ["ASSAULT"]
    assert "ACCUSE" not in types("The chairman called the meeting for Friday in Lusaka.")
    assert "ACCUSE" not in types("Residents called the soldiers, who arrived an hour later.")


def test_a_source_asking_not_to_be_named_makes_no_request() -> None:
    s = "An officer, who asked not to be named for security reasons, said the convoy was stopped."
    assert "REQUEST" not in types(s)
    assert "REQUEST" not in types("A local official who requested anonymity said the road was closed.")
    # a request stays one
    assert types("The mayor asked the army for help on Monday.") == ["REQUEST"]


def test_a_march_is_a_protest_and_march_the_month_is_not() -> None:
    assert types("The union announced a march to the capital for next week.") == ["PROTEST"]
    assert types("The new tax took effect in March after a vote in parliament.") == []


def test_halted_deliveries_are_a_sanction() -> None:
    assert types("The state gas company said it had halted deliveries to Chisinau on Sunday.") == ["SANCTION"]


def test_recalling_an_envoy_is_a_sanction() -> None:
    s = "The foreign ministry said it had recalled its charge d'affaires from Kigali on Friday."
    assert types(s) == ["SANCTION"]


def test_voiced_concern_is_disapproval() -> None:
    assert types("The UN rights office voiced concern over the detentions in Dhaka.") == ["ACCUSE"]


def test_riot_police_are_no_riot() -> None:
    assert "PROTEST" not in types("Riot police detained 40 people in the capital on Sunday.")
    assert types("A riot broke out in the city prison on Sunday night.") == ["PROTEST"]


def test_a_grievance_taken_to_a_body_is_against_the_party_that_acted() -> None:
    body = ("Guyanese troops seized two Venezuelan fishing boats near the Essequibo river on Monday.\n"
            "Venezuela's foreign minister said Caracas would take the case to the International Court "
            "of Justice.\n")
    x = extract_body(body)
    names = {k: a["name"] for k, a in x.actors.items()}
    acc = [e for e in x.events if e["event_type"] == "ACCUSE"]
    assert len(acc) == 1
    assert names.get(acc[0]["target_actor_id"]) in ("Guyana", "Guyana armed forces")  # not the court


def test_exchanges_supplies_dismissals_and_roadblocks_are_acts() -> None:
    assert types("Under the deal, the two sides will exchange all prisoners within 60 days.") == ["RETREAT"]
    s = "The bloc says the company has been supplying drones and spare parts to the junta."
    assert types(s) == ["AID"]
    s = "The Supreme Court on Friday threw out all nine petitions filed by opposition parties."
    assert types(s) == ["REJECT"]
    assert types("The army said it had set up roadblocks around the capital on Sunday.") == ["MOBILIZE"]


def test_and_before_a_past_verb_or_modal_ends_what_was_asked_for() -> None:
    s = "The union called on the government to intervene and accused the police of brutality."
    assert types(s) == ["REQUEST", "ACCUSE"]
    s = "The regulator ordered the suspension of all work at the mine and would open an investigation."
    assert "ACCUSE" in types(s)
    # a bare verb after `and` is still part of what is asked for
    assert types("The envoy urged both sides to cease fire and return to talks.") == ["REQUEST"]


def test_the_act_a_verdict_names_is_no_new_act() -> None:
    s = "The embassy called their arrest \"a provocation\" on Friday."
    assert types(s) == ["ACCUSE"]


def test_both_sides_do_any_act_as_the_two_parties_of_the_talks() -> None:
    body = ("Sudan's army and the Rapid Support Forces held talks in Jeddah on Monday.\n"
            "Under the deal, the two sides will halt all hostilities from midnight on Friday.\n")
    x = extract_body(body)
    names = {k: a["name"] for k, a in x.actors.items()}
    halt = [e for e in x.events if e["event_type"] == "CONCEDE"]
    assert len(halt) == 1
    assert {names.get(halt[0]["actor_id"]), names.get(halt[0]["target_actor_id"])} == {
        "Rapid Support Forces", "Sudan armed forces"
    }


def actor_names(body: str) -> list[tuple[str, str | None]]:
    x = extract_body(body, dt.date(2025, 3, 14))
    names = {k: a["name"] for k, a in x.actors.items()}
    return [(e["event_type"], names.get(e["actor_id"])) for e in x.events]


def test_army_drones_and_military_jets_are_the_armed_forces() -> None:
    # generic_actors.csv: the force named by the weapons it operates
    assert actor_names("YANGON, Myanmar (AP) — Military jets bombed two villages on Sunday.") == [
        ("ASSAULT", "Myanmar armed forces")
    ]
    assert actor_names("Russian army drones struck a fuel depot near Kharkiv on Sunday.") == [
        ("ASSAULT", "Russia armed forces")
    ]


def test_a_verdict_on_a_named_act_is_aimed_at_its_doer() -> None:
    body = ("Iranian forces seized a Greek oil tanker in the Gulf of Oman on Monday.\n"
            "Greece's foreign minister called the seizure a threat to shipping in the Gulf, "
            "Reuters reported.\n")
    x = extract_body(body)
    names = {k: a["name"] for k, a in x.actors.items()}
    acc = [e for e in x.events if e["event_type"] == "ACCUSE"]
    assert len(acc) == 1
    assert names.get(acc[0]["target_actor_id"]) in ("Iran", "Iran armed forces")


def test_a_rally_spoken_to_is_no_protest() -> None:
    assert "PROTEST" not in types("The president told a rally in Kumasi that fuel prices would fall.")
    assert types("Thousands of teachers held a rally in Kumasi on Monday.") == ["PROTEST"]


def test_deaths_in_a_natural_disaster_are_no_attack() -> None:
    s = "At least 14 people were killed when a magnitude 6.8 earthquake struck southern Peru on Saturday."
    assert types(s) == []
    assert types("Twelve people were killed when a cyclone hit the coast on Sunday.") == []
    body = ("Heavy flood waters swept through Sindh on Monday.\n"
            "Officials said the flood had washed away 3,000 homes and flood relief was slow.\n"
            "At least 46 people have been killed since August 20.\n")
    assert "ASSAULT" not in types(body)
    # deaths in an attack stay an attack
    assert types("Gunmen killed 14 people in an attack on a village on Saturday.") == ["ASSAULT"]


def test_fighting_told_as_history_is_no_act() -> None:
    assert types("The group has fought the government in Mogadishu for more than 15 years.") == []
    assert types("The two neighbours, who fought a war in the 1990s, signed a trade deal on Monday.") == [
        "SUPPORT"
    ]
    # fighting reported with its day stays an act
    assert types("Government troops fought the rebels near Gao on Sunday.") == ["ASSAULT"]


def test_a_verb_joined_by_and_shares_the_actor_of_the_act_before_it() -> None:
    body = ("Chad's government and the FUDT rebels held talks in Doha this month.\n"
            "Under the deal, seen by Reuters, the two sides will observe a ceasefire from Sunday and "
            "exchange prisoners within 30 days.\n")
    got = actor_names(body)
    assert got[-1][0] == "RETREAT" and got[-1][1] == got[-2][1] != "Reuters"
    # `, and` after a reported clause: a verb of the sentence's own subject
    body = ("Party leader Grace Banda said the Democratic Progressive Party would file a petition by "
            "Friday, and called on supporters to stay calm.")
    assert ("REQUEST", "Democratic Progressive Party") not in actor_names(body)
