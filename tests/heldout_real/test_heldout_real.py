"""Extraction quality on the fresh real-style held-out set (tests/heldout_real): ten articles
written and coded by a gold author who did not read the extraction code, never used to tune
the rules (its README). Floors sit 2 points under the figures measured when they were set;
the of-gold measures are issue 11's (a missed row counts as wrong)."""

from __future__ import annotations

import pytest
from factpack.paths import ROOT
from factpack.tools.evaluate import Score, build_and_evaluate

from tests.tools.test_evaluate import below_floors

HERE = ROOT / "tests" / "heldout_real"
GOLD = HERE / "gold"
TEXTS = [HERE / "articles"]

# measured with `uv run factpack evaluate --gold tests/heldout_real/gold --seeds
# tests/heldout_real/articles --incidents none` (overall) when set, minus 0.02
FLOORS = {
    "actors": (0.844, 0.924, 0.882),    # round 12 0.8644 / 0.9444 / 0.9027; P / R / F1 measured 0.8584 /
                                        # 0.8981 / 0.8778
    "claims": (0.866, 0.904, 0.885),    # round 12 0.8866 / 0.9247 / 0.9053; P / R / F1 measured 0.8557 /
                                        # 0.8925 / 0.8737
    # events recall and the two of-gold event measures lowered to measured - 0.02 in the fourth
    # session of 2026-11-30: its event-detection rules (s5-events; dev real events F1 0.77 ->
    # 0.82, dev wire 0.83 -> 0.84) drop acts only asked for, agreed to or threatened and visits
    # without a host, which costs recall here (0.8046 -> 0.7701) while precision rose on all four
    # held-out sets; the rules were decided on the dev sets and nothing was tuned to this one.
    # P / R / F1 measured 0.7527 / 0.8046 / 0.7778 when set; 0.7614 / 0.7701 / 0.7657 now
    "events": (0.743, 0.796, 0.768),  # round 13 0.7634 / 0.8161 / 0.7889; round 12 0.7582 / 0.7931 / 0.7753
    "claimant": 0.898,                  # round 12 0.9186; 0.8675 (was 0.8434; 2026-11-30 third session)
    "event_actor": 0.661,               # round 12 0.6812; 0.6286 (was 0.6000)
    "event_target": 0.616,              # round 13 0.6364; round 12 0.6250; 0.5692 (was 0.4769)
    "actor_type": 0.950,                # round 12 0.9706; 0.9479 (was 0.9381)
    "actor_country": 0.911,             # round 12 0.9314; 0.8958 (was 0.7938)
    "claimant_of_gold": 0.829,          # round 12 0.8495; 0.7742 (was 0.7527)
    "event_actor_of_gold": 0.531,       # round 13 0.5517; round 12 0.5402; 0.4828 (0.5057 in the third
                                        # session; see events
                                        # above)
    "event_target_of_gold": 0.418,      # round 13 0.4386; round 12 0.3860; 0.3509 (0.3860 in the third
                                        # session; see events
                                        # above)
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return build_and_evaluate(TEXTS, GOLD)


def test_heldout_real_gold_covers_every_article(scores: dict[str, Score]) -> None:
    articles = sorted(p.stem for p in TEXTS[0].glob("*.txt"))
    assert sorted(k for k in scores if k != "overall") == articles
    assert len(articles) == 10


def test_heldout_real_floors(scores: dict[str, Score]) -> None:
    assert below_floors(scores["overall"], FLOORS) == []
