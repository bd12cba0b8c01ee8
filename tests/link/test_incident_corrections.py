"""Merge and split corrections of incidents, in real builds of the linking dev set: the
result, the `corrections` records, IDs of every other incident, diff and changelog, stale and
malformed entries."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml
from factpack.curate.corrections import read_batch
from factpack.errors import FactpackError, InputError
from factpack.paths import ROOT
from factpack.pipeline import build
from factpack.publish.loaders import load_package
from factpack.release.diff import diff_packages, render_text, summary_markdown

DEV = ROOT / "tests" / "dev_incidents" / "articles"
MERGE_REASON = "the follow-up's seizures this week include the wire's Tuesday seizure"
SPLIT_REASON = "the follow-up's wounded woman is hurt in another shelling"


def seeds(tmp: Path, entries: list[dict] | None, name: str = "incidents.yaml") -> Path:
    folder = tmp / "seeds"
    if not folder.exists():
        shutil.copytree(DEV, folder)
    (folder / "corrections").mkdir(exist_ok=True)
    if entries is not None:
        batch = {"author": "Test Author", "date": "2026-11-30", "corrections": entries}
        (folder / "corrections" / name).write_text(yaml.safe_dump(batch), encoding="utf-8")
    return folder


def tables(pkg: Path) -> dict[str, pd.DataFrame]:
    t = load_package(pkg, categoricals=False)
    stem = dict(zip(t["sources"]["source_id"], t["sources"]["seed_file"], strict=True))
    t["events"] = t["events"].assign(seed_file=t["events"]["source_id"].map(stem))
    return t


def seizure_incidents(ev: pd.DataFrame) -> tuple[str, str]:
    """The Tuesday trawler seizure as the wire reports it and the follow-up's "seized this
    week" (two incidents: a detention and a week-dated seizure do not link by rule)."""
    coerce = ev[ev["event_type"] == "COERCE"]
    wire = coerce[coerce["seed_file"].str.startswith("241_")
                  & coerce["evidence"].str.contains("detained")]["incident_id"].iloc[0]
    follow = coerce[coerce["seed_file"].str.startswith("243_")
                    & coerce["evidence"].str.contains("this week")]["incident_id"].iloc[0]
    return wire, follow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    """(package without corrections, package with a merge and a split, what they named)."""
    tmp = tmp_path_factory.mktemp("incident-corrections")
    base = tmp / "base"
    build(seeds(tmp, None), base, workers=1)
    t = tables(base)
    ev = t["events"]
    wire, follow = seizure_incidents(ev)
    # the largest shelling incident (the follow-up's wounded woman is one of its reports)
    shelling = t["incidents"][t["incidents"]["event_type"] == "ASSAULT"]
    big = shelling.sort_values(["report_count", "incident_id"]).iloc[-1]["incident_id"]
    reports = ev[ev["incident_id"] == big]
    leaving = reports[reports["event_id"] != reports["event_id"].iloc[0]]["event_id"].iloc[-1]
    merged = ev[ev["incident_id"].isin([wire, follow])]
    named = {"merge": [wire, follow], "split": big, "leaving": leaving, "merged_reports": len(merged),
             "merged_sources": merged["source_id"].nunique(),
             "wire_reports": int((ev["incident_id"] == wire).sum())}
    build(seeds(tmp, [
        {"table": "incidents", "action": "merge", "ids": [follow, wire], "reason": MERGE_REASON},
        {"table": "incidents", "action": "split", "id": big, "event_ids": [leaving], "reason": SPLIT_REASON},
    ]), tmp / "corrected", workers=1)
    return base, tmp / "corrected", named


def test_a_merge_makes_one_incident_and_a_split_two(built: tuple[Path, Path, dict]) -> None:
    base, corrected, named = built
    a, b = tables(base), tables(corrected)
    before = a["events"].set_index("event_id")["incident_id"]
    after = b["events"].set_index("event_id")["incident_id"]
    wire, follow = named["merge"]
    merged = before[before.isin([wire, follow])].index
    assert len(merged) == named["merged_reports"] >= 2 and after.loc[merged].nunique() == 1
    assert after.loc[merged].iloc[0] == wire  # the incident whose anchor comes first keeps its ID
    assert follow not in set(b["incidents"]["incident_id"])
    row = b["incidents"].set_index("incident_id").loc[wire]
    assert row["report_count"] == named["merged_reports"] and row["source_count"] == named["merged_sources"]
    big, leaving = named["split"], named["leaving"]
    stayed = before[(before == big) & (before.index != leaving)].index
    assert (after.loc[stayed] == big).all()
    assert after.loc[leaving] not in (big, *set(before))  # a new incident of its own
    n = a["incidents"].set_index("incident_id").at[big, "report_count"]
    assert b["incidents"].set_index("incident_id").at[big, "report_count"] == n - 1


