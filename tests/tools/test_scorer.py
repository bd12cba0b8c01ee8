"""The scorer itself, on a tiny hand-made article, package tables and gold: every number it
gives is worked out here by hand, so a scorer that matches too much or too little fails."""

from __future__ import annotations

import pandas as pd
import pytest
from factpack.contract.schema import conform, load_tables
from factpack.tools.evaluate import Counts, score_article

SRC = "src_000000000001"
TEXT = (
    "Rivals clash over port deal\n"
    "LORUM: Minister Ana Vell said the port deal was dead. "
    "Governor Bo Tarn said the port deal was alive and well. "
    "Police arrested ten protesters in Lorum on Monday. "
    "Crowds later burned tyres near the harbour.\n"
)
ACTORS = [  # id, name, type, country, generic
    ("act_00000000000a", "Ana Vell", "person", "LOR", False),
    ("act_00000000000b", "Bo Tarn", "person", None, False),
    ("act_00000000000c", "Police", "group", None, True),
]


def _span(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    t = load_tables()[table]
    return conform(pd.DataFrame([{f: r.get(f) for f in t.field_names} for r in rows],
                                columns=t.field_names), t)


def claim(cid: str, claimant: str | None, claim_text: str, evidence: str, quote_type: str = "indirect",
          cue: str = "said") -> dict:
    s, e = _span(evidence)
    return dict(claim_id=cid, source_id=SRC, claimant_actor_id=claimant, cue=cue, claim_text=claim_text,
                quote_type=quote_type, evidence=evidence, char_start=s, char_end=e)


def event(eid: str, etype: str, evidence: str, actor: str | None = None, modality: str = "asserted",
          **kw) -> dict:
    s, e = _span(evidence)
    return dict(event_id=eid, source_id=SRC, event_type=etype, actor_id=actor, trigger=evidence.split()[1],
                date_precision="unknown", modality=modality, evidence=evidence, char_start=s, char_end=e,
                **kw)


def tables(claims: list[dict] = (), events: list[dict] = ()) -> dict[str, pd.DataFrame]:
    mentions = []
    for aid, name, *_ in ACTORS:
        if name in TEXT:
            s, e = _span(name)
            mentions.append(dict(mention_id=f"men_{aid[4:]}", source_id=SRC, actor_id=aid,
                                 mention_type="name", text=name, char_start=s, char_end=e))
    return {
        "actors": _frame("actors", [dict(actor_id=a, name=n, actor_type=t, country_code=c, is_generic=g)
                                    for a, n, t, c, g in ACTORS]),
        "mentions": _frame("mentions", mentions),
        "claims": _frame("claims", list(claims)),
        "events": _frame("events", list(events)),
    }


def counts(c: Counts) -> tuple[int, int, int]:
    return c.tp, c.pred, c.gold


# --- claims ---------------------------------------------------------------------------------

DEAD = claim("clm_000000000001", "act_00000000000a", "the port deal was dead",
             "Minister Ana Vell said the port deal was dead")
ALIVE_BY_ANA = claim("clm_000000000002", "act_00000000000a", "the port deal was alive and well",
                     "Governor Bo Tarn said the port deal was alive and well", quote_type="direct")
GOLD_CLAIMS = {"claims": [
    {"text": "the port deal was dead", "claimant": "Ana Vell", "quote_type": "indirect", "cue": "said"},
    {"text": "the port deal was alive and well", "claimant": "Bo Tarn", "quote_type": "indirect"},
]}


def test_matched_claims_with_a_wrong_claimant_and_a_wrong_quote_type() -> None:
    sc = score_article(GOLD_CLAIMS, TEXT, SRC, tables(claims=[DEAD, ALIVE_BY_ANA]))
    assert counts(sc.claims) == (2, 2, 2)
    assert (sc.acc["claimant"].ok, sc.acc["claimant"].n) == (1, 2)
    assert (sc.acc["quote_type"].ok, sc.acc["quote_type"].n) == (1, 2)
    assert (sc.acc["cue"].ok, sc.acc["cue"].n) == (1, 1)  # only where the gold gives a cue
    assert any(m.startswith("claimant wrong: 'the port deal was alive and well'") and "got ana vell" in m
               for m in sc.misses), sc.misses


def test_a_missing_claim_lowers_recall_and_an_extra_one_precision() -> None:
    extra = claim("clm_000000000003", None, "near the harbour", "Crowds later burned tyres near the harbour")
    sc = score_article(GOLD_CLAIMS, TEXT, SRC, tables(claims=[DEAD, extra]))
    assert counts(sc.claims) == (1, 2, 2)
    assert sc.claims.precision == 0.5 and sc.claims.recall == 0.5
    assert "claim extra: 'near the harbour'" in sc.misses


@pytest.mark.parametrize(("claim_text", "matched"), [
    ("the port deal was alive", True),      # 23 of 32 gold characters
    ("alive and well", True),               # all of the shorter one (the prediction)
    ("said the port deal", True),           # 13 shared of an 18-character prediction: 72 %
    ("Bo Tarn said the port", False),       # 8 shared of 21 (shorter): 38 %
    ("Governor Bo Tarn said the", False),   # 3 shared ("the") of 25
])
def test_claims_match_only_when_they_overlap_by_half_of_the_shorter(claim_text: str, matched: bool) -> None:
    """`text` of the gold and `claim_text` of the prediction must share at least half of the
    shorter span; any overlap is not enough."""
    gold = {"claims": [GOLD_CLAIMS["claims"][1]]}
    pred = claim("clm_000000000004", "act_00000000000b", claim_text,
                 "Governor Bo Tarn said the port deal was alive and well")
    sc = score_article(gold, TEXT, SRC, tables(claims=[pred]))
    assert counts(sc.claims) == ((1, 1, 1) if matched else (0, 1, 1))


def test_two_predictions_for_one_gold_claim_match_the_larger_overlap() -> None:
    gold = {"claims": [GOLD_CLAIMS["claims"][1]]}
    ev = "Governor Bo Tarn said the port deal was alive and well"
    small = claim("clm_000000000005", None, "the port deal was alive", ev)
    full = claim("clm_000000000006", "act_00000000000b", "the port deal was alive and well", ev)
    sc = score_article(gold, TEXT, SRC, tables(claims=[small, full]))
    assert counts(sc.claims) == (1, 2, 1)
    assert (sc.acc["claimant"].ok, sc.acc["claimant"].n) == (1, 1)  # the full one, Bo Tarn's


# --- events ---------------------------------------------------------------------------------

ARREST = {"anchor": "arrested ten protesters", "event_type": "COERCE", "actor": "Police",
          "modality": "asserted"}


def test_an_event_in_its_sentence_with_the_wrong_type_is_matched_and_scored_wrong() -> None:
    pred = event("evt_000000000001", "ASSAULT", "Police arrested ten protesters", "act_00000000000c")
    sc = score_article({"events": [ARREST]}, TEXT, SRC, tables(events=[pred]))
    assert counts(sc.events) == (1, 1, 1)
    assert (sc.acc["event_type"].ok, sc.acc["event_type"].n) == (0, 1)
    assert (sc.acc["event_actor"].ok, sc.acc["modality"].ok) == (1, 1)


def test_the_same_type_is_preferred_among_events_of_the_sentence() -> None:
    wrong = event("evt_000000000001", "ASSAULT", "Police arrested ten protesters", "act_00000000000b")
    right = event("evt_000000000002", "COERCE", "arrested ten protesters in Lorum", "act_00000000000c")
    sc = score_article({"events": [ARREST]}, TEXT, SRC, tables(events=[wrong, right]))
    assert counts(sc.events) == (1, 2, 1)
    assert sc.acc["event_type"].ok == 1 and sc.acc["event_actor"].ok == 1


def test_an_event_in_another_sentence_does_not_match() -> None:
    other = event("evt_000000000003", "COERCE", "Crowds later burned tyres", None)
    sc = score_article({"events": [ARREST]}, TEXT, SRC, tables(events=[other]))
    assert counts(sc.events) == (0, 1, 1)
    assert "event missed: COERCE 'arrested ten protesters'" in sc.misses
    assert "event extra: COERCE 'later'" in sc.misses


def test_wrong_actor_and_modality_are_counted() -> None:
    pred = event("evt_000000000001", "COERCE", "Police arrested ten protesters", "act_00000000000a",
                 modality="reported")
    sc = score_article({"events": [ARREST]}, TEXT, SRC, tables(events=[pred]))
    assert (sc.acc["event_actor"].ok, sc.acc["event_actor"].n) == (0, 1)
    assert (sc.acc["modality"].ok, sc.acc["modality"].n) == (0, 1)


# --- actors ---------------------------------------------------------------------------------


def test_actors_named_generic_and_missing() -> None:
    gold = {"actors": [
        {"name": "Ana Vell", "actor_type": "person", "country_code": "LOR"},
        {"name": "Bo Tarn", "actor_type": "person", "country_code": "XYZ"},  # wrong country
        {"name": "Cy Mora", "actor_type": "person", "country_code": None},   # not extracted
    ]}
    sc = score_article(gold, TEXT, SRC, tables())
    # predicted: the two named people mentioned in the source; the generic police is not counted
    assert counts(sc.actors) == (2, 2, 3)
    assert (sc.acc["actor_country"].ok, sc.acc["actor_country"].n) == (1, 2)
    assert (sc.acc["actor_type"].ok, sc.acc["actor_type"].n) == (2, 2)
    assert "actor missed: Cy Mora" in sc.misses
