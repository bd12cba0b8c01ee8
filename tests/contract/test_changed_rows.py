"""`--validate changed`: the official Frictionless validator on the rows that changed since the
previous package, keys over all rows; a rebuild after adding a source re-checks only its rows."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from factpack.contract.changed import changed_rows_problems
from factpack.paths import SEEDS
from factpack.pipeline import build

from tests.wire import write_wire_article


def _counts(pkg: Path) -> dict[str, int]:
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    return {r["name"]: r["x-row-count"] for r in desc["resources"] if r["format"] == "csv"}


def _edit_csv(path: Path, row: int, column: str, value: str) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[row][rows[0].index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("changed") / "pkg"
    build(SEEDS, out)
    return out


def test_without_a_previous_package_every_row_is_checked(built: Path) -> None:
    problems, checked = changed_rows_problems(built, None)
    assert problems == []
    assert checked == _counts(built)


def test_an_identical_rebuild_checks_no_row(built: Path) -> None:
    problems, checked = changed_rows_problems(built, built)
    assert problems == [] and set(checked.values()) == {0}


def test_adding_a_source_checks_only_the_new_rows(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "pkg"
    build(seeds, out)
    before = tmp_path / "before"
    shutil.copytree(out, before)
    write_wire_article(seeds)  # a second source beside the seed
    build(seeds, out)
    _, checked = changed_rows_problems(out, before)
    after = _counts(out)
    assert 0 < checked["events"] <= after["events"] - _counts(before)["events"]
    assert checked["sources"] == after["sources"] - 1  # the seed's row is unchanged


@pytest.mark.parametrize(("table", "column", "value", "rule"), [
    ("events", "event_type", "NOT_A_TYPE", "constraint"),      # enum
    ("events", "date_start", "2025-13-40", "type"),           # bad date
    ("events", "fatalities_low", "many", "type"),             # wrong type
    ("claims", "claim_text", "", "constraint"),               # required
    ("sources", "published_date", "yesterday", "type"),       # date format
])
def test_a_broken_changed_row_is_rejected_naming_field_and_row(
        built: Path, tmp_path: Path, table: str, column: str, value: str, rule: str) -> None:
    new = tmp_path / "new"
    shutil.copytree(built, new)
    _edit_csv(new / "data" / f"{table}.csv", 1, column, value)
    problems, checked = changed_rows_problems(new, built)
    assert checked[table] == 1
    mine = [p for p in problems if p.table == table and p.column == column]
    assert mine and mine[0].row == 2, problems
    assert rule in mine[0].check.lower() or rule in str(mine[0]).lower(), mine[0]


def test_a_previous_package_edited_by_hand_is_not_trusted(built: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(built, old)
    _edit_csv(old / "data" / "events.csv", 1, "evidence", "edited by hand")
    _, checked = changed_rows_problems(built, old)
    assert checked["events"] == _counts(built)["events"]  # hash differs: every row checked
    assert checked["claims"] == 0


def test_a_changed_schema_rechecks_every_row(built: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(built, old)
    desc = json.loads((old / "datapackage.json").read_text(encoding="utf-8"))
    for r in desc["resources"]:
        if r["name"] == "claims":
            r["schema"]["fields"][0]["description"] = "another description"
    (old / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    _, checked = changed_rows_problems(built, old)
    assert checked["claims"] == _counts(built)["claims"] and checked["events"] == 0


def test_records_split_where_the_csv_module_ends_a_row() -> None:
    """Records are found in the bytes (line feeds outside quotes), as csv.reader reads them."""
    import io

    from factpack.contract.changed import changed_records, records

    rows = [["id", "text"], ["a", 'one "quoted" word'], ["b", "two\nlines, and a comma"],
            ["c", '"'], ["d", ""], ["e", "x\n\n\"y\"\n"]]
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    data = buf.getvalue().encode("utf-8")
    got = records(data)
    assert b"".join(got) == data and len(got) == len(rows)
    assert [next(csv.reader(io.StringIO(r.decode("utf-8"), newline=""))) for r in got] == rows
    assert records(data.rstrip(b"\n"))[-1] == got[-1].rstrip(b"\n")  # no final line end
    old = b"".join(got[:3] + got[4:])  # row c is new
    header, changed = changed_records(data, old)
    assert header == got[0] and changed == [(4, got[3])]  # Frictionless counts the header as row 1


def _broken_copy(built: Path, where: Path) -> Path:
    """A copy of the package with two broken changed rows (an enum and a date)."""
    shutil.copytree(built, where)
    _edit_csv(where / "data" / "events.csv", 1, "event_type", "NOT_A_TYPE")
    _edit_csv(where / "data" / "sources.csv", 1, "published_date", "yesterday")
    return where


def test_the_warm_validator_finds_what_frictionless_finds_here(built: Path, tmp_path: Path) -> None:
    """The changed rows validated in the warm child process: the same problems, same order."""
    import multiprocessing

    from factpack.contract.changed import WarmValidator

    new = _broken_copy(built, tmp_path / "new")
    here, checked = changed_rows_problems(new, built, 1)
    warm = WarmValidator().start()
    try:
        there, checked_there = changed_rows_problems(new, built, 1, warm)
    finally:
        warm.stop()
    assert warm.process is None and multiprocessing.active_children() == []
    assert {(p.table, p.column, p.row) for p in here} >= {("events", "event_type", 2),
                                                         ("sources", "published_date", 2)}
    assert there == here and checked_there == checked


def test_a_warm_validator_that_died_is_no_answer(built: Path, tmp_path: Path) -> None:
    """A child that is gone before it answers: the parts are validated in this process."""
    from factpack.contract.changed import WarmValidator

    new = _broken_copy(built, tmp_path / "new")
    here, _ = changed_rows_problems(new, built, 1)
    warm = WarmValidator().start()
    warm.process.kill()
    warm.process.join()
    try:
        there, _ = changed_rows_problems(new, built, 1, warm)
    finally:
        warm.stop()
    assert here and there == here


def test_a_warm_validator_that_dies_while_validating_is_no_answer(
        built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that dies after taking the parts: the parent validates them itself."""
    import os

    import factpack.contract.changed as changed
    from factpack.contract.changed import WarmValidator

    new = _broken_copy(built, tmp_path / "new")
    here, _ = changed_rows_problems(new, built, 1)
    parent, real = os.getpid(), changed._validate_part

    def dies_in_the_child(descriptor: dict, basepath: str) -> list:
        if os.getpid() != parent:
            os._exit(3)
        return real(descriptor, basepath)

    monkeypatch.setattr(changed, "_validate_part", dies_in_the_child)
    warm = WarmValidator().start()
    try:
        there, _ = changed_rows_problems(new, built, 1, warm)
    finally:
        warm.stop()
    assert here and there == here
