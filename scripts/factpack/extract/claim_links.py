"""Claim links: a claim joined to the earlier claim of the same source that it answers.

Three general rules, with their words in `schemas/reference/claim_link_cues.csv`:
- relative: a clause opening with a back-reference (`which`) right after a claim, whose cue
  or content holds a reply verb: `X said Y did Z, which Y denies`;
- back_reference: a reply verb followed by a noun naming an earlier claim
  (`rejected the accusation`, `dismissed the claims`): the nearest earlier claim by another
  claimant, preferring one about the replying actor;
- denial: a claim whose cue is a denial or rejection verb, made by an actor an earlier claim
  of another claimant was about (`X accused Y of Z` ... `Y denied Z`).
The verb gives the relation (denies, rejects, confirms, responds_to).

The rules read one source at a time, so they run with its extraction (`links_for_source`,
in extract_document) and are cached with it: a build that adds one source finds the links of
that source only. The curation stage applies the corrections to the links found.
"""

from __future__ import annotations

import re
from itertools import islice

import pandas as pd

from factpack.extract.ids import link_id
from factpack.extract.reference import Reference

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MAX_RELATIVE_GAP = 6  # words between the end of a claim and the cue of the clause answering it
DETERMINERS = frozenset(
    {"the", "these", "those", "this", "that", "such", "his", "her", "its", "their", "all"}
)


def _words(s: str, limit: int | None = None) -> list[str]:
    """The words of `s`, lower-cased, typographic apostrophes made straight; the first
    `limit` of them only, when given."""
    if limit is not None and len(s) > 50 * limit:  # a long text: stop at the limit
        return [m.group().lower().replace("’", "'") for m in islice(WORD.finditer(s), limit)]
    if s.isascii():  # lower-casing ASCII keeps every word's bounds: one call for the text
        words = WORD.findall(s.lower())
    else:
        words = [w.lower().replace("’", "'") for w in WORD.findall(s)]
    return words if limit is None else words[:limit]


STOP = frozenset(
    "about after again against being been before could every from have into more most other over "
    "said says should since some than that their them there these they this those under until were "
    "what when where which while with would".split()
)


def _content_words(s: str) -> set[str]:
    """Words of five letters or more, cut to their first five (a crude stem: `detained` ~ `detain`)."""
    return {w[:5] for w in _words(s) if len(w) >= 5 and w not in STOP}


# cues that put forward an allegation, the kind of claim a denial answers
ALLEGING = frozenset({"accuse", "allege", "blame", "charge", "claim", "report"})


def _lemma(cue: str, ref: Reference) -> str | None:
    hit = ref.cues.get(cue.lower().replace("’", "'"))
    return hit[0] if hit else None


_BY_FIRST: dict[int, tuple[dict, dict[str, list[tuple[tuple[str, ...], str]]]]] = {}


