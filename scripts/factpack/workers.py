"""Extraction of many documents: from the cache where possible, else across a process pool
or, given a scheduler address, on a Dask distributed cluster.

The result is the list of per-document Extractions in document order, whatever the number
of workers, so the merged tables (and the package bytes) do not depend on it.
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factpack.cache import ExtractionCache
from factpack.errors import FactpackError
from factpack.extract.document import Extraction, extract_document
from factpack.extract.reference import Reference, default_reference
from factpack.ingest.sources import Document
from factpack.pool import available_cpus, guard_worker

MAX_CHUNK = 16
CLUSTER_WINDOW = 256  # documents in flight on a Dask cluster at once


@dataclass(frozen=True)
class ExtractionFailure:
    """An unexpected exception while extracting one document (a bug, not bad input): where
    it was raised, so the file can be reported; picklable, so it crosses the process pool."""

    seed_file: str
    error: str  # "IndexError at factpack.extract.claims:276"

    @property
    def message(self) -> str:
        return f"extraction failed ({self.error}); please report this file"


def _failure(doc: Document, e: BaseException) -> ExtractionFailure:
    tb, last = e.__traceback__, None
    while tb is not None:
        last, tb = tb, tb.tb_next
    where = f"{last.tb_frame.f_globals.get('__name__', '?')}:{last.tb_lineno}" if last else "?"
    return ExtractionFailure(doc.seed_file, f"{type(e).__name__} at {where}")


def safe_extract(doc: Document, ref: Reference) -> Extraction | ExtractionFailure:
    """extract_document, with an unexpected exception turned into an ExtractionFailure."""
    try:
        return extract_document(doc, ref)
    except Exception as e:  # noqa: BLE001 - any bug in extraction is reported per file
        return _failure(doc, e)


@dataclass
class ExtractStats:
    documents: int = 0
    extracted: int = 0  # cache misses: documents run through extract_document
    cached: int = 0  # cache hits
    workers: int = 1


def default_workers(n_docs: int) -> int:
    """The CPUs available to this process, capped at the number of documents."""
    return max(1, min(available_cpus(), n_docs))


# --- worker side: the reference and the cache are set once per process -----------------------
_REF: Reference | None = None
_CACHE: ExtractionCache | None = None


def _init_worker(ref: Reference | None, cache: ExtractionCache | None) -> None:
    global _REF, _CACHE
    _REF = ref if ref is not None else default_reference()
    _CACHE = cache


def _init_pool_worker(ref: Reference | None, cache: ExtractionCache | None, parent: int) -> None:
    guard_worker(parent)
    _init_worker(ref, cache)


def _extract_one(doc: Document) -> Extraction | ExtractionFailure:
    """extract_document in a worker, storing the result in the cache as it goes (a failure
    is not cached)."""
    assert _REF is not None
    ex = safe_extract(doc, _REF)
    if _CACHE is not None and isinstance(ex, Extraction):
        _CACHE.put(doc, ex)
    return ex


def _cluster_task(doc: Document) -> tuple[str, Extraction | ExtractionFailure]:
    """Run on a Dask worker: the worker's extraction key (code + reference) and the result."""
    from factpack.cache import extraction_key

    ref = default_reference()
    return extraction_key(ref), safe_extract(doc, ref)


