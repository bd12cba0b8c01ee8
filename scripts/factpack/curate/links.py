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
"""

from __future__ import annotations

import re

import pandas as pd

from factpack.extract.ids import link_id
from factpack.extract.reference import Reference

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MAX_RELATIVE_GAP = 6  # words between the end of a claim and the cue of the clause answering it
DETERMINERS = frozenset(
    {"the", "these", "those", "this", "that", "such", "his", "her", "its", "their", "all"}
)


def _words(s: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(s)]


def _find(words: list[str], lexicon: dict[tuple[str, ...], str]) -> str | None:
    """The relation of the first lexicon entry found in `words`."""
    for i in range(len(words)):
        for key, rel in lexicon.items():
            if tuple(words[i : i + len(key)]) == key:
                return rel
    return None


def _claim_end(r: pd.Series) -> int:
    """End offset of the claim's content in the source text."""
    at = r["evidence"].find(r["claim_text"])
    return int(r["char_start"]) + (at if at >= 0 else 0) + len(r["claim_text"])


def _anchor(r: pd.Series) -> int:
    return int(r["cue_start"]) if pd.notna(r["cue_start"]) else int(r["char_start"])


def links_for_source(claims: pd.DataFrame, text: str, ref: Reference) -> list[dict]:
    """The links among the claims of one source (rows sorted by their position)."""
    verbs, nouns, rel_words = (ref.link_cues.get(k, {}) for k in ("verb", "noun", "relative"))
    rows = sorted((r for _, r in claims.iterrows()), key=_anchor)
    out: list[dict] = []
    for k, c in enumerate(rows):
        earlier = rows[:k]
        if not earlier:
            continue
        cue_words = _words(c["cue"])
        verb = _find(cue_words, verbs)
        cue_end = int(c["cue_end"]) if pd.notna(c["cue_end"]) else _anchor(c)
        found: tuple[pd.Series, str, str] | None = None
        # relative: "..., which Y denies" right after the previous claim's content
        prev = earlier[-1]
        gap = _words(text[_claim_end(prev) : _anchor(c)])
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
        after = _words(text[cue_end : cue_end + 40])[:3]
        if found is None and verb and after and after[0] in DETERMINERS and _find(after[1:], nouns):
            others = [p for p in earlier if p["claimant_actor_id"] != c["claimant_actor_id"]]
            about = [
                p
                for p in others
                if pd.notna(c["claimant_actor_id"]) and p["subject_actor_id"] == c["claimant_actor_id"]
            ]
            pick = (about or others or [None])[-1]
            if pick is not None:
                found = (pick, verb, "back_reference")
        # denial by the actor an earlier claim was about
        if found is None and verb in ("denies", "rejects") and pd.notna(c["claimant_actor_id"]):
            about = [
                p
                for p in earlier
                if p["subject_actor_id"] == c["claimant_actor_id"]
                and p["claimant_actor_id"] != c["claimant_actor_id"]
            ]
            if about:
                found = (about[-1], verb, "denial")
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


def claim_links(claims: pd.DataFrame, texts: dict[str, str], ref: Reference) -> pd.DataFrame:
    """Every link the rules find, within each source."""
    out: list[dict] = []
    for sid, group in claims.groupby("source_id", sort=True):
        if sid in texts:
            out += links_for_source(group, texts[sid], ref)
    cols = ["link_id", "claim_id", "linked_claim_id", "relation", "link_rule"]
    return pd.DataFrame(out, columns=cols)
