"""Issue 12, findings 2 and 3: a release is published as a whole (staged, then committed under
a journal), and concurrent builds and releases of the same folders wait for each other.

A release is killed (SIGKILL, in a real process) at every step of its commit; afterwards the
package folder, dist/ and CHANGELOG.md are all old (killed before the journal was written) or,
once the next run has recovered, all new, and every archive verifies.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from factpack.pipeline import recover
from factpack.release.release import release
from factpack.release.verify import verify_archive

from tests.pipeline.test_atomic import article, package_yaml
from tests.pipeline.test_bad_inputs import ARTICLE, SIDECAR, make_seeds, snapshot

# 5 pairs in the regular suite (each pair runs one after the other: ~10-30 s on a shared
# 2-core machine); FACTPACK_STRESS_TRIALS=20 for the 20 (measured: README, issue 12).
TRIALS = int(os.environ.get("FACTPACK_STRESS_TRIALS", "5"))
KILLER = """
import os, signal, sys
import factpack.release.commit as commit
from factpack.cli import main
target, log = sys.argv[1], sys.argv[2]
def checkpoint(step):
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(step + "\\n")
    if step == target:
        os.kill(os.getpid(), signal.SIGKILL)
commit.checkpoint = checkpoint
sys.exit(main(sys.argv[3:]))
"""


def state(base: Path) -> dict[str, object]:
    """Everything a release writes: the package, dist/ (hidden files included), the changelog."""
    dist = {k: v for k, v in snapshot(base / "dist").items() if not k.endswith(".duckdb")}
    dist["duckdb files"] = sorted(p.name for p in (base / "dist").glob("*.duckdb"))  # not byte-stable
    log = base / "CHANGELOG.md"
    return {
        "pkg": snapshot(base / "pkg"),
        "dist": dist,
        "changelog": hashlib.sha256(log.read_bytes()).hexdigest() if log.exists() else None,
    }


def hidden(base: Path) -> list[str]:
    """Hidden files a release may leave: staged, backups, journal, locks."""
    return sorted(p.relative_to(base).as_posix() for p in base.rglob(".*") if p.name != ".seeds")


def sums_match(dist: Path) -> None:
    """SHA256SUMS lists exactly the archives in dist/, with their current checksums."""
    sums = dict(reversed(line.split("  ")) for line in (dist / "SHA256SUMS").read_text().splitlines())
    names = sorted(p.name for p in dist.iterdir() if p.suffix in (".zip", ".duckdb"))
    assert sorted(sums) == names
    for name in names:
        assert hashlib.sha256((dist / name).read_bytes()).hexdigest() == sums[name], name


def all_verified(dist: Path) -> None:
    sums = (dist / "SHA256SUMS").read_text().splitlines()
    names = sorted(p.name for p in dist.iterdir() if p.suffix in (".zip", ".duckdb"))
    assert sorted(line.split("  ")[1] for line in sums) == names
    for name in names:
        checks = verify_archive(dist / name)
        assert all(c.ok for c in checks), [str(c) for c in checks]


@pytest.fixture(scope="module")
def old_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pkg/, dist/ and CHANGELOG.md after release 1.0.0; seeds2/ holds 1.1.0 (one article more)."""
    base = tmp_path_factory.mktemp("old")
    seeds = make_seeds(
        base / "seeds", {"quake.txt": ARTICLE, "quake.yaml": SIDECAR, "package.yaml": package_yaml("1.0.0")}
    )
    release(seeds, base / "pkg", base / "dist", changelog=base / "CHANGELOG.md")
    make_seeds(
        base / "seeds2",
        {
            "quake.txt": ARTICLE,
            "quake.yaml": SIDECAR,
            "b.txt": article(5),
            "b.yaml": SIDECAR,
            "package.yaml": package_yaml("1.1.0"),
        },
    )
    return base


