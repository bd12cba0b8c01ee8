"""A document whose extraction raises never kills the build with a traceback (issue 10).

The failure is provoked through the real code path: a reference whose cue table holds a
malformed entry makes extraction raise on any document using that cue word.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from factpack.errors import FactpackError
from factpack.extract.reference import default_reference
from factpack.paths import SEEDS
from factpack.pipeline import build

GOOD = "Talks resume in Geneva\nGENEVA: Delegations met on Monday to discuss a ceasefire.\n"
BAD = "Talks stall\nLIMA: The minister said the plan was dead, officials reported.\n"


def broken_reference():  # noqa: ANN201
    ref = default_reference()
    return dataclasses.replace(ref, cues={**ref.cues, "said": ("say",)}, version=ref.version + "-broken")


def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEEDS / "package.yaml", folder / "package.yaml")
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_bad.txt").write_text(BAD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_failure_stops_the_build_naming_the_file_and_leaves_the_package(tmp_path: Path, workers: int) -> None:
    folder = seeds(tmp_path)
    out = tmp_path / "pkg"
    (folder / "b_bad.txt").rename(tmp_path / "held_back.txt")
    build(folder, out, workers=1)  # a previous package
    before = {p.name: p.read_bytes() for p in sorted((out / "data").iterdir())}
    (tmp_path / "held_back.txt").rename(folder / "b_bad.txt")
    with pytest.raises(FactpackError) as e:
        build(folder, out, ref=broken_reference(), workers=workers)
    msg = str(e.value)
    assert msg.startswith("b_bad.txt: extraction failed (IndexError at factpack.extract.claims:"), msg
    assert msg.endswith("); please report this file"), msg
    assert {p.name: p.read_bytes() for p in sorted((out / "data").iterdir())} == before


def test_keep_going_builds_the_rest_and_reports_the_failed_file(tmp_path: Path) -> None:
    folder = seeds(tmp_path)
    result = build(folder, tmp_path / "pkg", ref=broken_reference(), workers=1, keep_going=True)
    assert result.failed == ["b_bad.txt"]
    assert result.counts["sources"] == 1
    report = json.loads((tmp_path / "pkg" / "build_report.json").read_text(encoding="utf-8"))
    assert [f["file"] for f in report["failed_sources"]] == ["b_bad.txt"]
    reason = report["failed_sources"][0]["reason"]
    assert "extraction failed (IndexError at factpack.extract.claims:" in reason


def test_cli_exit_status_and_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without the broken reference nothing fails: the CLI builds with exit 0 and the flag."""
    from factpack.cli import main

    folder = seeds(tmp_path)
    assert main(["build", "--seeds", str(folder), "--out", str(tmp_path / "pkg"), "--no-cache",
                 "--workers", "1", "--keep-going"]) == 0
    assert "extraction failed" not in capsys.readouterr().err


@pytest.mark.parametrize("workers", [1, 2])
def test_a_stopped_build_keeps_the_rows_extracted_before_the_failure(tmp_path: Path, workers: int) -> None:
    """The row store is written when extraction stops too: the next build (here, after the
    failing file is taken out) extracts only what was not extracted before the failure."""
    folder = seeds(tmp_path)
    (folder / "c_good.txt").write_text(GOOD.replace("Monday", "Tuesday"), encoding="utf-8")
    cache, ref = tmp_path / "cache", broken_reference()
    with pytest.raises(FactpackError, match="b_bad.txt"):
        build(folder, tmp_path / "pkg", ref=ref, workers=workers, cache_dir=cache)
    (folder / "b_bad.txt").unlink()
    result = build(folder, tmp_path / "pkg", ref=ref, workers=workers, cache_dir=cache)
    assert (result.extracted, result.cached) == (1, 1)  # c_good extracted, a_good stored
    assert result.counts["sources"] == 2
