"""Build: seeds folder -> validated package folder (extract, curate, validate), written atomically."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from factpack.cache import (
    KEY_COLUMN,
    ROW_KINDS,
    DocRows,
    ExtractionCache,
    StoredRows,
    document_key,
)
from factpack.contract.changed import WarmValidator, changed_rows_problems
from factpack.contract.order import story_order, story_sorted
from factpack.contract.schema import TABLE_ORDER, conform, load_tables
from factpack.contract.validate import ValidationError, check_tables, fast_problems, frictionless_problems
from factpack.curate.corrections import (
    Entry,
    StaleCorrection,
    correction_frame,
    incident_directive,
    incident_records,
    read_corrections,
)
from factpack.curate.stage import corrections_dir, curate
from factpack.errors import FactpackError, InputError, Warning_
from factpack.extract.document import Extraction
from factpack.extract.reference import Reference, default_reference
from factpack.extract.repairs import repair_events
from factpack.ingest.sources import Document, FailedSource, build_sources, read_documents
from factpack.link.directives import DirectiveError, apply_directives
from factpack.link.incidents import incidents_table
from factpack.link.tables import link_tables
from factpack.pool import ForkedChild, available_cpus, guard_worker, pid_alive, release_memory
from factpack.publish.datadoc import package_readme
from factpack.publish.lookups import lookup_frames
from factpack.publish.package import (
    Written,
    arrow_table,
    descriptor,
    dump_json,
    parquet_bytes,
    read_package_meta,
    views_sql,
    write_csv,
    write_file,
)
from factpack.publish.provenance import provenance
from factpack.publish.report import REPORT_FILE, build_report, report_bytes
from factpack.workers import ExtractionFailure, ExtractStats, iter_extractions

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
    failed: list[str] = field(default_factory=list)  # documents left out by keep_going


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
                 scheduler: str | None = None, failures: list[ExtractionFailure] | None = None,
                 ) -> dict[str, pd.DataFrame]:
    """Every table, conformed to the contract (types, column order, story order).

    Extraction runs in `workers` processes (None: one per available CPU, at most one per
    document; 1: in this process), or on the Dask cluster at `scheduler`, and reads and
    fills `cache`; the tables do not depend on any of them (see `extract_rows`).

    A document whose extraction raises stops the build with an error naming it; with a
    `failures` list it is appended there instead and left out of every table.
    """
    raw = extract_rows(docs, ref, progress, cache, workers, stats, timings, scheduler, failures)
    failed = {f.seed_file for f in failures or []}
    with stage(timings, "tables"):
        return assemble_tables(raw, [d for d in docs if d.seed_file not in failed], ref,
                               cache.root if cache is not None else None)


def extract_rows(docs: list[Document], ref: Reference, progress: Progress = _quiet,
                 cache: ExtractionCache | None = None, workers: int | None = 1,
                 stats: ExtractStats | None = None, timings: Timings | None = None,
                 scheduler: str | None = None, failures: list[ExtractionFailure] | None = None,
                 ) -> dict[str, pd.DataFrame]:
    """The extracted rows of every document, merged (`merged_frames`), not yet linked or
    conformed. Rows are gathered into DataFrames a chunk of documents at a time, so the
    per-row dicts of a large corpus are never all in memory together.

    With a cache, the rows of documents the corpus's previous build also had come from its
    row store (`cache.RowStore`), and only the other documents are extracted; the store is
    then written for the next build (also when extraction stops: an error in a document, an
    interrupt, so that the next build extracts only what is left). Failures: see
    `build_tables`."""
    stats = stats if stats is not None else ExtractStats()
    store = cache.store() if cache is not None else None
    with stage(timings, "extract"):
        keys = [document_key(d) for d in docs]
        stored = cache.load() if cache is not None else None
    have = frozenset(stored.docs) if stored is not None else frozenset()
    fresh = [i for i, k in enumerate(keys) if k not in have]
    if store is not None:
        progress(f"{len(docs) - len(fresh)}/{len(docs)} documents' rows from the previous build's row store, "
                 f"{len(fresh)} to extract")
    collected = RowCollector()
    failed: set[str] = set()
    with stage(timings, "extract"):
        extractions = iter_extractions([docs[i] for i in fresh], ref, progress, workers, stats, scheduler)
        try:
            for i, ex in zip(fresh, extractions, strict=True):
                if _failed(ex, failures):
                    failed.add(keys[i])
                    continue
                with stage(timings, "tables"):
                    collected.add(ex, keys[i])
        except BaseException:
            extractions.close()  # the pool stops first
            if store is not None:  # keep what was extracted (best effort), then stop
                done = have | set(collected.docs)
                store.save(combine_rows(stored, collected.frames(), [k for k in keys if k in done]))
            raise
    stats.documents, stats.cached = len(docs), len(docs) - len(fresh)
    _net_extract(timings)
    with stage(timings, "tables"):
        rows = combine_rows(stored, collected.frames(), [k for k in keys if k not in failed])
        del stored, collected
        if store is not None:
            store.save(rows)  # best effort: a rebuild without it extracts every document
        return merged_frames(rows)


def _failed(ex: Extraction | ExtractionFailure, failures: list[ExtractionFailure] | None) -> bool:
    """Whether `ex` is a failure (appended to `failures`; without that list, an error)."""
    if not isinstance(ex, ExtractionFailure):
        return False
    if failures is None:
        raise FactpackError(f"{ex.seed_file}: {ex.message}")
    failures.append(ex)
    return True


def _net_extract(timings: Timings | None) -> None:
    """The merge of rows is timed as `tables`, inside `extract`: take it out of `extract`."""
    if timings is not None:
        for prefix in ("", "cpu "):
            timings[prefix + "extract"] -= timings.get(prefix + "tables", 0.0)


def without_layout(doc: Document) -> Document:
    """The document without its paragraph spans, which only extraction reads: a large build
    frees them (about 5 MB per 1,000 articles) before linking."""
    return replace(doc, paragraphs=None)


def corpus_value(votes: dict[str, int]) -> str:
    """An actor's country or description across sources: the value the most sources give,
    ties broken by the smallest value in code-point order (never by which file came first)."""
    return min(votes, key=lambda v: (-votes[v], v))


class RowCollector:
    """Rows of documents, one at a time, as `DocRows`: each kind's row dicts become a
    DataFrame every CHUNK documents; each document's row count is kept. Actor rows are kept
    per document (KEY_COLUMN: the row's key in Extraction.actors), to be merged by
    `merged_frames`."""

    CHUNK = 500

    def __init__(self) -> None:
        self.docs: list[str] = []
        self.rows: dict[str, list[dict]] = {k: [] for k in ROW_KINDS}
        self.counts: dict[str, list[int]] = {k: [] for k in ROW_KINDS}
        self.chunks: dict[str, list[pd.DataFrame]] = {k: [] for k in ROW_KINDS}

    def add(self, part: Extraction, doc: str) -> None:
        self.docs.append(doc)
        actors = [{**row, KEY_COLUMN: k} for k, row in part.actors.items()]
        for kind in ROW_KINDS:
            rows = actors if kind == "actors" else getattr(part, kind)
            self.rows[kind].extend(rows)
            self.counts[kind].append(len(rows))
        if len(self.docs) % self.CHUNK == 0:
            self._flush()

    def _flush(self) -> None:
        for kind, rows in self.rows.items():
            if rows:
                self.chunks[kind].append(pd.DataFrame(rows))
                self.rows[kind] = []

    def frames(self) -> DocRows:
        self._flush()
        return DocRows(self.docs, {k: pd.concat(c, ignore_index=True) if c else pd.DataFrame()
                                   for k, c in self.chunks.items()},
                       {k: np.asarray(n, dtype=np.int64) for k, n in self.counts.items()})


def combine_rows(stored: StoredRows | None, fresh: DocRows, docs: list[str]) -> DocRows:
    """The rows of `docs` (document keys, in document order): the stored rows of the
    documents the store has, then the fresh ones, put in document order (the rows of one
    document keep their order)."""
    if stored is None:
        return fresh
    position = {k: i for i, k in enumerate(docs)}
    keep = np.array([d in position for d in stored.docs], dtype=bool)
    order_docs = [d for d in stored.docs if d in position] + fresh.docs
    at = np.array([position[d] for d in order_docs], dtype=np.int64)
    runs = np.argsort(at, kind="stable")  # the documents in document order
    out_docs = [order_docs[i] for i in runs]
    frames, counts = {}, {}
    for kind in ROW_KINDS:
        n_stored = stored.counts[kind][keep]
        parts = []
        if int(n_stored.sum()):
            table = stored.tables[kind]
            if not keep.all():  # (a filter copies every column, even when it keeps every row)
                table = table.filter(np.repeat(keep, stored.counts[kind]))
            parts.append(table.to_pandas())
        if len(fresh.frames[kind]):
            parts.append(fresh.frames[kind])
        if len(parts) > 1:
            df = pd.concat(parts, ignore_index=True)
        else:
            df = parts[0] if parts else pd.DataFrame()
        n = np.concatenate([n_stored, fresh.counts[kind]])
        row_at = np.repeat(at, n)
        if len(df) and (np.diff(row_at) < 0).any():
            df = df.take(np.argsort(row_at, kind="stable")).reset_index(drop=True)
        frames[kind], counts[kind] = df, n[runs]
    return DocRows(out_docs, frames, counts)


VOTED = ("country_code", "description")  # actor attributes voted across sources


def merged_frames(rows: DocRows) -> dict[str, pd.DataFrame]:
    """One frame per kind of row; the actors merged: each actor's first row (in document
    order), its country and description voted across every document that gives one
    (`corpus_value`), so they do not depend on the order of the documents."""
    out = {k: df for k, df in rows.frames.items() if k != "actors"}
    actors = rows.frames["actors"]
    if actors.empty:
        out["actors"] = pd.DataFrame()
        return out
    first = actors.drop_duplicates(KEY_COLUMN, keep="first").reset_index(drop=True)
    for col in VOTED:
        given = actors.loc[actors[col].notna(), [KEY_COLUMN, col]]
        votes: dict[str, dict[str, int]] = {}
        for (key, value), n in given.groupby([KEY_COLUMN, col], sort=False).size().items():
            votes.setdefault(key, {})[value] = int(n)
        if votes:
            first[col] = first[KEY_COLUMN].map({k: corpus_value(v) for k, v in votes.items()})
    out["actors"] = first.drop(columns=[KEY_COLUMN])
    return out


# Below this many event rows a build is small enough that handing freed memory back to the
# system (`release_memory`, ~50 ms a call, mostly a full garbage collection) is not worth it.
RELEASE_MEMORY_ROWS = 50_000


def assemble_tables(raw: dict[str, pd.DataFrame], docs: list[Document], ref: Reference,
                    cache_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """The tables from the extracted rows: sources, linking into incidents (with the memo in
    `cache_dir`, if any), lookups, each table conformed, events repaired, story order. The
    frames of `raw` are taken out of it as they are used."""
    raw["sources"] = build_sources(docs)
    # Linking is across documents: it runs once here, on the assembled rows (see link/); with
    # a cache folder, it takes the previous build's decisions where they still hold.
    raw["events"], raw["incidents"] = link_tables(raw["events"], raw["sources"], raw["actors"], ref,
                                                  memo_dir=cache_dir)
    large = len(raw["events"]) >= RELEASE_MEMORY_ROWS
    if large:
        release_memory()  # linking's freed objects: lower the peak of the stages after it
    raw.update(lookup_frames())
    contract = load_tables()
    out = {}
    reordered = story_sorted(list(TABLE_ORDER), contract)  # story_order sets their order in full
    for name in TABLE_ORDER:
        df = raw.pop(name, pd.DataFrame())  # the unconformed frame is freed as we go
        if df.empty:
            df = pd.DataFrame(columns=contract[name].field_names)
        out[name] = conform(df, contract[name], sort=not contract[name].labels and name not in reordered)
    out["events"], repairs = repair_events(out["events"])
    out = story_order(out, contract, release=True)
    out["events"].attrs["repairs"] = repairs  # counted in the build report
    if large:
        release_memory()  # the unconformed and unsorted frames: lower the peak of validation
    return out


def relink_after_corrections(tables: dict[str, pd.DataFrame], ref: Reference, entries: list[Entry] = (),
                             allow_stale: bool = False) -> tuple[dict[str, pd.DataFrame], list[Warning_]]:
    """Corrections may set, drop or add event rows: link the corrected events into incidents
    again (so no incident names a dropped report), apply the merge and split entries (recorded
    in the `corrections` table), and put every table back in story order."""
    contract = load_tables()
    merges = [e for e in entries if e.table == "incidents"]
    warnings: list[Warning_] = []
    if not entries and tables["corrections"].empty:
        # nothing corrected: the tables are in story order already (build_tables put them
        # so; the claim links and the empty corrections table are not positional)
        return tables, warnings
    if (tables["corrections"]["table_name"] == "events").any() or merges:
        events = tables["events"].drop(columns=["incident_id"])
        events, incidents = link_tables(events, tables["sources"], tables["actors"], ref)
        if merges:
            events, records, warnings = correct_incidents(events, tables["sources"], merges, allow_stale)
            incidents = incidents_table(events, tables["sources"])
            both = pd.concat([tables["corrections"], correction_frame(records)], ignore_index=True)
            tables = {**tables, "corrections": conform(both, contract["corrections"])}
        tables = {**tables, "events": conform(events, contract["events"]),
                  "incidents": conform(incidents, contract["incidents"])}
    return story_order(tables, contract), warnings


def correct_incidents(events: pd.DataFrame, sources: pd.DataFrame, entries: list[Entry],
                      allow_stale: bool = False) -> tuple[pd.DataFrame, list[dict], list[Warning_]]:
    """The linked events after each merge or split entry in turn, the entries' records for the
    `corrections` table, and (with `allow_stale`) a warning per stale entry skipped."""
    records: list[dict] = []
    warnings: list[Warning_] = []
    for entry in entries:
        try:
            directive = incident_directive(entry, events)
            after = apply_directives(events, sources, [directive])
        except StaleCorrection as e:
            if not allow_stale:
                raise
            warnings.append(Warning_(e.path, f"stale correction skipped: {e.problem}"))
            continue
        except DirectiveError as e:
            raise entry.error(str(e)) from None
        records += incident_records(entry, events, after)
        events = after
    return events, records, warnings


def locate_problems(problems: list, tables: dict[str, pd.DataFrame]) -> list:
    """Problems in extracted rows, each prefixed with the seed file and the character span of
    the sentence the row came from (so a failing build names where to look)."""
    files = dict(zip(tables["sources"]["source_id"], tables["sources"]["seed_file"], strict=True))
    out = []
    for p in problems:
        df = tables.get(p.table)
        if (p.row is None or df is None or not {"source_id", "char_start", "char_end"} <= set(df.columns)
                or not 0 <= p.row < len(df)):
            out.append(p)
            continue
        r = df.iloc[p.row]
        where = f"{files.get(r['source_id'], r['source_id'])} chars {r['char_start']}-{r['char_end']}"
        out.append(replace(p, check=f"{where}: {p.check}"))
    return out


def skipped_lines(docs: list[Document]) -> list[dict]:
    """Per document, the lines that produced no rows and why (headline, boilerplate, ...)."""
    return [
        {
            "file": d.seed_file,
            "lines": [
                {"line": x.line, "char_start": x.start, "char_end": x.end, "kind": x.kind, "reason": x.reason}
                for x in d.skipped
            ],
        }
        for d in docs
        if d.skipped
    ]


def render_files(folder: Path, tables: dict[str, pd.DataFrame], meta: dict, warnings: list[Warning_],
                 ref: Reference, timings: Timings | None = None,
                 repairs: dict[str, int] | None = None, skipped: list[dict] | None = None,
                 ) -> dict[str, Written]:
    """Write every file of the package into `folder`; each file's size and SHA-256, keyed by
    relative path. Each file goes to disk as soon as it is made (a large CSV a block of rows
    at a time), so the files' bytes are never all in memory at once."""
    contract = load_tables()
    files: dict[str, Written] = {}

    def put(rel: str, data: bytes) -> None:
        files[rel] = write_file(folder / rel, [data])

    for name in TABLE_ORDER:
        with stage(timings, "parquet"):  # the Arrow table is made once, for both files
            at = arrow_table(tables[name], contract[name])
            put(f"data/{name}.parquet", parquet_bytes(tables[name], contract[name], at))
        with stage(timings, "csv"):
            rel = f"data/{name}.csv"
            files[rel] = write_csv(folder / rel, tables[name], contract[name], at)
        del at
    counts = {name: len(tables[name]) for name in TABLE_ORDER}
    prov = provenance(tables["sources"], counts, ref)
    desc = descriptor(meta, files, counts, prov)
    put("datapackage.json", dump_json(desc))
    put("views.sql", views_sql())
    put("README.md", package_readme(desc, tables, ref).encode("utf-8"))
    # the report comes last: it lists every file of the package (how `--out` is recognised)
    put(REPORT_FILE, report_bytes(build_report(tables, warnings, sorted([*files, REPORT_FILE]),
                                               repairs, skipped)))
    return files


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
        if m is None or pid_alive(int(m.group(2))) or not p.is_dir() or p.is_symlink():
            continue
        if m.group(1) == "old" and not p.name.startswith("..") and not out_dir.exists():
            os.rename(p, out_dir)
        else:
            shutil.rmtree(p, ignore_errors=True)


