"""Extraction quality on blind check set 7 (tests/dev_blind7, articles 286–295): ten articles written and
coded on 2026-12-01 (thirteenth session) by a gold author who read neither the extraction code nor the
tool's output on them (tests/dev_blind7/README.md). No rule helper was told of it.
The floors are the integrator's first measure (the extraction of eb4e5a4, before round 13's rules)
less 0.02."""

from __future__ import annotations

from factpack.paths import ROOT

from tests.scored_sets import set_tests

HERE = ROOT / "tests" / "dev_blind7"

# measured by the integrator before round 13 with `uv run factpack evaluate --gold tests/dev_blind7/gold
# --seeds tests/dev_blind7/articles --incidents none` (overall)
FLOORS = {
    "actors": (0.814, 0.889, 0.850),  # before round 13 (eb4e5a4 extraction) 0.8346 / 0.9098 / 0.8706
    "claims": (0.940, 0.927, 0.933),  # before round 13 (eb4e5a4 extraction) 0.9600 / 0.9474 / 0.9536
    "events": (0.646, 0.800, 0.715),  # round 13 0.6667 / 0.8200 / 0.7354; before round 13 (eb4e5a4
                                      # extraction) 0.6639 / 0.8100 / 0.7297
    "claimant": 0.827,  # before round 13 (eb4e5a4 extraction) 0.8472
    "event_actor": 0.662,  # round 13 0.6829; before round 13 (eb4e5a4 extraction) 0.6790
    "event_target": 0.560,  # before round 13 (eb4e5a4 extraction) 0.5802
    "actor_type": 0.916,  # before round 13 (eb4e5a4 extraction) 0.9369
    "actor_country": 0.853,  # before round 13 (eb4e5a4 extraction) 0.8739
    "claimant_of_gold": 0.782,  # before round 13 (eb4e5a4 extraction) 0.8026
    "event_actor_of_gold": 0.540,  # round 13 0.5600; before round 13 (eb4e5a4 extraction) 0.5500
    "event_target_of_gold": 0.406,  # round 13 0.4265; before round 13 (eb4e5a4 extraction) 0.4118
}


scores, test_dev_blind7_gold_covers_every_article, test_dev_blind7_floors = set_tests(HERE, FLOORS)