def _by_first_word(lexicon: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The lexicon's entries grouped by their first word, each group in lexicon order."""
    hit = _BY_FIRST.get(id(lexicon))
    if hit is not None and hit[0] is lexicon:
        return hit[1]
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, rel in lexicon.items():
        if key:
            index.setdefault(key[0], []).append((key, rel))
    _BY_FIRST[id(lexicon)] = (lexicon, index)
    return index


def _find(words: list[str], lexicon: dict[tuple[str, ...], str]) -> str | None:
    """The relation of the first lexicon entry found in `words` (the earliest position; at
    one position, the entry listed first)."""
    if () in lexicon:  # an empty entry matches anywhere: the plain scan
        for i in range(len(words)):
            for key, rel in lexicon.items():
                if tuple(words[i : i + len(key)]) == key:
                    return rel
        return None
    index = _by_first_word(lexicon)
    for i, w in enumerate(words):
        for key, rel in index.get(w, ()):
            if tuple(words[i : i + len(key)]) == key:
                return rel
    return None


def _claim_end(r: dict) -> int:
    """End offset of the claim's content in the source text."""
    at = r["evidence"].find(r["claim_text"])
    return int(r["char_start"]) + (at if at >= 0 else 0) + len(r["claim_text"])


def _anchor(r: dict) -> int:
    return int(r["cue_start"]) if r["cue_start"] is not None else int(r["char_start"])


def links_for_source(claims: list[dict], text: str, ref: Reference) -> list[dict]:
    """The links among the claims of one source (plain dicts, None for null)."""
    verbs, nouns, rel_words = (ref.link_cues.get(k, {}) for k in ("verb", "noun", "relative"))
    rows = sorted(claims, key=_anchor)
    out: list[dict] = []
    for k, c in enumerate(rows):
        earlier = rows[:k]
        if not earlier:
            continue
        cue_words = _words(c["cue"])
        verb = _find(cue_words, verbs)
        cue_end = int(c["cue_end"]) if c["cue_end"] is not None else _anchor(c)
        found: tuple[dict, str, str] | None = None
        # relative: "..., which Y denies" right after the previous claim's content
        prev = earlier[-1]
        gap = _words(text[_claim_end(prev) : _anchor(c)], MAX_RELATIVE_GAP + 1)  # enough to tell
        reply = verb or _find(_words(c["claim_text"])[-3:], verbs)
        if (
            reply
            and len(gap) <= MAX_RELATIVE_GAP
            and gap
            and _find(gap[:2], rel_words)
            and _claim_end(prev) <= _anchor(c)
        ):
            found = (prev, reply, "relative")
        # back reference: "rejected the accusation"
        after = _words(text[cue_end : cue_end + 40], 3)
        if found is None and verb and after and after[0] in DETERMINERS and _find(after[1:], nouns):
            others = [p for p in earlier if p["claimant_actor_id"] != c["claimant_actor_id"]]
            about = [
                p
                for p in others
                if c["claimant_actor_id"] is not None and p["subject_actor_id"] == c["claimant_actor_id"]
            ]
            # else the nearest earlier allegation (accused, alleged, blamed, reported, ...)
            stance = [p for p in others if _lemma(p["cue"], ref) in ALLEGING]
            pick = (about or stance or [None])[-1]
            if pick is not None:
                found = (pick, verb, "back_reference")
        # denial by the actor an earlier claim was about
        if found is None and verb in ("denies", "rejects") and c["claimant_actor_id"] is not None:
            about = [
                p
                for p in earlier
                if p["subject_actor_id"] == c["claimant_actor_id"]
                and p["claimant_actor_id"] != c["claimant_actor_id"]
            ]
            if about:
                found = (about[-1], verb, "denial")
            else:
                # else the nearest earlier claim of another claimant saying what is denied
                said = _content_words(c["claim_text"])
                same = [
                    p
                    for p in earlier
                    if p["claimant_actor_id"] != c["claimant_actor_id"]
                    and said & _content_words(p["claim_text"])
                ]
                if same:
                    found = (same[-1], verb, "denial")
        if found is not None:
            p, relation, rule = found
            out.append(
                {
                    "link_id": link_id(c["claim_id"], p["claim_id"]),
                    "claim_id": c["claim_id"],
                    "linked_claim_id": p["claim_id"],
                    "relation": relation,
                    "link_rule": rule,
                }
            )
    return out


# the columns of `claims` the rules read
COLUMNS = ("claim_id", "source_id", "claimant_actor_id", "subject_actor_id", "cue", "cue_start",
           "cue_end", "claim_text", "evidence", "char_start")


def claim_links(claims: pd.DataFrame, texts: dict[str, str], ref: Reference) -> pd.DataFrame:
    """Every link the rules find, within each source."""
    by_source: dict[str, list[dict]] = {}
    names = [c for c in COLUMNS if c in claims.columns]
    values = [claims[c].astype(object).where(claims[c].notna(), None).tolist() for c in names]
    for rec in (dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)):
        by_source.setdefault(rec["source_id"], []).append(rec)
    out: list[dict] = []
    for sid in sorted(by_source):
        if sid in texts:
            out += links_for_source(by_source[sid], texts[sid], ref)
    cols = ["link_id", "claim_id", "linked_claim_id", "relation", "link_rule"]
    return pd.DataFrame(out, columns=cols)
