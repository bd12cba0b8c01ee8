"""Readable evidence spans: whole clauses, never cut inside a noun phrase."""

from __future__ import annotations

from factpack.extract.evidence import readable_span


def span_of(text: str, *words: str) -> str:
    parts = [(text.index(w), text.index(w) + len(w)) for w in words]
    lo, hi = readable_span(text, 0, len(text), parts)
    return text[lo:hi]


def test_the_object_after_the_last_piece_is_kept() -> None:
    text = "The envoy said Washington had offered Kamara safe passage to Lisbon, aides said."
    assert (
        span_of(text, "offered", "Kamara")
        == "The envoy said Washington had offered Kamara safe passage to Lisbon"
    )


def test_the_clause_starts_after_a_comma_and_the_sentence_end_is_kept() -> None:
    text = "Despite the talks, rebels shelled the port of Kivo on Monday."
    assert span_of(text, "shelled") == "rebels shelled the port of Kivo on Monday."


def test_an_apposition_does_not_end_the_clause() -> None:
    text = "Ministers banned a militia led by Osei, the “Red Hand,” as a terrorist group."
    assert span_of(text, "banned") == text


def test_a_quotation_opened_in_the_span_is_closed_in_it() -> None:
    text = "Rebels vowed to “fight on, whatever it costs,” the statement said."
    assert span_of(text, "vowed") == "Rebels vowed to “fight on, whatever it costs,”"


def test_a_number_with_a_thousands_comma_is_not_a_clause_end() -> None:
    text = "Police detained 1,200 people in the capital, officials said."
    assert span_of(text, "detained") == "Police detained 1,200 people in the capital"
