"""Integration: build the package from seeds/, validate it with the real validators."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import frictionless
import pandas as pd
from factpack.contract.checks import validate_package
from factpack.contract.schema import TABLE_ORDER
from factpack.ingest.sources import read_documents
from factpack.paths import SEEDS
from factpack.pipeline import build
from factpack.publish.loaders import load_package, read_table


def test_frictionless_validates_the_package(seed_package: Path) -> None:
    report = frictionless.validate(str(seed_package / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_factpack_validate_passes(seed_package: Path) -> None:
    assert validate_package(seed_package) == []


def test_every_table_is_populated_from_the_seed(seed_package: Path) -> None:
    tables = load_package(seed_package)
    for name in TABLE_ORDER:
        assert len(tables[name]) > 0, name


def test_csv_and_parquet_hold_identical_data(seed_package: Path) -> None:
    for name in TABLE_ORDER:
        a = read_table(seed_package, name, "csv")
        b = read_table(seed_package, name, "parquet")
        pd.testing.assert_frame_equal(a, b)


def test_every_span_reproduces_its_evidence(seed_package: Path) -> None:
    docs, _ = read_documents(SEEDS)
    texts = {d.source_id: d.text for d in docs}
    t = load_package(seed_package, categoricals=False)
    n = 0
    for name, col in (("events", "evidence"), ("claims", "evidence"), ("mentions", "text")):
        for r in t[name].itertuples():
            assert texts[r.source_id][r.char_start : r.char_end] == getattr(r, col)
            n += 1
    assert n > 50


def test_pandas_reads_parquet_with_real_types(seed_package: Path) -> None:
    ev = pd.read_parquet(seed_package / "data" / "events.parquet")
    assert str(ev["fatalities_low"].dtype) == "Int64"
    assert ev["date_start"].dropna().map(type).eq(dt.date).all()
    assert ev["date_start"].notna().any()
    src = pd.read_parquet(seed_package / "data" / "sources.parquet")
    assert src.loc[0, "published_date"] == dt.date(2025, 11, 30)
    assert str(src["char_count"].dtype) == "Int64"


def test_loader_types_enums_as_categoricals(seed_package: Path) -> None:
    t = load_package(seed_package)
    assert isinstance(t["events"]["event_type"].dtype, pd.CategoricalDtype)
    assert len(t["events"]["event_type"].cat.categories) == 16
    assert str(t["actors"]["is_generic"].dtype) == "boolean"




def test_build_on_an_article_not_in_the_repo(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "quake.txt").write_text(
        "Quake kills dozens in coastal province\n"
        "MANILA: A strong earthquake killed at least 37 people in the southern Philippines on Friday, "
        "officials said.\n"
        "“We are sending rescue teams to every town,” Interior Minister Juan Dela Cruz told reporters.\n"
        "The United Nations pledged $5 million in emergency aid, while Japan deployed a medical team.\n"
        "Residents accused the government of ignoring warnings. – AFP\n",
        encoding="utf-8",
    )
    (seeds / "quake.yaml").write_text("published_date: 2025-03-08\n", encoding="utf-8")
    (seeds / "package.yaml").write_text("name: quake\nversion: 1.0.0\n", encoding="utf-8")
    out = tmp_path / "pkg"
    result = build(seeds, out)
    for name in TABLE_ORDER:
        if name not in ("claim_links", "corrections"):  # no denial, no correction file here
            assert result.counts[name] > 0, name
    assert validate_package(out) == []
    t = load_package(out, categoricals=False)
    assert set(t["events"]["event_type"]) >= {"AID", "MOBILIZE"}
    claimant = t["claims"].merge(t["actors"], left_on="claimant_actor_id", right_on="actor_id")
    assert "Juan Dela Cruz" in set(claimant["name"])


def test_cli_build_and_validate(tmp_path: Path) -> None:
    seeds = tmp_path / "s"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "p"
    exe = [sys.executable, "-m", "factpack.cli"]
    r = subprocess.run(
        [*exe, "build", "--seeds", str(seeds), "--out", str(out)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    r = subprocess.run([*exe, "validate", str(out)], capture_output=True, text=True)
    assert r.returncode == 0 and "valid" in r.stdout
    # an edited value is reported by table, column, row and value, beside the changed checksum
    csv = out / "data" / "events.csv"
    csv.write_text(csv.read_text(encoding="utf-8").replace(",ASSAULT,", ",ASSALT,", 1), encoding="utf-8")
    r = subprocess.run([*exe, "validate", str(out)], capture_output=True, text=True)
    assert r.returncode == 1
    assert "error: events.event_type row " in r.stderr and "'ASSALT'" in r.stderr, r.stderr
    assert "error: events: SHA-256 differs from the descriptor" in r.stderr, r.stderr


def test_pretty_json_is_json_dumps_with_indent_two() -> None:
    """The build report and descriptor writer (`pretty_json`) gives the text of
    `json.dumps(obj, indent=2, ensure_ascii=False)`: nested and empty containers, non-ASCII
    and escaped strings, floats, booleans, nulls, tuples, non-string keys."""
    import json
    import random

    from factpack.publish.package import pretty_json

    rnd = random.Random(3)
    scalars = [None, True, False, 0, -7, 2**40, 0.5, 1e-9, 3.0, float("nan"), "", "a\"b\\c\n\té",
               "Bogotá — “quoted”", "\u2028x"]

    def make(depth: int) -> object:
        kind = rnd.random()
        if depth > 3 or kind < 0.4:
            return rnd.choice(scalars)
        if kind < 0.7:
            return {rnd.choice(["a", "b", "ñ", "key with space", ""]) + str(i): make(depth + 1)
                    for i in range(rnd.randint(0, 4))}
        if kind < 0.8:
            return tuple(make(depth + 1) for _ in range(rnd.randint(0, 3)))
        if kind < 0.9:
            return {1: make(depth + 1), 2.5: "x"}
        return [make(depth + 1) for _ in range(rnd.randint(0, 4))]

    for _ in range(300):
        obj = make(0)
        assert pretty_json(obj) == json.dumps(obj, indent=2, ensure_ascii=False), obj
