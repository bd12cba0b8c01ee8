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
