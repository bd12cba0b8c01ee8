"""Build: seeds folder -> validated package folder, written atomically."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from factpack.cache import ExtractionCache
from factpack.contract.schema import TABLE_ORDER, conform, load_tables
from factpack.contract.validate import ValidationError, check_tables, fast_problems, frictionless_problems
from factpack.errors import FactpackError, Warning_
from factpack.extract.document import Extraction
from factpack.extract.reference import Reference, default_reference
from factpack.ingest.sources import Document, build_sources, read_documents
from factpack.pool import available_cpus
from factpack.publish.datadoc import package_readme
from factpack.publish.package import (
    csv_bytes,
    descriptor,
    dump_json,
    parquet_bytes,
    read_package_meta,
    views_sql,
)
from factpack.publish.provenance import provenance
from factpack.publish.report import REPORT_FILE, build_report, report_bytes
from factpack.workers import ExtractStats, iter_extractions

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass
class BuildResult:
    out_dir: Path
    counts: dict[str, int]
    warnings: list[Warning_]
    extracted: int = 0  # documents extracted (cache misses)
    cached: int = 0  # documents taken from the extraction cache
    workers: int = 1
    validation: str = "full"


Timings = dict[str, float]


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished child processes."""
    try:
        import resource
    except ImportError:  # not POSIX: this process only
        return time.process_time()
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@contextmanager
def stage(timings: Timings | None, name: str) -> Iterator[None]:
    """Add the wall time of the block to timings[name] and its CPU time (worker processes
    included) to timings["cpu " + name]; nothing when timings is None."""
    t0, c0 = time.perf_counter(), cpu_seconds() if timings is not None else 0.0
    try:
        yield
    finally:
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
            cpu = "cpu " + name
            timings[cpu] = timings.get(cpu, 0.0) + cpu_seconds() - c0


