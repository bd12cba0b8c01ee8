"""Issue 5: a build or release that fails or is killed midway leaves the published package
folder and dist/ byte-identical to before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import factpack.pipeline
import factpack.release.release
import pytest
from factpack.contract.validate import Problem, ValidationError
from factpack.errors import FactpackError
from factpack.pipeline import build, recover
from factpack.release.release import release

from tests.pipeline.test_bad_inputs import ARTICLE, SIDECAR, leftovers, make_seeds, snapshot

COUNTRIES = ["Venezuela", "Colombia", "Brazil", "Chile", "Peru", "Mexico", "Cuba", "Ecuador"]
CITIES = ["Caracas", "Bogota", "Brasilia", "Santiago", "Lima", "Havana", "Quito"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(i: int) -> str:
    """A short, distinct news article built from sentence templates."""
    a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
    city, day, n = CITIES[i % 7], DAYS[i % 7], 3 + i % 40
    return (
        f"{a} and {b} trade accusations after clash number {i}\n"
        f"{city.upper()}: Troops from {a} killed {n} people in {city} on {day}, officials said.\n"
        f"“We will defend our sovereignty,” the foreign minister of {b} told reporters.\n"
        f"{b} accused {a} of violating the border for the {i}th time.\n"
        f"The United Nations pledged ${n} million in emergency aid, according to a statement.\n"
    )


def package_yaml(version: str) -> str:
    """A package.yaml; `created` grows with the version (release requires it to)."""
    major, minor = (int(x) for x in version.split(".")[:2])
    return (f"name: atomic-test\ntitle: Atomic test\nversion: {version}\n"
            f'created: "2026-01-{major * 10 + minor + 1:02d}T00:00:00Z"\n')


@pytest.fixture(scope="module")
def big_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~300 short articles: a build that takes long enough to be killed midway."""
    files: dict[str, str | bytes] = {"package.yaml": package_yaml("2.0.0")}
    for i in range(300):
        files[f"{i:03d}_clash.txt"] = article(i)
        files[f"{i:03d}_clash.yaml"] = SIDECAR
    return make_seeds(tmp_path_factory.mktemp("big") / "seeds", files)


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a released package `pkg/` and its `dist/` (and CHANGELOG.md)."""
    base = tmp_path_factory.mktemp("released")
    seeds = make_seeds(base / "seeds", {"quake.txt": ARTICLE, "quake.yaml": SIDECAR,
                                        "package.yaml": package_yaml("1.0.0")})
    release(seeds, base / "pkg", base / "dist", changelog=base / "CHANGELOG.md")
    return base


def state(base: Path) -> dict[str, dict[str, str]]:
    return {"pkg": snapshot(base / "pkg"), "dist": snapshot(base / "dist")}


def test_failed_frictionless_check_leaves_the_package_untouched(
        released: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = state(released)
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": article(1), "a.yaml": SIDECAR})

    def fail(folder: Path, previous: Path | None = None, workers: int | None = None,
             warm: object = None) -> None:
        assert (folder / "datapackage.json").exists()  # the new package was fully written
        raise ValidationError([Problem("events", None, None, None, "injected failure")])

    monkeypatch.setattr(factpack.pipeline, "changed_check", fail)  # the default validation
    with pytest.raises(ValidationError, match="injected failure"):
        build(seeds, released / "pkg")
    assert state(released) == before
    assert leftovers(released / "pkg") == []


def test_failing_release_after_the_zip_is_written_leaves_dist_untouched(
        released: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(released / "dist")
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": article(2), "a.yaml": SIDECAR,
                                            "package.yaml": package_yaml("3.0.0")})
    written: list[str] = []

    def fail(dist: Path, pending: dict[str, Path] | None = None) -> bytes:
        written.extend(sorted(pending or {}))
        assert all(p.exists() for p in (pending or {}).values())  # zip and database written
        raise OSError("injected failure: disk full")

    monkeypatch.setattr(factpack.release.release, "sha256sums", fail)
    with pytest.raises(OSError, match="injected failure"):
        release(seeds, tmp_path / "pkg", released / "dist", changelog=tmp_path / "CHANGELOG.md")
    assert written == ["atomic-test-3.0.0-site", "atomic-test-3.0.0.duckdb", "atomic-test-3.0.0.zip"]
    assert snapshot(released / "dist") == before
    assert sorted(p.name for p in (released / "dist").iterdir() if p.name.startswith(".")) == []


def _kill_release_at(released: Path, seeds: Path, trigger: str,
                     delay: float = 0.0) -> subprocess.CompletedProcess:
    """Run `factpack release` on `seeds`; SIGKILL it `delay` s after a progress line holds
    `trigger`."""
    cmd = [sys.executable, "-m", "factpack.cli", "release", "--seeds", str(seeds),
           "--out", str(released / "pkg"), "--dist", str(released / "dist")]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    seen = []
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    for line in proc.stderr:
        seen.append(line)
        if trigger in line or time.monotonic() > deadline:
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "".join(seen)
    assert any(trigger in ln for ln in seen), "".join(seen)
    return subprocess.CompletedProcess(cmd, proc.returncode, None, "".join(seen))


@pytest.mark.parametrize("trigger", ["extracted 100/300", "writing package and validating"])
def test_sigkill_during_a_release_leaves_package_and_dist_untouched(
        trigger: str, released: Path, big_seeds: Path) -> None:
    before = state(released)
    writing = trigger.startswith("writing")
    # while writing: wait until the new package is on disk and frictionless is checking it
    _kill_release_at(released, big_seeds, trigger, delay=1.0 if writing else 0.0)
    assert state(released) == before
    if writing:  # killed while the package was written and checked, or just after: its
        # temporary folder or the release's staged package is left, hidden
        left = [p.name for p in released.iterdir() if p.name.startswith((".pkg.", "..pkg."))]
        assert any(".tmp-" in n or ".release-" in n for n in left), left
    # what the killed process left beside the package is hidden, and the next build tidies it
    recover((released / "pkg").resolve())
    assert leftovers(released / "pkg") == []
    assert state(released) == before


def test_recover_puts_back_a_package_moved_aside_by_a_killed_build(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": ARTICLE, "a.yaml": SIDECAR})
    out = tmp_path / "pkg"
    build(seeds, out)
    before = snapshot(out)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    # the state a build killed between its two renames leaves: no package, old one aside
    os.rename(out, tmp_path / f".pkg.old-{dead}")
    (tmp_path / f".pkg.tmp-{dead}-abc").mkdir()
    build(seeds, out)
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_folders_of_live_builds_are_left_alone(tmp_path: Path) -> None:
    live = tmp_path / f".pkg.tmp-{os.getpid()}-xyz"
    live.mkdir()
    recover(tmp_path / "pkg")
    assert live.exists()


def test_seeds_inside_the_output_folder_are_refused(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "pkg" / "seeds", {"a.txt": ARTICLE})
    with pytest.raises(FactpackError, match="holds the seeds folder"):
        build(seeds, tmp_path / "pkg")
    assert (seeds / "a.txt").exists()
