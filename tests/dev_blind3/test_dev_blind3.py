"""Extraction quality on blind check set 3 (tests/dev_blind3, articles 246–255): ten articles written and
coded on 2026-11-30 (eighth session) by a gold author who read neither the extraction code nor the
tool's output on them (tests/dev_blind3/README.md). No rule helper knew of it in rounds 9 and 10;
in round 11 (tenth session) it was opened to the rule helpers, who studied its errors: it is no
longer blind (tests/dev_blind4 and tests/dev_blind5 are).
Floors sit 2 points under the figures measured when a round was merged (the higher of old and
new); the of-gold measures are issue 11's (a missed row counts as wrong)."""

from __future__ import annotations

from factpack.paths import ROOT

from tests.scored_sets import set_tests

HERE = ROOT / "tests" / "dev_blind3"

# measured with `uv run factpack evaluate --gold tests/dev_blind3/gold --seeds
# tests/dev_blind3/articles --incidents none` (overall) when set, minus 0.02
FLOORS = {
    "actors": (0.806, 0.948, 0.871),    # round 13 0.8264 / 0.9675 / 0.8914; round 12 0.8207 / 0.9675 /
                                        # 0.8881; round 11 0.8151 / 0.9675 /
                                        # 0.8848; round 10 merged 0.7902 / 0.9187
                                        # / 0.8496; P / R / F1 measured 0.7887
                                        # / 0.9106 / 0.8453
    "claims": (0.928, 0.956, 0.941),    # round 12 0.9480 / 0.9762 / 0.9619; round 11 0.9467 / 0.9524 /
                                        # 0.9496; P / R / F1 measured 0.9333 /
                                        # 0.9167 / 0.9249
    "events": (0.713, 0.817, 0.762),    # round 13 0.7338 / 0.8370 / 0.7820; round 12 0.7200 / 0.8000 /
                                        # 0.7579; round 11 0.7203 / 0.7630 /
                                        # 0.7410; round 10 merged 0.7045 / 0.6889
                                        # / 0.6966; P / R / F1 measured 0.7077
                                        # / 0.6815 / 0.6943
    "claimant": 0.943,  # round 11 0.9625; round 10 merged 0.7922; 0.7857
    "event_actor": 0.803,  # round 13 0.8230; round 11 0.7670; round 10 merged 0.6989; 0.6848
    "event_target": 0.669,  # round 11 0.6893; round 10 merged 0.6667; 0.6413
    "actor_type": 0.921,  # round 11 0.9412; round 10 merged 0.9204; 0.9018
    "actor_country": 0.862,  # round 12 0.8824; round 11 0.8739; 0.8036
    "claimant_of_gold": 0.920,  # round 12 0.9405; round 11 0.9167; round 10 merged 0.7262; 0.7202
    "event_actor_of_gold": 0.668,  # round 13 0.6889; round 12 0.6074; round 11 0.5852; round 10 merged
                                   # 0.4815; 0.4667
    "event_target_of_gold": 0.518,  # round 13 0.5385; round 12 0.5000; round 11 0.4872; round 10 merged
                                    # 0.4231; 0.3846
}


scores, test_dev_blind3_gold_covers_every_article, test_dev_blind3_floors = set_tests(HERE, FLOORS)
