"""Extraction of a small invented text, as the rule tests need it."""

from __future__ import annotations

import datetime as dt

from factpack.extract.document import Extraction, extract_document
from factpack.extract.reference import default_reference
from factpack.ingest.sources import Document, parse_layout, sha256_text


def extract_body(body: str, pub: dt.date = dt.date(2025, 3, 14)) -> Extraction:
    """Extract `body` under a headline line, as a source published on `pub`."""
    text = "Headline of the story\n" + body + "\n"
    headline, start, dateline, agency = parse_layout(text)
    doc = Document(f"src_{sha256_text(text)[:12]}", "t.txt", text, headline, dateline, agency,
                   None, None, "en", pub, start)
    return extract_document(doc, default_reference())


def actors(body: str) -> dict[str, dict]:
    """The actors `extract_body` finds, by name."""
    return {a["name"]: a for a in extract_body(body).actors.values()}


def speaker(body: str, fragment: str) -> str | None:
    """The name of the claimant of the first claim whose text holds `fragment`."""
    x = extract_body(body)
    names = {k: a["name"] for k, a in x.actors.items()}
    hits = [c for c in x.claims if fragment in c["claim_text"]]
    assert hits, [c["claim_text"] for c in x.claims]
    return names.get(hits[0]["claimant_actor_id"])