# Files every package holds beside its resources (the build report also lists what it wrote).
PACKAGE_FILES = ("datapackage.json", "README.md", "views.sql", REPORT_FILE)


def written_files(out_dir: Path) -> set[str] | None:
    """The files factpack wrote into `out_dir` (relative POSIX paths), or None when the folder
    is not a package written by factpack.

    A package is recognised by its build report beside `datapackage.json`. The report lists
    the files of the build (`files`); a package built before that list existed is described by
    PACKAGE_FILES plus the resource paths of its descriptor.
    """
    import json

    report, desc = out_dir / REPORT_FILE, out_dir / "datapackage.json"
    if not (report.is_file() and desc.is_file()):
        return None
    try:
        rep = json.loads(report.read_text(encoding="utf-8"))
        files = rep.get("files") if isinstance(rep, dict) else None
        if isinstance(files, list) and all(isinstance(f, str) for f in files):
            return set(files) | {REPORT_FILE}
        d = json.loads(desc.read_text(encoding="utf-8"))
        paths = [r.get("path") for r in d.get("resources", []) if isinstance(r, dict)]
    except (OSError, ValueError, AttributeError):
        return None
    return set(PACKAGE_FILES) | {p for p in paths if isinstance(p, str)}


def foreign_files(out_dir: Path) -> list[str]:
    """Files and folders in `out_dir` that factpack did not write (all of them when it is not
    a factpack package), sorted, relative to `out_dir`."""
    mine = written_files(out_dir) or set()
    dirs = {Path(f).parent.as_posix() for f in mine} - {"."}
    dirs |= {p.rsplit("/", i)[0] for p in dirs for i in range(1, p.count("/") + 1)}
    found = []
    for p in sorted(out_dir.rglob("*")):
        rel = p.relative_to(out_dir).as_posix()
        if rel in dirs and p.is_dir() and not p.is_symlink():
            continue
        if rel in mine and p.is_file() and not p.is_symlink():
            continue
        if any(rel.startswith(f"{f}/") for f in found):
            continue  # inside a folder already named
        found.append(rel)
    return found


