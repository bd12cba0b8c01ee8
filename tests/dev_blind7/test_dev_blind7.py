"""Extraction quality on blind check set 7 (tests/dev_blind7, articles 286–295): ten articles written and
coded on 2026-12-01 (thirteenth session) by a gold author who read neither the extraction code nor the
tool's output on them (tests/dev_blind7/README.md). No rule helper was told of it.
The floors are 0.0 until the integrator measures the set."""

from __future__ import annotations

from factpack.paths import ROOT

from tests.scored_sets import set_tests

HERE = ROOT / "tests" / "dev_blind7"

# not yet measured: the integrator sets these from `uv run factpack evaluate --gold tests/dev_blind7/gold
# --seeds tests/dev_blind7/articles --incidents none` (overall)
FLOORS = {
    "actors": (0.0, 0.0, 0.0),
    "claims": (0.0, 0.0, 0.0),
    "events": (0.0, 0.0, 0.0),
    "claimant": 0.0,
    "event_actor": 0.0,
    "event_target": 0.0,
    "actor_type": 0.0,
    "actor_country": 0.0,
    "claimant_of_gold": 0.0,
    "event_actor_of_gold": 0.0,
    "event_target_of_gold": 0.0,
}


scores, test_dev_blind7_gold_covers_every_article, test_dev_blind7_floors = set_tests(HERE, FLOORS)
