"""Extraction quality on the hand-coded development set (issue 3 targets, issue 16 floors).

A regression in the rules fails here. Figures are micro-averaged over articles. The floors
sit 2 points under the figures measured when they were set (README, "Extraction quality"):
raise them when the extraction improves, so that a later regression of 2 points fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factpack.paths import ROOT, SEEDS
from factpack.tools.evaluate import Score, evaluate, quality_block, replace_block

GOLD = ROOT / "tests" / "dev" / "gold"
TEXTS = [SEEDS, ROOT / "tests" / "dev" / "articles"]
HELDOUT_GOLD = ROOT / "tests" / "heldout" / "gold"
HELDOUT_TEXTS = [ROOT / "tests" / "heldout" / "articles"]
SEED = "000_b1ec26d86f266071"

# measured with `uv run factpack evaluate` (dev set, overall) when set, minus 0.02
DEV_FLOORS = {
    "actors": (0.929, 0.967, 0.948),    # round 10 0.9494 / 0.9868 / 0.9677; P / R / F1 measured 0.9494 /
                                        # 0.9868 / 0.9677 (round 9); 0.9490 /
    #                                     0.9803 / 0.9644 (s7 merged; was
    #                                     0.9487 / 0.9737 / 0.9610 s3-actors)
    "claims": (0.963, 0.974, 0.969),    # round 11 0.9831 / 0.9943 / 0.9886; P / R / F1 measured 0.9830 /
                                        # 0.9886 / 0.9858 (s7 merged:
    #                                     pledge/promise as acts); 0.9665 / 0.9886 / 0.9774 (s6-claims; was
    #                                     0.9611 / 0.9886 / 0.9746 s4-claims)
    "events": (0.786, 0.866, 0.824),    # round 13 0.8061 / 0.8867 / 0.8444; round 12 0.8037 / 0.8733 /
                                        # 0.8371, P and F1 lowered, not tuned:
                                        # round 12 reads a stated feeling (`was deeply concerned`) as
                                        # ACCUSE, as blind sets 2-6 code it and this older gold does not
                                        # (3 of its 6 new extra rows); recall unchanged;
                                        # round 10 0.8344 / 0.8733 / 0.8534; P / R / F1 measured 0.8280 /
                                        # 0.8667 / 0.8469 (s8-events);
    #                                     0.8176 / 0.8667 / 0.8414 (s5-events; was
    #                                     0.7857 / 0.8800 / 0.8302: recall floor kept, not lowered)
    "claimant": 0.969,                  # round 11 0.9885; 0.9884 (s4-claims; was 0.9826)
    "quote_type": 0.974,                # 0.9942
    "event_type": 0.904,                # round 13 0.9248; round 12 0.9237; 0.9160
    "event_actor": 0.868,               # round 12 0.8889; round 11 0.8810; round 10 0.8730; 0.8640 round 9
                                        # (0.8560 s7;
                                        # 0.8504; 0.8413 s3-roles;
                                        # 0.8095)
    "event_actor_of_gold": 0.759,       # round 13 0.7793; round 12 0.7724; round 11 0.7655; round 10 0.7586;
                                        # 0.7448 after the
                                        # merge (0.7310
                                        # s3-roles; 0.7034
                                        # before)
    "event_target": 0.658,              # round 12 0.6789; 0.6667 s8-events (0.6574 s6-roles; 0.6455; 0.6239;
                                        # 0.5413)
    "event_target_of_gold": 0.550,      # round 13 0.5702; round 12 0.5614; 0.5439 s8-events; 0.5351 s4-roles
                                        # (was 0.5088;
                                        # 0.4649)
    "dates": 0.962,                     # 0.9818
    "fatalities": 0.980,                # 1.0000
    "modality": 0.897,                  # round 13 0.9173; 0.9167 (was 0.8626; modality rules, this session)
    "actor_type": 0.973,                # 0.9933 s7 merged (0.9662; 0.9595; s3-actors)
    "actor_country": 0.913,             # round 12 0.9333; round 11 0.9200; 0.9128 s8 (0.9122; 0.8649;
                                        # s3-actors: role country)
    "cue": 0.974,                       # round 10 0.9942; 0.9884
    "amounts": 0.813,                   # 0.8333 s5-events (was 0.7500; 0.6667 before money forms)
    "claimant_of_gold": 0.963,          # round 11 0.9829; 0.9771 (s4-claims; was 0.9657)
}


def below_floors(s: Score, floors: dict) -> list[str]:
    """Every figure under its floor, as 'name value < floor'."""
    out = []
    for name, floor in floors.items():
        if isinstance(floor, tuple):
            c = getattr(s, name)
            for what, v, f in zip(("precision", "recall", "F1"), (c.precision, c.recall, c.f1), floor,
                                  strict=True):
                if v < f:
                    out.append(f"{name} {what} {v:.4f} < {f}")
        else:
            v = s.acc[name].value if name in s.acc else None
            if v is None or v < floor:
                out.append(f"{name} accuracy {v} < {floor}")
    return out


@pytest.fixture(scope="module")
def scores(dev_package: Path) -> dict[str, Score]:
    return evaluate(dev_package, GOLD, TEXTS)


def test_gold_files_cover_seed_and_ten_dev_articles(scores: dict[str, Score]) -> None:
    assert SEED in scores
    assert len([k for k in scores if k not in (SEED, "overall")]) >= 10


def test_dev_set_floors(scores: dict[str, Score]) -> None:
    assert below_floors(scores["overall"], DEV_FLOORS) == []


def test_seed_targets(scores: dict[str, Score]) -> None:
    s = scores[SEED]
    assert s.claims.recall >= 0.95 and s.acc["claimant"].value >= 0.95
    assert s.events.recall >= 0.90 and s.acc["event_type"].value >= 0.85
    # every named person and organisation found, with the right type and country
    assert s.actors.recall == 1.0
    assert s.acc["actor_type"].value == 1.0 and s.acc["actor_country"].value == 1.0


def test_floors_can_fail() -> None:
    """below_floors is not vacuous: a score a point under a floor is reported."""
    s = Score()
    s.actors.tp, s.actors.pred, s.actors.gold = 90, 100, 100
    s.a("claimant").ok, s.a("claimant").n = 1, 2
    assert below_floors(s, {"actors": (0.9, 0.91, 0.5), "claimant": 0.5, "dates": 0.1}) == [
        "actors recall 0.9000 < 0.91", "dates accuracy None < 0.1"]


def test_evaluation_can_fail(dev_package: Path, tmp_path: Path) -> None:
    """A gold file crediting an extracted claim to someone else, and naming an actor nobody
    mentions, scores the claim as matched with a wrong claimant and the actor as missed."""
    from factpack.publish.loaders import load_package

    t = load_package(dev_package, categoricals=False)
    sid = t["sources"].set_index("seed_file").at[f"{SEED}.txt", "source_id"]
    claim_text = t["claims"].loc[t["claims"]["source_id"] == sid, "claim_text"].iloc[0]
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{SEED}.gold.yaml").write_text(
        f"source: {SEED}\nactors: [{{name: Nobody Atall, actor_type: person, country_code: null}}]\n"
        f"claims:\n- text: {claim_text!r}\n  claimant: Nobody Atall\n  quote_type: direct\n"
        "events: []\n",
        encoding="utf-8",
    )
    s = evaluate(dev_package, gold, TEXTS)[SEED]
    assert s.actors.recall == 0.0
    assert s.claims.tp == 1
    assert (s.acc["claimant"].ok, s.acc["claimant"].n) == (0, 1)


def test_of_gold_measures_count_missed_rows(dev_package: Path, tmp_path: Path) -> None:
    """The issue-11 measures are over all gold rows: a gold claim and a gold event the package
    has no row for count as wrong there, while the matched-only accuracies ignore them."""
    from factpack.publish.loaders import load_package

    t = load_package(dev_package, categoricals=False)
    sid = t["sources"].set_index("seed_file").at[f"{SEED}.txt", "source_id"]
    row = t["claims"].loc[t["claims"]["source_id"] == sid].iloc[0]
    text = (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")
    first_word = text.split()[0]  # a title word: no claim or event row spans the headline
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{SEED}.gold.yaml").write_text(
        f"source: {SEED}\nactors: []\n"
        f"claims:\n- text: {row['claim_text']!r}\n  claimant: Nobody Atall\n  quote_type: direct\n"
        f"- text: {first_word!r}\n  claimant: Nobody Atall\n  quote_type: direct\n"
        f"events:\n- anchor: {first_word!r}\n  event_type: ACCUSE\n  actor: Nobody Atall\n"
        "  target: Somebody Else\n",
        encoding="utf-8",
    )
    s = evaluate(dev_package, gold, TEXTS)[SEED]
    assert (s.acc["claimant"].ok, s.acc["claimant"].n) == (0, 1)
    assert (s.acc["claimant_of_gold"].ok, s.acc["claimant_of_gold"].n) == (0, 2)
    assert (s.acc["event_actor_of_gold"].n, s.acc["event_target_of_gold"].n) == (1, 1)
    assert "event_actor" not in s.acc


def test_readme_quality_table_is_current(scores: dict[str, Score], heldout_package: Path) -> None:
    """README's "Extraction quality" table shows what the scorer measures today, on every set."""
    from factpack.tools.evaluate import README_SETS, build_and_evaluate, quality_rows

    sets = {}
    for label, (gold, dirs) in README_SETS.items():
        if gold == "tests/dev/gold":
            sets[label] = scores
        elif gold == "tests/heldout/gold":
            sets[label] = evaluate(heldout_package, HELDOUT_GOLD, HELDOUT_TEXTS)
        else:
            sets[label] = build_and_evaluate([ROOT / d for d in dirs], ROOT / gold)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = quality_block(quality_rows(sets, SEED))
    stale = "README's Extraction quality table is stale: run `uv run python -m factpack.tools.evaluate`"
    # the message names the stale rows' sets only: it must not show held-out figures to someone
    # who is changing the rules (they read this test's failure while they work)
    rows = block.splitlines()
    changed = [r.split(" | ")[0].lstrip("| ") for r in rows if r.startswith("| ") and r not in readme]
    if block not in readme:  # (pytest.fail: an assert would print both texts)
        pytest.fail(f"{stale} (rows that differ: {', '.join(changed) or 'the block around them'})")
    if replace_block(readme, block) != readme:
        pytest.fail(f"{stale} (the markers around it are not where the table is)")