def check_writable(folder: Path, option: str) -> None:
    """Refuse a folder that cannot be created or replaced: a parent that is a file, or a
    parent (the nearest existing one) this user may not write into."""
    folder = Path(os.path.abspath(folder))
    for parent in reversed(folder.parents):
        if parent.exists() and not parent.is_dir():
            raise InputError(f"{option} {folder}", f"{parent} is a file, not a folder")
    parent = next((p for p in folder.parents if p.exists()), None)
    if parent is not None and not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"{option} {folder}", f"cannot write into {parent} (permission denied)")
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{option} {folder}", "is read-only (permission denied)")


def check_out_dir(out_dir: Path, seeds_dir: Path | None = None) -> None:
    """Refuse an output folder whose replacement would destroy something factpack did not write.

    `out_dir` may be missing, empty, or a package this tool wrote (recognised by its build
    report) holding nothing else; anything else is refused, naming the foreign files.
    """
    out_dir = Path(os.path.abspath(out_dir))
    if seeds_dir is not None and Path(os.path.abspath(seeds_dir)).is_relative_to(out_dir):
        raise InputError(f"--out {out_dir}", f"the output folder holds the seeds folder {seeds_dir}")
    check_writable(out_dir, "--out")
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--out {out_dir}", "exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        foreign = foreign_files(out_dir)
        if foreign:
            shown = ", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")
            raise InputError(f"--out {out_dir}",
                             f"holds files factpack did not write ({shown}); choose an empty folder")


