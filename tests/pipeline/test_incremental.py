"""Issue 6: incremental builds (extraction cache) and parallel extraction give the same bytes
as a clean, single-process build; the synthetic corpus generator is deterministic."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
import re
from pathlib import Path

import factpack.cache as cache_mod
import factpack.contract.validate as validate_mod
import pytest
from factpack.cache import KEEP_STORES, ROW_KINDS, ExtractionCache, document_key
from factpack.contract.validate import Problem, fast_problems, frictionless_problems
from factpack.errors import FactpackError
from factpack.extract.reference import default_reference
from factpack.ingest.sources import read_documents
from factpack.paths import SEEDS
from factpack.pipeline import RowCollector, build
from factpack.tools.corpus import MAX_CHARS, MIN_CHARS, article, write_corpus

N = 30
SEED = 7


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corpus") / "seeds"
    write_corpus(d, N, SEED)
    return d


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A clean build: no cache, extraction in this process."""
    out = tmp_path_factory.mktemp("clean") / "pkg"
    result = build(corpus, out, workers=1)
    assert result.extracted == N and result.cached == 0
    return files(out)


def test_cached_rebuild_and_added_article_equal_clean_builds(
        corpus: Path, clean: dict[str, bytes], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setattr(RowCollector, "CHUNK", 4)  # rows gathered in chunks of 4 documents
    first = build(corpus, tmp_path / "a", cache_dir=cache, workers=1)
    assert (first.extracted, first.cached) == (N, 0)
    # rows gathered in chunks of 7 documents: the same tables
    monkeypatch.setattr(RowCollector, "CHUNK", 7)
    second = build(corpus, tmp_path / "b", cache_dir=cache, workers=1)
    assert (second.extracted, second.cached) == (0, N)  # nothing extracted again
    monkeypatch.undo()
    assert files(tmp_path / "a") == clean
    assert files(tmp_path / "b") == clean

    # add one article: only it is extracted, and the package equals a clean build of all N + 1
    grown = tmp_path / "grown"
    write_corpus(grown, N, SEED)
    assert files(grown) == files(corpus)
    write_corpus(grown, N + 1, SEED, start=N)
    inc = build(grown, tmp_path / "inc", cache_dir=cache)
    assert (inc.extracted, inc.cached) == (1, N)
    fresh = build(grown, tmp_path / "fresh", workers=1)
    assert fresh.counts["sources"] == N + 1
    assert files(tmp_path / "inc") == files(tmp_path / "fresh")


def test_worker_count_does_not_change_the_package(
        corpus: Path, clean: dict[str, bytes], tmp_path: Path) -> None:
    two = build(corpus, tmp_path / "two", workers=2, validation="fast")
    assert two.workers == 2 and two.extracted == N
    assert files(tmp_path / "two") == clean
    # a cache filled by two worker processes serves an in-process build
    build(corpus, tmp_path / "w2", cache_dir=tmp_path / "cache", workers=2, validation="fast")
    again = build(corpus, tmp_path / "w1", cache_dir=tmp_path / "cache", workers=1,
                  validation="fast")
    assert (again.extracted, again.cached) == (0, N)
    assert files(tmp_path / "w1") == clean


def test_fast_validation_writes_the_same_package(corpus: Path, clean: dict[str, bytes],
                                                 tmp_path: Path) -> None:
    result = build(corpus, tmp_path / "fast", workers=1, validation="fast")
    assert result.validation == "fast"
    assert files(tmp_path / "fast") == clean
    with pytest.raises(FactpackError, match="unknown validation"):
        build(corpus, tmp_path / "bad", validation="sampled")


def test_cache_misses_when_extraction_inputs_change(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ref = default_reference()
    doc = read_documents(corpus)[0][0]
    # another publication date (the sidecar) is another document for extraction
    assert document_key(dataclasses.replace(doc, published_date=None)) != document_key(doc)
    assert document_key(dataclasses.replace(doc, seed_file="renamed.txt")) == document_key(doc)
    # other reference data, extraction version or extraction code: another cache folder
    folder = ExtractionCache(tmp_path / "cache", ref).dir
    assert ExtractionCache(tmp_path / "cache", dataclasses.replace(ref, version="x")).dir != folder
    monkeypatch.setattr(cache_mod, "EXTRACTION_VERSION", "changed")
    assert ExtractionCache(tmp_path / "cache", ref).dir != folder
    monkeypatch.undo()
    monkeypatch.setattr(cache_mod, "code_sha256", lambda: "0" * 64)
    assert ExtractionCache(tmp_path / "cache", ref).dir != folder
    monkeypatch.undo()
    # one row store per corpus (its seeds folder, however it is named)
    store = ExtractionCache(tmp_path / "cache", ref, corpus).store().dir
    assert ExtractionCache(tmp_path / "cache", ref, corpus / ".." / corpus.name).store().dir == store
    assert ExtractionCache(tmp_path / "cache", ref, tmp_path).store().dir != store
    assert store.parent == folder


def test_two_corpora_built_in_turn_keep_their_row_stores(corpus: Path, tmp_path: Path) -> None:
    """Each corpus keeps its own row store: building another corpus with the same cache
    does not make the next build of the first extract again; only the KEEP_STORES most
    recently used stores are kept."""
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "a", cache_dir=cache, workers=1)
    other = tmp_path / "other"
    write_corpus(other, 3, SEED + 1)
    assert build(other, tmp_path / "b", cache_dir=cache, workers=1).extracted == 3
    again = build(corpus, tmp_path / "a", cache_dir=cache, workers=1)
    assert (again.extracted, again.cached) == (0, N)
    for k in range(KEEP_STORES):
        write_corpus(tmp_path / f"more{k}", 2, SEED + 2 + k)
        build(tmp_path / f"more{k}", tmp_path / f"m{k}", cache_dir=cache, workers=1)
    assert len(list(cache.glob("extract-*/rows-*"))) == KEEP_STORES
    # the first corpus's store was the least recently used: it is gone
    assert build(corpus, tmp_path / "a", cache_dir=cache, workers=1).extracted == N


def test_corpus_is_deterministic_and_varied(corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    write_corpus(again, N, SEED)
    assert files(again) == files(corpus)
    assert article(SEED, 3) != article(SEED + 1, 3)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    assert len(texts) == N
    assert all(MIN_CHARS <= len(t) <= MAX_CHARS for t in texts)
    assert max(map(len, texts)) - min(map(len, texts)) > 1000
    sidecar = (sorted(corpus.glob("*.yaml"))[0]).read_text(encoding="utf-8")
    assert re.search(r"^published_date: \d{4}-\d{2}-\d{2}$", sidecar, re.M)
    with pytest.raises(FactpackError, match="refusing"):
        write_corpus(SEEDS / "generated", 1)


def test_corpus_exercises_every_extraction_path(corpus: Path) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    for pattern in [
        r"“[^”]+,” [^.]* told reporters",  # curly quote, then the speaker
        r'"[^"]+," said ',  # straight quote, inverted attribution
        r" said that ", r", according to ", r"^According to ", r", who [^,]+, said ",
        r" accused [^.]+ of ", r" denied ", r"\. (?:He|She) (?:said|added|told)",
        r"\b(?:the Kremlin|Washington|Downing Street|the Elysee)\b",  # metonyms
        r"(?:officials|diplomats|analysts|witnesses) said", r"a source close to",
        r"\b(?:Foreign|Defence|Interior|Finance) Minister [A-Z][a-z]+ [A-Z][a-z]+",
        r"^[A-Z][A-Z ]+: ", r" – (?:AFP|Reuters)$",  # dateline, agency credit
        r"killing at least \d+", r"\$\d+ million",
        r"\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
        r"\bsince (?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\b",
    ]:
        assert re.search(pattern, text, re.M), pattern
    # a trigger of every PLOVER type is in the text
    ref = default_reference()
    words = text.lower()
    found = {etype for trig, (etype, _) in ref.triggers.items() if " ".join(trig) in words}
    assert len(found) == 16, sorted(found)


def test_corpus_extraction_covers_all_event_types_and_claim_kinds(
        clean: dict[str, bytes]) -> None:
    def column(table: str, name: str) -> set[str]:
        rows = list(csv.DictReader(clean[f"data/{table}.csv"].decode().splitlines()))
        return {r[name] for r in rows if r[name]}

    assert len(column("events", "event_type")) >= 14  # of PLOVER's 16
    assert {"direct", "indirect", "mixed"} <= column("claims", "quote_type")
    assert {"name", "metonym", "demonym", "surname", "pronoun", "generic"} <= column(
        "mentions", "mention_type")
    assert column("events", "fatalities_low") and column("events", "amount")
    assert {"day", "week", "month", "year"} <= column("events", "date_precision")


def _write(files_: dict[str, bytes], folder: Path) -> Path:
    for rel, data in files_.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    return folder


def test_parallel_frictionless_reports_what_the_sequential_run_reports(
        clean: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = _write(clean, tmp_path / "pkg")
    events = (pkg / "data" / "events.csv").read_text(encoding="utf-8").split("\n")
    header = events[0].split(",")
    row = next(csv.reader([events[1]]))
    row[header.index("event_type")] = "EXPLODE"
    events[1] = ",".join(f'"{c}"' if "," in c or '"' in c else c for c in row)
    (pkg / "data" / "events.csv").write_text("\n".join(events), encoding="utf-8")

    def key(problems: list[Problem]) -> list[tuple]:
        return [(p.table, p.column, p.row, str(p.value), p.check) for p in problems]

    sequential = key(frictionless_problems(pkg / "datapackage.json"))
    assert any("EXPLODE" in k[3] for k in sequential)
    monkeypatch.setattr(validate_mod, "PARALLEL_MIN_ROWS", 0)
    assert key(frictionless_problems(pkg / "datapackage.json", workers=2)) == sequential
    csv_only = key(frictionless_problems(pkg / "datapackage.json", ("csv",), workers=2))
    assert csv_only == [k for k in sequential if not k[0].endswith("_parquet")]


def test_fast_validation_catches_a_parquet_file_that_differs_from_its_csv(
        clean: dict[str, bytes], tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pkg = _write(clean, tmp_path / "pkg")
    assert fast_problems(pkg / "datapackage.json") == []
    path = pkg / "data" / "events.parquet"
    table = pq.read_table(path)
    i = table.column_names.index("event_type")
    values = table.column(i).to_pylist()
    values[0] = "AID" if values[0] != "AID" else "ASSAULT"
    pq.write_table(table.set_column(i, table.schema.field(i), pa.array(values)), path)
    problems = fast_problems(pkg / "datapackage.json")
    assert [(p.table, p.column, p.check) for p in problems] == [
        ("events", "event_type", "CSV and Parquet differ")]


def test_ingest_memo_gives_the_same_documents(corpus: Path, tmp_path: Path) -> None:
    """The ingest memo (layouts, language guesses, parsed sidecars by content) changes nothing
    that is read: first build (memo filled), second (memo used), a damaged memo."""
    plain = read_documents(corpus)
    first = read_documents(corpus, tmp_path)
    memo = list(tmp_path.glob("ingest-*.json"))
    assert len(memo) == 1
    assert first == plain
    second = read_documents(corpus, tmp_path)
    assert second == plain
    memo[0].write_text("{not json", encoding="utf-8")
    assert read_documents(corpus, tmp_path) == plain
    # the same on the seed articles (sidecars with titles, outlets, URLs; real layouts)
    assert read_documents(SEEDS, tmp_path) == read_documents(SEEDS)
    assert read_documents(SEEDS, tmp_path) == read_documents(SEEDS)


def test_changed_and_removed_source_rebuild_equals_clean_build(
        corpus: Path, tmp_path: Path) -> None:
    """Change one source's text and sidecar, remove another: the cached rebuild re-extracts
    the changed one only and writes the bytes of a clean build (linked incidents included)."""
    seeds = tmp_path / "seeds"
    write_corpus(seeds, N, SEED)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "pkg", cache_dir=cache, workers=1)
    texts = sorted(seeds.glob("*.txt"))
    changed, removed = texts[3], texts[5]
    changed.write_text(changed.read_text(encoding="utf-8").replace(" the ", " a ", 1), encoding="utf-8")
    sidecar = changed.with_suffix(".yaml")
    if sidecar.exists():
        sidecar.write_text(sidecar.read_text(encoding="utf-8") + "outlet: Another Wire\n", encoding="utf-8")
    removed.unlink()
    removed.with_suffix(".yaml").unlink(missing_ok=True)
    inc = build(seeds, tmp_path / "pkg", cache_dir=cache, workers=1)
    assert (inc.extracted, inc.cached) == (1, N - 2)
    build(seeds, tmp_path / "fresh", workers=1)
    assert files(tmp_path / "pkg") == files(tmp_path / "fresh")
    with open(tmp_path / "fresh" / "data" / "incidents.csv", encoding="utf-8", newline="") as fh:
        assert any(int(r["report_count"]) > 1 for r in csv.DictReader(fh))


def test_cache_folder_keeps_the_users_own_files(tmp_path: Path) -> None:
    """Pruning the cache folder removes only what factpack named there: a stale memo and old
    extraction folders go, a user's look-alike file and folder stay."""
    cache = tmp_path / "cache"
    (cache / "extract-notes").mkdir(parents=True)
    (cache / "extract-notes" / "mine.txt").write_text("keep", encoding="utf-8")
    (cache / "ingest-my-list.json").write_text("{}", encoding="utf-8")
    stale_memo = cache / ("ingest-" + "0" * 20 + ".json")
    stale_memo.write_text("{}", encoding="utf-8")
    olds = [cache / f"extract-{c * 20}" for c in "abc"]
    for i, d in enumerate(olds):
        d.mkdir()
        t = 1_000_000 + i
        os.utime(d, (t, t))
    build(SEEDS, tmp_path / "pkg", cache_dir=cache, workers=1)
    assert (cache / "extract-notes" / "mine.txt").read_text(encoding="utf-8") == "keep"
    assert (cache / "ingest-my-list.json").exists()
    assert not stale_memo.exists()
    assert not olds[0].exists() and olds[1].exists() and olds[2].exists()  # 2 newest other keys kept


@pytest.mark.parametrize("when", ["last", "middle"])
def test_added_source_relinked_from_the_link_memo_equals_clean_build(
        corpus: Path, tmp_path: Path, when: str) -> None:
    """Adding a source dated after every other one, or in the middle of them: the rebuild
    takes the previous linking decisions from the link memo where they still hold, and writes
    the bytes of a clean build."""
    seeds = tmp_path / "seeds"
    write_corpus(seeds, N, SEED)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "pkg", cache_dir=cache, workers=1)
    memos = list(cache.glob("link-*.tsv"))
    assert len(memos) == 1
    dates = sorted(re.search(r"published_date: (\S+)", p.read_text(encoding="utf-8")).group(1)
                   for p in seeds.glob("*.yaml") if p.name != "package.yaml")
    added = write_corpus(seeds, N + 1, SEED + 1, start=N)[0]  # another seed: a new story
    sidecar = added.with_suffix(".yaml")
    last = dt.date.fromisoformat(dates[-1]) + dt.timedelta(days=1)
    day = last if when == "last" else dates[len(dates) // 2]
    sidecar.write_text(re.sub(r"published_date: \S+", f"published_date: {day}",
                              sidecar.read_text(encoding="utf-8")), encoding="utf-8")
    before = memos[0].read_bytes()
    inc = build(seeds, tmp_path / "pkg", cache_dir=cache, workers=1)
    assert (inc.extracted, inc.cached) == (1, N)
    assert memos[0].read_bytes() != before  # the memo now holds the added source's reports too
    build(seeds, tmp_path / "fresh", workers=1)
    assert files(tmp_path / "pkg") == files(tmp_path / "fresh")


def test_row_store_rebuilds_equal_clean_builds(corpus: Path, tmp_path: Path) -> None:
    """The rows of unchanged documents come from the previous build's row store, a document
    added in the middle of the document order is put in its place, a removed one is left out;
    a damaged store is no store. Every rebuild writes the bytes of a clean build."""
    seeds = tmp_path / "seeds"
    write_corpus(seeds, N, SEED)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "pkg", cache_dir=cache, workers=1)
    (store,) = cache.glob("extract-*/rows-*")
    assert {p.name for p in store.iterdir()} == {"manifest.json", *(f"{k}.arrow" for k in ROW_KINDS)}
    texts = sorted(seeds.glob("*.txt"))
    added = write_corpus(tmp_path / "extra", N + 1, SEED + 3, start=N)[0]
    middle = seeds / (texts[3].stem + "_inserted.txt")  # sorts between the 4th and 5th files
    middle.write_text(added.read_text(encoding="utf-8"), encoding="utf-8")
    if added.with_suffix(".yaml").exists():
        middle.with_suffix(".yaml").write_text(added.with_suffix(".yaml").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    texts[8].unlink()
    texts[8].with_suffix(".yaml").unlink(missing_ok=True)
    inc = build(seeds, tmp_path / "pkg", cache_dir=cache, workers=1)
    assert (inc.extracted, inc.cached) == (1, N - 1)
    build(seeds, tmp_path / "fresh", workers=1)
    assert files(tmp_path / "pkg") == files(tmp_path / "fresh")
    events = store / "events.arrow"
    events.write_bytes(events.read_bytes()[: events.stat().st_size // 2])  # cut short
    again = build(seeds, tmp_path / "pkg2", cache_dir=cache, workers=1)
    # no store: every document is extracted
    assert (again.extracted, again.cached) == (N, 0)
    assert files(tmp_path / "pkg2") == files(tmp_path / "fresh")
