"""Releases: reproducible archives, DuckDB views and database file, checksums."""

from __future__ import annotations

import hashlib
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pytest
from factpack.contract.schema import TABLE_ORDER
from factpack.publish.queries import MAY_BE_EMPTY
from factpack.publish.queries import README_QUERIES as QUERIES

from tests.releases import release_file

README_QUERIES = {k: sql for k, (_, sql) in QUERIES.items()}








def test_zip_is_byte_reproducible(two_releases: tuple[Path, Path]) -> None:
    a, b = (release_file(d, ".zip") for d in two_releases)
    assert a.name == b.name
    assert hashlib.sha256(a.read_bytes()).hexdigest() == hashlib.sha256(b.read_bytes()).hexdigest()


def test_duckdb_files_have_identical_contents(two_releases: tuple[Path, Path]) -> None:
    a, b = (release_file(d, ".duckdb") for d in two_releases)
    ca, cb = duckdb.connect(str(a), read_only=True), duckdb.connect(str(b), read_only=True)
    for name in TABLE_ORDER:
        q = f"SELECT * FROM {name} ORDER BY ALL"
        assert ca.execute(q).fetchall() == cb.execute(q).fetchall()
        assert ca.execute(f"SELECT count(*) FROM {name}").fetchone()[0] > 0


def test_sha256sums_cover_the_archives(two_releases: tuple[Path, Path]) -> None:
    dist = two_releases[0]
    lines = (dist / "SHA256SUMS").read_text().splitlines()
    listed = {ln.split("  ")[1]: ln.split("  ")[0] for ln in lines}
    archives = {p.name for p in dist.iterdir() if p.suffix in {".zip", ".duckdb"}}
    assert set(listed) == archives >= {release_file(dist, ".zip").name, release_file(dist, ".duckdb").name}
    for name, digest in listed.items():
        assert hashlib.sha256((dist / name).read_bytes()).hexdigest() == digest


def test_archive_name_and_descriptor_carry_the_version(two_releases: tuple[Path, Path]) -> None:
    import json

    z = release_file(two_releases[0], ".zip")
    with zipfile.ZipFile(z) as zf:
        root = zf.namelist()[0].split("/")[0]
        desc = json.loads(zf.read(f"{root}/datapackage.json"))
    assert z.name == f"{desc['name']}-{desc['version']}.zip" and root == z.stem


@pytest.mark.parametrize("query", sorted(README_QUERIES))
def test_readme_queries_run_on_views_and_database(
    two_releases: tuple[Path, Path], tmp_path: Path, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = two_releases[0]
    with zipfile.ZipFile(release_file(dist, ".zip")) as zf:
        zf.extractall(tmp_path)
    pkg = next(tmp_path.iterdir())
    monkeypatch.chdir(pkg)
    views = duckdb.connect()
    views.execute((pkg / "views.sql").read_text())
    via_views = views.execute(README_QUERIES[query]).fetchall()
    db = duckdb.connect(str(release_file(dist, ".duckdb")), read_only=True)
    via_db = db.execute(README_QUERIES[query]).fetchall()
    assert via_views == via_db
    assert len(via_views) > 0 or query in MAY_BE_EMPTY


def test_database_file_declares_v1_storage(two_releases: tuple[Path, Path]) -> None:
    db = release_file(two_releases[0], ".duckdb")
    header = db.read_bytes()[:20]
    assert header[8:12] == b"DUCK"
    assert struct.unpack("<Q", header[12:20])[0] == 64  # storage number of DuckDB 1.0/1.1
    con = duckdb.connect(str(db), read_only=True)
    tags = [
        t for (p, t) in con.execute("SELECT path, tags FROM duckdb_databases()").fetchall() if p == str(db)
    ]
    assert tags and tags[0]["storage_version"].startswith("v1.0")


def test_database_file_opens_in_duckdb_1x(two_releases: tuple[Path, Path]) -> None:
    """A real DuckDB 1.1 client (installed by uv into an isolated environment) reads the file."""
    db = release_file(two_releases[0], ".duckdb")
    code = (
        "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
        "print(duckdb.__version__, c.execute('SELECT count(*) FROM events').fetchone()[0])"
    )
    r = subprocess.run(
        [
            "uv",
            "run",
            "--isolated",
            "--no-project",
            "--python",
            sys.executable,
            "--with",
            "duckdb==1.1.3",
            "python",
            "-c",
            code,
            str(db),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    version, count = r.stdout.split()
    assert version.startswith("1.1") and int(count) > 0




