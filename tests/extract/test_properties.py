"""Property-based tests: extraction never raises and every row it returns meets the contract.

For arbitrary Unicode, quote soup (curly, straight, nested, unbalanced), dashes, very long
sentences, text without punctuation and text assembled from news-like fragments and from the
reference lexicons themselves, `extract_document` must return rows whose spans reproduce
their text, whose claim text lies inside its evidence, whose enums, patterns and required
fields follow `schemas/fields.yaml`, whose IDs are unique, and whose actor references all
resolve to the extraction's actors. Examples are derandomized, so a run is reproducible.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

from factpack.contract.schema import load_tables
from factpack.extract.document import Extraction, extract_document
from factpack.extract.reference import default_reference
from factpack.ingest.sources import Document, decode_text, parse_layout, sha256_text
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

REF = default_reference()
CONTRACT = load_tables()
SETTINGS = settings(derandomize=True, deadline=None, max_examples=200, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
NO_SHRINK = [Phase.explicit, Phase.generate]  # shrinking 600-word inputs takes minutes

# --- documents ------------------------------------------------------------------------------------


def document(raw: str, published: dt.date | None) -> Document:
    """A Document exactly as `read_document` would store `raw` (BOM/CRLF/NFC normalised)."""
    text, _ = decode_text(raw.replace("\x00", " ").encode("utf-8", "surrogatepass"),
                          Path("prop.txt"))
    headline, body_start, dateline, agency = parse_layout(text)
    return Document(
        source_id=f"src_{sha256_text(text)[:12]}", seed_file="prop.txt", text=text,
        title=headline, dateline=dateline, agency=agency, outlet=None, url=None,
        language="en", published_date=published, body_start=body_start,
    )


QUOTES = ["“", "”", '"', "‘", "’", "'", "«", "»", "„"]
DASHES = ["–", "—", "-", "--", " – ", " — "]
FRAGMENTS = [
    "X said", "said", "he said", "she told reporters", "officials said", "according to",
    "according to the ministry", "killed 5", "killed at least 37 people", "$3 million",
    "€2.5bn", "between 10 and 20", "dozens", "on Monday", "last week", "on Jan. 5", "in 2024",
    "on Sunday", "next month", "President Donald Trump", "Nicolas Maduro", "Venezuela",
    "the United States", "Washington", "Caracas", "U.S.", "Mr.", "Dr.", "Gen.", "the army",
    "troops", "rebels", "the UN", "accused", "denied", "threatened", "pledged", "imposed sanctions",
    "airstrikes", "arrested", "met", "agreed", "WASHINGTON:", "CARACAS, Dec 2 (Reuters) -",
    "– AFP", "told", "warned that", "insisting", "it", "they", "who", "which", ",", ".", "?",
    "!", ";", ":", "(", ")", "“We will fight,”", "\"No comment\"", "'s", "’s", "\n", "\n\n",
]
LEXICON = sorted(
    set(REF.cues) | {" ".join(t) for t in REF.triggers} | set(REF.titles)
    | set(list(REF.gazetteer)[:400]) | set(REF.generic) | set(REF.org_heads)
)

dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
seps = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", " “", "” ", '"', " – ", "  "])


def joined(words: st.SearchStrategy[str], min_size: int = 0,
           max_size: int = 60) -> st.SearchStrategy[str]:
    """Words joined with random separators."""
    return st.lists(st.tuples(words, seps), min_size=min_size, max_size=max_size).map(
        lambda xs: "".join(w + s for w, s in xs))


arbitrary = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
quote_soup = st.lists(
    st.one_of(st.sampled_from(QUOTES + DASHES), st.sampled_from(FRAGMENTS),
              st.text("abc XYZ.,\n", max_size=5)),
    max_size=80,
).map("".join)
news = joined(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(LEXICON),
                        st.sampled_from(QUOTES + DASHES)))
long_sentence = st.lists(st.sampled_from([f for f in FRAGMENTS if f not in ".?!\n"] + LEXICON),
                         min_size=200, max_size=600).map(" ".join)
no_punctuation = st.text(st.characters(categories=("Lu", "Ll", "Zs", "Nd")), max_size=600)


# --- the contract ------------------------------------------------------------------------------

ACTOR_REFS = {"mentions": ["actor_id"], "events": ["actor_id", "target_actor_id"],
              "claims": ["claimant_actor_id", "subject_actor_id"]}
ID_COLUMN = {"actors": "actor_id", "mentions": "mention_id", "events": "event_id",
             "claims": "claim_id"}


def _null(v: object) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def check_contract(doc: Document, ex: Extraction) -> None:
    rows = {"actors": list(ex.actors.values()), "mentions": ex.mentions, "events": ex.events,
            "claims": ex.claims}
    for key, a in ex.actors.items():
        assert a["actor_id"] == key
    for name, table_rows in rows.items():
        fields = {f.name: f for f in CONTRACT[name].fields}
        ids = [r[ID_COLUMN[name]] for r in table_rows]
        assert len(ids) == len(set(ids)), f"duplicate {ID_COLUMN[name]} in {name}"
        for r in table_rows:
            assert set(r) <= set(fields), set(r) - set(fields)
            for col, f in fields.items():
                if col == "incident_id":
                    continue  # linking assigns it after extraction, across documents (link/)
                v = r.get(col)
                if _null(v):
                    assert not f.required or col == "source_id" and name == "actors", (name, col, r)
                    continue
                if f.enum:
                    assert v in f.enum, (name, col, v)
                if f.pattern:
                    assert re.search(f.pattern, str(v)), (name, col, v)
                if f.minimum is not None:
                    assert v >= f.minimum, (name, col, v)
            if name == "actors":
                continue
            assert r["source_id"] == doc.source_id
            s, e = r["char_start"], r["char_end"]
            col = "text" if name == "mentions" else "evidence"
            assert 0 <= s < e <= len(doc.text), (name, s, e)
            assert doc.text[s:e] == r[col], (name, r)
            for ref_col in ACTOR_REFS[name]:
                assert _null(r[ref_col]) or r[ref_col] in ex.actors, (name, ref_col, r)
    for c in ex.claims:
        assert c["claim_text"] and c["claim_text"] in c["evidence"], c
    for ev in ex.events:
        for a, b in (("date_start", "date_end"), ("fatalities_low", "fatalities_high")):
            if not _null(ev[a]) and not _null(ev[b]):
                assert ev[a] <= ev[b], (a, b, ev)
        assert _null(ev["amount"]) == _null(ev["currency"]), ev


def check(raw: str, published: dt.date | None) -> None:
    doc = document(raw, published)
    check_contract(doc, extract_document(doc, REF))


# --- properties -----------------------------------------------------------------------------------

@settings(SETTINGS, max_examples=300)
@given(arbitrary, dates)
def test_arbitrary_unicode(raw: str, published: dt.date | None) -> None:
    check(raw, published)


@settings(SETTINGS, max_examples=300)
@given(quote_soup, dates)
def test_quotes_nested_unbalanced_and_dashes(raw: str, published: dt.date | None) -> None:
    check(raw, published)


@SETTINGS
@given(st.lists(news, min_size=1, max_size=6), dates)
def test_news_like_fragments(paras: list[str], published: dt.date | None) -> None:
    check("Headline of the day\n" + "\n".join(paras), published)


@settings(SETTINGS, max_examples=25, phases=NO_SHRINK)
@given(long_sentence, dates)
def test_very_long_sentences(raw: str, published: dt.date | None) -> None:
    check("Headline\n" + raw, published)


@settings(SETTINGS, max_examples=150)
@given(no_punctuation, dates)
def test_no_punctuation(raw: str, published: dt.date | None) -> None:
    check(raw, published)


def test_the_seed_and_dev_articles_meet_the_contract() -> None:
    from factpack.paths import ROOT, SEEDS

    paths = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests/dev/articles").glob("*.txt"))
    assert paths
    for p in paths:
        check(p.read_text(encoding="utf-8"), dt.date(2025, 11, 30))


# --- regressions: minimal inputs the properties above found (issue 5), fixed since

def test_reported_speech_cue_with_nothing_reported_gives_no_empty_claim() -> None:
    """'according to,' with no content: a claim row with claim_text '' (pandera refuses it)."""
    check("Headline of the day\naccording to, ", None)


def test_a_trigger_repeated_in_one_clause_gives_unique_event_ids() -> None:
    """The same trigger twice over the same evidence span: two events with one event_id."""
    check("Headline\ncriticized arraigned criticized accused", None)