def build_tables(docs: list[Document], ref: Reference, progress: Progress = _quiet,
                 cache: ExtractionCache | None = None, workers: int | None = 1,
                 stats: ExtractStats | None = None, timings: Timings | None = None,
                 scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """All five tables, conformed to the contract (types, column order, sorted rows).

    Extraction runs in `workers` processes (None: one per available CPU, at most one per
    document; 1: in this process), or on the Dask cluster at `scheduler`, and reads and
    fills `cache`; the tables do not depend on any of them. Rows are gathered into
    DataFrames a chunk of documents at a time, so the per-row dicts of a large corpus are
    never all in memory together.
    """
    merger = RowMerger()
    with stage(timings, "extract"):
        for ex in iter_extractions(docs, ref, progress, cache, workers, stats, scheduler):
            with stage(timings, "tables"):
                merger.add(ex)
    if timings is not None:
        for prefix in ("", "cpu "):
            timings[prefix + "extract"] -= timings.get(prefix + "tables", 0.0)
    with stage(timings, "tables"):
        return _tables(merger.frames(), docs)


def corpus_value(votes: dict[str, int]) -> str:
    """An actor's country or description across sources: the value the most sources give,
    ties broken by the smallest value in code-point order (never by which file came first)."""
    return min(votes, key=lambda v: (-votes[v], v))


class RowMerger:
    """merge_extractions (extract.py), one document at a time. A shared actor's country and
    description are voted across every source that gives one (`corpus_value`), so the
    result does not depend on source order; mention, event and claim rows become a
    DataFrame every CHUNK documents."""

    CHUNK = 500
    KINDS = ("mentions", "events", "claims")
    VOTED = ("country_code", "description")

    def __init__(self) -> None:
        self.actors: dict[str, dict] = {}
        self.votes: dict[tuple[str, str], dict[str, int]] = {}
        self.rows: dict[str, list[dict]] = {k: [] for k in self.KINDS}
        self.chunks: dict[str, list[pd.DataFrame]] = {k: [] for k in self.KINDS}
        self.n = 0

    def add(self, part: Extraction) -> None:
        for k, row in part.actors.items():
            if k not in self.actors:
                self.actors[k] = dict(row)
            for col in self.VOTED:
                if row[col] is not None:
                    votes = self.votes.setdefault((k, col), {})
                    votes[row[col]] = votes.get(row[col], 0) + 1
        for kind in self.KINDS:
            self.rows[kind].extend(getattr(part, kind))
        self.n += 1
        if self.n % self.CHUNK == 0:
            self._flush()

    def _flush(self) -> None:
        for kind, rows in self.rows.items():
            if rows:
                self.chunks[kind].append(pd.DataFrame(rows))
                self.rows[kind] = []

    def frames(self) -> dict[str, pd.DataFrame]:
        self._flush()
        for (k, col), votes in self.votes.items():
            self.actors[k][col] = corpus_value(votes)
        out = {"actors": pd.DataFrame(list(self.actors.values()))}
        for kind, chunks in self.chunks.items():
            out[kind] = pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame()
        return out


def _tables(raw: dict[str, pd.DataFrame], docs: list[Document]) -> dict[str, pd.DataFrame]:
    raw["sources"] = build_sources(docs)
    contract = load_tables()
    out = {}
    for name in TABLE_ORDER:
        df = raw[name]
        if df.empty:
            df = pd.DataFrame(columns=contract[name].field_names)
        out[name] = conform(df, contract[name])
    return out


def render_files(tables: dict[str, pd.DataFrame], meta: dict, warnings: list[Warning_],
                 ref: Reference, timings: Timings | None = None) -> dict[str, bytes]:
    """Every file of the package, as bytes, keyed by relative path."""
    contract = load_tables()
    files: dict[str, bytes] = {}
    for name in TABLE_ORDER:
        with stage(timings, "csv"):
            files[f"data/{name}.csv"] = csv_bytes(tables[name], contract[name])
        with stage(timings, "parquet"):
            files[f"data/{name}.parquet"] = parquet_bytes(tables[name], contract[name])
    counts = {name: len(tables[name]) for name in TABLE_ORDER}
    prov = provenance(tables["sources"], counts, ref)
    desc = descriptor(meta, files, counts, prov)
    files["datapackage.json"] = dump_json(desc)
    files["views.sql"] = views_sql()
    files["README.md"] = package_readme(desc, tables, ref).encode("utf-8")
    files[REPORT_FILE] = report_bytes(build_report(tables, warnings))
    return files


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def recover(out_dir: Path) -> None:
    """Tidy what a killed build left beside `out_dir` (folders named after a dead process).

    A build killed between its two renames leaves no `out_dir` but the previous package as
    `.<name>.old-<pid>`: that is moved back. Temporary and staging folders of dead builds
    and releases are removed.
    """
    if not out_dir.parent.is_dir():
        return
    # .<name>.old-<pid>, .<name>.tmp-<pid>-*, .<name>.release-<pid> and its ..<...>.tmp-*
    leftover = re.compile(rf"\.\.?{re.escape(out_dir.name)}\.(old|tmp|release)-(\d+)(?:[.-].*)?")
    for p in sorted(out_dir.parent.iterdir()):
        m = leftover.fullmatch(p.name)
        if m is None or _pid_alive(int(m.group(2))) or not p.is_dir() or p.is_symlink():
            continue
        if m.group(1) == "old" and not p.name.startswith("..") and not out_dir.exists():
            os.rename(p, out_dir)
        else:
            shutil.rmtree(p, ignore_errors=True)


def check_out_dir(out_dir: Path, seeds_dir: Path | None = None) -> None:
    """Refuse an output folder whose replacement would destroy something that is not a package."""
    out_dir = out_dir.resolve()
    if seeds_dir is not None and seeds_dir.resolve().is_relative_to(out_dir):
        raise FactpackError(f"{out_dir}: the output folder holds the seeds folder {seeds_dir}")
    if out_dir.exists() and not out_dir.is_dir():
        raise FactpackError(f"{out_dir}: exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / "datapackage.json").exists():
        raise FactpackError(
            f"{out_dir}: exists, is not empty and holds no datapackage.json; refusing to replace it"
        )


def write_atomically(files: dict[str, bytes], out_dir: Path, check: Callable[[Path], None]) -> None:
    """Write into a temporary sibling folder, run `check` on it, then swap it into place.

    The previous package is left untouched unless every step succeeds.
    """
    out_dir = out_dir.resolve()
    recover(out_dir)
    check_out_dir(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-{os.getpid()}-", dir=out_dir.parent))
    tmp.chmod(0o755)
    old = None
    try:
        for rel, data in sorted(files.items()):
            p = tmp / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        check(tmp)
        if out_dir.exists():
            old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
            os.rename(out_dir, old)
        os.rename(tmp, out_dir)
    except BaseException:
        if old is not None and not out_dir.exists():
            os.rename(old, out_dir)  # the swap failed half-way: put the previous package back
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def frictionless_check(folder: Path, workers: int | None = None) -> None:
    """Frictionless on every resource; a large package is validated in `workers` processes
    (None: one per available CPU)."""
    problems = frictionless_problems(folder / "datapackage.json",
                                     workers=workers or available_cpus())
    if problems:
        raise ValidationError(problems)


def fast_check(folder: Path, workers: int | None = None) -> None:
    """`--validate fast`: frictionless on the CSV resources, Parquet == CSV through pyarrow."""
    problems = fast_problems(folder / "datapackage.json", workers=workers or available_cpus())
    if problems:
        raise ValidationError(problems)


VALIDATION = {
    "full": "frictionless on every resource (CSV and Parquet)",
    "fast": "frictionless on the CSV resources; Parquet checked equal to CSV with pyarrow",
}


def build(seeds_dir: Path, out_dir: Path, progress: Progress = _quiet,
          ref: Reference | None = None, *, cache_dir: Path | None = None,
          workers: int | None = None, validation: str = "full",
          timings: Timings | None = None, scheduler: str | None = None) -> BuildResult:
    """Build and validate a package from every document in `seeds_dir` into `out_dir`.

    `cache_dir`: reuse and store per-document extraction results there (None: no cache).
    `workers`: extraction processes (None: one per CPU, at most one per document).
    `scheduler`: a Dask distributed scheduler address; extraction then runs on that cluster.
    `validation`: "full" or "fast" (see VALIDATION). `timings`: filled with the wall time
    of each stage, in seconds. None of them changes the package's bytes.
    """
    if validation not in VALIDATION:
        raise FactpackError(f"unknown validation {validation!r}; use {' or '.join(VALIDATION)}")
    ref = ref or default_reference()
    recover(Path(out_dir).resolve())
    check_out_dir(Path(out_dir), Path(seeds_dir))
    with stage(timings, "ingest"):
        meta = read_package_meta(seeds_dir)
        progress(f"reading {seeds_dir}")
        docs, warnings = read_documents(seeds_dir)
    cache = ExtractionCache(cache_dir, ref) if cache_dir is not None else None
    stats = ExtractStats()
    tables = build_tables(docs, ref, progress, cache, workers, stats, timings, scheduler)
    progress("validating tables (pandera + cross-table checks)")
    with stage(timings, "validate"):
        check_tables(tables, {d.source_id: d.text for d in docs})
    with stage(timings, "other files"):
        files = render_files(tables, meta, warnings, ref, timings)
    counts = {n: len(t) for n, t in tables.items()}
    del tables, docs  # not needed any more: lower the peak memory of a large build
    if timings is not None:
        for prefix in ("", "cpu "):
            timings[prefix + "other files"] -= (timings.get(prefix + "csv", 0.0)
                                                + timings.get(prefix + "parquet", 0.0))
    progress("writing package and validating it with frictionless"
             + (" (CSV resources; Parquet == CSV via pyarrow)" if validation == "fast" else ""))
    check = frictionless_check if validation == "full" else fast_check

    def timed_check(folder: Path) -> None:
        files.clear()  # every file is on disk by now; validation reads them from there
        with stage(timings, "frictionless"):
            check(folder)

    with stage(timings, "write"):
        write_atomically(files, out_dir, timed_check)
    if timings is not None:
        for prefix in ("", "cpu "):
            timings[prefix + "write"] -= timings.get(prefix + "frictionless", 0.0)
    if cache is not None:
        cache.prune()
    return BuildResult(out_dir, counts, warnings, stats.extracted, stats.cached, stats.workers,
                       validation)




__all__ = ["build", "build_tables", "render_files", "write_atomically", "FactpackError"]
