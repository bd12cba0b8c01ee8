"""Versions and releases: `factpack release` refuses a version that understates the change,
rebuilds of a released version must not change its data, and every release gets a changelog
entry and release notes built from the diff against the previous release."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from factpack.paths import DIST, ROOT, SEEDS
from factpack.release.catalog import zip_descriptor
from factpack.release.changelog import upsert_entry
from factpack.release.diff import open_package
from factpack.release.release import release, zip_bytes
from factpack.release.versions import (
    VersionError,
    bump_level,
    minimum_version,
    previous_release,
    releases,
    vstr,
)

from tests.wire import seeds_with_wire

NAME = "us-venezuela-crisis-2025"
CLI = [sys.executable, "-m", "factpack.cli"]


def set_version(seeds: Path, version: str, created: str | None = None) -> None:
    p = seeds / "package.yaml"
    lines = []
    for ln in p.read_text(encoding="utf-8").splitlines():
        if ln.startswith("version:"):
            ln = f"version: {version}"
        elif created and ln.startswith("created:"):
            ln = f'created: "{created}"'
        lines.append(ln)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")


def snapshot(*folders: Path) -> dict[str, str]:
    out = {}
    for f in folders:
        items = [f] if f.is_file() else sorted(p for p in f.rglob("*") if p.is_file())
        for p in items:
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder where seeds/ (version 0.1.0) has been released into dist/."""
    b = tmp_path_factory.mktemp("versions")
    shutil.copytree(SEEDS, b / "seeds")
    set_version(b / "seeds", "0.1.0", "2026-11-25T00:00:00Z")
    release(b / "seeds", b / "datapackage", b / "dist")
    return b


@pytest.fixture
def project(base: Path, tmp_path: Path) -> Path:
    """A copy of `base` that a test may release into."""
    p = tmp_path / "project"
    shutil.copytree(base, p)
    return p


def _release(p: Path, seeds: Path | None = None) -> list[Path]:
    return release(seeds or p / "seeds", p / "datapackage", p / "dist")


def _zip_member(z: Path, name: str) -> str:
    with zipfile.ZipFile(z) as zf:
        return zf.read(f"{z.stem}/{name}").decode("utf-8")


def _fake_previous(p: Path, edit) -> None:
    """Replace dist/<NAME>-0.1.0.zip by an edited copy of itself."""
    z = p / "dist" / f"{NAME}-0.1.0.zip"
    with open_package(z) as pkg:
        edit(pkg)
        z.write_bytes(zip_bytes(pkg, z.stem))


