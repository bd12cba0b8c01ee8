"""Extraction of many documents: in this process, across a process pool or, given a
scheduler address, on a Dask distributed cluster.

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


# --- worker side: the reference is set once per process; forked workers inherit the documents
_REF: Reference | None = None
_DOCS: list[Document] = []  # a forked pool's documents, read by index (never pickled)


def _init_worker(ref: Reference | None) -> None:
    global _REF
    _REF = ref if ref is not None else default_reference()


def _init_pool_worker(ref: Reference | None, parent: int) -> None:
    guard_worker(parent)
    _init_worker(ref)


def _extract_one(doc: Document) -> Extraction | ExtractionFailure:
    """extract_document in a worker."""
    assert _REF is not None
    return safe_extract(doc, _REF)


def _extract_nth(i: int) -> Extraction | ExtractionFailure:
    """extract_document in a forked worker, of the i-th document it inherited."""
    return _extract_one(_DOCS[i])


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
                     workers: int | None = None, stats: ExtractStats | None = None,
                     scheduler: str | None = None) -> Iterator[Extraction | ExtractionFailure]:
    """One Extraction (or ExtractionFailure) per document, in document order, as they come
    (from this process, from the pool or from a Dask cluster at `scheduler`), so the caller
    need not hold them all at once."""
    stats = stats if stats is not None else ExtractStats()
    stats.documents, stats.extracted, stats.cached = len(docs), len(docs), 0
    n_workers = min(workers or default_workers(len(docs)), max(1, len(docs)))
    stats.workers = n_workers
    if scheduler:
        progress(f"extracting {len(docs)} documents on the Dask cluster at {scheduler}")

    def fresh() -> Iterator[Extraction | ExtractionFailure]:
        global _DOCS
        if scheduler:
            yield from cluster_extractions(docs, ref, scheduler)
            return
        if n_workers <= 1:
            _init_worker(ref)
            for doc in docs:
                yield _extract_one(doc)
            return
        # the default reference is loaded in each worker (inherited when forked); any other
        # reference is sent to them once. Forked workers inherit the documents too (each is
        # named by its index rather than pickled and sent).
        ref_arg = None if ref is default_reference() else ref
        chunk = max(1, min(MAX_CHUNK, len(docs) // (n_workers * 8)))
        context = multiprocessing.get_context()
        forked = context.get_start_method() == "fork"
        _DOCS = docs if forked else []
        try:
            with context.Pool(n_workers, initializer=_init_pool_worker,
                              initargs=(ref_arg, os.getpid())) as pool:
                if forked:
                    yield from pool.imap(_extract_nth, range(len(docs)), chunksize=chunk)
                else:
                    yield from pool.imap(_extract_one, docs, chunksize=chunk)
        finally:
            _DOCS = []

    extracted = fresh()
    try:
        for done, ex in enumerate(extracted, 1):
            if done % 100 == 0 or done == len(docs):
                progress(f"extracted {done}/{len(docs)} documents"
                         + (f" with {n_workers} workers" if n_workers > 1 else ""))
            yield ex
    finally:
        extracted.close()
