"""Extraction quality on the hand-coded development set (issue 3 targets).

A regression in the rules fails here. Figures are micro-averaged over articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factpack.paths import ROOT, SEEDS
from factpack.tools.evaluate import Score, evaluate

GOLD = ROOT / "tests" / "dev" / "gold"
TEXTS = [SEEDS, ROOT / "tests" / "dev" / "articles"]
SEED = "000_b1ec26d86f266071"


@pytest.fixture(scope="module")
def scores(dev_package: Path) -> dict[str, Score]:
    return evaluate(dev_package, GOLD, TEXTS)


def test_gold_files_cover_seed_and_ten_dev_articles(scores: dict[str, Score]) -> None:
    assert SEED in scores
    assert len([k for k in scores if k not in (SEED, "overall")]) >= 10


def test_dev_set_targets(scores: dict[str, Score]) -> None:
    s = scores["overall"]
    assert s.claims.f1 >= 0.85, s.claims.as_dict()
    assert s.acc["claimant"].value >= 0.85, s.acc["claimant"]
    assert s.events.f1 >= 0.75, s.events.as_dict()
    assert s.actors.f1 >= 0.90, s.actors.as_dict()


def test_seed_targets(scores: dict[str, Score]) -> None:
    s = scores[SEED]
    assert s.claims.recall >= 0.95 and s.acc["claimant"].value >= 0.95
    assert s.events.recall >= 0.90 and s.acc["event_type"].value >= 0.85
    # every named person and organisation found, with the right type and country
    assert s.actors.recall == 1.0
    assert s.acc["actor_type"].value == 1.0 and s.acc["actor_country"].value == 1.0


def test_dates_quantities_and_quote_types(scores: dict[str, Score]) -> None:
    s = scores["overall"]
    assert s.acc["dates"].value >= 0.9
    assert s.acc["fatalities"].value >= 0.9
    assert s.acc["quote_type"].value >= 0.9


def test_evaluation_can_fail(dev_package: Path, tmp_path: Path) -> None:
    """The scorer is not vacuous: a gold file with a claim that is not extracted scores lower."""
    gold = tmp_path / "gold"
    gold.mkdir()
    text = (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")
    (gold / f"{SEED}.gold.yaml").write_text(
        f"source: {SEED}\nactors: [{{name: Nobody Atall, actor_type: person, country_code: null}}]\n"
        f"claims:\n- text: {text.splitlines()[5][:40]!r}\n  claimant: Nobody Atall\n  quote_type: direct\n"
        "events: []\n",
        encoding="utf-8",
    )
    s = evaluate(dev_package, gold, TEXTS)[SEED]
    assert s.actors.recall == 0.0
    assert s.acc.get("claimant") is None or s.acc["claimant"].value == 0.0