def test_first_release_has_notes_and_a_changelog_entry(base: Path) -> None:
    z = base / "dist" / f"{NAME}-0.1.0.zip"
    notes = _zip_member(z, "RELEASE_NOTES.md")
    assert notes.startswith(f"# {NAME} 0.1.0 — release notes")
    assert "First release: sources 1, actors" in notes
    assert "git tree hashes of the code" in notes
    log = (base / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.startswith("# Changelog")
    assert "## 0.1.0 — 2026-11-25\n\nFirst release: sources 1, actors" in log


def test_rebuilding_a_released_version_reproduces_it(project: Path, base: Path) -> None:
    _release(project)
    for rel in ("dist/SHA256SUMS", f"dist/{NAME}-0.1.0.zip", "CHANGELOG.md"):
        assert (project / rel).read_bytes() == (base / rel).read_bytes(), rel


def test_new_source_with_a_patch_bump_is_refused_then_minor_passes(project: Path) -> None:
    seeds = seeds_with_wire(project / "seeds2")
    set_version(seeds, "0.1.1")
    before = snapshot(project / "dist", project / "datapackage", project / "CHANGELOG.md")
    with pytest.raises(VersionError) as e:
        _release(project, seeds)
    msg = str(e.value)
    assert "version 0.1.1 understates the change from the previous release 0.1.0" in msg
    assert "sources: 1 row(s) added" in msg and "Set version to 0.2.0 or higher" in msg
    assert snapshot(project / "dist", project / "datapackage", project / "CHANGELOG.md") == before
    assert not [p for p in project.iterdir() if p.name.startswith(".")], "staging left behind"

    set_version(seeds, "0.2.0", "2026-12-01T00:00:00Z")
    _release(project, seeds)
    assert snapshot(project / "dist" / f"{NAME}-0.1.0.zip") == {
        k: v for k, v in before.items() if k.endswith("0.1.0.zip")}
    log = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("## 0.2.0 — 2026-12-01") < log.index("## 0.1.0 — 2026-11-25")
    entry = log[log.index("## 0.2.0"):log.index("## 0.1.0")]
    assert "Compared with 0.1.0: the changes need a minor version bump." in entry
    assert "| `sources` | 1 → 2 | 1 | 0 | 0 | — |" in entry
    z = project / "dist" / f"{NAME}-0.2.0.zip"
    notes = _zip_member(z, "RELEASE_NOTES.md")
    assert "## Changes since 0.1.0" in notes and "| `sources` | 1 → 2 | 1 | 0 | 0 | — |" in notes
    assert json.loads(_zip_member(z, "datapackage.json"))["version"] == "0.2.0"
    sums = (project / "dist" / "SHA256SUMS").read_text()
    assert f"{NAME}-0.1.0.zip" in sums and f"{NAME}-0.2.0.zip" in sums
    assert not (project / "datapackage" / "RELEASE_NOTES.md").exists()


def test_removed_column_with_a_minor_bump_is_refused(project: Path) -> None:
    """The previous release had a column this build no longer has: a breaking change."""
    def add_legacy_column(pkg: Path) -> None:
        p = pkg / "data" / "events.csv"
        lines = p.read_text(encoding="utf-8").splitlines()
        p.write_text("\n".join([lines[0] + ",legacy"] + [ln + ",x" for ln in lines[1:]]) + "\n",
                     encoding="utf-8")
        desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
        res = next(r for r in desc["resources"] if r["name"] == "events")
        res["schema"]["fields"].append({"name": "legacy", "type": "string"})
        (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    _fake_previous(project, add_legacy_column)
    set_version(project / "seeds", "0.2.0", "2026-11-26")
    before = snapshot(project / "dist", project / "CHANGELOG.md")
    r = subprocess.run([*CLI, "release", "--seeds", str(project / "seeds"),
                        "--out", str(project / "datapackage"), "--dist", str(project / "dist")],
                       capture_output=True, text=True)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "error: version 0.2.0 understates the change from the previous release 0.1.0" in r.stderr
    assert "events: column `legacy` removed (or renamed)" in r.stderr
    assert "Set version to 1.0.0 or higher" in r.stderr
    assert snapshot(project / "dist", project / "CHANGELOG.md") == before

    set_version(project / "seeds", "1.0.0", "2026-12-01T00:00:00Z")
    _release(project)
    log = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "the changes need a major version bump" in log
    assert "- `events`: removed column `legacy` (string)" in log


def test_new_version_must_have_a_later_created_date(project: Path) -> None:
    """0.1.1 with the `created` date of 0.1.0: refused, naming the fix; nothing written."""
    set_version(project / "seeds", "0.1.1")
    before = snapshot(project / "dist", project / "datapackage", project / "CHANGELOG.md")
    r = subprocess.run([*CLI, "release", "--seeds", str(project / "seeds"),
                        "--out", str(project / "datapackage"), "--dist", str(project / "dist")],
                       capture_output=True, text=True)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "version 0.1.1 has created '2026-11-25T00:00:00Z', not later than the previous" in r.stderr
    assert "Set `created` in package.yaml to the release date (after 2026-11-25" in r.stderr
    assert snapshot(project / "dist", project / "datapackage", project / "CHANGELOG.md") == before
    # the same day with a later time of day is a later release; the same instant is not
    set_version(project / "seeds", "0.1.1", "2026-11-25T00:00:00+00:00")
    r = subprocess.run([*CLI, "release", "--seeds", str(project / "seeds"),
                        "--out", str(project / "datapackage"), "--dist", str(project / "dist")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "not later than the previous" in r.stderr, r.stdout + r.stderr
    set_version(project / "seeds", "0.1.1", "2026-11-25T09:30:00Z")
    _release(project)
    assert (project / "dist" / f"{NAME}-0.1.1.zip").exists()


def test_changing_the_data_of_a_released_version_is_refused(project: Path) -> None:
    def rename_first_actor(pkg: Path) -> None:
        p = pkg / "data" / "actors.csv"
        head, first, *rest = p.read_text(encoding="utf-8").splitlines()
        cells = first.split(",")
        cells[1] = "Somebody Else"
        p.write_text("\n".join([head, ",".join(cells), *rest]) + "\n", encoding="utf-8")
    _fake_previous(project, rename_first_actor)
    before = snapshot(project / "dist", project / "CHANGELOG.md")
    with pytest.raises(VersionError, match=r"0.1.0 is already released .* changes its data"):
        _release(project)
    assert snapshot(project / "dist", project / "CHANGELOG.md") == before


def test_next_minor_release_against_the_latest_committed_one(tmp_path: Path) -> None:
    """What `factpack release` does for the next minor version of the latest release in dist/
    (today: 0.2.0 against 0.1.0), in a copy of seeds/, dist/ and CHANGELOG.md.

    Fails with a VersionError if the working tree makes a breaking change against the latest
    release: then the next release must be a major one."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    d = Path(shutil.copytree(DIST, tmp_path / "dist"))
    if (ROOT / "CHANGELOG.md").exists():
        shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    latest = max(releases(d, NAME))
    prev, nxt = vstr(latest), vstr((latest[0], latest[1] + 1, 0))
    created = dt.date.fromisoformat(zip_descriptor(d / f"{NAME}-{prev}.zip")["created"][:10])
    set_version(tmp_path / "seeds", nxt, f"{created + dt.timedelta(days=1)}T00:00:00Z")
    old = snapshot(*sorted(d.glob(f"{NAME}-*")))
    r = subprocess.run([*CLI, "release", "--seeds", str(tmp_path / "seeds"), "--out",
                        str(tmp_path / "datapackage"), "--dist", str(d)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert f"comparing with the previous release {NAME}-{prev}.zip" in r.stderr
    assert snapshot(*(Path(k) for k in old)) == old, "an earlier release was changed"
    log = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = log[log.index(f"## {nxt} — "):log.index(f"## {prev} — ")]
    assert f"Compared with {prev}" in entry and "| table | rows |" in entry
    assert "## 0.1.0 — 2026-11-25" in log
    notes = _zip_member(d / f"{NAME}-{nxt}.zip", "RELEASE_NOTES.md")
    assert f"## Changes since {prev}" in notes
    r = subprocess.run([*CLI, "verify", str(d / f"{NAME}-{nxt}.zip")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout


def test_bump_levels() -> None:
    assert bump_level((0, 1, 0), (0, 1, 1)) == "patch"
    assert bump_level((0, 1, 3), (0, 2, 0)) == "minor"
    assert bump_level((0, 9, 0), (1, 0, 0)) == "major"
    assert bump_level((1, 0, 0), (1, 0, 0)) is None
    assert minimum_version((0, 1, 4), "minor") == (0, 2, 0)
    assert minimum_version((0, 1, 4), "major") == (1, 0, 0)


def test_previous_release_is_the_highest_lower_version(tmp_path: Path) -> None:
    for v in ("0.1.0", "0.2.0", "0.10.0", "1.0.0"):
        (tmp_path / f"{NAME}-{v}.zip").write_bytes(b"")
    (tmp_path / "other-0.5.0.zip").write_bytes(b"")
    assert previous_release(tmp_path, NAME, (0, 11, 0))[0] == (0, 10, 0)
    assert previous_release(tmp_path, NAME, (0, 2, 1))[0] == (0, 2, 0)
    assert previous_release(tmp_path, NAME, (0, 1, 0)) is None


def test_changelog_entries_are_replaced_or_inserted_in_order() -> None:
    text = upsert_entry("", "0.1.0", "## 0.1.0 — 2026-01-01\n\nfirst\n")
    text = upsert_entry(text, "0.3.0", "## 0.3.0 — 2026-03-01\n\nthird\n")
    text = upsert_entry(text, "0.2.0", "## 0.2.0 — 2026-02-01\n\nsecond\n")
    text = upsert_entry(text, "0.2.0", "## 0.2.0 — 2026-02-01\n\nsecond, rebuilt\n")
    heads = [ln for ln in text.splitlines() if ln.startswith("## ")]
    assert heads == ["## 0.3.0 — 2026-03-01", "## 0.2.0 — 2026-02-01", "## 0.1.0 — 2026-01-01"]
    assert "second, rebuilt\n\n## 0.1.0" in text and "second\n" not in text
    assert upsert_entry(text, "0.2.0", "## 0.2.0 — 2026-02-01\n\nsecond, rebuilt\n") == text


def _edit_descriptor(edit):
    def apply(pkg: Path) -> None:
        p = pkg / "datapackage.json"
        desc = json.loads(p.read_text(encoding="utf-8"))
        edit(desc)
        p.write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return apply


def test_a_metadata_change_needs_a_patch_bump(project: Path) -> None:
    """Only the package's title differs from the released 0.1.0: the same version is refused
    (a published version never changes), 0.1.1 is accepted and recorded as a patch."""
    _fake_previous(project, _edit_descriptor(lambda d: d.update(title="An older title")))
    before = snapshot(project / "dist", project / "CHANGELOG.md")
    with pytest.raises(VersionError) as e:
        _release(project)
    assert "0.1.0 is already released" in str(e.value)
    assert "package metadata `title` changed" in str(e.value) and "at least 0.1.1" in str(e.value)
    assert snapshot(project / "dist", project / "CHANGELOG.md") == before

    set_version(project / "seeds", "0.1.1", "2026-11-26")
    _release(project)
    log = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = log[log.index("## 0.1.1"):log.index("## 0.1.0")]
    assert "the changes need a patch version bump" in entry and "`title`" in entry


def test_a_primary_key_change_needs_a_major_bump(project: Path) -> None:
    """The previous release keyed events by (event_id, source_id); this build by event_id."""
    def two_column_key(d: dict) -> None:
        res = next(r for r in d["resources"] if r["name"] == "events")
        res["schema"]["primaryKey"] = ["event_id", "source_id"]
    _fake_previous(project, _edit_descriptor(two_column_key))
    set_version(project / "seeds", "0.2.0", "2026-11-26")
    before = snapshot(project / "dist", project / "CHANGELOG.md")
    with pytest.raises(VersionError) as e:
        _release(project)
    msg = str(e.value)
    assert "version 0.2.0 understates the change from the previous release 0.1.0" in msg
    assert "events: primary key ['event_id', 'source_id'] → ['event_id']" in msg, msg
    assert "Set version to 1.0.0 or higher" in msg
    assert snapshot(project / "dist", project / "CHANGELOG.md") == before
    set_version(project / "seeds", "1.0.0")
    _release(project)
    assert "the changes need a major version bump" in (project / "CHANGELOG.md").read_text(encoding="utf-8")


def test_a_rebuild_that_changes_only_the_provenance_is_accepted(project: Path) -> None:
    """0.1.0 was released by other code (another code hash and git trees): rebuilding 0.1.0
    with this code is allowed, and the archive is rewritten with this code's provenance."""
    def other_code(d: dict) -> None:
        d["x-provenance"]["code_sha256"] = "0" * 64
        d["x-provenance"]["code_git_trees"] = {"scripts": "1" * 40, "schemas": "2" * 40}
    _fake_previous(project, _edit_descriptor(other_code))
    z = project / "dist" / f"{NAME}-0.1.0.zip"
    faked = z.read_bytes()
    _release(project)
    prov = json.loads(_zip_member(z, "datapackage.json"))["x-provenance"]
    built = json.loads((project / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    assert prov == built["x-provenance"] and prov["code_sha256"] != "0" * 64
    assert z.read_bytes() != faked
    with zipfile.ZipFile(io.BytesIO(faked)) as old, zipfile.ZipFile(z) as new:
        data = [n for n in old.namelist() if "/data/" in n]
        assert data and all(old.read(n) == new.read(n) for n in data)
    sums = (project / "dist" / "SHA256SUMS").read_text(encoding="utf-8")
    assert hashlib.sha256(z.read_bytes()).hexdigest() in sums