# --- locks -------------------------------------------------------------------------------------

LOCK_WAIT = float(os.environ.get("FACTPACK_LOCK_WAIT", "600"))  # seconds


def lock_path(target: Path) -> Path:
    """The lock file of a folder: hidden, beside it (the folder itself is swapped by renames)."""
    target = Path(os.path.abspath(target))
    return target.parent / f".{target.name}-lock"


@contextmanager
def folder_lock(target: Path, progress: Progress = _quiet, wait: float | None = None) -> Iterator[None]:
    """Hold an exclusive OS lock (flock) on `target` for the block: a second build or release
    of the same folder waits for it (up to `wait` seconds, default FACTPACK_LOCK_WAIT or 600),
    then gives up with an InputError.

    The kernel drops the lock when the holder exits, even by `kill -9`, so a lock is never
    stale. The lock file is removed on release; a waiter that finds the file it locked
    replaced or removed locks again (the usual remove-after-unlock protocol).
    """
    try:
        import fcntl
    except ImportError:  # not POSIX (Windows): no lock
        yield
        return
    path = lock_path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    wait = LOCK_WAIT if wait is None else wait
    deadline = time.monotonic() + wait
    told = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() > deadline:
                raise InputError(target, f"another factpack run is still writing it (waited {wait:.0f} s); "
                                 "try again when it has finished") from None
            if not told:
                progress(f"waiting for another factpack run to finish with {target}")
                told = True
            time.sleep(0.05)
            continue
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the holder removed the file after we opened it: lock the new one
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        try:
            os.unlink(path)
        finally:
            os.close(fd)