@pytest.fixture(scope="module")
def new_release(old_release: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same, after an uninterrupted release of 1.1.0: what a completed commit must equal."""
    base = copy_base(old_release, tmp_path_factory.mktemp("new"))
    release(base / "seeds2", base / "pkg", base / "dist", changelog=base / "CHANGELOG.md")
    return base


def copy_base(src: Path, dst: Path) -> Path:
    for name in ("seeds", "seeds2", "pkg", "dist"):
        shutil.copytree(src / name, dst / name)
    shutil.copy(src / "CHANGELOG.md", dst / "CHANGELOG.md")
    return dst


def run_release(base: Path, kill_at: str = "", log: Path | None = None) -> subprocess.CompletedProcess:
    log = log or base / "steps.log"
    return subprocess.run(
        [
            sys.executable,
            "-c",
            KILLER,
            kill_at,
            str(log),
            "release",
            "--seeds",
            str(base / "seeds2"),
            "--out",
            str(base / "pkg"),
            "--dist",
            str(base / "dist"),
            "--changelog",
            str(base / "CHANGELOG.md"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def steps(old_release: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The checkpoints of one uninterrupted commit, in order."""
    base = copy_base(old_release, tmp_path_factory.mktemp("steps"))
    r = run_release(base)
    assert r.returncode == 0, r.stderr
    return (base / "steps.log").read_text().splitlines()


def test_the_commit_has_a_checkpoint_at_every_step(steps: list[str]) -> None:
    assert steps[0] == "staged" and steps[1] == "journal written" and steps[-1] == "journal removed"
    moved = [s for s in steps if s.startswith("moved")]
    # zip, database, SHA256SUMS, changelog and the package folder
    assert len(moved) == 5, steps


JOURNAL = ".release-journal.json"


def test_a_kill_at_every_step_leaves_all_old_or_all_new(
    old_release: Path, new_release: Path, steps: list[str], tmp_path: Path
) -> None:
    old, new = state(old_release), state(new_release)
    assert old != new
    for i, step in enumerate(steps):
        base = copy_base(old_release, tmp_path / f"kill{i}")
        r = run_release(base, kill_at=step)
        assert r.returncode == -signal.SIGKILL, (step, r.stderr)
        assert "Traceback" not in r.stderr
        committed = step != "staged"
        assert (base / "dist" / JOURNAL).exists() == (committed and step != "journal removed"), step
        if not committed:
            # before the journal: nothing published; only hidden staged files beside
            assert {k: v for k, v in state(base).items() if k != "dist"} == {
                k: v for k, v in old.items() if k != "dist"
            }, step
        # the next run (here: its recovery step, under the same locks) finishes or tidies up
        from factpack.release.commit import STAGED_RE, recover_release

        recover((base / "pkg").resolve())
        recover_release(base / "dist", [base])
        assert state(base) == (new if committed else old), step
        assert [h for h in hidden(base) if STAGED_RE.fullmatch(Path(h).name) or JOURNAL in h] == [], step
        all_verified(base / "dist")


def test_the_next_release_completes_an_interrupted_commit(
    old_release: Path, new_release: Path, steps: list[str], tmp_path: Path
) -> None:
    base = copy_base(old_release, tmp_path / "b")
    middle = next(s for s in steps if s.startswith("moved 3/"))
    assert run_release(base, kill_at=middle).returncode == -signal.SIGKILL
    r = run_release(base)
    assert r.returncode == 0, r.stderr
    assert "completed the release interrupted" in r.stderr
    assert state(base) == state(new_release)
    all_verified(base / "dist")


def _run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factpack.cli", *cmd], capture_output=True, text=True, timeout=600
    )


def test_concurrent_releases_of_the_same_dist_never_corrupt_it(old_release: Path, tmp_path: Path) -> None:
    base = copy_base(old_release, tmp_path / "c")
    cmd = [
        "release",
        "--seeds",
        str(base / "seeds2"),
        "--out",
        str(base / "pkg"),
        "--dist",
        str(base / "dist"),
        "--changelog",
        str(base / "CHANGELOG.md"),
    ]
    waited = 0
    for trial in range(TRIALS):
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(_run, [cmd, cmd]))
        for r in results:
            assert r.returncode == 0, (trial, r.stderr)
            assert "Traceback" not in r.stderr, (trial, r.stderr)
        waited += any("waiting for another factpack run" in r.stderr for r in results)
        sums_match(base / "dist")
        assert hidden(base) == [], (trial, hidden(base))
    assert waited > 0  # the runs did overlap
    all_verified(base / "dist")


def test_concurrent_builds_into_the_same_folder_never_fail(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"quake.txt": ARTICLE, "quake.yaml": SIDECAR})
    out = tmp_path / "pkg"
    cmd = ["build", "--no-cache", "--seeds", str(seeds), "--out", str(out)]
    assert _run(cmd).returncode == 0
    expected = snapshot(out)
    waited = 0
    for trial in range(TRIALS):
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(_run, [cmd, cmd]))
        for r in results:
            assert r.returncode == 0, (trial, r.stderr)
            assert "Traceback" not in r.stderr, (trial, r.stderr)
        waited += any("waiting for another factpack run" in r.stderr for r in results)
        assert snapshot(out) == expected
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg", "seeds"], trial
    assert waited > 0
