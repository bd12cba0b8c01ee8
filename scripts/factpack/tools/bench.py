"""`factpack bench`: build generated corpora of growing size and time every stage.

For each size N the synthetic corpus (factpack.tools.corpus) is generated into a temporary
folder and built in a fresh Python process (so imports, memory and the process pool are
measured as a user's `factpack build` meets them), with a fresh extraction cache. Reported
per size: wall time of each build stage, throughput, peak memory. For the largest size
also: the rebuild after adding one article (the cache holding the other N), and the
README's queries over the Parquet views and over a DuckDB database file. Once: the seed
build end to end (`factpack build --no-cache`, process start included).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

STAGES = [  # (key in build timings, column title)
    ("ingest", "ingest"),
    ("extract", "extract"),
    ("tables", "tables"),
    ("validate", "validate (pandera + cross-table)"),
    ("csv", "write CSV"),
    ("parquet", "write Parquet"),
    ("other files", "descriptor, README, report"),
    ("write", "write files"),
    ("frictionless", "frictionless"),
    ("duckdb", "DuckDB file"),
]
DEFAULT_SIZES = (100, 1000, 10000)


# --- memory -------------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for t in tasks:
        try:
            with open(f"/proc/{pid}/task/{t}/children") as fh:
                out += [int(c) for c in fh.read().split()]
        except OSError:
            pass
    return out


def _pss_kb(pid: int) -> int:
    """Proportional set size (shared pages split between the processes sharing them), else
    the resident set size."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as fh:
                for line in fh:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


class TreeRSS:
    """Peak of the summed PSS of this process and its descendants (the extraction and
    validation workers), sampled from /proc every `interval` seconds. PSS counts a page
    shared by forked processes once in total, so the sum is the memory the build holds."""

    def __init__(self, interval: float = 0.1) -> None:
        self.peak_kb = 0
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            pids, todo = [], [me]
            while todo:
                p = todo.pop()
                pids.append(p)
                todo += _children(p)
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in pids))
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kB


# --- one measured build (run in a child process) ------------------------------------------

def measure_build(seeds: Path, out: Path, cache: Path, workers: int | None, validation: str,
                  queries: bool, frictionless_detail: bool = False) -> dict[str, Any]:
    """Build `seeds` into `out` with stage timings and memory; optionally the DuckDB file,
    the README queries and Frictionless on the CSV and on the Parquet resources apart."""
    t_import = time.perf_counter()
    from factpack.pipeline import build
    from factpack.publish.database import write_duckdb

    imported = time.perf_counter() - t_import
    texts = sorted(seeds.glob("*.txt"))
    text_bytes = sum(p.stat().st_size for p in texts)
    timings: dict[str, float] = {}
    with TreeRSS() as tree:
        t0 = time.perf_counter()
        result = build(seeds, out, cache_dir=cache, workers=workers, validation=validation,
                       timings=timings)
        build_s = time.perf_counter() - t0
        build_cpu_s = sum(v for k, v in timings.items() if k.startswith("cpu "))
        t1 = time.perf_counter()
        db = out.parent / f"{out.name}.duckdb"
        write_duckdb(out, db)
        timings["duckdb"] = time.perf_counter() - t1
    rec: dict[str, Any] = {
        "articles": len(texts),
        "text_mb": text_bytes / 1e6,
        "import_s": imported,
        "build_s": build_s,
        "build_cpu_s": build_cpu_s,
        "stages": timings,
        "rows": result.counts,
        "extracted": result.extracted,
        "cached": result.cached,
        "workers": result.workers,
        "validation": result.validation,
        "peak_rss_main_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "peak_rss_worker_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
        "peak_pss_tree_mb": tree.peak_kb / 1024,
    }
    if queries:
        rec["queries"] = time_queries(out, db)
    if frictionless_detail:
        from factpack.contract.validate import frictionless_problems
        from factpack.pool import available_cpus

        n = workers or available_cpus()
        for fmt in ("csv", "parquet"):
            t = time.perf_counter()
            problems = frictionless_problems(out / "datapackage.json", (fmt,), n)
            rec[f"frictionless_{fmt}_s"] = time.perf_counter() - t
            assert not problems, problems[:3]
    return rec


