"""The `factpack` command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from factpack.errors import FactpackError
from factpack.paths import DIST, PACKAGE, SEEDS


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
                   workers=args.workers, validation=args.validate,
                   corrections=Path(args.corrections) if args.corrections else None,
                   allow_stale=args.allow_stale_corrections)
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
    b.add_argument("--validate", choices=("full", "fast"), default="full",
                   help="full (default): the Frictionless validator on every CSV and Parquet "
                   "resource; fast: Frictionless on the CSV resources only, and each Parquet "
                   "file checked equal to its CSV twin with pyarrow")
    b.add_argument("--corrections", default=None,
                   help="folder of correction files (default: SEEDS/corrections/, if it exists)")
    b.add_argument("--allow-stale-corrections", action="store_true",
                   help="a correction whose row is gone or whose expected value no longer matches "
                   "is skipped with a warning (listed in build_report.json) instead of an error")
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
    e = sub.add_parser("evaluate", help="score a built package against gold files",
                       description="Precision/recall/F1 for actors, claims and events, and accuracy "
                       "of their attributes, per article and overall.")
    e.add_argument("--package", default=None,
                   help="score this built package (default: build one from the --seeds folders)")
    e.add_argument("--gold", default="tests/dev/gold", help="folder of *.gold.yaml files")
    e.add_argument("--seeds", action="append", default=None,
                   help="folder(s) holding the article texts (default: seeds/ and tests/dev/articles/)")
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


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except FactpackError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the published package is unchanged", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
