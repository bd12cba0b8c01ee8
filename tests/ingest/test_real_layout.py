"""Layout of real web copy (issue 10): headline or lede, datelines, non-body lines, hard wraps.

Every text here is invented; the shapes follow shared/REAL_TEXT.md.
"""

from __future__ import annotations

import textwrap

import pytest
from factpack.ingest.layout import analyse_layout, layout_patterns


def kinds(text: str, title: str | None = None) -> dict[str, str]:
    """Skipped line text -> kind."""
    lay = analyse_layout(text, title)
    return {text[s.start : s.end]: s.kind for s in lay.skipped}


def body(text: str, title: str | None = None) -> list[str]:
    return [text[a:b] for a, b in analyse_layout(text, title).paragraphs]


LEDE_FIRST = (
    "Police in Lisbon detained 40 people on Friday, the interior ministry said.\n"
    "The arrests followed two nights of clashes near the port.\n"
)


def test_a_lede_on_the_first_line_is_body_not_a_headline() -> None:
    lay = analyse_layout(LEDE_FIRST)
    assert lay.headline is None
    assert body(LEDE_FIRST)[0].startswith("Police in Lisbon")


def test_a_first_line_that_reads_like_a_headline_is_one() -> None:
    text = "Lisbon police detain 40 after port clashes\n" + LEDE_FIRST
    lay = analyse_layout(text)
    assert lay.headline == "Lisbon police detain 40 after port clashes"
    assert lay.body_start == text.index("Police")


def test_a_first_line_equal_to_the_sidecar_title_is_the_headline() -> None:
    text = "Police in Lisbon detained 40 people on Friday.\n" + LEDE_FIRST
    assert analyse_layout(text).headline is None  # ends with a full stop: body
    assert analyse_layout(text, "Police in Lisbon  detained 40 people on Friday.").headline is not None


@pytest.mark.parametrize(
    ("first", "place", "agency"),
    [
        ("MOSUL, Iraq – Gunmen attacked a checkpoint on Monday.", "MOSUL", None),
        ("LAGOS (Reuters) - Gunmen attacked a checkpoint on Monday.", "LAGOS", "Reuters"),
        ("KYIV, Ukraine (AP) — Gunmen attacked a checkpoint on Monday.", "KYIV", "AP"),
        ("Buenos Aires (AFP) - Gunmen attacked a checkpoint on Monday.", "Buenos Aires", "AFP"),
        ("PARIS: Gunmen attacked a checkpoint on Monday.", "PARIS", None),
    ],
)
def test_datelines_in_many_forms(first: str, place: str, agency: str | None) -> None:
    text = f"Gunmen attack checkpoint\n{first}\nNobody was hurt.\n"
    lay = analyse_layout(text)
    assert (lay.dateline, lay.agency) == (place, agency)
    assert lay.headline == "Gunmen attack checkpoint"


@pytest.mark.parametrize("prefix", ["date 2024-05-06 ", "2024-05-06T10:30:00Z ", "2024"])
@pytest.mark.parametrize("headline", ["", "Fighting in the north\n"])
def test_a_scraper_date_prefix_is_skipped_and_the_lede_behind_it_is_body(prefix: str, headline: str) -> None:
    text = f"{headline}{prefix}Fighting broke out in the north on Monday, officials said.\nMore later.\n"
    lay = analyse_layout(text)
    assert lay.headline == (headline.strip() or None)
    assert text[lay.paragraphs[0][0] :].startswith("Fighting broke out")
    assert [s.kind for s in lay.skipped] == ["headline"] * bool(headline) + ["scraper_prefix"]


def test_a_scraper_date_prefix_before_the_headline_is_skipped() -> None:
    text = "date 2024-09-08 Police detain dozens in Minsk\nReuters\nMINSK — Police detained 52 people.\n"
    lay = analyse_layout(text)
    assert lay.headline == "Police detain dozens in Minsk"
    assert [s.kind for s in lay.skipped] == ["scraper_prefix", "headline", "credit"]
    assert lay.dateline == "MINSK"