def write_atomically(write: Callable[[Path], object], out_dir: Path, check: Callable[[Path], None]) -> None:
    """Make a temporary sibling folder, `write` the package into it, run `check` on it, then
    swap it into place.

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
        write(tmp)
        check(tmp)
        if out_dir.exists():
            old = tmp.parent / tmp.name.replace(".tmp-", ".old-", 1)  # unique per run
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


def changed_check(folder: Path, previous: Path, workers: int | None = None,
                  warm: WarmValidator | None = None) -> None:
    """`--validate changed`: frictionless (row-local rules) on the CSV rows not in the previous
    package at `previous`; keys were checked over all rows by check_tables; Parquet == CSV.
    Many changed rows are validated in `workers` processes (None: one per available CPU), a
    few by the `warm` validator's process when given."""
    old = previous if (previous / "datapackage.json").is_file() else None
    problems, _ = changed_rows_problems(folder, old, workers or available_cpus(), warm)
    if problems:
        raise ValidationError(problems)


VALIDATION = {
    "changed": "frictionless (row-local rules) on the rows that differ from the previous package "
               "(all rows when there is none); keys over all rows by pandera and the cross-table "
               "checks; Parquet checked equal to CSV with pyarrow",
    "full": "frictionless on every resource (CSV and Parquet)",
    "fast": "frictionless on the CSV resources; Parquet checked equal to CSV with pyarrow",
}


