"""`factpack verify`: checksum against SHA256SUMS, safe unpacking, package validation."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from factpack.paths import SEEDS
from factpack.release.release import release
from factpack.release.verify import verify_archive

CLI = [sys.executable, "-m", "factpack.cli"]


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dist folder holding a fresh release of seeds/."""
    base = tmp_path_factory.mktemp("verify")
    shutil.copytree(SEEDS, base / "seeds")
    release(base / "seeds", base / "datapackage", base / "dist")
    return base / "dist"


@pytest.fixture
def dist(released: Path, tmp_path: Path) -> Path:
    """A copy of the release folder that a test may damage."""
    return Path(shutil.copytree(released, tmp_path / "dist"))


def _zip(dist: Path) -> Path:
    (z,) = dist.glob("*.zip")
    return z


def _verify(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "verify", str(path)], capture_output=True, text=True)


def _resum(dist: Path) -> None:
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n"
             for p in sorted(dist.iterdir()) if p.suffix in {".zip", ".duckdb"}]
    (dist / "SHA256SUMS").write_text("".join(lines))


def test_good_archives_pass(dist: Path) -> None:
    for archive in sorted(dist.glob("*.zip")) + sorted(dist.glob("*.duckdb")):
        r = _verify(archive)
        assert r.returncode == 0, r.stdout + r.stderr
        assert f"{archive}: verified" in r.stdout
        assert "FAIL" not in r.stdout
    assert "package valid" in _verify(_zip(dist)).stdout


def test_a_tampered_byte_fails_with_a_clear_message(dist: Path) -> None:
    z = _zip(dist)
    data = bytearray(z.read_bytes())
    data[len(data) // 2] ^= 0x01
    z.write_bytes(bytes(data))
    r = _verify(z)
    assert r.returncode == 1
    assert "FAIL  checksum mismatch" in r.stdout and "NOT VERIFIED" in r.stdout
    assert hashlib.sha256(bytes(data)).hexdigest() in r.stdout


def test_a_missing_entry_fails(dist: Path) -> None:
    z = _zip(dist)
    sums = dist / "SHA256SUMS"
    sums.write_text("".join(ln + "\n" for ln in sums.read_text().splitlines() if z.name not in ln))
    r = _verify(z)
    assert r.returncode == 1
    assert f"has no entry for {z.name}" in r.stdout


def test_a_missing_sha256sums_fails(dist: Path) -> None:
    (dist / "SHA256SUMS").unlink()
    r = _verify(_zip(dist))
    assert r.returncode == 1 and "no SHA256SUMS beside the archive" in r.stdout


def test_an_invalid_package_with_a_matching_checksum_fails(dist: Path) -> None:
    """Someone re-zips an edited package and updates SHA256SUMS: validation catches it."""
    z = _zip(dist)
    buf = io.BytesIO()
    with zipfile.ZipFile(z) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("data/events.csv"):
                data = data.replace(b"ASSAULT", b"ASSALT", 1)
            dst.writestr(info, data)
    z.write_bytes(buf.getvalue())
    _resum(dist)
    r = _verify(z)
    assert r.returncode == 1
    assert "ok    SHA-256" in r.stdout
    assert "FAIL  invalid package" in r.stdout
    # the edited value itself is reported (table, column, row, value), not only the file's hash
    assert "events.event_type row " in r.stdout and "'ASSALT'" in r.stdout, r.stdout
    assert "SHA-256 differs from the descriptor" in r.stdout


def test_an_unsafe_archive_is_not_unpacked(dist: Path) -> None:
    z = _zip(dist)
    with zipfile.ZipFile(z, "a") as zf:
        zf.writestr("../../escape.txt", b"boo")
    _resum(dist)
    checks = verify_archive(z)
    assert checks[0].ok and not checks[1].ok
    assert "cannot unpack" in checks[1].what and "entry '../../escape.txt'" in checks[1].what
    assert not (dist.parent / "escape.txt").exists()


def test_verify_help() -> None:
    r = subprocess.run([*CLI, "verify", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "SHA256SUMS" in r.stdout


def test_an_archive_made_under_another_contract_is_checked_against_its_own_schemas(
        dist: Path) -> None:
    """An older release, after the contract (schemas/fields.yaml) has changed, still verifies."""
    z = _zip(dist)
    buf = io.BytesIO()
    with zipfile.ZipFile(z) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("/datapackage.json"):
                desc = json.loads(data)
                res = next(r for r in desc["resources"] if r["name"] == "events")
                res["schema"]["fields"][0]["description"] = "An older wording."
                data = json.dumps(desc, indent=2).encode()
            dst.writestr(info, data)
    z.write_bytes(buf.getvalue())
    _resum(dist)
    r = _verify(z)
    assert r.returncode == 0, r.stdout
    assert "checked against its own schemas" in r.stdout and "verified" in r.stdout
