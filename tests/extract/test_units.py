"""Fast unit tests of the pure text functions."""

from __future__ import annotations

import datetime as dt

import pytest
from factpack.extract.dates import find_dates
from factpack.extract.ids import actor_id, event_id
from factpack.extract.quantities import find_fatalities, find_money
from factpack.extract.text import Span, paragraphs, quotations, sentences
from factpack.ingest.sources import parse_layout

PUB = dt.date(2025, 11, 30)  # a Sunday


@pytest.mark.parametrize(
    "phrase, start, end, precision",
    [
        ("said on Sunday", "2025-11-30", "2025-11-30", "day"),
        ("on Tuesday", "2025-11-25", "2025-11-25", "day"),
        ("Since September, strikes", "2025-09-01", "2025-11-30", "month"),
        ("a strike in September", "2025-09-01", "2025-09-30", "month"),
        ("in February", "2025-02-01", "2025-02-28", "month"),
        ("in December", "2024-12-01", "2024-12-31", "month"),
        ("last year's election", "2024-01-01", "2024-12-31", "year"),
        ("in recent days", "2025-11-24", "2025-11-30", "week"),
        ("on 12 May 2025", "2025-05-12", "2025-05-12", "day"),
        ("on March 3, 2024", "2024-03-03", "2024-03-03", "day"),
        ("yesterday", "2025-11-29", "2025-11-29", "day"),
        ("two days ago", "2025-11-28", "2025-11-28", "day"),
        ("clashes 3 days ago", "2025-11-27", "2025-11-27", "day"),
        ("on 4th November", "2025-11-04", "2025-11-04", "day"),
        ("November 4th", "2025-11-04", "2025-11-04", "day"),
        ("on the 21st of October", "2025-10-21", "2025-10-21", "day"),
        ("on 3rd March 2024", "2024-03-03", "2024-03-03", "day"),
        ("in mid-October", "2025-10-01", "2025-10-31", "month"),
    ],
)
def test_dates_resolve_against_publication(phrase: str, start: str, end: str, precision: str) -> None:
    (d,) = find_dates(phrase, PUB)
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == (start, end, precision)


def test_no_date_phrase_gives_nothing() -> None:
    assert find_dates("The army may deploy troops.", PUB) == []


def test_relative_date_without_publication_date_stays_unresolved() -> None:
    (d,) = find_dates("on Sunday", None)
    assert d.start is None and d.precision == "unknown" and d.text == "on Sunday"


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("killing at least 83.", 83, None),
        ("the strike killed 11 people", 11, 11),
        ("five people died", 5, 5),
        ("dozens of people were killed", 24, None),
        ("between 5 and 7 dead", 5, 7),
        ("more than 40 people were killed", 41, None),
        ("the death toll rose to 1,200", 1200, 1200),
        ("militants killed five soldiers and wounded eleven", 5, 5),
        ("gunmen killed two and injured nine", 2, 2),
        ("leaving three workers injured and one dead", 1, 1),
        ("three injured and one death", 1, 1),
        ("the attack claimed the lives of 30 people", 30, 30),
        ("a total of 45 people lost their lives", 45, 45),
        ("the explosion killed a policeman", 1, 1),
        ("a 12-year-old boy was killed", 1, 1),
        ("the death toll climbs to 30", 30, 30),
    ],
)
def test_fatalities(text: str, low: int | None, high: int | None) -> None:
    (f,) = find_fatalities(text)
    assert (f.low, f.high) == (low, high)


@pytest.mark.parametrize("text", ["killed a number of people", "their lives changed", "a man was seen"])
def test_no_fatalities(text: str) -> None:
    assert find_fatalities(text) == []


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("a USD 50 million reward", 50e6, "USD"),
        ("$50 million", 50e6, "USD"),
        ("$700 million in aid", 700e6, "USD"),
        ("a €2bn loan", 2e9, "EUR"),
        ("£300,000 fine", 3e5, "GBP"),
        ("a US$ 200 million grant", 200e6, "USD"),
        ("a $1.2-billion loan", 1.2e9, "USD"),
        ("a 300 million-euro package", 300e6, "EUR"),
        ("Rs 500 crore", 5e9, "INR"),
        ("5 billion rubles", 5e9, "RUB"),
        ("3.5 million naira", 3.5e6, "NGN"),
        ("an A$5 billion order", 5e9, "AUD"),
        ("NZ$ 40 million", 40e6, "NZD"),
        ("HK$3bn", 3e9, "HKD"),
    ],
)
def test_money(text: str, amount: float, currency: str) -> None:
    (m,) = find_money(text)
    assert (m.amount, m.currency) == (amount, currency)


def test_sentences_keep_abbreviations_and_offsets() -> None:
    text = "Gen. Ana Diaz met U.S. officials. “We agree,” she said. Talks end Monday."
    spans = sentences(text, Span(0, len(text)))
    got = [text[s.start : s.end] for s in spans]
    assert got == ["Gen. Ana Diaz met U.S. officials.", "“We agree,” she said.", "Talks end Monday."]


def test_quotations_pair_curly_straight_and_unclosed() -> None:
    text = 'He said "yes" and “no” and “maybe'
    qs = quotations(text, Span(0, len(text)))
    assert [text[q.start : q.end] for q in qs] == ["yes", "no", "maybe"]


def test_paragraphs_skip_blank_lines() -> None:
    text = "Head\n\n  Body one.  \nBody two.\n\n\n"
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["Head", "Body one.", "Body two."]


def test_layout_parses_headline_dateline_and_credit() -> None:
    text = "Big news today\nGENEVA, March 3 (Reuters) - Talks began.\nThey ended. – AFP\n"
    headline, body_start, dateline, agency = parse_layout(text)
    assert headline == "Big news today"
    assert text[body_start:].startswith("GENEVA")
    assert dateline == "GENEVA" and agency == "Reuters"


def test_ids_are_deterministic_and_distinct() -> None:
    assert actor_id("Donald Trump") == actor_id("donald trump")
    assert actor_id("Donald Trump") != actor_id("Donald Tusk")
    # an event ID is its source and its trigger (position and words), not its evidence span
    assert event_id("src_1", 3, 9, "strike") != event_id("src_1", 8, 14, "strike")
    assert event_id("src_1", 3, 9, "strike") != event_id("src_1", 3, 9, "attack")
    assert event_id("src_1", 3, 9, "strike") == event_id("src_1", 3, 9, "Strike")
    # one trigger, two events: the type tells them apart
    assert event_id("src_1", 3, 9, "strike", "ASSAULT") != event_id("src_1", 3, 9, "strike", "COERCE")


def test_iso_dates_are_read() -> None:
    """An ISO date is a day (its two-digit month is not a month name that may be a verb), and
    an impossible one is no day; "may" as a verb is still no month."""
    import datetime as dt

    from factpack.extract.dates import find_dates

    pub = dt.date(2025, 6, 1)
    (d,) = find_dates("The talks ended on 2025-05-20 in Geneva.", pub)
    assert (d.start, d.end, d.precision, d.text) == (dt.date(2025, 5, 20), dt.date(2025, 5, 20), "day",
                                                      "2025-05-20")
    assert [x.precision for x in find_dates("The file 2025-13-40 was read.", pub)] == ["unknown"]
    assert find_dates("Officials may 20 times review it.", pub) == []
