"""The tables of a small build are checked in a forked child process while the package is
written (`pipeline.TableCheck`): its problems stop the build as an in-process check's do, before
anything is published, and a child that dies is no answer (the parent checks the tables itself)."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import factpack.pipeline
import pytest
from factpack.contract.validate import ValidationError
from factpack.pipeline import TableCheck, build

from tests.pipeline.test_bad_inputs import ARTICLE, SIDECAR, leftovers, make_seeds, snapshot


def _corrupting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables whose first event no longer quotes its text (a real problem for check_tables)."""
    real = factpack.pipeline.assemble_tables

    def assemble(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        tables = real(*args, **kwargs)
        tables["events"].loc[0, "evidence"] = "words the source does not hold"
        return tables

    monkeypatch.setattr(factpack.pipeline, "assemble_tables", assemble)


def test_problems_found_in_the_background_stop_the_build(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": ARTICLE, "a.yaml": SIDECAR})
    out = tmp_path / "pkg"
    build(seeds, out, workers=1)
    before = snapshot(out)
    _corrupting(monkeypatch)
    messages = []
    for workers in (2, 1):  # 2: checked in the child while written; 1: checked first, here
        with pytest.raises(ValidationError) as err:
            build(seeds, out, workers=workers)
        messages.append(str(err.value))
        assert snapshot(out) == before  # nothing published
        assert leftovers(out) == []
        assert multiprocessing.active_children() == []  # the child is reaped
    assert "span does not reproduce the text" in messages[0]
    assert messages[0] == messages[1]


class _DiesInTheChild(dict):
    """Source texts whose lookup ends any process but the one that made them (the child of a
    TableCheck dies without an answer; the parent's own check reads them as usual)."""

    def __init__(self) -> None:
        super().__init__()
        self.parent = os.getpid()

    def get(self, key, default=None):  # noqa: ANN001, ANN201
        if os.getpid() != self.parent:
            os._exit(3)
        return super().get(key, default)


def test_a_child_that_dies_is_no_answer() -> None:
    import pandas as pd
    from factpack.contract.schema import TABLE_ORDER, load_tables

    contract = load_tables()
    tables = {n: pd.DataFrame(columns=contract[n].field_names) for n in TABLE_ORDER}
    mention = {"source_id": "src_x", "char_start": 0, "char_end": 3, "text": "abc"}
    tables["mentions"] = pd.DataFrame([mention], columns=contract["mentions"].field_names)
    here = [str(p) for p in TableCheck(tables, {}).problems()]
    assert here  # missing required values and a dangling source: problems
    check = TableCheck(tables, _DiesInTheChild()).start()
    assert [str(p) for p in check.problems()] == here  # checked here when the child died
    assert check.process is None and multiprocessing.active_children() == []


def test_a_small_rebuild_validates_its_changed_rows_in_the_warm_child(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rebuilding a small package after a change: Frictionless runs in the warm child (its
    answer is used), which is gone when the build returns; a first build starts none."""
    import factpack.contract.changed as changed

    seeds = make_seeds(tmp_path / "seeds", {"a.txt": ARTICLE, "a.yaml": SIDECAR})
    out = tmp_path / "pkg"
    answers: list[int] = []
    real = changed.WarmValidator.errors

    def errors(self, parts):  # noqa: ANN001, ANN202
        found = real(self, parts)
        answers.append(len(parts))
        return found

    monkeypatch.setattr(changed.WarmValidator, "errors", errors)
    build(seeds, out, workers=2)
    assert answers == []  # no previous package: every row checked, no warm child
    (seeds / "b.txt").write_text(ARTICLE.replace("a", "o", 3), encoding="utf-8")
    (seeds / "b.yaml").write_text(SIDECAR, encoding="utf-8")
    build(seeds, out, workers=2)
    assert answers and answers[0] > 0
    assert multiprocessing.active_children() == []
    assert factpack.pipeline.small_previous(out)


def test_which_builds_check_their_tables_in_the_background() -> None:
    """Small builds check in a child while writing; a large build, clean or incremental, checks
    first (its peak memory matters: a child's copy-on-write pages raise it), and so does a build
    with one CPU or on a cluster."""
    from factpack.pipeline import BACKGROUND_CHECK_ROWS, check_in_background

    large = BACKGROUND_CHECK_ROWS
    assert check_in_background(large - 1, 2, None)
    assert not check_in_background(large, 2, None)
    assert not check_in_background(10, 1, None)
    assert not check_in_background(10, 2, "tcp://127.0.0.1:8786")