NON_BODY = [
    ("READ MORE: Ten things to know about the vote", "boilerplate"),
    ("Also read: Opposition names candidate", "boilerplate"),
    ("ADVERTISEMENT", "boilerplate"),
    ("Share this article", "boilerplate"),
    ("Published 6 May 2024, 14:30 GMT", "boilerplate"),
    ("Photo: AFP", "caption"),
    ("Riot police guard the port on Friday. Photograph: Jane Roe/Reuters", "caption"),
    ("Wednesday, 13 March, 2024, 05:17 GMT", "boilerplate"),
    ("June 12, 2024 / 12:50 PM / 2 months ago", "boilerplate"),
    ("Tuesday, May 6, 2025 | 10:42 GMT", "boilerplate"),
    ("Tue, May 6, 2025 at 10:42 a.m. EDT", "boilerplate"),
    ("6 May 2025 • 10:42 (GMT+3)", "boilerplate"),
    ("1 Min Read", "boilerplate"),
    ("#borderclash", "boilerplate"),
    ("SOURCE: Agencies", "credit"),
    ("Pakistan's move to fence the border has angered Kabul [AFP]", "caption"),
    ("'Rebel sanctuary'", "subheading"),
    ("Protesters gather outside parliament on Monday. (Photo by Jane Roe/AFP)", "caption"),
    ("Soldiers patrol the border. REUTERS/Jane Roe", "caption"),
    ("pic.twitter.com/abc123 — Jane Roe (@jroe) March 2, 2025", "embedded_post"),
    ("— Jane Roe (@jroe) March 2, 2025", "embedded_post"),
    ("By Ana Ferreira and Tom Oduya", "credit"),
    ("Reporting by Tom Oduya; Editing by Ana Ferreira", "credit"),
    ("- Clashes at the border -", "subheading"),
    ("What happens next", "subheading"),
    ("Background", "subheading"),
]


@pytest.mark.parametrize(("line", "kind"), NON_BODY)
def test_non_body_lines_are_recognised_and_stay_in_the_text(line: str, kind: str) -> None:
    text = f"Talks collapse in Geneva\nGENEVA: Talks collapsed on Monday.\n{line}\nThe envoy left the city.\n"
    lay = analyse_layout(text)
    assert kinds(text).get(line) == kind
    assert all(line not in text[a:b] for a, b in lay.paragraphs)
    assert "The envoy left the city." in body(text)


def test_a_sentence_opening_with_a_date_and_time_is_body() -> None:
    text = "Talks collapse\nMay 6, 2025, at 10:42 the first shots were fired, residents said.\n"
    assert body(text) == ["May 6, 2025, at 10:42 the first shots were fired, residents said."]


def test_body_sentences_are_not_taken_for_non_body_lines() -> None:
    lines = [
        "Share prices fell by 4% on Monday after the announcement.",
        "Photographers were barred from the court.",
        "By the end of the day, 12 people had been arrested.",
        "Background checks were ordered for all staff, the ministry said.",
    ]
    text = "Market falls\n" + "\n".join(lines) + "\n"
    assert [s.kind for s in analyse_layout(text).skipped] == ["headline"]
    assert body(text) == lines


@pytest.mark.parametrize("width", [60, 67, 72, 80])
def test_a_hard_wrapped_paragraph_is_one_paragraph(width: int) -> None:
    paras = [
        "Police in Lisbon detained 40 people on Friday after two nights of clashes near the port, "
        "the interior ministry said in a statement that gave no further details.",
        "“We will not tolerate violence on our streets,” Interior Minister Ana Ferreira told "
        "reporters, adding that more arrests were likely in the coming days.",
        "Opposition leader Rui Costa accused the government of using excessive force against "
        "peaceful protesters and called for an independent inquiry into the arrests.",
    ]
    text = "Lisbon police detain 40\n\n" + "\n\n".join(textwrap.fill(p, width) for p in paras) + "\n"
    got = [" ".join(b.split()) for b in body(text)]
    assert got == paras


def test_wrapped_text_without_blank_lines_joins_by_width() -> None:
    paras = [
        "Police in Lisbon detained 40 people on Friday after two nights of clashes near the port, "
        "the interior ministry said in a statement.",
        "The arrests came after officers were attacked with stones and bottles near the docks on "
        "Thursday night.",
    ]
    text = "\n".join(textwrap.fill(p, 70) for p in paras) + "\n"
    got = [" ".join(b.split()) for b in body(text)]
    assert " ".join(got) == " ".join(paras)
    assert analyse_layout(text).headline is None


def test_every_pattern_has_a_kind_and_a_reason() -> None:
    pats = layout_patterns()
    assert len(pats) >= 25
    assert all(kind and reason for kind, _, reason in pats)


def test_layout_is_linear_on_many_short_lines() -> None:
    text = "Headline here\n" + "Background\nThe army said it was ready.\n" * 5000
    lay = analyse_layout(text)
    assert sum(s.kind == "subheading" for s in lay.skipped) == 5000
