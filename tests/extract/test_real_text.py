"""Real web copy never crashes extraction and loses no body row (issue 10, item 4).

Every dev article (and the seed) is transformed the way real copy arrives: cut off at
sampled offsets (at least 200 in all, plus inside every kind of open quotation), headline
dropped, hard-wrapped at 60-80 columns, quotation marks swapped for another style,
boilerplate lines and subheadings inserted, CR-only and CRLF line ends. Properties: no
exception; every row satisfies `text[char_start:char_end] == evidence`; wrapping, headline
removal, inserted non-body lines and line ends lose no body row (rows compared by type,
trigger or claim text, cue and whitespace-normalised evidence).
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from pathlib import Path

import pytest
from factpack.extract.document import Extraction, extract_document
from factpack.extract.reference import default_reference
from factpack.ingest.layout import analyse_layout
from factpack.ingest.sources import Document, decode_text, sha256_text
from factpack.paths import ROOT, SEEDS

REF = default_reference()
ARTICLES = sorted((ROOT / "tests" / "dev" / "articles").glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
# the real-style articles already carry their own layouts (no headline, hard wraps, boilerplate):
# they join the properties that need no clean layout to start from (cuts, quotation styles)
ALL_ARTICLES = ARTICLES + sorted((ROOT / "tests" / "dev_real" / "articles").glob("*.txt"))
CUTS_PER_ARTICLE = 16  # x 47 articles = 752 sampled offsets, plus the open-quote cuts
PUB = dt.date(2025, 3, 1)


def document(raw: str, title: str | None = None) -> Document:
    text, _ = decode_text(raw.encode("utf-8"), Path("real.txt"))
    lay = analyse_layout(text, title)
    return Document(
        source_id=f"src_{sha256_text(text)[:12]}", seed_file="real.txt", text=text,
        title=title or lay.headline, dateline=lay.dateline, agency=lay.agency, outlet=None,
        url=None, language="en", published_date=PUB, body_start=lay.body_start,
        paragraphs=lay.paragraphs, skipped=lay.skipped,
    )


def extract(raw: str, title: str | None = None) -> tuple[Document, Extraction]:
    doc = document(raw, title)
    return doc, extract_document(doc, REF)


def check_spans(doc: Document, ex: Extraction) -> None:
    for kind in ("events", "claims"):
        for r in getattr(ex, kind):
            assert doc.text[r["char_start"] : r["char_end"]] == r["evidence"], (kind, r)
    for r in ex.mentions:
        assert doc.text[r["char_start"] : r["char_end"]] == r["text"], r


def _ws(s: str) -> str:
    return " ".join(s.split())


def rows(ex: Extraction) -> set[tuple]:
    """Rows as comparable keys, independent of offsets and of line breaks in the evidence."""
    ev = {("event", r["event_type"], _ws(r["trigger"]), _ws(r["evidence"])) for r in ex.events}
    cl = {("claim", _ws(r["claim_text"]), r["cue"], r["claimant_actor_id"]) for r in ex.claims}
    return ev | cl


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def wrap(paragraph: str, width: int) -> str:
    """Hard-wrapped at `width`, breaking at spaces only (as mail and text exports do)."""
    return textwrap.fill(paragraph, width, break_on_hyphens=False)


def paragraphs_of(raw: str) -> tuple[str, list[str]]:
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    return lines[0], lines[1:]


@pytest.mark.parametrize("path", ALL_ARTICLES, ids=lambda p: p.stem[:24])
def test_cut_off_anywhere_never_raises(path: Path) -> None:
    raw = read(path)
    rng = random.Random(path.name)
    cuts = set(rng.sample(range(1, len(raw)), CUTS_PER_ARTICLE))
    cuts |= {i + 1 for i, ch in enumerate(raw) if ch in "“\"‘«„"}  # inside every open quotation
    for cut in sorted(cuts):
        doc, ex = extract(raw[:cut])
        check_spans(doc, ex)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:24])
def test_headline_dropped_wrapped_and_line_ends_lose_no_body_row(path: Path) -> None:
    raw = read(path)
    head, paras = paragraphs_of(raw)
    doc, ex = extract(raw)
    check_spans(doc, ex)
    want = rows(ex)
    variants = {
        "no headline": "\n".join(paras) + "\n",
        "CRLF": raw.replace("\n", "\r\n"),
        "CR": raw.replace("\n", "\r"),
    }
    for width in (60, 67, 73, 80):
        variants[f"wrapped {width}"] = head + "\n\n" + "\n\n".join(wrap(p, width) for p in paras) + "\n"
    variants["wrapped 72, no blank lines"] = head + "\n\n" + "\n".join(wrap(p, 72) for p in paras) + "\n"
    for name, text in variants.items():
        d, x = extract(text)
        check_spans(d, x)
        lost = want - rows(x)
        assert not lost, f"{name}: lost {sorted(lost)[:3]}"


NON_BODY = [
    "READ MORE: Five things to know about the talks",
    "ADVERTISEMENT",
    "Photo: AFP",
    "A police officer stands guard outside the ministry on Monday. REUTERS/Jane Roe",
    "pic.twitter.com/abc123xyz — Jane Roe (@jroe_news) March 2, 2025",
    "- Troops on the border -",
    "What happens next",
    "Share this article",
    "Reporting by Tom Oduya; Editing by Ana Ferreira",
]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:24])
def test_inserted_boilerplate_and_subheads_give_no_rows_and_lose_none(path: Path) -> None:
    raw = read(path)
    head, paras = paragraphs_of(raw)
    _, ex = extract(raw)
    rng = random.Random(path.name)
    out = [head, paras[0]]
    for p in paras[1:]:
        out.append(rng.choice(NON_BODY))
        out.append(p)
    text = "\n".join(out) + "\n"
    doc, x = extract(text)
    check_spans(doc, x)
    assert rows(x) == rows(ex)
    inserted = {i for i, ln in enumerate(text.split("\n")) if ln in NON_BODY}
    starts = [0]
    for ln in text.split("\n"):
        starts.append(starts[-1] + len(ln) + 1)
    for r in x.events + x.claims + x.mentions:
        line = next(i for i in range(len(starts) - 1) if starts[i] <= r["char_start"] < starts[i + 1])
        assert line not in inserted, r


QUOTE_STYLES = {
    "single curly": ("‘", "’"),
    "guillemets": ("«", "»"),
    "low-high": ("„", "“"),
    "straight": ('"', '"'),
}


@pytest.mark.parametrize("style", list(QUOTE_STYLES))
@pytest.mark.parametrize("path", ALL_ARTICLES, ids=lambda p: p.stem[:24])
def test_swapped_quotation_style_keeps_the_quotes(path: Path, style: str) -> None:
    raw = read(path)
    opener, closer = QUOTE_STYLES[style]
    text = raw.replace("“", "\0").replace("”", closer).replace("\0", opener)
    if style != "straight":
        text = text.replace('"', "\0", 1)  # leave straight-quoted articles alone but for one
        text = text.replace("\0", '"')
    doc0, ex0 = extract(raw)
    doc, ex = extract(text)
    check_spans(doc, ex)
    direct0 = sum(r["quote_type"] == "direct" for r in ex0.claims)
    direct = sum(r["quote_type"] == "direct" for r in ex.claims)
    assert direct >= direct0, (style, direct, direct0)
