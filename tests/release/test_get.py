"""`factpack get` against a real local HTTP server (python -m http.server on 127.0.0.1) serving
a dist/ folder written by `factpack release`, and the catalogue release maintains."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from factpack.contract.checks import validate_package
from factpack.errors import FactpackError
from factpack.release.get import get_release

CLI = [sys.executable, "-m", "factpack.cli"]


@pytest.fixture
def served(two_releases: tuple[Path, Path], tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A copy of a released dist/ served over HTTP on 127.0.0.1 (stopped after the test)."""
    dist = Path(shutil.copytree(two_releases[0], tmp_path / "dist"))
    proc = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                             "--directory", str(dist)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        m = re.search(r"port (\d+)", line)
        assert m, f"http.server did not start: {line!r}"
        yield f"http://127.0.0.1:{m[1]}", dist
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_catalogue_lists_every_release_with_checksums(two_releases: tuple[Path, Path]) -> None:
    dist = two_releases[0]
    cat = json.loads((dist / "index.json").read_text(encoding="utf-8"))
    zips = sorted(p.name for p in dist.glob("*.zip"))
    listed = sorted(f["name"] for r in cat["releases"] for f in r["files"] if f["kind"] == "package")
    assert listed == zips and len(zips) >= 2
    versions = [r["version"] for r in cat["releases"]]
    assert cat["latest"] == versions[0]
    assert versions == sorted(versions, key=lambda v: tuple(map(int, v.split("."))), reverse=True)
    for r in cat["releases"]:
        assert re.match(r"^\d{4}-\d{2}-\d{2}", r["created"])
        for f in r["files"]:
            data = (dist / f["name"]).read_bytes()
            assert f["bytes"] == len(data)
            assert f["sha256"] == hashlib.sha256(data).hexdigest()


def test_get_latest_and_a_named_version_over_http(served: tuple[str, Path], tmp_path: Path) -> None:
    url, dist = served
    cat = json.loads((dist / "index.json").read_text(encoding="utf-8"))
    r = subprocess.run([*CLI, "get", "--from", url, "--to", str(tmp_path / "dl")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    latest = cat["latest"]
    folder = next((tmp_path / "dl").glob(f"*-{latest}"))
    assert folder.is_dir() and validate_package(folder) == []
    assert (folder / "site" / "index.html").is_file() and (folder / "load_package.R").is_file()
    assert f"release {latest} unpacked" in r.stdout
    older = cat["releases"][-1]["version"]
    rel, files, folder = get_release(older, url + "/", tmp_path / "dl")
    assert rel["version"] == older and folder is not None and (folder / "datapackage.json").is_file()
    assert sorted(f.name for f in files) == sorted(f["name"] for f in rel["files"])


def test_get_refuses_a_file_that_does_not_match_the_catalogue(served: tuple[str, Path],
                                                              tmp_path: Path) -> None:
    url, dist = served
    cat = json.loads((dist / "index.json").read_text(encoding="utf-8"))
    z = next(f["name"] for f in cat["releases"][0]["files"] if f["kind"] == "package")
    data = bytearray((dist / z).read_bytes())
    data[100] ^= 0xFF  # same size, different bytes
    (dist / z).write_bytes(bytes(data))
    with pytest.raises(FactpackError, match="SHA-256 .* differs from the catalogue"):
        get_release("latest", url, tmp_path / "dl")
    assert not any((tmp_path / "dl").iterdir()), "a damaged download was left behind"


def test_get_names_the_available_versions(two_releases: tuple[Path, Path], tmp_path: Path) -> None:
    r = subprocess.run([*CLI, "get", "9.9.9", "--from", str(two_releases[0]), "--to", str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "no release '9.9.9' in the catalogue (available: " in r.stderr


def test_release_zip_holds_site_lookups_citation_and_r_loader(two_releases: tuple[Path, Path]) -> None:
    import zipfile

    from tests.releases import release_file

    z = release_file(two_releases[0], ".zip")
    root = z.stem
    names = set(zipfile.ZipFile(z).namelist())
    for rel in ("site/index.html", "CITATION.cff", "load_package.R", "RELEASE_NOTES.md",
                "data/event_types.csv", "data/event_modes.parquet", "views.sql"):
        assert f"{root}/{rel}" in names, rel
    assert any(n.startswith(f"{root}/site/actors/") for n in names)
    cff = zipfile.ZipFile(z).read(f"{root}/CITATION.cff").decode("utf-8")
    version = root.rsplit("-", 1)[1]
    assert f"version: {version}" in cff and "type: dataset" in cff
    site = two_releases[0] / f"{root}-site" / "index.html"
    assert site.read_bytes() == zipfile.ZipFile(z).read(f"{root}/site/index.html")


def test_load_reads_a_release_zip_by_url(served: tuple[str, Path]) -> None:
    import factpack
    import pandas as pd

    url, dist = served
    cat = json.loads((dist / "index.json").read_text(encoding="utf-8"))
    z = next(f["name"] for f in cat["releases"][0]["files"] if f["kind"] == "package")
    remote = factpack.load(f"{url}/{z}")
    local = factpack.load(dist / z)
    assert list(remote) == list(local) and len(remote["events"]) > 0
    for name in local:
        pd.testing.assert_frame_equal(remote[name], local[name])


def test_version_flag_prints_the_tool_version() -> None:
    from importlib.metadata import version

    r = subprocess.run([*CLI, "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == f"factpack {version('factpack')}"
