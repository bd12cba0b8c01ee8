"""IDs survive a different evidence cut and an actor's display-name correction; `factpack diff`
then reports the rows as changed, not as added and removed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from factpack.extract import claims as claims_mod
from factpack.extract import events as events_mod
from factpack.extract.reference import load_reference
from factpack.paths import REFERENCE, SEEDS
from factpack.pipeline import build
from factpack.publish.loaders import load_package
from factpack.release.diff import diff_packages, diff_paths

RENAMED = "Nicolás Maduro Moros"


def _whole_sentence(text: str, lo: int, hi: int, parts: list) -> tuple[int, int]:  # noqa: ARG001
    """Another way of cutting evidence: the whole sentence (or quotation) every time."""
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


@pytest.fixture(scope="module")
def recut(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("recut")
    first = base / "first"
    build(SEEDS, first, workers=1)
    ref_dir = base / "reference"
    shutil.copytree(REFERENCE, ref_dir)
    reg = ref_dir / "actor_registry.csv"
    rows = list(csv.DictReader(reg.open(encoding="utf-8")))
    hit = [r for r in rows if r["name"] == "Nicolas Maduro"]
    assert hit, "the registry should hold Nicolas Maduro"
    hit[0]["aliases"] = "Nicolas Maduro"
    hit[0]["name"] = RENAMED
    with reg.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    second = base / "second"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(events_mod, "readable_span", _whole_sentence)
        mp.setattr(claims_mod, "readable_span", _whole_sentence)
        build(SEEDS, second, ref=load_reference(ref_dir), workers=1)
    return first, second


@pytest.mark.parametrize(
    "table, key",
    [("events", "event_id"), ("claims", "claim_id"), ("actors", "actor_id"), ("mentions", "mention_id")],
)
def test_every_id_survives(recut: tuple[Path, Path], table: str, key: str) -> None:
    a, b = (load_package(p, categoricals=False)[table] for p in recut)
    assert sorted(a[key]) == sorted(b[key])


def test_the_cut_and_the_name_really_changed(recut: tuple[Path, Path]) -> None:
    a, b = (load_package(p, categoricals=False) for p in recut)
    ev = a["events"].merge(b["events"], on="event_id")
    assert (ev["evidence_x"] != ev["evidence_y"]).sum() >= 5
    names = dict(zip(b["actors"]["actor_id"], b["actors"]["name"], strict=True))
    old = dict(zip(a["actors"]["actor_id"], a["actors"]["name"], strict=True))
    changed = [k for k in old if old[k] != names[k]]
    assert [names[k] for k in changed] == [RENAMED]


def test_diff_reports_changed_rows_not_added_and_removed(recut: tuple[Path, Path]) -> None:
    d = {t.name: t for t in diff_packages(*recut).tables}
    for name in ("events", "claims", "actors"):
        assert not d[name].added and not d[name].removed, name
    assert len(d["events"].changed) >= 5
    assert any("evidence" in c["columns"] for c in d["claims"].changed)
    assert [c["values"]["name"]["new"] for c in d["actors"].changed] == [RENAMED]


def test_diff_from_0_2_0_matches_rows_under_their_new_ids(seed_package: Path) -> None:
    """0.2.0 made event and claim IDs from evidence spans; the diff finds each old row's trigger
    or cue in its evidence and matches it under today's ID: re-cut rows are changed, and only
    the row dropped by a correction is removed."""
    from factpack.paths import DIST

    old = DIST / "us-venezuela-crisis-2025-0.2.0.zip"
    d = {t.name: t for t in diff_paths(old, seed_package).tables}
    assert d["claims"].added == [] and d["claims"].removed == []
    assert d["events"].added == []
    assert all(r.get("corrected") for r in d["events"].removed)
    assert len(d["events"].changed) >= 15
    assert all(c.get("old_key") and c["old_key"] != c["key"] for c in d["events"].changed)
    # every kept row is listed old -> new, changed or not
    assert len(d["claims"].reidentified) == d["claims"].rows_new
    assert len(d["events"].reidentified) == d["events"].rows_new
