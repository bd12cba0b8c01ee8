"""Quotation styles of English news (issue 10): every pair is a quotation, apostrophes are not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factpack.extract.document import extract_document
from factpack.extract.reference import default_reference
from factpack.extract.text import Span, quotations, sentences
from factpack.ingest.layout import analyse_layout
from factpack.ingest.sources import Document, decode_text, sha256_text


def quoted(s: str) -> list[str]:
    return [s[q.start : q.end] for q in quotations(s, Span(0, len(s)))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“We are ready,” he said.", ["We are ready,"]),
        ('"We are ready," he said.', ["We are ready,"]),
        ("‘We won’t back down,’ she said.", ["We won’t back down,"]),
        ("'We won't back down,' she said.", ["We won't back down,"]),
        ("«We are ready», he said.", ["We are ready"]),
        ("„We are ready“, he said.", ["We are ready"]),
        ("“He called it ‘a farce’ and left,” she said.", ["He called it ‘a farce’ and left,"]),
        ("The leaders’ meeting in Venezuela’s capital ended.", []),
        ("It was the ’90s, and rock ’n’ roll was king.", []),
        ("“We will fight on", ["We will fight on"]),  # cut off inside the quotation
    ],
)
def test_quotation_styles_and_apostrophes(text: str, want: list[str]) -> None:
    assert quoted(text) == want


def test_sentences_end_after_every_closing_mark() -> None:
    s = "He said: «We are ready.» The army said: ‘We are not.’ Then talks began."
    assert [s[x.start : x.end] for x in sentences(s, Span(0, len(s)))] == [
        "He said: «We are ready.»",
        "The army said: ‘We are not.’",
        "Then talks began.",
    ]


def extract(raw: str):  # noqa: ANN201
    text, _ = decode_text(raw.encode("utf-8"), Path("q.txt"))
    lay = analyse_layout(text)
    doc = Document(
        source_id=f"src_{sha256_text(text)[:12]}", seed_file="q.txt", text=text, title=lay.headline,
        dateline=lay.dateline, agency=lay.agency, outlet=None, url=None, language="en",
        published_date=dt.date(2025, 3, 1), body_start=lay.body_start, paragraphs=lay.paragraphs,
        skipped=lay.skipped,
    )
    return extract_document(doc, default_reference())


@pytest.mark.parametrize(("opener", "closer"), [("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("“", "”")])
def test_a_quoted_word_is_not_an_event_in_any_style(opener: str, closer: str) -> None:
    ex = extract(
        f"Strike ends\nLONDON: {opener}We will deploy our members to every gate,{closer} union leader "
        "Mary Kelly said on Monday.\n"
    )
    assert [c["claim_text"] for c in ex.claims] == ["We will deploy our members to every gate"]
    assert [c["quote_type"] for c in ex.claims] == ["direct"]
    assert ex.events == []  # "deploy" inside the quotation is not a troop deployment
