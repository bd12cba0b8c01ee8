#!/usr/bin/env python3
"""Mutation check: break the validation, the release policy and the scorer on purpose, one
line at a time, and see whether the tests notice (issue 16).

    uv run python scripts/mutate.py                 # every mutation (about 30 minutes on 2 CPUs)
    uv run python scripts/mutate.py --only hash,fk  # some of them, by name
    uv run python scripts/mutate.py --list

Each mutation is applied to a fresh copy of the working tree (the repository itself is never
edited), then the tests named for it run there with `pytest -x`, with that copy first on
PYTHONPATH. A mutation the tests do not fail on SURVIVES: a blind spot of the suite. The
committed-snapshot tests (tests/sample) are never used, as they fail on any code edit.
Exit status: 0 when every mutation is caught, 1 when any survives.

Not part of CI: it is slow (each mutation runs a part of the suite). Run it after changing
the validation, the version policy or the scorer, and add a mutation here with a new rule.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = "scripts/factpack"
IGNORE = shutil.ignore_patterns(".git", ".venv", ".cache", "__pycache__", "*.pyc", ".pytest_cache",
                                "*.egg-info", ".ruff_cache")


@dataclass(frozen=True)
class Mutation:
    name: str
    file: str  # relative to scripts/factpack
    old: str  # must occur exactly once
    new: str
    tests: tuple[str, ...]


NEG = "tests/contract/test_negative.py"
VERSIONS = "tests/release/test_versions.py"
MUTATIONS = [
    # --- the table ---------------------------------------------------------------------
    Mutation("pandera-off", "contract/validate.py", "pandera_schema(table).validate(df, lazy=True)",
             "pass", (NEG,)),
    Mutation("fk-off", "contract/validate.py", "bad = df[col].notna() & ~df[col].isin(known)",
             "bad = df[col].notna() & df[col].isna()", (NEG,)),
    Mutation("claim-in-evidence-off", "contract/validate.py", "if claim not in evidence:", "if False:",
             (NEG,)),
    Mutation("x-hash-ignored", "contract/checks.py", 'digest = res.get("hash", res.get("x-hash"))',
             'digest = res.get("hash")', ("tests/contract/test_safe_reading.py", NEG,
                                          "tests/release/test_verify.py")),
    Mutation("metadata-no-patch", "release/diff.py",
             "out += [(\"patch\", f\"package metadata `{m['key']}` changed\") for m in self.metadata]",
             "out += []", (VERSIONS, "tests/release/test_diff.py")),
    Mutation("stance-rule-off", "extract/claims.py",
             'return None  # "rejected the results": an act on an object, not a statement with content',
             "pass", ("tests/extract",)),
    Mutation("plain-request-rule-off", "extract/claims.py",
             "return None  # a plain request is an event, not a claim", "pass", ("tests/extract",)),
    Mutation("evaluate-any-overlap", "tools/evaluate.py",
             "if ov > 0 and ov >= 0.5 * min(ge - gs, pe - ps):", "if ov > 0:", ("tests/tools",)),
    Mutation("version-check-off-by-one", "release/versions.py",
             "if LEVELS.index(have) < LEVELS.index(need):", "if LEVELS.index(have) < LEVELS.index(need) - 1:",
             (VERSIONS,)),
    Mutation("zip-slip-weakened", "release/archive.py", 'if ".." in parts:', 'if parts[:1] == ("..",):',
             ("tests/release/test_verify.py", "tests/contract/test_safe_reading.py")),
    Mutation("verify-digest-ignored", "release/verify.py", "if listed[archive.name] != digest:",
             "if False:", ("tests/release/test_verify.py",)),
    Mutation("removed-source-patch", "release/diff.py", 'level = "minor" if n == "sources" else "patch"',
             'level = "patch"', ("tests/release",)),
    # --- the other rules of the contract and the policy -------------------------------------------
    Mutation("span-text-off", "contract/validate.py", "if t is not None and t[s:e] != v:", "if False:",
             (NEG,)),
    Mutation("span-length-off", "contract/validate.py",
             'length = (df["char_end"] - df["char_start"]) != df[col].str.len()',
             'length = df[col].isna()', (NEG,)),
    Mutation("date-order-off", "contract/validate.py", "if type(va) is type(vb) and va > vb:", "if False:",
             (NEG,)),
    Mutation("amount-currency-off", "contract/validate.py",
             'for idx in ev.index[ev["amount"].notna() != ev["currency"].notna()]:',
             'for idx in ev.index[ev["amount"].isna() & ev["amount"].notna()]:', (NEG,)),
    Mutation("primary-key-unique-off", "contract/schema.py", "unique=list(table.primary_key),",
             "unique=None,", (NEG,)),
    Mutation("csv-parquet-off", "contract/checks.py", "if not a.equals(b):", "if False:", (NEG,)),
    Mutation("size-check-off", "contract/checks.py", "if size is not None and size != len(data):",
             "if False:", ("tests/contract", "tests/release/test_verify.py")),
    Mutation("hash-stops-content-checks", "contract/checks.py",
             "if any(p.check == MISSING for p in problems):", "if problems:",
             (NEG, "tests/release/test_verify.py")),
    Mutation("row-count-off", "contract/checks.py", "if counts.get(name) != len(a):", "if False:",
             ("tests/publish/test_provenance.py", "tests/contract")),
    Mutation("pk-change-not-major", "release/diff.py",
             "out.append((\"major\", f\"{n}: primary key {pk['old']} → {pk['new']}\"))",
             "out.append((\"patch\", f\"{n}: primary key {pk['old']} → {pk['new']}\"))", (VERSIONS,)),
    Mutation("provenance-is-metadata", "release/diff.py",
             'NOT_METADATA = {"version", "x-provenance", "resources"}',
             'NOT_METADATA = {"version", "resources"}', (VERSIONS,)),
    Mutation("evaluate-claimant-always-right", "tools/evaluate.py",
             'ok = matches(None if pd.isna(pc) else pc, names_of(g.get("claimant")))', "ok = True",
             ("tests/tools",)),
    Mutation("evaluate-other-sentence", "tools/evaluate.py",
             '(events["char_start"] < sent[1])', '(events["char_start"] < sent[1] + 10**6)',
             ("tests/tools",)),
]


def apply(tree: Path, m: Mutation) -> None:
    p = tree / CODE / m.file
    text = p.read_text(encoding="utf-8")
    n = text.count(m.old)
    if n != 1:
        raise SystemExit(f"mutation {m.name}: {m.file} holds the line {n} times (expected once): {m.old!r}")
    p.write_text(text.replace(m.old, m.new), encoding="utf-8")


def run(m: Mutation, timeout: int) -> tuple[str, float, str]:
    """('killed' | 'SURVIVED' | 'timeout', seconds, last line of pytest's output)."""
    with tempfile.TemporaryDirectory(prefix=f"mutate-{m.name}-") as tmp:
        tree = Path(tmp) / "tree"
        shutil.copytree(ROOT, tree, ignore=IGNORE, symlinks=True)
        apply(tree, m)
        env = {**os.environ, "PYTHONPATH": f"{tree / 'scripts'}{os.pathsep}{tree}"}
        cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *m.tests]
        t0 = time.perf_counter()
        try:
            r = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return "timeout", time.perf_counter() - t0, ""
        last = (r.stdout.strip().splitlines() or [""])[-1]
        if r.returncode == 0:
            return "SURVIVED", time.perf_counter() - t0, last
        if r.returncode != 1:  # 2: interrupted / collection error, 4: usage, 5: no tests
            return f"error (pytest exit {r.returncode})", time.perf_counter() - t0, last
        return "killed", time.perf_counter() - t0, last


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated mutation names")
    ap.add_argument("--list", action="store_true", help="list the mutations and exit")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per mutation")
    args = ap.parse_args()
    chosen = MUTATIONS
    if args.only:
        names = set(args.only.split(","))
        unknown = names - {m.name for m in MUTATIONS}
        if unknown:
            ap.error(f"unknown mutation(s): {', '.join(sorted(unknown))}")
        chosen = [m for m in MUTATIONS if m.name in names]
    if args.list:
        for m in chosen:
            print(f"{m.name:32} {m.file}: {m.old!r} -> {m.new!r}")
        return 0
    for m in chosen:  # every line must exist before anything runs
        text = (ROOT / CODE / m.file).read_text(encoding="utf-8")
        if text.count(m.old) != 1:
            raise SystemExit(f"mutation {m.name}: the line is not in {m.file} exactly once: {m.old!r}")
    survivors = []
    for m in chosen:
        status, secs, last = run(m, args.timeout)
        print(f"{status:9} {m.name:32} {secs:6.0f}s  {last}", flush=True)
        if status != "killed":
            survivors.append(m.name)
    print(f"\n{len(chosen) - len(survivors)} of {len(chosen)} mutations caught"
          + (f"; not caught: {', '.join(survivors)}" if survivors else ""))
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
