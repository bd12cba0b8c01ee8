"""Extraction quality on the held-out set: articles written and coded by another author and
never used to tune the rules. Its own floors, 2 points under the figures measured when set
(README, "Extraction quality"); lower than the dev set's, as unseen text is harder."""

from __future__ import annotations

from pathlib import Path

from factpack.paths import ROOT
from factpack.tools.evaluate import evaluate

from tests.tools.test_evaluate import below_floors

GOLD = ROOT / "tests" / "heldout" / "gold"
TEXTS = [ROOT / "tests" / "heldout" / "articles"]

# measured with `uv run factpack evaluate --gold tests/heldout/gold --seeds
# tests/heldout/articles` (overall) when set, minus 0.02
HELDOUT_FLOORS = {
    "actors": (0.932, 0.868, 0.899),    # round 12 0.9524 / 0.8889 / 0.9195; P / R / F1 measured 0.8977 /
                                        # 0.8778 / 0.8876
    "claims": (0.835, 0.926, 0.878),    # round 12 0.8554 / 0.9467 / 0.8987; P / R / F1 measured 0.8415 /
                                        # 0.9200 / 0.8790
    "events": (0.696, 0.770, 0.728),    # round 13 0.7101 / 0.7903 / 0.7481; round 12 0.7164 / 0.7742 /
                                        # 0.7442; P / R / F1 measured 0.6866 /
                                        # 0.7419 / 0.7132
    "claimant": 0.782,                  # round 12 0.8028; 0.7536; was 0.7761 before issue 11 part A
                                        # (2026-11-30),
                                        # lowered, not tuned: the fresh real-style held-out set
                                        # rose 0.7625 -> 0.8434 with the same rules
    "quote_type": 0.980,                # round 12 1.0000; 0.9855
    "event_type": 0.837,                # round 13 0.8571; 0.8542; was 0.871 (0.8913), lowered, not tuned:
                                        # round 11's
                                        # denial rule (tenth session: `X denied ...` is X's REJECT when
                                        # its sentence names no other act) matched more events here
                                        # (recall 0.742 -> 0.774), typed otherwise by this set's gold
    "event_actor": 0.633,               # round 13 0.6531; 0.6458; was 0.676 (0.6957), lowered, not tuned:
                                        # round 11's rule
                                        # that a state's ministry, embassy or foreign office acts as its
                                        # state (actor_cues.csv state_organ) meets this set's gold, which
                                        # keeps ministries as actors of their own: without the rule 0.7083
                                        # (of all gold rows 0.548), with it 0.6458 (0.500, the figure
                                        # when issue 11 was filed); kept because it raised event actor of
                                        # all gold rows on blind sets 3 (+3 events), 4 (+1) and 5 (+3)
                                        # and two real-style held-out sets (+1 each; -1 on the third).
                                        # Before: 0.697 (0.7174), lowered, not tuned: round 10's event
                                        # detection (ninth session) matched more events here (recall
                                        # 0.726 -> 0.742) while event actor of all gold rows, issue
                                        # 11's measure, stayed 0.516; no rule was chosen by this set
    "event_target": 0.673,              # round 13 0.6939, lowered, not tuned: was 0.709 (round 12
                                        # 0.7292); round 13's recall rules matched more events here
                                        # (recall 0.774 -> 0.790) whose targets gold and tool read
                                        # apart; of all gold rows target 0.540 -> 0.540. Earlier:
                                        # 0.6739; was 0.676 (0.6957), lowered, not tuned: one event of
                                        # 46 lost when the event-role rules of 2026-11-30 (third
                                        # session) raised event actor here 0.67 -> 0.72 and target
                                        # on the real-style held-out set 0.48 -> 0.57
    "dates": 0.953,                     # round 12 0.9730; 0.9714
    "modality": 0.857,                  # round 13 0.8776; round 12 0.8750; 0.8696 (was 0.8043)
    "actor_type": 0.967,                # 0.9873
    "actor_country": 0.942,             # round 12 0.9625; 0.9241 (was 0.8987)
}


def test_heldout_gold_covers_every_heldout_article(heldout_package: Path) -> None:
    scores = evaluate(heldout_package, GOLD, TEXTS)
    articles = sorted(p.stem for p in TEXTS[0].glob("*.txt"))
    assert sorted(k for k in scores if k != "overall") == articles
    assert len(articles) >= 6


def test_heldout_floors(heldout_package: Path) -> None:
    assert below_floors(evaluate(heldout_package, GOLD, TEXTS)["overall"], HELDOUT_FLOORS) == []
