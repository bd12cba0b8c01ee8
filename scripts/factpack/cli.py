"""The `factpack` command line."""

from __future__ import annotations

import argparse
import errno
import os
import sys
import time
from pathlib import Path

from factpack.errors import FactpackError
from factpack.paths import DIST, PACKAGE, SEEDS


def tool_version() -> str:
    """The installed factpack's version (pyproject.toml), or `unknown` when not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factpack")
    except PackageNotFoundError:
        return "unknown"


def positive_int(v: str) -> int:
    n = int(v)
    if n < 1:
        raise argparse.ArgumentTypeError(f"{v} is not a positive whole number")
    return n


def progress(msg: str) -> None:
    print(f"· {msg}", file=sys.stderr, flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    from factpack.cache import DEFAULT_CACHE
    from factpack.pipeline import VALIDATION, build

    t0 = time.perf_counter()
    cache = None if args.no_cache else Path(args.cache) if args.cache else DEFAULT_CACHE
    result = build(Path(args.seeds), Path(args.out), progress, cache_dir=cache,
                   workers=args.workers, validation=args.validate, scheduler=args.scheduler,
                   keep_going=args.keep_going)
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    print(f"built {result.out_dir} ({counts}) in {time.perf_counter() - t0:.1f}s")
    from_cache = f", {result.cached} from the cache" if cache is not None else ""
    print(f"extraction: {result.extracted} documents extracted{from_cache}"
          f" ({result.workers} worker{'s' if result.workers > 1 else ''})")
    print(f"validation ({result.validation}): pandera, cross-table checks, "
          f"{VALIDATION[result.validation]}")
    report = result.out_dir / "build_report.json"
    if report.exists():
        import json

        from factpack.publish.report import summary

        print(summary(json.loads(report.read_text(encoding="utf-8"))))
    if result.failed:
        print(f"error: extraction failed for {len(result.failed)} document(s), left out of the "
              f"package (--keep-going): {', '.join(result.failed)}", file=sys.stderr)
        return 1
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from factpack.contract.checks import validate_package

    problems = validate_package(Path(args.dir))
    if problems:
        for p in problems[:50]:
            print(f"error: {p}", file=sys.stderr)
        print(f"{args.dir}: INVALID ({len(problems)} problems)", file=sys.stderr)
        return 1
    print(f"{args.dir}: valid (pandera, cross-table checks, frictionless, hashes and row counts)")
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from factpack.release.release import release

    changelog = Path(args.changelog) if args.changelog else None
    paths = release(Path(args.seeds), Path(args.out), Path(args.dist), progress, changelog)
    for p in paths:
        print(p)
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    import json

    from factpack.release.diff import diff_paths, render_text

    d = diff_paths(Path(args.old), Path(args.new))
    if args.json:
        print(json.dumps(d.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(render_text(d, args.limit), end="")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from factpack.release.verify import verify_archive

    bad = 0
    for archive in args.archive:
        checks = verify_archive(Path(archive))
        print(archive)
        for c in checks:
            print(f"  {c}")
        ok = all(c.ok for c in checks)
        bad += not ok
        print(f"{archive}: {'verified' if ok else 'NOT VERIFIED'}")
    return 1 if bad else 0


def cmd_init(args: argparse.Namespace) -> int:
    from factpack.ingest.package_yaml import write_template

    path = write_template(Path(args.dir))
    print(f"wrote {path}: fill in name, title, version, created and licences, then add one "
          f"*.txt file per article (and optional <name>.yaml sidecars) beside it")
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    from factpack.release.get import get_release

    rel, files, folder = get_release(args.version, args.source, Path(args.to))
    for f in files:
        print(f"{f}: SHA-256 checked")
    if folder is not None:
        site = " (open site/index.html in it)" if (folder / "site" / "index.html").exists() else ""
        print(f"{folder}: release {rel['version']} unpacked{site}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from factpack.tools.evaluate import main as evaluate_main

    return evaluate_main(args)


def cmd_bench(args: argparse.Namespace) -> int:
    from factpack.tools.bench import run_from_args

    return run_from_args(args)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="factpack",
        description="Build, validate and release a data package of events, actors, claims "
        "and sources extracted from news articles.",
    )
    ap.add_argument("--version", action="version", version=f"factpack {tool_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build a package from a seeds folder",
                       description="Build a validated package from every *.txt document in SEEDS.")
    b.add_argument("--seeds", default=str(SEEDS), help="folder of source documents (default: seeds/)")
    b.add_argument("--out", default=str(PACKAGE), help="package folder to write (default: datapackage/)")
    b.add_argument("--workers", type=positive_int, default=None,
                   help="extraction processes (default: one per CPU, at most one per document; "
                   "1: extract in this process); the package does not depend on it")
    b.add_argument("--cache", default=None,
                   help="extraction cache folder (default: .cache/factpack/ in the repository); "
                   "unchanged documents are not extracted again")
    b.add_argument("--no-cache", action="store_true",
                   help="extract every document, neither reading nor writing the cache")
    b.add_argument("--validate", choices=("changed", "full", "fast"), default="changed",
                   help="changed (default): the Frictionless validator on the CSV rows that differ "
                   "from the package already in --out (all rows if there is none), keys over all "
                   "rows by pandera and the cross-table checks, each Parquet file checked equal to "
                   "its CSV twin; full: Frictionless on every CSV and Parquet resource; fast: "
                   "Frictionless on every CSV resource, Parquet == CSV. `factpack release` and "
                   "`factpack validate` always run Frictionless in full")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="extract on the Dask distributed cluster at ADDRESS (e.g. "
                   "tcp://10.0.0.5:8786; needs the `cluster` extra and the same factpack on every "
                   "worker); the package is byte-identical to a local build")
    b.add_argument("--keep-going", action="store_true",
                   help="a document whose extraction fails is left out and listed in the build "
                   "report (exit status 1) instead of stopping the build (exit status 2)")
    b.set_defaults(func=cmd_build)
    v = sub.add_parser("validate", help="validate a built package",
                       description="Validate a package folder: pandera schemas, cross-table checks, "
                       "the Frictionless validator, file hashes and row counts.")
    v.add_argument("dir", nargs="?", default=str(PACKAGE), help="package folder (default: datapackage/)")
    v.set_defaults(func=cmd_validate)
    r = sub.add_parser("release", help="build, validate and archive a versioned release",
                       description="Build and validate the package, check its version against "
                       "the previous release in DIST (a version that understates the change, "
                       "or a rebuild of a released version that changes its data, is refused "
                       "and nothing is written), then write dist/<name>-<version>.zip (with "
                       "RELEASE_NOTES.md), dist/<name>-<version>.duckdb, dist/SHA256SUMS and "
                       "the version's CHANGELOG.md entry. Policy: README, 'Versions and "
                       "releases'.")
    r.add_argument("--seeds", default=str(SEEDS), help="folder of source documents (default: seeds/)")
    r.add_argument("--out", default=str(PACKAGE), help="package folder (default: datapackage/)")
    r.add_argument("--dist", default=str(DIST), help="release folder (default: dist/)")
    r.add_argument("--changelog", default=None,
                   help="changelog to write the release's entry into (default: CHANGELOG.md beside "
                   "the release folder)")
    r.set_defaults(func=cmd_release)
    d = sub.add_parser("diff", help="compare two releases or package folders",
                       description="Compare two versions of a package, each a release zip or a "
                       "package folder: per table, the rows added, removed and changed (matched "
                       "by primary key, naming the changed columns) and the schema changes "
                       "(columns added, removed or retyped; enum values; primary key), plus the "
                       "version bump the changes need.")
    d.add_argument("old", help="the older release (.zip) or package folder")
    d.add_argument("new", help="the newer release (.zip) or package folder")
    d.add_argument("--json", action="store_true", help="print every change as JSON")
    d.add_argument("--limit", type=int, default=10,
                   help="rows listed per kind of change and table (default 10; 0 lists all)")
    d.set_defaults(func=cmd_diff)
    vf = sub.add_parser("verify", help="check a release archive against SHA256SUMS and validate it",
                        description="Check each release archive: its SHA-256 against the "
                        "SHA256SUMS file beside it, then (for a zip) unpack it safely into a "
                        "temporary folder and validate the package it holds. Says what is wrong: "
                        "a checksum mismatch, a missing SHA256SUMS entry, an unsafe or damaged "
                        "archive, an invalid package. Exit status 1 when any check fails.")
    vf.add_argument("archive", nargs="+", help="dist/<name>-<version>.zip (or .duckdb)")
    vf.set_defaults(func=cmd_verify)
    it = sub.add_parser("init", help="start a seeds folder: write a commented package.yaml template",
                        description="Write DIR/package.yaml, a commented template of the package "
                        "metadata (name, title, version, created, licences, contributors) to fill "
                        "in; DIR is created if missing. An existing package.yaml is never overwritten.")
    it.add_argument("dir", nargs="?", default=str(SEEDS), help="seeds folder (default: seeds/)")
    it.set_defaults(func=cmd_init)
    g = sub.add_parser("get", help="download a release from a catalogue, check it and unpack it",
                       description="Read the release catalogue (index.json) at --from, a URL or a "
                       "folder such as dist/, download the files of VERSION (default: latest), check "
                       "each against the catalogue's size and SHA-256 and unpack the zip safely into "
                       "--to. Nothing that exists is overwritten.")
    g.add_argument("version", nargs="?", default="latest", help="a version such as 0.2.0, or latest")
    g.add_argument("--from", dest="source", required=True, help="URL or folder holding index.json")
    g.add_argument("--to", default=".", help="folder to download into (default: here)")
    g.set_defaults(func=cmd_get)
    e = sub.add_parser("evaluate", help="score a built package against gold files",
                       description="Precision/recall/F1 for actors, claims and events, and accuracy "
                       "of their attributes, per article and overall; pairwise and B-cubed "
                       "precision/recall of the linking into incidents on the incidents dev set.")
    e.add_argument("--package", default=None,
                   help="score this built package (default: build one from the --seeds folders)")
    e.add_argument("--gold", default=None,
                   help="folder of *.gold.yaml files (default: each dev set in turn: tests/dev/gold "
                   "with seeds/ and tests/dev/articles/, then tests/dev_real/gold with "
                   "tests/dev_real/articles/)")
    e.add_argument("--seeds", action="append", default=None,
                   help="folder(s) holding the article texts (with --gold; default: seeds/ and "
                   "tests/dev/articles/)")
    e.add_argument("--incidents", default="tests/dev_incidents",
                   help="also score the linking of reports into incidents on this folder "
                   "(articles/ and gold.yaml; 'none' to skip)")
    e.add_argument("--json", action="store_true", help="print JSON instead of a table")
    e.add_argument("--verbose", "-v", action="store_true", help="list every miss and extra row")
    e.set_defaults(func=cmd_evaluate)
    bn = sub.add_parser("bench", help="time builds of generated corpora of growing size",
                        description="Generate synthetic corpora (factpack.tools.corpus) of each size, "
                        "build each in a fresh process and report per stage wall time, "
                        "throughput and peak memory; for the largest also the rebuild after "
                        "adding one article and the README queries; once the seed build.")
    from factpack.tools.bench import add_arguments

    add_arguments(bn)
    bn.set_defaults(func=cmd_bench)
    return ap


def os_problem(e: OSError) -> str:
    """`path: problem` for a file-system error (the path it names, or the one it was about)."""
    where = e.filename if e.filename is not None else "file system"
    problem = e.strerror or type(e).__name__
    hint = {
        errno.EACCES: "permission denied; check the folder's owner and mode",
        errno.EPERM: "operation not permitted; check the folder's owner and mode",
        errno.EROFS: "read-only file system",
        errno.ENOSPC: "no space left on the device",
        errno.ENOTDIR: "a parent of this path is a file, not a folder",
        errno.EISDIR: "is a folder, not a file",
        errno.ENOENT: "does not exist",
    }.get(e.errno or 0)
    other = f" -> {e.filename2}" if e.filename2 else ""
    return f"{where}{other}: {hint or problem}"


def main(argv: list[str] | None = None) -> int:
    """Run a command. Exit 0 on success, 1 when `validate`/`verify` find problems, 2 on bad
    input or a file-system problem (`error: path: problem`), 3 on a bug (named, with the
    command and the exception, and a request to report it), 130 on Ctrl-C."""
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except FactpackError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"error: {os_problem(e)}", file=sys.stderr)
        print("nothing was published: the previous package and dist/ are unchanged", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the published package is unchanged", file=sys.stderr)
        return 130
    except Exception as e:  # a bug: say where, keep the traceback for the report
        import traceback

        tb = traceback.extract_tb(e.__traceback__)
        frame = next((f for f in reversed(tb) if "/factpack/" in f.filename), tb[-1] if tb else None)
        at = f" at {Path(frame.filename).name}:{frame.lineno} ({frame.name})" if frame else ""
        file = getattr(e, "factpack_file", None)
        print(f"error: internal error in `factpack {args.command}`"
              f"{f' while processing {file}' if file else ''}{at}: {type(e).__name__}: {e}",
              file=sys.stderr)
        print("this is a bug in factpack, not in your input; please report it with the message above "
              "(set FACTPACK_TRACEBACK=1 for the full traceback). The previous package is unchanged.",
              file=sys.stderr)
        if os.environ.get("FACTPACK_TRACEBACK"):
            traceback.print_exc()
        return 3


if __name__ == "__main__":
    sys.exit(main())
