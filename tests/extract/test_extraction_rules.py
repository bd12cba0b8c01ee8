"""The extraction's general rules on small invented sentences, one pattern per test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.sentences import extract_body


def run(body: str, pub: dt.date = dt.date(2025, 3, 14)) -> dict:
    x = extract_body(body, pub)
    names = {k: a["name"] for k, a in x.actors.items()}
    claims = [
        (names.get(c["claimant_actor_id"]), c["cue"], c["claim_text"], c["quote_type"]) for c in x.claims
    ]
    events = [
        (e["event_type"], names.get(e["actor_id"]), names.get(e["target_actor_id"]), e) for e in x.events
    ]
    return {"actors": x.actors, "claims": claims, "events": events, "names": set(names.values()), "x": x}


def claimant_of(r: dict, fragment: str) -> str | None:
    hits = [c for c in r["claims"] if fragment in c[2]]
    assert hits, (fragment, r["claims"])
    return hits[0][0]


@pytest.mark.parametrize(
    "body, fragment, speaker, qtype",
    [
        (
            "PARIS: “We will not back down,” Foreign Minister Ana Ruiz told reporters.",
            "We will not back down",
            "Ana Ruiz",
            "direct",
        ),
        (
            'PARIS: "The talks failed," said Interior Minister Paul Girard.',
            "The talks failed",
            "Paul Girard",
            "direct",
        ),
        (
            "PARIS: Prime Minister Marc Dubois said the strike would end soon.",
            "the strike would end",
            "Marc Dubois",
            "indirect",
        ),
        (
            "PARIS: Prime Minister Marc Dubois said that the strike would end soon.",
            "the strike would end",
            "Marc Dubois",
            "indirect",
        ),
        (
            "PARIS: According to Health Minister Lea Blanc, 40 people were injured.",
            "40 people were injured",
            "Lea Blanc",
            "indirect",
        ),
        (
            "PARIS: Lea Blanc, who heads the health ministry, said hospitals were full.",
            "hospitals were full",
            "Lea Blanc",
            "indirect",
        ),
        ("PARIS: Hospitals were full, officials said.", "Hospitals were full", "officials", "indirect"),
        (
            "PARIS: Union leader Luc Morel insisted the pay offer was “an insult”.",
            "the pay offer",
            "Luc Morel",
            "mixed",
        ),
    ],
)
def test_attribution_patterns(body: str, fragment: str, speaker: str, qtype: str) -> None:
    r = run(body)
    hits = [c for c in r["claims"] if fragment in c[2]]
    assert hits, r["claims"]
    assert hits[0][0] == speaker and hits[0][3] == qtype


def test_pronoun_speaker_resolves_to_the_previous_subject() -> None:
    r = run(
        "MADRID: Defence Minister Rosa Vidal visited the base on Monday.\nShe said the troops were ready."
    )
    assert claimant_of(r, "the troops were ready") == "Rosa Vidal"


def test_surname_mentions_link_to_the_full_name() -> None:
    r = run("MADRID: Defence Minister Rosa Vidal visited the base.\n“We are ready,” Vidal said.")
    assert claimant_of(r, "We are ready") == "Rosa Vidal"


def test_metonyms_are_the_state() -> None:
    r = run("MOSCOW: The Kremlin accused Washington of meddling in the election.")
    (etype, actor, target, _), *_ = [e for e in r["events"] if e[0] == "ACCUSE"]
    assert (actor, target) == ("Russia", "United States")


def test_title_with_country_modifier_gives_country() -> None:
    r = run("CARACAS: Venezuelan Foreign Minister Yvan Gil said the talks would resume.")
    gil = [a for a in r["actors"].values() if a["name"] == "Yvan Gil"]
    assert gil and gil[0]["country_code"] == "VEN" and gil[0]["actor_type"] == "person"


def test_unnamed_sources_with_country() -> None:
    r = run("LONDON: US media reported that the deal was close.")
    assert claimant_of(r, "the deal was close") == "US media"


def test_reports_said_has_no_claimant() -> None:
    r = run("LONDON: Reports said the minister had resigned.")
    assert claimant_of(r, "the minister had resigned") is None


def test_accused_gives_claim_and_accuse_event() -> None:
    r = run("NAIROBI: The opposition accused the government of rigging the vote.")
    assert any(c[1] == "accused" for c in r["claims"])
    assert any(e[0] == "ACCUSE" for e in r["events"])


def test_two_acts_in_one_sentence_are_two_events() -> None:
    r = run("GENEVA: The ministers met on Tuesday and signed a trade agreement.")
    assert {"CONSULT", "SUPPORT"} <= {e[0] for e in r["events"]}


def test_event_date_fatalities_and_money() -> None:
    r = run(
        "KHARTOUM: An air strike killed at least 12 people on Sunday.\n"
        "The World Bank approved a $50 million loan.",
        pub=dt.date(2025, 3, 14),
    )
    assault = next(e[3] for e in r["events"] if e[0] == "ASSAULT")
    assert (assault["fatalities_low"], assault["fatalities_high"]) == (12, None)
    assert assault["date_start"] == dt.date(2025, 3, 9) and assault["date_precision"] == "day"
    aid = next(e[3] for e in r["events"] if e[3]["amount"] is not None)
    assert (aid["amount"], aid["currency"]) == (50e6, "USD")


def test_no_date_phrase_means_unknown_not_publication_date() -> None:
    r = run("KHARTOUM: Fighters attacked the camp.")
    ev = next(e[3] for e in r["events"] if e[0] == "ASSAULT")
    assert ev["date_start"] is None and ev["date_precision"] == "unknown"


def test_date_of_a_contrasting_clause_does_not_date_the_act() -> None:
    r = run("CAIRO: The army shelled the village, killing two civilians, while on Sunday the "
            "ministry had announced new curfews.\n"
            "Gunmen attacked the convoy, killing four guards, on Tuesday.")
    shelled = next(e[3] for e in r["events"] if e[3]["trigger"] == "shelled")
    assert shelled["date_start"] is None and shelled["fatalities_low"] == 2
    attacked = next(e[3] for e in r["events"] if e[3]["trigger"] == "attacked")
    assert attacked["date_start"] == dt.date(2025, 3, 11)  # a date clause that is no contrast


def test_modality_marks_planned_and_denied() -> None:
    r = run("KYIV: The army plans to deploy more troops.\nRussia denied attacking the power plant.")
    mob = next(e[3] for e in r["events"] if e[0] == "MOBILIZE")
    assert mob["modality"] == "planned"
    attack = next(e for e in r["events"] if e[0] == "ASSAULT")
    assert (attack[1], attack[3]["modality"]) == ("Russia", "denied")


def test_organisation_found_by_head_word_with_acronym() -> None:
    r = run(
        "ABUJA: The Nigeria Labour Congress (NLC) said the strike would go on.\n"
        "The NLC said talks had failed."
    )
    assert "Nigeria Labour Congress" in r["names"] and "NLC" not in r["names"]
    assert claimant_of(r, "talks had failed") == "Nigeria Labour Congress"


def test_straight_and_curly_quotes_and_dashes_do_not_break_spans() -> None:
    body = 'ROME: "It is over — finally," Mayor Gino Rossi said – and left.\n“Yes,” he added.'
    r = run(body)
    text = r["x"]
    assert len(text.claims) == 2  # both quotes found: the check below is not vacuous
    for c in text.claims:
        assert c["claim_text"] in c["evidence"]


def test_one_act_type_on_two_days_in_one_sentence_is_two_rows() -> None:
    # the same verb twice, each clause with its own day: two expulsions, not one told twice
    r = run(
        "MADRID: Spain expelled four Moroccan diplomats on Monday, "
        "after Morocco expelled two Spanish diplomats on Sunday."
    )
    rows = [(t, a, str(e["date_start"]), e["evidence"]) for t, a, _, e in r["events"] if t == "SANCTION"]
    assert [(a, d) for _, a, d, _ in rows] == [("Spain", "2025-03-10"), ("Morocco", "2025-03-09")]
    assert rows[0][3] == "Spain expelled four Moroccan diplomats on Monday"
    assert rows[1][3].startswith("after Morocco expelled")
    # one day, two words for one act: still one row
    r = run("MADRID: Spain expelled four Moroccan diplomats on Monday, and expelled them within hours.")
    assert sum(t == "SANCTION" for t, *_ in r["events"]) == 1


def test_boarded_is_a_seizure_of_a_ship_not_travel() -> None:
    r = run(
        "LISBON: Navy sailors boarded a cargo ship off the coast on Sunday. "
        "The freighter was boarded again on Monday."
    )
    assert [(t, e["event_mode"], str(e["date_start"])) for t, _, _, e in r["events"]] == [
        ("COERCE", "seize", "2025-03-09"),
        ("COERCE", "seize", "2025-03-10"),
    ]
    # sense rule: with a plane in the story, boarding is travel, not an act
    r = run("LISBON: The foreign minister boarded a plane to Madrid on Sunday.")
    assert not [t for t, *_ in r["events"] if t == "COERCE"]


@pytest.mark.parametrize(
    "body, date",
    [
        # the act in the "<N> days after" clause is N days before the sentence's date
        ("ROME: The minister quit on Friday, three days after farmers protested in Naples.", "2025-03-11"),
        ("ROME: The minister resigned on Monday, a day before farmers protested in Naples.", "2025-03-11"),
        # its own date in that clause dates it
        ("ROME: He quit on Friday, four days after farmers marched in Naples on Monday.", "2025-03-10"),
        # a coarser anchor cannot be shifted: left undated
        ("ROME: The minister resigned in February, two days after farmers protested in Naples.", "None"),
    ],
)
def test_relative_day_phrase_shifts_the_act_it_opens(body: str, date: str) -> None:
    r = run(body)
    assert [str(e["date_start"]) for t, _, _, e in r["events"] if t == "PROTEST"] == [date]


def test_a_name_after_the_is_a_thing_not_a_person() -> None:
    # "the Blue Marlin, a Panamanian tanker": a person's name takes no article
    r = run("HAVANA: Sailors seized the Blue Marlin, a Panamanian tanker, on Sunday.")
    assert "Blue Marlin" not in r["names"]
    r = run("HAVANA: Officials said the Blue Marlin was detained on Sunday near the port.")
    assert "Blue Marlin" not in r["names"]
    assert [target for t, _, target, _ in r["events"] if t == "COERCE"] == [None]
    # without the article, the same shapes are people
    r = run("HAVANA: Police detained Maria Ortega, a Cuban activist, on Sunday.")
    assert "Maria Ortega" in r["names"]
