"""Extraction time grows linearly with a document's length, whatever its shape (issue 10).

Each pathological shape (quote-dense paragraph, a surname repeated, "the court" repeated,
runs of "Mr. Smith,", one sentence per line, hard-wrapped lines, boilerplate between
paragraphs) is extracted at 10k, 50k and 100k characters. Time is CPU time of this process,
best of two runs (the machine is shared); the growth from 10k to 100k must stay near the
10x of linear time. The bound is 15x: at 100k, garbage collection alone adds 10-40% over
the collector-free time, and 15x still fails any quadratic spot (they measured 50-85x).
"""

from __future__ import annotations

import datetime as dt
import gc
import time

import pytest
from factpack.extract import text as text_module
from factpack.extract.document import extract_document
from factpack.extract.reference import default_reference
from factpack.ingest.layout import analyse_layout
from factpack.ingest.sources import Document, sha256_text

REF = default_reference()
MAX_GROWTH = 15.0
SHAPES = {
    "quote-dense paragraph": ("Talks collapse\n", "“We will not stop,” Ana Ferreira said. "),
    "quotes and pronouns": ("Talks collapse\n", "Ana Ferreira spoke. “We will not stop,” she said. "),
    "repeated surname": ("Court rules\n", "Ferreira met Ana Ferreira in Lisbon. "),
    "repeated the court": ("Court rules\n", "The Supreme Court ruled, the court said the court met. "),
    "runs of Mr. Smith,": ("Talks\n", "Mr. Smith, "),
    "one sentence per line": ("Talks\n", "Officials said troops were deployed near the border.\n"),
    "hard-wrapped": ("Talks\n", "Officials said troops were deployed near the\nborder, the army said. "),
    "boilerplate between paragraphs": ("Talks\n", "READ MORE: Border talks\nThe army shelled the town.\n"),
}


def make(shape: str, n: int) -> str:
    head, unit = SHAPES[shape]
    return (head + unit * (n // len(unit) + 1))[:n]


def document(text: str) -> Document:
    lay = analyse_layout(text)
    return Document(
        source_id=f"src_{sha256_text(text)[:12]}", seed_file="t.txt", text=text, title=lay.headline,
        dateline=lay.dateline, agency=lay.agency, outlet=None, url=None, language="en",
        published_date=dt.date(2025, 3, 1), body_start=lay.body_start, paragraphs=lay.paragraphs,
        skipped=lay.skipped,
    )


def cpu_time(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        for f in (text_module._tokens, text_module._sentences, text_module._quotations):
            f.cache_clear()
        gc.collect()
        t0 = time.process_time()
        extract_document(document(text), REF)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("shape", list(SHAPES))
def test_extraction_time_grows_linearly(shape: str) -> None:
    times = {n: cpu_time(make(shape, n)) for n in (10_000, 50_000, 100_000)}
    growth = times[100_000] / times[10_000]
    print(f"{shape}: " + ", ".join(f"{n // 1000}k {t:.3f}s" for n, t in times.items()) + f"; x{growth:.1f}")
    assert growth <= MAX_GROWTH, times
