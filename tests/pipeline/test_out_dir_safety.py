"""Issue 12 finding 1: `--out` is replaced only when it is a package factpack wrote and holds
nothing else; a user's files are never deleted."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from factpack.cli import main

from tests.pipeline.test_bad_inputs import ARTICLE, SIDECAR, make_seeds, snapshot


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("built")
    seeds = make_seeds(base / "seeds", {"a.txt": ARTICLE, "a.yaml": SIDECAR})
    assert main(["build", "--no-cache", "--seeds", str(seeds), "--out", str(base / "pkg")]) == 0
    return base


def build(seeds: Path, out: Path) -> int:
    return main(["build", "--no-cache", "--seeds", str(seeds), "--out", str(out)])


@pytest.mark.parametrize("extra", ["notes.md", "analysis/model.R", ".git/HEAD", "data/mine.csv"])
def test_a_package_with_user_files_is_not_replaced(
    built: Path, tmp_path: Path, extra: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pkg"
    shutil.copytree(built / "pkg", out)
    (out / extra).parent.mkdir(parents=True, exist_ok=True)
    (out / extra).write_text("years of work")
    before = snapshot(out)
    assert build(built / "seeds", out) == 2
    err = capsys.readouterr().err
    shown = extra if extra.startswith("data/") else extra.split("/")[0]
    assert f"error: --out {out}: holds files factpack did not write ({shown}); choose an empty folder" in err
    assert snapshot(out) == before


def test_out_dot_in_a_project_folder_deletes_nothing(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "thesis"
    shutil.copytree(built / "pkg", project)  # a foreign project that happens to hold a package
    (project / "thesis.tex").write_text("\\documentclass{article}")
    before = snapshot(project)
    cwd = os.getcwd()
    os.chdir(project)
    try:
        assert build(built / "seeds", Path(".")) == 2
    finally:
        os.chdir(cwd)
    assert "thesis.tex" in capsys.readouterr().err
    assert snapshot(project) == before


def test_a_datapackage_json_alone_is_not_a_factpack_package(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "other"
    out.mkdir()
    (out / "datapackage.json").write_text(json.dumps({"name": "someone-elses", "resources": []}))
    assert build(built / "seeds", out) == 2
    assert "holds files factpack did not write (datapackage.json)" in capsys.readouterr().err


def test_own_package_is_replaced_including_one_built_before_the_file_list(
    built: Path, tmp_path: Path
) -> None:
    from factpack.pipeline import foreign_files, written_files

    out = tmp_path / "pkg"
    shutil.copytree(built / "pkg", out)
    assert written_files(out) is not None and foreign_files(out) == []
    report = json.loads((out / "build_report.json").read_text())
    del report["files"]  # as in packages built before the list existed (release 0.2.0)
    (out / "build_report.json").write_text(json.dumps(report))
    assert foreign_files(out) == []
    assert build(built / "seeds", out) == 0
    assert snapshot(out) == snapshot(built / "pkg")


def test_the_committed_package_is_recognised() -> None:
    from factpack.paths import PACKAGE
    from factpack.pipeline import foreign_files

    assert foreign_files(PACKAGE) == []


def test_lock_waits_then_names_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from factpack.errors import InputError
    from factpack.pipeline import folder_lock, lock_path

    target = tmp_path / "pkg"
    with folder_lock(target):
        assert lock_path(target).exists()
        with pytest.raises(InputError, match="another factpack run is still writing it"):
            with folder_lock(target, wait=0.2):
                pass
    assert not lock_path(target).exists()  # removed when released
    with folder_lock(target, wait=0.2):
        pass