def time_queries(package: Path, db: Path, repeat: int = 5) -> dict[str, dict[str, float]]:
    """Each README query, fetched in full (as Arrow), over the Parquet views and over the
    DuckDB file: the first run and the median of `repeat` more, in milliseconds."""
    import duckdb

    from factpack.publish.queries import README_QUERIES

    views = duckdb.connect()
    sql = (package / "views.sql").read_text(encoding="utf-8")
    views.execute(sql.replace("'data/", f"'{(package / 'data').as_posix()}/"))
    dbcon = duckdb.connect(str(db), read_only=True)
    out: dict[str, dict[str, float]] = {}
    for key, (_, sql) in README_QUERIES.items():
        for label, con in (("parquet_views", views), ("duckdb_file", dbcon)):
            runs = []
            for _ in range(repeat + 1):
                t = time.perf_counter()
                rows = con.execute(sql).to_arrow_table().num_rows
                runs.append((time.perf_counter() - t) * 1000)
            out.setdefault(key, {"rows": rows})
            out[key][f"{label}_first_ms"] = runs[0]
            out[key][f"{label}_median_ms"] = statistics.median(runs[1:])
    views.close()
    dbcon.close()
    return out


def _child_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cache", required=True)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--validate", default="changed")
    ap.add_argument("--queries", action="store_true")
    ap.add_argument("--frictionless-detail", action="store_true")
    a = ap.parse_args(argv)
    rec = measure_build(Path(a.seeds), Path(a.out), Path(a.cache), a.workers, a.validate,
                        a.queries, a.frictionless_detail)
    print(json.dumps(rec))
    return 0


def _run_child(seeds: Path, out: Path, cache: Path, workers: int | None, validation: str,
               queries: bool = False, frictionless_detail: bool = False) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "factpack.tools.bench", "--child", "--seeds", str(seeds),
           "--out", str(out), "--cache", str(cache), "--validate", validation]
    if workers:
        cmd += ["--workers", str(workers)]
    if queries:
        cmd.append("--queries")
    if frictionless_detail:
        cmd.append("--frictionless-detail")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"bench build failed:\n{proc.stderr[-4000:]}")
    rec = json.loads(proc.stdout.strip().splitlines()[-1])
    rec["process_wall_s"] = wall
    return rec


# --- the whole benchmark ---------------------------------------------------------------------

