"""The fixture and two tests of every article set scored against floors (tests/dev_blind*,
tests/heldout_real2, tests/heldout_real3): the set's articles are built and scored against its
gold once per module; every article must be scored, and no overall figure may be under its floor.

A test module binds them to its own names, so each keeps its test IDs:

    scores, test_x_gold_covers_every_article, test_x_floors = set_tests(HERE, FLOORS)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factpack.tools.evaluate import Score, build_and_evaluate

from tests.tools.test_evaluate import below_floors


def set_tests(here: Path, floors: dict[str, Any], articles: int = 10) -> tuple[Callable, Callable, Callable]:
    """(module fixture `scores`, the coverage test, the floors test) of the set in `here`
    (`articles/` and `gold/`), which holds `articles` articles."""
    texts, gold = [here / "articles"], here / "gold"

    @pytest.fixture(scope="module")
    def scores() -> dict[str, Score]:
        return build_and_evaluate(texts, gold)

    def gold_covers_every_article(scores: dict[str, Score]) -> None:
        stems = sorted(p.stem for p in texts[0].glob("*.txt"))
        assert sorted(k for k in scores if k != "overall") == stems
        assert len(stems) == articles

    def floors_hold(scores: dict[str, Score]) -> None:
        assert below_floors(scores["overall"], floors) == []

    return scores, gold_covers_every_article, floors_hold
