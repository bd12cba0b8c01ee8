"""Extraction quality on blind check set 6 (tests/dev_blind6, articles 276–285): ten articles written and
coded on 2026-12-01 (twelfth session) by a gold author who read neither the extraction code nor the
tool's output on them (tests/dev_blind6/README.md). No rule helper was told of it.
Floors are not set yet: every floor is 0.0 until the integrator measures the set and sets them."""

from __future__ import annotations

from factpack.paths import ROOT

from tests.scored_sets import set_tests

HERE = ROOT / "tests" / "dev_blind6"

# Placeholder floors (0.0): the integrator sets them after measuring with `uv run factpack evaluate
# --gold tests/dev_blind6/gold --seeds tests/dev_blind6/articles --incidents none` (overall), as for
# the earlier blind sets (measured minus 0.02). The gold author did not measure them.
FLOORS = {
    "actors": (0.0, 0.0, 0.0),  # P / R / F1, not measured yet
    "claims": (0.0, 0.0, 0.0),  # P / R / F1, not measured yet
    "events": (0.0, 0.0, 0.0),  # P / R / F1, not measured yet
    "claimant": 0.0,
    "event_actor": 0.0,
    "event_target": 0.0,
    "actor_type": 0.0,
    "actor_country": 0.0,
    "claimant_of_gold": 0.0,
    "event_actor_of_gold": 0.0,
    "event_target_of_gold": 0.0,
}


scores, test_dev_blind6_gold_covers_every_article, test_dev_blind6_floors = set_tests(HERE, FLOORS)
