"""Event recall on unseen copy (issue 11, round 13, s13-recall): acts the tool missed entirely.
One rule per test, on invented sentences. Word lists live in `schemas/reference/*.csv`."""

from __future__ import annotations

import datetime as dt

from tests.extract.sentences import extract_body


def rows(body: str) -> list[tuple[str, str]]:
    """(event type, trigger) of `body`'s events, in row order."""
    return [(e["event_type"], e["trigger"]) for e in extract_body(body, dt.date(2025, 3, 14)).events]


def types(body: str) -> list[str]:
    return [t for t, _ in rows(body)]


def test_a_penalty_for_whoever_acts_is_a_threat() -> None:
    assert types('"Those who attack our rangers will be punished," the minister said.') == ["THREATEN"]
    assert types("The governor said those responsible will be found and punished.") == ["THREATEN"]
    s = 'The commander said anyone caught smuggling fuel would be "dealt with firmly".'
    assert types(s) == ["THREATEN"]
    # the act in the condition is no act of its own; a penalty the lexicon knows is the threat
    assert types("The police chief said anyone caught looting would be arrested.") == ["THREATEN"]


def test_no_threat_without_a_penalty_or_after_a_preposition() -> None:
    assert types("Anyone who registered before May will be paid in June, the ministry said.") == []
    assert types("Whoever wins the vote will face a hard winter.") == []
    assert types("Food will go to those who lost homes and will be held in a depot.") == []


def test_a_second_verbal_act_with_its_own_object_is_a_row() -> None:
    s = 'The Dutch ministry summoned the Ugandan envoy on Monday and called the arrest "unacceptable".'
    assert types(s) == ["ACCUSE", "ACCUSE"]
    s = "The ministry said it had asked its coast guard to patrol the strait, and called on Hanoi to act."
    assert types(s) == ["REQUEST", "REQUEST"]
    # a short object before `and` keeps one act (`called for calm and urged ...`)
    assert types("The envoy called for calm and urged the authorities to publish results.") == ["REQUEST"]


def test_a_penalty_threat_is_the_speakers_and_made_now() -> None:
    x = extract_body("The state police chief, Ali Musa, said anyone caught looting would be arrested.")
    names = {k: a["name"] for k, a in x.actors.items()}
    (e,) = x.events
    assert (names.get(e["actor_id"]), e["modality"]) == ("Ali Musa", "asserted")


def test_a_quote_opening_on_the_reported_verb_is_read_for_its_act() -> None:
    assert types('The spokesman said Warsaw "reserves the right to respond" to the attack.')[0] == "THREATEN"
    assert types('The ministry said it "regretted" the move.') == ["ACCUSE"]
    # a quote after a naming verb, `as` or an article quotes words, not an act
    assert "REJECT" not in types('They described the vote as "rejected by the people".')


def test_a_quote_mark_may_open_on_a_gapped_triggers_next_word() -> None:
    assert types('The ministry said it was seeking "clarification" from Hanoi.') == ["REQUEST"]
    assert types('Cairo reserves its right to "use all legal means" to secure its share.') == ["THREATEN"]
    # the gap does not run into a quotation (`calling it "an assault on ..."` is no `calling on`)
    assert "REQUEST" not in types('The embassy condemned the raid, calling it "an assault on the economy".')


def test_new_lexicon_rows_round13() -> None:
    assert types("Border officials turned back 40 trucks on Monday.") == ["COERCE"]
    assert types("Fishermen said the officers took away their nets.") == ["COERCE"]
    assert types("The minister directed the police chiefs to find the gunmen.") == ["REQUEST"]
    assert types("The opposition celebrated the ruling.") == ["SUPPORT"]
    assert types("The agency said it had frozen two bank accounts linked to the firm.") == ["COERCE"]
    assert types("The navy had sent two patrol boats to the area.") == ["MOBILIZE"]
    # regret for a loss is no disapproval
    assert types('"We regret the loss of life," he said.') == []


def test_a_quoted_fragment_act_is_the_speakers() -> None:
    x = extract_body('The Dutch ministry said it "regretted" the move.')
    names = {k: a["name"] for k, a in x.actors.items()}
    (e,) = x.events
    assert (names.get(e["actor_id"]), e["modality"]) == ("Netherlands", "asserted")


def test_a_deadline_given_to_a_party_is_a_demand_or_an_expulsion() -> None:
    assert types("Tehran has given the Taliban authorities one month to open the dam gates.") == ["REQUEST"]
    assert types("The court gave the ministry two weeks to respond.") == ["REQUEST"]
    assert types("The reporter has been given 72 hours to leave the country.") == ["COERCE"]
    # no deadline, no demand
    assert types("The donors gave the clinic new beds to use in the ward.") == []


def test_a_verdict_on_a_pronoun_is_a_stance() -> None:
    s = 'The alliance rejected the results and described them as "rigged from the start".'
    assert types(s) == ["REJECT", "ACCUSE"]
    s = 'The forum described it as "a disgrace" and accused the government of abandoning farmers.'
    assert types(s) == ["ACCUSE", "ACCUSE"]
    assert types("He called it a day.") == []
    # a second verdict on `it` names the first stance's object again: one act
    s = 'The ministry condemned the decision of the council on Monday and called it "a violation of law".'
    assert types(s) == ["ACCUSE"]


def test_took_back_is_a_seizure() -> None:
    assert types("Last year the government took back three licences held by foreign firms.") == ["COERCE"]
    assert rows("The soldiers opened fire on herders and took three of them back across the border.") == [
        ("ASSAULT", "opened fire"), ("COERCE", "took")]


def test_stepped_up_security_is_a_deployment() -> None:
    assert types("Police said they would tighten security around every embassy.") == ["MOBILIZE"]
    assert types("The company said it had reinforced guards along the pipeline.") == ["MOBILIZE"]


def test_a_negated_first_person_trigger_in_quotes_is_the_speakers_act() -> None:
    assert rows('"We will not recognise this result," the candidate said.') == [("REJECT", "not recognise")]
