"""Incidents in real builds of the linking dev set (tests/dev_incidents): ID stability when
follow-up reports are added, `factpack diff`, validation, and the linking targets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factpack.contract.schema import load_tables
from factpack.contract.validate import cross_problems, frictionless_problems, pandera_problems
from factpack.paths import ROOT
from factpack.pipeline import build
from factpack.publish.loaders import load_package
from factpack.release.diff import diff_packages, render_text
from factpack.tools.link_eval import LinkScore, evaluate_linking

DEV = ROOT / "tests" / "dev_incidents"
FOLLOW_UPS = ("followup",)  # the reports published a day or two after the others


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(without the follow-up articles, with them)."""
    base = tmp_path_factory.mktemp("incidents")
    early = base / "early"
    early.mkdir()
    for p in sorted((DEV / "articles").iterdir()):
        if not any(f in p.name for f in FOLLOW_UPS):
            shutil.copy(p, early / p.name)
    build(early, base / "pkg1")
    build(DEV / "articles", base / "pkg2")
    return base / "pkg1", base / "pkg2"


def test_follow_ups_are_really_added(builds: tuple[Path, Path]) -> None:
    first, second = (load_package(p, categoricals=False) for p in builds)
    assert len(second["sources"]) - len(first["sources"]) == 5
    assert len(second["events"]) > len(first["events"])


def test_adding_reports_of_known_incidents_keeps_every_incident_id(builds: tuple[Path, Path]) -> None:
    first, second = (load_package(p, categoricals=False) for p in builds)
    before = first["events"].set_index("event_id")["incident_id"]
    after = second["events"].set_index("event_id")["incident_id"]
    assert (after.loc[before.index] == before).all()
    assert set(first["incidents"]["incident_id"]) <= set(second["incidents"]["incident_id"])
    grown = second["incidents"].set_index("incident_id")["report_count"].loc[
        first["incidents"]["incident_id"]] - first["incidents"].set_index("incident_id")["report_count"]
    assert (grown >= 0).all() and (grown > 0).sum() >= 3, grown[grown > 0]


def test_diff_shows_the_report_count_change(builds: tuple[Path, Path]) -> None:
    d = diff_packages(*builds)
    td = next(t for t in d.tables if t.name == "incidents")
    changed = [c for c in td.changed if "report_count" in c["columns"]]
    assert changed and all(not c["key"] == [] for c in changed)
    assert any(c["values"]["report_count"]["new"] > c["values"]["report_count"]["old"] for c in changed)
    text = render_text(d, limit=0)
    first = changed[0]
    key = first["key"] if isinstance(first["key"], str) else first["key"][0]
    line = next(ln for ln in text.splitlines() if ln.startswith(f"  ~ {key}"))
    old, new = first["values"]["report_count"]["old"], first["values"]["report_count"]["new"]
    assert f"report_count {old} → {new}" in line


def test_incidents_validate_with_frictionless_and_pandera(builds: tuple[Path, Path]) -> None:
    pkg = builds[1]
    assert frictionless_problems(pkg / "datapackage.json") == []
    t = load_package(pkg, categoricals=False)
    contract = load_tables()["incidents"]
    assert len(t["incidents"]) > 0 and pandera_problems(t["incidents"], contract) == []
    bad = t["incidents"].copy()
    bad.loc[0, "report_count"] = 0
    bad.loc[1, "incident_id"] = "incident-1"
    checks = {(p.column, p.check.split("(")[0]) for p in pandera_problems(bad, contract)}
    assert ("report_count", "greater_than_or_equal_to") in checks
    assert ("incident_id", "str_matches") in checks
    t["events"].loc[0, "incident_id"] = "inc_000000000000"
    assert any(p.table == "events" and p.column == "incident_id" for p in cross_problems(t, None))


def test_every_event_has_an_incident_and_counts_add_up(builds: tuple[Path, Path]) -> None:
    t = load_package(builds[1], categoricals=False)
    ev, inc = t["events"], t["incidents"].set_index("incident_id")
    assert ev["incident_id"].notna().all()
    assert ev.groupby("incident_id").size().to_dict() == inc["report_count"].astype(int).to_dict()
    assert (ev.groupby("incident_id")["source_id"].nunique().to_dict()
            == inc["source_count"].astype(int).to_dict())
    assert inc["anchor_event_id"].isin(ev["event_id"]).all()
    assert (inc["report_count"] > 1).sum() >= 8


