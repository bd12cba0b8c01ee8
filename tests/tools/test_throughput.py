"""The per-stage throughput tool (tools/throughput.py) on the real-style dev set."""

from __future__ import annotations

import pytest
from factpack.extract.document import EXTRACT_STAGES, extract_document
from factpack.extract.reference import default_reference
from factpack.ingest.sources import read_documents
from factpack.paths import ROOT
from factpack.tools.throughput import END, STAGES, START, measure, replace_block, table

FOLDER = ROOT / "tests" / "dev_real" / "articles"


def test_measure_counts_every_article_and_stage() -> None:
    result = measure([FOLDER], repeat=1)
    texts = sorted(FOLDER.glob("*.txt"))
    assert result["articles"] == len(texts)
    docs, _ = read_documents(FOLDER)
    assert result["bytes"] == sum(len(d.text.encode("utf-8")) for d in docs) > 0
    assert set(result["stages"]) == set(STAGES) == {"ingest", *EXTRACT_STAGES}
    assert all(v >= 0 for v in result["stages"].values())
    assert result["stages"]["actors"] > 0 and result["stages"]["events"] > 0
    out = table(result, ["tests/dev_real/articles"])
    for name in STAGES:
        assert f"| {name} |" in out


def test_timing_does_not_change_the_rows() -> None:
    ref = default_reference()
    docs, _ = read_documents(FOLDER)
    for doc in docs[:8]:
        times: dict[str, float] = {}
        timed, plain = extract_document(doc, ref, times), extract_document(doc, ref)
        assert (timed.actors, timed.mentions, timed.events, timed.claims) == \
            (plain.actors, plain.mentions, plain.events, plain.claims)
        assert set(times) == set(EXTRACT_STAGES)


def test_readme_block_is_replaced_and_required() -> None:
    text = f"a\n{START}\nold\n{END}\nb\n"
    assert replace_block(text, "new") == f"a\n{START}\nnew\n{END}\nb\n"
    with pytest.raises(ValueError):
        replace_block("no markers", "new")
    assert START in (ROOT / "README.md").read_text(encoding="utf-8")
