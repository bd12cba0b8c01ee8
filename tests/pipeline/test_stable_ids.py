"""IDs are derived from content: adding a source does not renumber the rows already published."""

from __future__ import annotations

from pathlib import Path

import pytest
from factpack.pipeline import build
from factpack.publish.loaders import load_package

from tests.wire import seeds_with_wire


@pytest.fixture(scope="module")
def grown_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("grown")
    out = base / "pkg"
    build(seeds_with_wire(base / "seeds"), out)
    return out


@pytest.fixture(scope="module")
def both(seed_package: Path, grown_package: Path) -> tuple[dict, dict]:
    return (load_package(seed_package, categoricals=False),
            load_package(grown_package, categoricals=False))


def test_the_second_build_really_adds_a_source(both: tuple[dict, dict]) -> None:
    first, second = both
    assert len(second["sources"]) == len(first["sources"]) + 1
    new_src = set(second["sources"]["source_id"]) - set(first["sources"]["source_id"])
    assert len(new_src) == 1
    for name in ("mentions", "events", "claims"):
        assert second[name]["source_id"].isin(new_src).any(), f"the new article gave no {name}"


@pytest.mark.parametrize("table, id_col", [("mentions", "mention_id"), ("events", "event_id"),
                                           ("claims", "claim_id")])
def test_row_ids_of_the_first_build_are_unchanged(both: tuple[dict, dict], table: str,
                                                  id_col: str) -> None:
    """Every row of the first build whose (source_id, span) still exists keeps its ID."""
    first, second = both
    span = ["source_id", "char_start", "char_end"]
    ids_at = second[table].groupby(span)[id_col].agg(set).to_dict()
    kept = 0
    for r in first[table].itertuples():
        at = ids_at.get((r.source_id, r.char_start, r.char_end))
        if at is None:
            continue
        assert getattr(r, id_col) in at, (
            f"{table}: {getattr(r, id_col)} at {r.source_id} {r.char_start}-{r.char_end} "
            f"now has ID(s) {at}")
        kept += 1
    # The extraction is per document, so every row of the first build is still there.
    assert kept == len(first[table]) > 0


def test_actor_ids_of_the_first_build_still_exist_with_the_same_names(
        both: tuple[dict, dict]) -> None:
    first, second = both
    names = dict(zip(second["actors"]["actor_id"], second["actors"]["name"], strict=True))
    for r in first["actors"].itertuples():
        assert r.actor_id in names, f"actor {r.actor_id} ({r.name}) disappeared"
        assert names[r.actor_id] == r.name


def test_shared_actors_get_one_id(both: tuple[dict, dict]) -> None:
    """An actor named in both articles is one row, referred to by mentions of both sources."""
    _, second = both
    m = second["mentions"].merge(second["actors"], on="actor_id")
    per_actor = m.groupby("name")["source_id"].nunique()
    assert {"Nicolas Maduro", "Donald Trump"} <= set(per_actor[per_actor == 2].index)
