"""Extraction quality on blind check set 6 (tests/dev_blind6, articles 276–285): ten articles written and
coded on 2026-12-01 (eleventh session) by a gold author who read neither the extraction code nor the
tool's output on them (tests/dev_blind6/README.md). No rule helper was told of it.
The integrator scored it before round 12 (floors: 2 points under) and after the merges of rounds 12 and 13
only."""

from __future__ import annotations

from factpack.paths import ROOT

from tests.scored_sets import set_tests

HERE = ROOT / "tests" / "dev_blind6"

# measured with `uv run factpack evaluate --gold tests/dev_blind6/gold --seeds tests/dev_blind6/articles
# --incidents none` (overall) on the extraction before round 12 (release 0.5.1), minus 0.02
FLOORS = {
    "actors": (0.842, 0.879, 0.860),    # round 13 0.8629 / 0.8992 / 0.8807; round 12 0.8560 / 0.8992 /
                                        # 0.8770; P / R / F1 measured 0.8492 /
                                        # 0.8992 / 0.8735
    "claims": (0.895, 0.915, 0.905),    # round 12 0.9155 / 0.9353 / 0.9253; P / R / F1 measured 0.9124 /
                                        # 0.8993 / 0.9058
    "events": (0.693, 0.753, 0.718),    # round 13 0.7069 / 0.7736 / 0.7387; round 12 0.7105 / 0.7642 /
                                        # 0.7364; P / R / F1 measured 0.7130 /
                                        # 0.7264 / 0.7196
    "claimant": 0.833,  # round 12 0.8538; 0.8400
    "event_actor": 0.748,  # round 13 0.7683; 0.7532
    "event_target": 0.642,  # 0.6623
    "actor_type": 0.895,  # round 12 0.9159; 0.8972
    "actor_country": 0.783,  # round 12 0.8037; 0.7850
    "claimant_of_gold": 0.778,  # round 12 0.7986; 0.7554
    "event_actor_of_gold": 0.574,  # round 13 0.5943; round 12 0.5660; 0.5472
    "event_target_of_gold": 0.455,  # round 13 0.4750; round 12 0.4625; 0.4375
}


scores, test_dev_blind6_gold_covers_every_article, test_dev_blind6_floors = set_tests(HERE, FLOORS)