@pytest.fixture(scope="module")
def scores(builds: tuple[Path, Path]) -> dict[str, LinkScore]:
    return evaluate_linking(builds[1], DEV / "gold.yaml", DEV / "articles")


def test_gold_covers_four_clusters_of_look_alikes(scores: dict[str, LinkScore]) -> None:
    s = scores["all"]
    assert s.gold_acts >= 16 and s.gold_reports >= 30 and s.gold_pairs >= 16


def test_linking_targets(scores: dict[str, LinkScore]) -> None:
    """Issue 17: pairwise precision >= 0.9 and recall >= 0.8 on the dev clusters (recall of the
    linking over gold reports that have an event row; end to end, extraction misses included,
    recall is lower and held at its measured level)."""
    rows, everything = scores["rows"], scores["all"]
    assert rows.precision >= 0.9 and everything.precision >= 0.9, rows.as_dict()
    assert rows.recall >= 0.8, rows.as_dict()
    # end to end 0.9231 (24 of 26 pairs; was 0.7308) once passive "was boarded", two
    # expulsions in one sentence, "two days after" dates and ships' names were read right;
    # the wire's "detained" and the live blog's "seized" of one trawler stay apart
    assert everything.recall >= 0.90, everything.as_dict()
    assert everything.bcubed_precision >= 0.9 and everything.bcubed_recall >= 0.8


def test_the_scorer_can_fail(builds: tuple[Path, Path], tmp_path: Path) -> None:
    """Gold that moves Monday's shelling in the wire to Tuesday's act scores lower precision
    and recall: the linking joins it with Monday's reports, as it should."""
    gold = (DEV / "gold.yaml").read_text(encoding="utf-8")
    line = '      201_border_shelling_wire: "Azerbaijani forces shelled the Armenian border village"\n'
    head = "  a_shelling_tuesday:\n    event_type: ASSAULT\n    reports:\n"
    wrong = gold.replace(line, "", 1).replace(head, head + line, 1)
    assert wrong != gold
    (tmp_path / "gold.yaml").write_text(wrong, encoding="utf-8")
    right = evaluate_linking(builds[1], DEV / "gold.yaml", DEV / "articles")["all"]
    s = evaluate_linking(builds[1], tmp_path / "gold.yaml", DEV / "articles")["all"]
    assert s.precision < right.precision and s.recall < right.recall


def test_confirmed_query_and_incidents_named_view(builds: tuple[Path, Path], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The README query "acts confirmed by at least two sources" over views.sql and over the
    DuckDB file: the same rows, each from two sources or more, with names from actors."""
    import duckdb
    from factpack.publish.database import write_duckdb
    from factpack.publish.queries import README_QUERIES

    pkg = builds[1]
    sql = README_QUERIES["confirmed_incidents"][1]
    monkeypatch.chdir(pkg)
    views = duckdb.connect()
    views.execute((pkg / "views.sql").read_text(encoding="utf-8"))
    rows = views.execute(sql).fetchall()
    write_duckdb(pkg, tmp_path / "p.duckdb")
    db = duckdb.connect(str(tmp_path / "p.duckdb"), read_only=True)
    assert db.execute(sql).fetchall() == rows
    assert len(rows) >= 8 and all(r[-1] >= 2 for r in rows)
    names = {r[0] for r in views.execute("SELECT name FROM actors").fetchall()}
    assert {r[3] for r in rows if r[3] is not None} <= names
    n = views.execute("SELECT count(*) FROM incidents_named").fetchone()[0]
    assert n == views.execute("SELECT count(*) FROM incidents").fetchone()[0]


def test_unrelated_stories_are_never_linked(dev_package: Path) -> None:
    """The seed and the 12 extraction dev articles tell different stories: no incident may
    join reports of two of them."""
    t = load_package(dev_package, categoricals=False)
    assert len(t["sources"]) >= 13
    assert (t["incidents"]["source_count"] == 1).all(), t["incidents"][t["incidents"]["source_count"] > 1]
