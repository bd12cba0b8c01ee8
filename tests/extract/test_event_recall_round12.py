"""Event recall on unseen copy (issue 11, round 12, s12-recall): acts the trigger match missed.
One rule per test, on invented sentences. Lexicon rows live in `schemas/reference/*.csv`."""

from __future__ import annotations

import datetime as dt

from tests.extract.sentences import extract_body


def rows(body: str) -> list[tuple[str, str]]:
    """(event type, trigger) of `body`'s events, in row order."""
    return [(e["event_type"], e["trigger"]) for e in extract_body(body, dt.date(2025, 3, 14)).events]


def types(body: str) -> list[str]:
    return [t for t, _ in rows(body)]


def test_a_feeling_after_a_copula_is_a_stance() -> None:
    assert types("The envoy said she was appalled by the news from the camp.") == ["ACCUSE"]
    assert types("The charity said it was deeply dismayed by the verdict.") == ["ACCUSE"]


def test_a_quoted_feeling_after_an_unquoted_copula_is_a_stance() -> None:
    assert ("ACCUSE", "alarmed") in rows('The rights office said it was "gravely alarmed" by the reports.')
    assert ("ACCUSE", "concerned") in rows("The mission said it was “concerned” about the detentions.")


def test_a_feeling_word_without_a_copula_is_no_act() -> None:
    assert types("The parties concerned met in Lome on Monday.") == ["CONSULT"]
    assert types("Shocked residents gathered near the river on Monday.") == []


def test_a_bare_verb_after_a_modal_reads_its_past_form() -> None:
    s = "An elder said the kidnappers would demand a payment for the pilot."
    assert rows(s) == [("REQUEST", "demand")]
    assert types("The regulator said it would suspend the licences of two banks.") == ["SANCTION"]
    # a word the lexicon reads in its own right keeps its row; no modal, no act
    assert types("The regulator said the suspend button was broken.") == []


def test_and_that_opens_a_second_reported_act() -> None:
    s = "The governor said he had ordered an inquiry and that soldiers had detained 30 people."
    assert types(s) == ["REQUEST", "COERCE"]


def test_readiness_is_an_offer_that_governs_its_complement() -> None:
    assert types("The minister said Lusaka was ready to pay for the damaged trucks.") == ["AGREE"]
    assert types("Oslo stands ready to expand cooperation with Nairobi.") == ["AGREE"]


def test_an_appeal_against_a_ruling_is_legal_action() -> None:
    assert rows("Her lawyer said she would appeal against the verdict.")[0] == ("ACCUSE", "appeal")


def test_new_lexicon_rows() -> None:
    assert types("A constable was hit by stones near the depot, the police chief said.") == ["ASSAULT"]
    assert types("Youths threw bricks at the police station.") == ["ASSAULT"]
    assert types("Hundreds protested in Lome on Monday. Riot police broke up the march on Tuesday.") == [
        "PROTEST", "COERCE"]
    assert types("The gunmen were holding six teachers hostage in the forest.") == ["ASSAULT"]
    assert types("The foreign ministry said it was seeking clarification from Dakar.") == ["REQUEST"]


def roles(body: str) -> list[tuple[str, str | None, str]]:
    """(event type, actor name, modality) of `body`'s events, in row order."""
    x = extract_body(body, dt.date(2025, 3, 14))
    names = {k: a["name"] for k, a in x.actors.items()}
    return [(e["event_type"], names.get(e["actor_id"]), e["modality"]) for e in x.events]


def test_a_first_person_act_in_a_quotation_is_the_speakers() -> None:
    s = '"We demand that Accra free our boats," Kenyan minister John Mwangi told reporters.'
    assert roles(s) == [("REQUEST", "John Mwangi", "asserted")]
    s = '"We will not negotiate with criminals," the Ghanaian minister, Ama Owusu, said.'
    assert roles(s) == [("CONSULT", "Ama Owusu", "denied")]
    # not another subject in the quotation, nor a past denial
    assert roles('"They attacked us at night," the farmer Kofi Mensah said.') == []
    assert roles('"I never ordered anyone to shoot," the former general Ade Bello said.') == []


def test_a_passive_clause_with_its_own_subject_is_a_second_act() -> None:
    s = "Riot police broke up the march after an hour and 12 people were detained, the league said."
    assert types("Hundreds protested in Lome on Monday. " + s) == ["PROTEST", "COERCE", "COERCE"]
    # one act told twice stays one row
    assert types("Police arrested and detained the editor on Monday.") == ["COERCE"]
    # casualties after `and` are the first act's toll, no second act (the probe case of issue 10)
    assert types("The attack killed 40 and 12 others were wounded, officials said.") == ["ASSAULT"]
    assert types("Gunmen stormed the village and three guards were killed.") == ["ASSAULT"]


def claims(body: str) -> list[tuple[str, str | None]]:
    """(claim text, claimant name) of `body`'s claims."""
    x = extract_body(body, dt.date(2025, 3, 14))
    names = {k: a["name"] for k, a in x.actors.items()}
    return [(c["claim_text"], names.get(c["claimant_actor_id"])) for c in x.claims]


def test_unnamed_speakers_of_real_copy_are_read() -> None:
    # generic_actors.csv rows: elder, youth wing, court registry, clearing agent, dealer, herders
    s = "A village elder in Tonj, reached by phone, told the BBC that the raiders came from the east."
    assert [t for t, _ in claims(s)] == ["the raiders came from the east"]
    assert [t for t, _ in claims("The youth wing accused the police of beating students.")] == [
        "the police of beating students"]
    assert [t for t, _ in claims("A ruling was due on Monday, the court registry confirmed.")] == [
        "A ruling was due on Monday"]


def test_a_quoted_perfect_passive_move_is_the_speakers_sides() -> None:
    s = ('The Nigerian Army said its convoy was ambushed near Kebbi. "Additional troops have been deployed '
         'to the area and are pursuing the attackers," army spokesman Musa Bello said.')
    assert ("MOBILIZE", "Nigeria armed forces", "reported") in roles(s)
    # other quoted words stay unread
    assert "MOBILIZE" not in types('"Troops deployed there would be useless," the analyst Ada Obi said.')