def build(seeds_dir: Path, out_dir: Path, progress: Progress = _quiet,
          ref: Reference | None = None, *, cache_dir: Path | None = None,
          workers: int | None = None, validation: str = "changed",
          timings: Timings | None = None, scheduler: str | None = None,
          corrections: Path | None = None, allow_stale: bool = False,
          keep_going: bool = False) -> BuildResult:
    """Build and validate a package from every document in `seeds_dir` into `out_dir`.

    `cache_dir`: reuse and store per-document extraction results there (None: no cache).
    `workers`: extraction processes (None: one per CPU, at most one per document).
    `scheduler`: a Dask distributed scheduler address; extraction then runs on that cluster.
    `validation`: "changed" (default), "full" or "fast" (see VALIDATION). `timings`: filled
    with the wall time of each stage, in seconds. None of them changes the package's bytes.
    `corrections`: folder of correction files (None: `<seeds_dir>/corrections/`, if any);
    `allow_stale`: a stale correction is a warning in the build report, not an error.
    `keep_going`: a document whose extraction raises is left out (and listed in the build
    report) instead of stopping the build.
    """
    if validation not in VALIDATION:
        raise FactpackError(f"unknown validation {validation!r}; use {' or '.join(VALIDATION)}")
    check_out_dir(Path(out_dir), Path(seeds_dir))
    with folder_lock(Path(out_dir), progress):
        return build_unlocked(seeds_dir, out_dir, progress, ref, cache_dir=cache_dir, workers=workers,
                              validation=validation, timings=timings, scheduler=scheduler,
                              corrections=corrections, allow_stale=allow_stale,
                              keep_going=keep_going)


