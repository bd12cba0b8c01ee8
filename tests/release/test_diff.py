"""`factpack diff`: rows added, removed, changed and schema changes between real packages."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from factpack.errors import FactpackError
from factpack.pipeline import build
from factpack.release.diff import diff_packages, diff_paths, diff_table, render_text, summary_markdown
from factpack.release.release import zip_bytes

from tests.wire import seeds_with_wire

CLI = [sys.executable, "-m", "factpack.cli"]


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seeds/ plus a second article, built."""
    base = tmp_path_factory.mktemp("diffgrown")
    build(seeds_with_wire(base / "seeds"), base / "pkg")
    return base / "pkg"


def _edit_csv(path: Path, edit) -> None:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows = edit(rows)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def _descriptor(pkg: Path) -> dict:
    return json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))


def _csv_schema(desc: dict, table: str) -> dict:
    return next(r for r in desc["resources"] if r["name"] == table)["schema"]


@pytest.fixture(scope="module")
def edited(seed_package: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A hand-modified copy: an event row deleted, an actor's value changed, a claims column
    dropped (CSV + descriptor) and a mentions column retyped in the descriptor."""
    pkg = tmp_path_factory.mktemp("edited") / "pkg"
    shutil.copytree(seed_package, pkg)
    facts: dict = {}

    def drop_row(rows):
        facts["event_removed"] = rows[1][0]
        return [rows[0], *rows[2:]]
    _edit_csv(pkg / "data" / "events.csv", drop_row)

    def change_value(rows):
        col = rows[0].index("name")
        facts["actor_changed"] = rows[1][0]
        facts["old_name"] = rows[1][col]
        rows[1][col] = rows[1][col] + " (renamed)"
        return rows
    _edit_csv(pkg / "data" / "actors.csv", change_value)

    def drop_cue(rows):
        col = rows[0].index("cue")
        return [r[:col] + r[col + 1:] for r in rows]
    _edit_csv(pkg / "data" / "claims.csv", drop_cue)

    desc = _descriptor(pkg)
    claims = _csv_schema(desc, "claims")
    claims["fields"] = [f for f in claims["fields"] if f["name"] != "cue"]
    for f in _csv_schema(desc, "mentions")["fields"]:
        if f["name"] == "char_end":
            f["type"] = "string"
            f.pop("constraints", None)
    (pkg / "datapackage.json").write_text(json.dumps(desc, indent=2), encoding="utf-8")
    return pkg, facts


def test_a_package_against_itself_has_no_changes(seed_package: Path) -> None:
    d = diff_packages(seed_package, seed_package)
    assert d.identical and d.level is None
    assert all(t.status == "unchanged" for t in d.tables)
    assert "no changes" in render_text(d)


def test_a_new_article_adds_a_source_and_rows(seed_package: Path, grown: Path) -> None:
    d = diff_packages(seed_package, grown)
    t = {x.name: x for x in d.tables}
    assert len(t["sources"].added) == 1 and not t["sources"].removed and not t["sources"].changed
    assert t["sources"].rows_new == t["sources"].rows_old + 1
    for name in ("mentions", "events", "claims"):
        assert t[name].added, name
        assert not t[name].removed, f"{name}: rows of the first source vanished"
        assert not t[name].schema_changed
    assert not t["actors"].removed
    assert d.level == "minor"
    assert ("minor", "sources: 1 row(s) added") in d.changes()
    # and the other way round, the source and its rows are removed
    back = diff_packages(grown, seed_package)
    assert len({x.name: x for x in back.tables}["sources"].removed) == 1
    assert back.level == "minor"  # dropping a whole source changes the coverage


def test_hand_edited_copy(seed_package: Path, edited: tuple[Path, dict]) -> None:
    pkg, facts = edited
    d = diff_packages(seed_package, pkg)
    t = {x.name: x for x in d.tables}
    assert [r["key"] for r in t["events"].removed] == [facts["event_removed"]]
    assert not t["events"].added and not t["events"].changed and not t["events"].schema_changed
    (ch,) = t["actors"].changed
    assert ch["key"] == facts["actor_changed"] and ch["columns"] == ["name"]
    old_name = facts["old_name"]
    assert ch["values"]["name"] == {"old": old_name, "new": old_name + " (renamed)"}
    assert t["claims"].columns_removed == [{"name": "cue", "type": "string"}]
    assert not t["claims"].changed, "the other columns of claims did not change"
    assert t["mentions"].types_changed == [{"name": "char_end", "old": "integer", "new": "string"}]
    assert not t["mentions"].changed, "same values, spelled the same in the CSV"
    assert t["sources"].status == "unchanged"
    assert d.level == "major"
    text = render_text(d)
    assert f"- {facts['event_removed']}" in text
    assert f"~ {facts['actor_changed']}" in text and "name " in text
    assert "schema - column `cue` (string)" in text
    assert "schema ~ column `char_end` type integer → string" in text
    md = summary_markdown(d)
    assert "- `claims`: removed column `cue` (string)" in md


def test_zip_and_folder_give_the_same_diff(seed_package: Path, edited: tuple[Path, dict],
                                           tmp_path: Path) -> None:
    z = tmp_path / "old.zip"
    z.write_bytes(zip_bytes(seed_package, "old"))
    a = diff_paths(z, edited[0]).to_dict()
    b = diff_paths(seed_package, edited[0]).to_dict()
    assert a["tables"] == b["tables"] and a["required_bump"] == b["required_bump"] == "major"


def test_table_added_and_removed() -> None:
    schema = {"fields": [{"name": "k", "type": "string"}], "primaryKey": ["k"]}
    df = pd.DataFrame({"k": ["a"]})
    assert diff_table("t", None, df, None, schema).status == "added"
    gone = diff_table("t", df, None, schema, None)
    assert gone.status == "removed" and gone.changes() == [("major", "table `t` removed")]


def test_pure_diff_on_frames() -> None:
    s_old = {"fields": [{"name": "k", "type": "string"}, {"name": "n", "type": "integer"},
                        {"name": "e", "type": "string",
                         "constraints": {"enum": ["x", "y"], "required": True}}],
             "primaryKey": ["k"]}
    s_new = {"fields": [{"name": "k", "type": "string"}, {"name": "n", "type": "integer"},
                        {"name": "e", "type": "string", "constraints": {"enum": ["x", "z"]}},
                        {"name": "extra", "type": "boolean"}],
             "primaryKey": ["k"]}
    old = pd.DataFrame({"k": ["a", "b", "c"], "n": pd.array([1, None, 3], dtype="Int64"),
                        "e": ["x", "y", "x"]})
    new = pd.DataFrame({"k": ["a", "b", "d"], "n": pd.array([1, 2, 4], dtype="Int64"),
                        "e": ["x", "y", "z"], "extra": [True, False, True]})
    td = diff_table("t", old, new, s_old, s_new)
    assert [r["key"] for r in td.added] == ["d"] and [r["key"] for r in td.removed] == ["c"]
    assert td.changed == [{"key": "b", "label": None, "columns": ["n"],
                           "values": {"n": {"old": None, "new": 2}}}]
    assert td.columns_added == [{"name": "extra", "type": "boolean"}]
    assert td.enum_added == {"e": ["z"]} and td.enum_removed == {"e": ["y"]}
    assert td.now_optional == ["e"]
    levels = {lv for lv, _ in td.changes()}
    assert levels == {"major", "minor", "patch"}


def test_cli_human_and_json(seed_package: Path, edited: tuple[Path, dict]) -> None:
    r = subprocess.run([*CLI, "diff", str(seed_package), str(edited[0])],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "changes need a major version bump" in r.stdout and "claims:" in r.stdout
    r = subprocess.run([*CLI, "diff", "--json", str(seed_package), str(edited[0])],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["required_bump"] == "major"
    assert d["tables"]["claims"]["columns_removed"] == [{"name": "cue", "type": "string"}]
    assert d["tables"]["events"]["removed"][0]["key"] == edited[1]["event_removed"]


def test_unsafe_zip_is_refused(seed_package: Path, tmp_path: Path) -> None:
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("pkg/datapackage.json", (seed_package / "datapackage.json").read_bytes())
        zf.writestr("../outside.txt", b"x")
    with pytest.raises(FactpackError, match=r"entry '\.\./outside\.txt': `\.\.` in the path"):
        diff_paths(z, seed_package)
    assert not (tmp_path.parent / "outside.txt").exists()
    r = subprocess.run([*CLI, "diff", str(z), str(seed_package)], capture_output=True, text=True)
    assert r.returncode == 2 and "entry '../outside.txt'" in r.stderr
