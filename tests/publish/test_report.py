"""Issue 5: every build writes `build_report.json` into the package, deterministically."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from factpack.cli import main
from factpack.contract.checks import validate_package
from factpack.contract.schema import TABLE_ORDER
from factpack.pipeline import build
from factpack.publish.loaders import load_package
from factpack.publish.report import REPORT_FILE, build_report, evidence_coverage, summary

from tests.pipeline.test_bad_inputs import ARTICLE, SIDECAR, make_seeds

OTHER = (
    "Talks collapse in Geneva\n"
    "GENEVA: Iran rejected a proposal from France on Tuesday, the foreign ministry said.\n"
    "“There is nothing to discuss,” a spokesman told reporters.\n"
)


def seeds_in(folder: Path) -> Path:
    return make_seeds(folder, {
        "a.txt": b"\xef\xbb\xbf" + ARTICLE.encode(), "a.yaml": SIDECAR,
        "b.txt": ARTICLE.replace(" ", "  "),  # a duplicate of a.txt up to whitespace
        "c.txt": OTHER,  # no sidecar: no published_date
    })


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    outs = []
    for i in (1, 2):
        base = tmp_path_factory.mktemp(f"report{i}")
        build(seeds_in(base / "some" / "where" / "seeds"), base / "pkg")
        outs.append(base / "pkg")
    return outs[0], outs[1]


def test_report_is_deterministic_and_has_no_absolute_paths(two_builds: tuple[Path, Path]) -> None:
    a, b = (p / REPORT_FILE for p in two_builds)
    assert a.read_bytes() == b.read_bytes()
    assert str(two_builds[0].parent) not in a.read_text(encoding="utf-8")


def test_report_contents(two_builds: tuple[Path, Path]) -> None:
    pkg = two_builds[0]
    report = json.loads((pkg / REPORT_FILE).read_text(encoding="utf-8"))
    tables = load_package(pkg, categoricals=False)
    assert report["rows"] == {n: len(tables[n]) for n in TABLE_ORDER}
    for name in TABLE_ORDER:
        assert report["nulls"][name] == {c: int(tables[name][c].isna().sum())
                                         for c in tables[name].columns}
    assert report["warnings"] == [
        {"file": "a.txt", "message": "UTF-8 byte-order mark removed"},
        {"file": "b.txt", "message": "same text as a.txt (up to whitespace); skipped"},
        {"file": "c.txt",
         "message": "no published_date in sidecar; relative dates stay unresolved"},
    ]
    assert report["skipped_sources"] == [{
        "file": "b.txt", "duplicate_of": "a.txt",
        "reason": "same text as a.txt (up to whitespace); skipped"}]
    cov = {c["seed_file"]: c for c in report["evidence_coverage"]["sources"]}
    assert set(cov) == {"a.txt", "c.txt"}
    for c in cov.values():
        assert 0 < c["evidence_chars"] <= c["char_count"]
        assert c["evidence_share"] == round(c["evidence_chars"] / c["char_count"], 4)
    shares = [c["evidence_share"] for c in cov.values()]
    assert report["evidence_coverage"]["max_share"] == max(shares)


def test_package_with_report_still_validates(two_builds: tuple[Path, Path]) -> None:
    assert validate_package(two_builds[0]) == []


def test_coverage_counts_overlapping_spans_once() -> None:
    sources = pd.DataFrame([{"source_id": "s", "seed_file": "s.txt", "char_count": 100}])
    spans = pd.DataFrame([{"source_id": "s", "char_start": a, "char_end": b}
                          for a, b in ((0, 10), (5, 20), (50, 60), (55, 58))])
    tables = {"sources": sources, "events": spans, "claims": spans.iloc[:0]}
    (c,) = evidence_coverage(tables)
    assert c["evidence_chars"] == 30 and c["evidence_share"] == 0.3


def test_report_of_empty_tables() -> None:
    from factpack.contract.schema import load_tables

    tables = {n: pd.DataFrame(columns=load_tables()[n].field_names) for n in TABLE_ORDER}
    report = build_report(tables, [])
    assert report["rows"] == dict.fromkeys(TABLE_ORDER, 0)
    assert report["evidence_coverage"] == {**report["evidence_coverage"], "max_share": 0.0,
                                           "sources": []}
    assert "skipped 0" in summary(report)


def test_cli_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = seeds_in(tmp_path / "seeds")
    assert main(["build", "--no-cache", "--seeds", str(seeds), "--out", str(tmp_path / "p")]) == 0
    out = capsys.readouterr().out
    assert "report: sources built 2, skipped 1; warnings 3" in out
    assert "skipped b.txt: same text as a.txt" in out
    assert "evidence quotes" in out


def test_covered_chars_equals_the_union_of_each_sources_spans() -> None:
    """The vectorised union (`covered_chars`) is the plain loop (`_covered`) per source: random
    overlapping, nested, touching and empty spans over a few sources, in shuffled order."""
    import random

    import pandas as pd
    from factpack.publish.report import _covered, covered_chars

    rnd = random.Random(7)
    rows = []
    for sid in ("src_a", "src_b", "src_c", "src_d"):
        for _ in range(rnd.randint(1, 40)):
            s = rnd.randint(0, 300)
            rows.append((sid, s, s + rnd.choice([0, 1, 5, 30, 120])))
    rnd.shuffle(rows)
    spans = pd.DataFrame(rows, columns=["source_id", "char_start", "char_end"])
    got = covered_chars(spans)
    want = {sid: _covered([(s, e) for x, s, e in rows if x == sid]) for sid in {r[0] for r in rows}}
    assert got == want
    assert covered_chars(spans.iloc[:0]) == {}