def cluster_extractions(docs: list[Document], ref: Reference, scheduler: str,
                        window: int = CLUSTER_WINDOW) -> Iterator[Extraction | ExtractionFailure]:
    """Extract `docs` on a Dask distributed cluster, yielding results in document order.

    At most `window` documents are in flight at once, so neither this process nor the
    scheduler holds a large corpus in memory. Workers must run the same factpack code and
    reference data (the same environment on every node): each result carries the worker's
    extraction key, and a mismatch stops the build rather than mixing two extractions.
    Only the default reference data is supported on a cluster (workers load their own).
    """
    try:
        from distributed import Client
    except ImportError:
        raise FactpackError(
            "--scheduler needs Dask distributed: install the `cluster` extra "
            "(uv sync --extra cluster, or pip install 'factpack[cluster]')") from None
    from factpack.cache import extraction_key

    if ref is not default_reference():
        raise FactpackError("--scheduler: a cluster build uses the default reference data only")
    want = extraction_key(ref)
    try:
        client = Client(scheduler, timeout="30s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise FactpackError(f"--scheduler {scheduler}: cannot connect ({e})") from None
    with client:
        pending: list = []
        it = iter(docs)
        for doc in itertools.islice(it, window):
            pending.append(client.submit(_cluster_task, doc, pure=False))
        while pending:
            key, ex = pending.pop(0).result()
            if key != want:
                raise FactpackError(
                    f"--scheduler {scheduler}: a worker runs other factpack code or reference "
                    "data than this machine; install the same version on every worker")
            nxt = next(it, None)
            if nxt is not None:
                pending.append(client.submit(_cluster_task, nxt, pure=False))
            yield ex


def iter_extractions(docs: list[Document], ref: Reference, progress: Callable[[str], None],
                     cache: ExtractionCache | None = None, workers: int | None = None,
                     stats: ExtractStats | None = None, scheduler: str | None = None,
                     ) -> Iterator[Extraction | ExtractionFailure]:
    """One Extraction (or ExtractionFailure) per document, in document order, as they come
    (from the cache, from this process, from the pool or from a Dask cluster at
    `scheduler`), so the caller need not hold them all at once."""
    stats = stats if stats is not None else ExtractStats()
    paths = [cache.path(doc) for doc in docs] if cache is not None else [None] * len(docs)
    cached = [p is not None and p.is_file() for p in paths]
    todo = [i for i, hit in enumerate(cached) if not hit]
    stats.documents, stats.extracted, stats.cached = len(docs), len(todo), len(docs) - len(todo)
    if cache is not None:
        progress(f"{stats.cached}/{len(docs)} documents from the extraction cache, "
                 f"{stats.extracted} to extract")
    n_workers = min(workers or default_workers(len(todo)), max(1, len(todo)))
    stats.workers = n_workers
    if scheduler:
        progress(f"extracting {len(todo)} documents on the Dask cluster at {scheduler}")

    def fresh() -> Iterator[Extraction | ExtractionFailure]:
        if scheduler:
            for ex, i in zip(cluster_extractions([docs[i] for i in todo], ref, scheduler), todo,
                             strict=True):
                if cache is not None and isinstance(ex, Extraction):
                    cache.put(docs[i], ex)
                yield ex
            return
        if n_workers <= 1:
            _init_worker(ref, cache)
            for i in todo:
                yield _extract_one(docs[i])
            return
        # the default reference is loaded in each worker (inherited when forked); any other
        # reference is sent to them once
        ref_arg = None if ref is default_reference() else ref
        chunk = max(1, min(MAX_CHUNK, len(todo) // (n_workers * 8)))
        with multiprocessing.get_context().Pool(
            n_workers, initializer=_init_pool_worker, initargs=(ref_arg, cache, os.getpid())
        ) as pool:
            yield from pool.imap(_extract_one, [docs[i] for i in todo], chunksize=chunk)

    extracted = fresh()
    done = 0
    try:
        for doc, hit, path in zip(docs, cached, paths, strict=True):
            ex = cache.get(doc, path) if hit and cache is not None else None
            if hit and ex is None:  # the entry vanished or is damaged: extract it here
                ex = safe_extract(doc, ref)
                assert cache is not None
                if isinstance(ex, Extraction):
                    cache.put(doc, ex, path)
                stats.extracted += 1
                stats.cached -= 1
            elif ex is None:
                ex = next(extracted)
                done += 1
                if done % 100 == 0 or done == len(todo):
                    progress(f"extracted {done}/{len(todo)} documents"
                             + (f" with {n_workers} workers" if n_workers > 1 else ""))
            yield ex
    finally:
        extracted.close()


def extract_all(docs: list[Document], ref: Reference, progress: Callable[[str], None],
                cache: ExtractionCache | None = None, workers: int | None = None,
                ) -> tuple[list[Extraction | ExtractionFailure], ExtractStats]:
    """One Extraction per document, in document order."""
    stats = ExtractStats()
    parts = list(iter_extractions(docs, ref, progress, cache, workers, stats))
    return parts, stats