def machine() -> dict[str, Any]:
    from factpack.pool import available_cpus

    info: dict[str, Any] = {
        "cpus": available_cpus(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    try:
        with open("/proc/meminfo") as fh:
            kb = int(next(ln for ln in fh if ln.startswith("MemTotal:")).split()[1])
        info["ram_gb"] = round(kb / 1024 / 1024, 1)
    except (OSError, StopIteration):
        pass
    try:
        with open("/proc/cpuinfo") as fh:
            info["cpu"] = next(ln.split(":", 1)[1].strip() for ln in fh
                               if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return info


def seed_build_wall(tmp: Path) -> float:
    """`factpack build --no-cache` of seeds/ into a temporary folder, process start included."""
    from factpack.paths import SEEDS

    cmd = [sys.executable, "-m", "factpack.cli", "build", "--seeds", str(SEEDS),
           "--out", str(tmp / "seedpkg"), "--no-cache"]
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        wall = time.perf_counter() - t0
        best = wall if best is None else min(best, wall)
    assert best is not None
    return best


def run_bench(sizes: tuple[int, ...], workers: int | None, validation: str, seed: int,
              progress: Any = lambda m: None, keep: Path | None = None,
              frictionless_detail: bool = False) -> dict[str, Any]:
    from factpack.tools.corpus import write_corpus

    tmp = Path(tempfile.mkdtemp(prefix="factpack-bench-"))
    report: dict[str, Any] = {"machine": machine(), "validation": validation, "seed": seed,
                              "workers": workers, "sizes": {},
                              "load_average_start": os.getloadavg()}
    try:
        progress("seed build (factpack build --no-cache, best of 3)")
        report["seed_build_s"] = seed_build_wall(tmp)
        largest = max(sizes)
        for n in sizes:
            corpus, out, cache = tmp / f"corpus-{n}", tmp / f"pkg-{n}", tmp / f"cache-{n}"
            progress(f"N={n}: generating the corpus")
            t0 = time.perf_counter()
            write_corpus(corpus, n, seed)
            gen_s = time.perf_counter() - t0
            progress(f"N={n}: clean build")
            rec = _run_child(corpus, out, cache, workers, validation, queries=(n == largest),
                             frictionless_detail=frictionless_detail and n == largest)
            rec["generate_s"] = gen_s
            report["sizes"][str(n)] = rec
            if n == largest:
                progress(f"N={n}: adding one article and rebuilding")
                write_corpus(corpus, n + 1, seed, start=n)
                inc = _run_child(corpus, out, cache, workers, validation)
                report["incremental"] = inc
            if keep is None:
                shutil.rmtree(corpus, ignore_errors=True)
                shutil.rmtree(cache, ignore_errors=True)
                shutil.rmtree(out, ignore_errors=True)
        report["load_average_end"] = os.getloadavg()
        s = report["sizes"]
        if "1000" in s and "10000" in s:
            report["growth_ratio"] = s["10000"]["build_s"] / s["1000"]["build_s"]
            report["growth_ratio_cpu"] = s["10000"]["build_cpu_s"] / s["1000"]["build_cpu_s"]
            report["growth_ratio_extract"] = (s["10000"]["stages"]["extract"]
                                              / s["1000"]["stages"]["extract"])
    finally:
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for p in tmp.iterdir():
                shutil.move(str(p), keep / p.name)
        shutil.rmtree(tmp, ignore_errors=True)
    return report


def _fmt(v: float) -> str:
    return f"{v:.2f}" if v < 10 else f"{v:.1f}" if v < 100 else f"{v:.0f}"


def render(report: dict[str, Any]) -> str:
    """Markdown tables of a bench report."""
    m = report["machine"]
    load = report.get("load_average_start"), report.get("load_average_end")
    lines = [
        f"Machine: {m.get('cpus')} CPUs ({m.get('cpu', '?')}), {m.get('ram_gb', '?')} GB RAM, "
        f"Python {m.get('python')}, {m.get('platform')}. Load average (1 min) at start / end: "
        f"{load[0][0] if load[0] else float('nan'):.1f} / "
        f"{load[1][0] if load[1] else float('nan'):.1f}. "
        f"Validation: `{report['validation']}`.",
        "",
        f"Seed build, end to end (`factpack build --no-cache`, best of 3): "
        f"{report['seed_build_s']:.2f} s wall",
        "",
    ]
    sizes = list(report["sizes"].values())
    head = ["wall s (CPU s, all processes)"] + [f"N = {r['articles']}" for r in sizes]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def row(title: str, cells: list[str]) -> None:
        lines.append("| " + " | ".join([title] + cells) + " |")

    def both(r: dict[str, Any], key: str) -> str:
        st = r["stages"]
        return f"{_fmt(st.get(key, 0.0))} ({_fmt(st.get('cpu ' + key, 0.0))})" \
            if "cpu " + key in st else _fmt(st.get(key, 0.0))

    row("articles / MB of text", [f"{r['articles']} / {r['text_mb']:.2f}" for r in sizes])
    row("rows: events / claims / mentions",
        [f"{r['rows']['events']} / {r['rows']['claims']} / {r['rows']['mentions']}"
         for r in sizes])
    for key, title in STAGES:
        row(title, [both(r, key) for r in sizes])
    row("**build total** (in process)",
        [f"**{_fmt(r['build_s'])}** ({_fmt(r.get('build_cpu_s', 0.0))})" for r in sizes])
    row("process wall: imports, build, DuckDB (largest N: also queries, --frictionless-detail)",
        [_fmt(r["process_wall_s"]) for r in sizes])
    row("extraction workers", [str(r["workers"]) for r in sizes])
    row("extract: articles/s (wall)",
        [f"{r['articles'] / r['stages']['extract']:.0f}" for r in sizes])
    row("extract: MB/s wall / per CPU-second",
        [f"{r['text_mb'] / r['stages']['extract']:.3f} / "
         f"{r['text_mb'] / max(r['stages'].get('cpu extract', 0.0), 1e-9):.3f}" for r in sizes])
    row("build: articles/s, MB/s (wall)",
        [f"{r['articles'] / r['build_s']:.0f}, {r['text_mb'] / r['build_s']:.3f}" for r in sizes])
    row("peak memory MB: RSS main / RSS largest worker / PSS all processes",
        [f"{r['peak_rss_main_mb']:.0f} / {r['peak_rss_worker_mb']:.0f} / "
         f"{r['peak_pss_tree_mb']:.0f}" for r in sizes])
    lines.append("")
    if "growth_ratio" in report:
        lines.append(f"Growth ratio time(10k)/time(1k): build {report['growth_ratio']:.2f} wall, "
                     f"{report.get('growth_ratio_cpu', float('nan')):.2f} CPU; extraction "
                     f"{report['growth_ratio_extract']:.2f} wall.")
    big = sizes[-1] if sizes else None
    if big and "frictionless_csv_s" in big:
        lines.append(f"Frictionless on the N = {big['articles']} package, measured apart: CSV "
                     f"resources {big['frictionless_csv_s']:.0f} s, Parquet resources "
                     f"{big['frictionless_parquet_s']:.0f} s (`--validate full` runs both).")
    inc = report.get("incremental")
    if inc:
        st = inc["stages"]
        parts = ", ".join(f"{title} {_fmt(st[k])}" for k, title in STAGES
                          if k in st and st[k] >= 0.05)
        lines.append(
            f"Incremental: one article added to the built N = {inc['articles'] - 1}, rebuilt: "
            f"{inc['build_s']:.1f} s in process ({inc['process_wall_s']:.1f} s with process "
            f"start and DuckDB); {inc['extracted']} extracted, {inc['cached']} from the cache. "
            f"Stages: {parts}.")
    if big and "queries" in big:
        lines += ["", f"README queries on the N = {big['articles']} package, ms (first run / "
                  "median of 5 more; the full result fetched as Arrow):", "",
                  "| query | rows | Parquet views | DuckDB file |", "|---|---|---|---|"]
        for key, q in big["queries"].items():
            lines.append(
                f"| {key} | {q['rows']} | {q['parquet_views_first_ms']:.0f} / "
                f"{q['parquet_views_median_ms']:.0f} | {q['duckdb_file_first_ms']:.0f} / "
                f"{q['duckdb_file_median_ms']:.0f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return _child_main(argv[1:])
    ap = argparse.ArgumentParser(prog="factpack bench")
    add_arguments(ap)
    return run_from_args(ap.parse_args(argv))


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                    help="comma-separated corpus sizes (default: 100,1000,10000)")
    ap.add_argument("--workers", type=int, default=None,
                    help="extraction and validation processes (default: one per CPU)")
    ap.add_argument("--validate", choices=("changed", "full", "fast"), default="changed",
                    help="validation mode of the measured builds (default: changed)")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    ap.add_argument("--json", action="store_true", help="print the measurements as JSON")
    ap.add_argument("--keep", default=None,
                    help="keep the generated corpora, caches and packages in this folder")
    ap.add_argument("--frictionless-detail", action="store_true",
                    help="also time Frictionless on the CSV and on the Parquet resources of the "
                    "largest package, apart")


def run_from_args(args: argparse.Namespace) -> int:
    sizes = tuple(sorted(int(s) for s in args.sizes.split(",") if s.strip()))

    def progress(msg: str) -> None:
        print(f"· {msg}", file=sys.stderr, flush=True)

    report = run_bench(sizes, args.workers, args.validate, args.seed, progress,
                       Path(args.keep) if args.keep else None, args.frictionless_detail)
    print(json.dumps(report, indent=2) if args.json else render(report), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
