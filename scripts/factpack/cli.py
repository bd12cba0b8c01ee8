"""The `factpack` command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import FactpackError
from .paths import DIST, PACKAGE, SEEDS


def progress(msg: str) -> None:
    print(f"· {msg}", file=sys.stderr, flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build

    t0 = time.perf_counter()
    result = build(Path(args.seeds), Path(args.out), progress)
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    print(f"built {result.out_dir} ({counts}) in {time.perf_counter() - t0:.1f}s")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .checks import validate_package

    problems = validate_package(Path(args.dir))
    if problems:
        for p in problems[:50]:
            print(f"error: {p}", file=sys.stderr)
        print(f"{args.dir}: INVALID ({len(problems)} problems)", file=sys.stderr)
        return 1
    print(f"{args.dir}: valid (pandera, cross-table checks, frictionless, hashes and row counts)")
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from .release import release

    paths = release(Path(args.seeds), Path(args.out), Path(args.dist), progress)
    for p in paths:
        print(p)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    return evaluate_main(args)


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
    b.set_defaults(func=cmd_build)
    v = sub.add_parser("validate", help="validate a built package",
                       description="Validate a package folder: pandera schemas, cross-table checks, "
                       "the Frictionless validator, file hashes and row counts.")
    v.add_argument("dir", nargs="?", default=str(PACKAGE), help="package folder (default: datapackage/)")
    v.set_defaults(func=cmd_validate)
    r = sub.add_parser("release", help="build, validate and archive a versioned release",
                       description="Build and validate the package, then write "
                       "dist/<name>-<version>.zip, dist/<name>-<version>.duckdb and dist/SHA256SUMS.")
    r.add_argument("--seeds", default=str(SEEDS), help="folder of source documents (default: seeds/)")
    r.add_argument("--out", default=str(PACKAGE), help="package folder (default: datapackage/)")
    r.add_argument("--dist", default=str(DIST), help="release folder (default: dist/)")
    r.set_defaults(func=cmd_release)
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
