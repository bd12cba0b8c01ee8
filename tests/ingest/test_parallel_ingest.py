"""Reading a large seeds folder analyses layouts and languages in worker processes: the same
documents and warnings as one process, and the memo then holds them for the next build."""

from __future__ import annotations

from pathlib import Path

from factpack.ingest.sources import PARALLEL_MIN_DOCS, read_documents
from factpack.tools.corpus import write_corpus


def test_parallel_ingest_reads_the_same_documents(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write_corpus(seeds, PARALLEL_MIN_DOCS + 10, seed=3)
    (seeds / "00003_x.txt").write_text("Bonjour. " + "Le gouvernement a dit que les prix et les salaires "
                                       "de la ville sont dans le pays. " * 12, encoding="utf-8")
    one, w1 = read_documents(seeds, tmp_path / "memo1", workers=1)
    two, w2 = read_documents(seeds, tmp_path / "memo2", workers=2)
    plain, w3 = read_documents(seeds, None, workers=2)
    assert one == two == plain and w1 == w2 == w3
    assert any("looks French" in str(w) for w in w1)  # a guess made in a worker is kept
    again, w4 = read_documents(seeds, tmp_path / "memo2", workers=2)  # from the memo
    assert again == one and w4 == w1