def test_every_other_incident_keeps_its_id(built: tuple[Path, Path, dict]) -> None:
    base, corrected, named = built
    a, b = tables(base), tables(corrected)
    before = a["events"].set_index("event_id")["incident_id"]
    after = b["events"].set_index("event_id")["incident_id"]
    touched = {*named["merge"], named["split"]}
    others = before[~before.isin(touched)].index
    assert len(others) > 30 and (after.loc[others] == before.loc[others]).all()
    assert len(b["incidents"]) == len(a["incidents"])  # one merged away, one split off


def test_merge_and_split_are_recorded_with_their_reason(built: tuple[Path, Path, dict]) -> None:
    _, corrected, named = built
    c = tables(corrected)["corrections"]
    assert set(c["table_name"]) == {"incidents"} and set(c["author"]) == {"Test Author"}
    merge = c[c["action"] == "merge"].set_index("row_id")
    assert set(merge.index) == set(named["merge"]) and set(merge["reason"]) == {MERGE_REASON}
    wire, follow = named["merge"]
    assert pd.isna(merge.at[follow, "new_value"])  # merged away
    assert len(json.loads(merge.at[wire, "new_value"])) == named["merged_reports"]
    assert len(json.loads(merge.at[wire, "old_value"])) == named["wire_reports"]
    split = c[c["action"] == "split"].set_index("row_id")
    assert named["split"] in split.index and len(split) == 2 and set(split["reason"]) == {SPLIT_REASON}
    new = next(i for i in split.index if i != named["split"])
    assert pd.isna(split.at[new, "old_value"])
    assert json.loads(split.at[new, "new_value"]) == [named["leaving"]]
    assert c["correction_id"].is_unique


def test_diff_and_changelog_show_merge_and_split(built: tuple[Path, Path, dict]) -> None:
    d = diff_packages(*built[:2])
    text = render_text(d, limit=0)
    assert f"[corrected (merge): {MERGE_REASON[:30]}" in text
    assert f"[corrected (split): {SPLIT_REASON[:30]}" in text
    md = summary_markdown(d)
    assert "Rows corrected by hand" in md and f"`incidents` {built[2]['split']} (split)" in md


def test_a_stale_incident_entry_fails_naming_file_and_entry(built: tuple[Path, Path, dict],
                                                             tmp_path: Path) -> None:
    base, _, named = built
    out = tmp_path / "pkg"
    shutil.copytree(base, out)
    digest = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
              for p in sorted(out.rglob("*")) if p.is_file()}
    gone = "inc_000000000000"
    folder = seeds(tmp_path, [{"table": "incidents", "action": "merge", "ids": [named["split"], gone],
                               "reason": "two reports of one act"}], "stale.yaml")
    where = rf"stale\.yaml: entry 1 \(incidents {named['split']} \+ {gone}\): "
    with pytest.raises(FactpackError, match=where + rf"no incident {gone} in this build"):
        build(folder, out, workers=1)
    assert digest == {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                      for p in sorted(out.rglob("*")) if p.is_file()}
    build(folder, out, workers=1, allow_stale=True)
    report = (out / "build_report.json").read_text(encoding="utf-8")
    assert "stale correction skipped" in report and "stale.yaml" in report


@pytest.mark.parametrize("entry, message", [
    ({"action": "merge", "ids": ["inc_000000000001", "inc_000000000002"]}, "no reason"),
    ({"action": "merge", "ids": ["inc_000000000001"], "reason": "r"}, "at least two incident IDs"),
    ({"action": "merge", "ids": ["inc_1", "inc_000000000002"], "reason": "r"},
     "'inc_1' in `ids` is not an ID"),
    ({"action": "split", "id": "inc_000000000001", "reason": "r"}, "`event_ids` must be a list of IDs"),
    ({"action": "split", "event_ids": ["evt_000000000001"], "reason": "r"},
     "a split needs the incident's `id`"),
    ({"action": "drop", "id": "inc_000000000001", "reason": "r"}, "action 'drop' is not one of merge, split"),
    ({"action": "merge", "ids": ["inc_000000000001", "inc_000000000002"], "set": {"x": 1}, "reason": "r"},
     "takes no set"),
])
def test_malformed_incident_entries_name_the_file_and_entry(tmp_path: Path, entry: dict,
                                                            message: str) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text(yaml.safe_dump({"author": "x", "date": "2026-11-30",
                                 "corrections": [{"table": "incidents", **entry}]}), encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_batch(p)
    assert "bad.yaml" in str(e.value) and "entry 1" in str(e.value) and message in str(e.value)


def test_ids_and_event_ids_are_for_incidents_only(tmp_path: Path) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text(yaml.safe_dump({"author": "x", "date": "2026-11-30", "corrections": [
        {"table": "events", "action": "drop", "id": "evt_000000000001", "ids": ["inc_000000000001"],
         "reason": "r"}]}), encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.yaml: entry 1: `ids` and `event_ids` are for `table: inc"):
        read_batch(p)