# Below this many event rows (and with two or more CPUs) the tables are checked in a forked
# child process while the package is written and Frictionless checks it: a small rebuild is
# latency-bound, and the child's copy-on-write pages are cheap. A larger build, clean or
# incremental, checks them in its own process first, as its peak memory matters more than its
# wall time: on a 10,000-article add-one rebuild the child's pages took the peak of all
# processes to 1,022-1,075 MB, against 913-947 MB with the check in process.
BACKGROUND_CHECK_ROWS = 50_000


def check_in_background(n_events: int, workers: int | None, scheduler: str | None) -> bool:
    """Whether the built tables are checked in a forked child while the package is written."""
    if scheduler is not None or (workers or available_cpus()) < 2:
        return False  # (a cluster client's threads are not forked)
    return n_events < BACKGROUND_CHECK_ROWS


class TableCheck(ForkedChild):
    """`check_tables` of the built tables, in a forked child process (`start`) or, without
    one, in this process. `problems()` gives the located problems (an empty list: none) and
    lets go of the tables. A child that dies or cannot report is no answer: the tables are
    then checked here."""

    def __init__(self, tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> None:
        super().__init__()
        self.tables, self.texts = tables, texts

    def located(self) -> list:
        try:
            check_tables(self.tables, self.texts)
        except ValidationError as e:
            return locate_problems(e.problems, self.tables)
        return []

    def start(self) -> TableCheck:
        super().start(self._child)
        return self

    def _child(self, conn, parent: int) -> None:  # noqa: ANN001 (a multiprocessing Connection)
        guard_worker(parent)
        try:
            conn.send(("done", self.located()))
        except BaseException as e:  # any failure: the parent checks the tables itself
            conn.send(("failed", repr(e)))
        conn.close()

    def problems(self) -> list:
        """The located problems; waits for the child when there is one."""
        kind, value = self.answer() if self.process is not None else ("failed", None)
        problems = value if kind == "done" else self.located()
        self.tables, self.texts = {}, {}  # held until answered (written meanwhile), not after
        return problems


def build_unlocked(seeds_dir: Path, out_dir: Path, progress: Progress = _quiet,
                   ref: Reference | None = None, *, cache_dir: Path | None = None,
                   workers: int | None = None, validation: str = "changed",
                   timings: Timings | None = None, scheduler: str | None = None,
                   corrections: Path | None = None, allow_stale: bool = False,
                   keep_going: bool = False) -> BuildResult:
    """`build` for a caller that holds the lock of `out_dir` (or writes a folder of its own)."""
    ref = ref or default_reference()
    recover(Path(out_dir).resolve())
    check_out_dir(Path(out_dir), Path(seeds_dir))
    warm = WarmValidator()
    if validation == "changed" and small_previous(Path(out_dir)) and (workers or available_cpus()) > 1 \
            and scheduler is None:
        warm.start()  # Frictionless imported in a child while this build goes on
    try:  # (the documents are read in `_build_rest`: its frames alone hold them, and free them)
        return _build_rest(seeds_dir, out_dir, progress, ref, warm, cache_dir=cache_dir,
                           workers=workers, validation=validation, timings=timings, scheduler=scheduler,
                           corrections=corrections, allow_stale=allow_stale, keep_going=keep_going)
    finally:
        warm.stop()


def small_previous(out_dir: Path) -> bool:
    """Whether `out_dir` holds a package of fewer than BACKGROUND_CHECK_ROWS events (whose
    rebuild checks few changed rows, and is latency-bound)."""
    import json

    try:
        desc = json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8"))
        rows = next(r.get("x-row-count") for r in desc["resources"] if r.get("name") == "events")
    except (OSError, ValueError, TypeError, KeyError, AttributeError, StopIteration):
        return False
    return isinstance(rows, int) and rows < BACKGROUND_CHECK_ROWS


def _build_rest(seeds_dir: Path, out_dir: Path, progress: Progress, ref: Reference, warm: WarmValidator,
                *, cache_dir: Path | None, workers: int | None, validation: str, timings: Timings | None,
                scheduler: str | None, corrections: Path | None, allow_stale: bool,
                keep_going: bool) -> BuildResult:
    """`build_unlocked` once the output folder is checked (and the warm validator started)."""
    with stage(timings, "ingest"):
        progress(f"reading {seeds_dir}")
        docs, warnings = read_documents(seeds_dir, cache_dir, workers or available_cpus())
        meta = read_package_meta(seeds_dir)
    cache = ExtractionCache(cache_dir, ref, seeds_dir) if cache_dir is not None else None
    stats = ExtractStats()
    failures: list[ExtractionFailure] | None = [] if keep_going else None
    raw = extract_rows(docs, ref, progress, cache, workers, stats, timings, scheduler, failures)
    if failures:
        failed = {f.seed_file for f in failures}
        docs = [d for d in docs if d.seed_file not in failed]
        warnings = warnings + [FailedSource(f.seed_file, f.message) for f in failures]
    docs = [without_layout(d) for d in docs]
    with stage(timings, "tables"):
        tables = assemble_tables(raw, docs, ref, cache.root if cache is not None else None)
    del raw
    with stage(timings, "curate"):
        texts = {d.source_id: d.text for d in docs}
        tables, stale = curate(tables, texts, ref, corrections_dir(Path(seeds_dir), corrections), allow_stale,
                               links_found=True)
        del texts
        warnings = [*warnings, *stale]
        if len(tables["corrections"]):
            progress(f"applied {len(tables['corrections'])} correction(s)")
        folder = corrections_dir(Path(seeds_dir), corrections)
        tables, stale = relink_after_corrections(tables, ref, read_corrections(folder), allow_stale)
        warnings = [*warnings, *stale]
    progress("validating tables (pandera + cross-table checks)")
    table_check = TableCheck(tables, {d.source_id: d.text for d in docs})
    if check_in_background(len(tables["events"]), workers, scheduler):
        table_check.start()  # checked while the package is written (its result is awaited below)
    else:
        with stage(timings, "validate"):
            problems = table_check.problems()
        if problems:
            raise ValidationError(problems)
    counts = {n: len(t) for n, t in tables.items()}
    progress(f"writing package and validating it: {VALIDATION[validation]}")
    previous = Path(out_dir).resolve()
    check = {"full": frictionless_check, "fast": fast_check,
             "changed": lambda folder: changed_check(folder, previous, workers, warm)}[validation]
    held = {"tables": tables, "skipped": skipped_lines(docs)}
    del tables, docs  # held until written, then freed: lower the peak memory of a large build

    def write(folder: Path) -> None:
        made = held.pop("tables")
        with stage(timings, "other files"):
            render_files(folder, made, meta, warnings, ref, timings, made["events"].attrs.get("repairs"),
                         held.pop("skipped"))

    def checked_tables() -> None:
        """The table check's verdict (awaited once): its problems come before any other."""
        if table_check.process is None:
            return
        with stage(timings, "validate"):
            problems = table_check.problems()
        if problems:
            raise ValidationError(problems) from None

    def timed_check(folder: Path) -> None:
        if counts["events"] >= RELEASE_MEMORY_ROWS:
            release_memory()  # the written tables' objects: the validator's processes fork from here
        try:
            with stage(timings, "frictionless"):
                check(folder)
        except Exception:
            checked_tables()
            raise
        checked_tables()  # before the swap: a package with bad tables is never published

    try:
        with stage(timings, "write"):
            write_atomically(write, out_dir, timed_check)
    except Exception:
        checked_tables()  # a failed write or check: the tables' problems are the ones to report
        raise
    finally:
        table_check.stop()  # (an interrupt does not wait for the child: it is killed here)
    if timings is not None:
        for prefix in ("", "cpu "):
            timings[prefix + "other files"] -= (timings.get(prefix + "csv", 0.0)
                                                + timings.get(prefix + "parquet", 0.0))
            timings[prefix + "write"] -= (timings.get(prefix + "frictionless", 0.0)
                                          + timings.get(prefix + "other files", 0.0)
                                          + timings.get(prefix + "csv", 0.0)
                                          + timings.get(prefix + "parquet", 0.0))
    if cache is not None:
        try:
            cache.prune()
        except OSError as e:  # the package is written; a cache that cannot be tidied is no error
            warnings.append(Warning_(str(cache_dir), f"extraction cache not pruned ({e.strerror})"))
    return BuildResult(out_dir, counts, warnings, stats.extracted, stats.cached, stats.workers,
                       validation, [f.seed_file for f in failures or []])




__all__ = ["build", "build_tables", "render_files", "write_atomically", "FactpackError"]
