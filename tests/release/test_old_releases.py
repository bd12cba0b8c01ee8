"""Releases made under an older contract (fewer tables, fewer columns) still verify and diff."""

from __future__ import annotations

from pathlib import Path

import pytest
from factpack.paths import DIST
from factpack.release.verify import verify_archive

OLD = sorted(p for p in DIST.glob("*-0.[12].0.*") if p.suffix in (".zip", ".duckdb"))


@pytest.mark.parametrize("archive", OLD, ids=[p.name for p in OLD])
def test_committed_releases_before_claim_links_still_verify(archive: Path) -> None:
    checks = verify_archive(archive)
    assert all(c.ok for c in checks), [c.what for c in checks if not c.ok]


def test_there_are_old_releases_to_check() -> None:
    assert len(OLD) == 4


def test_load_package_reads_an_old_release(tmp_path: Path) -> None:
    from factpack.publish.loaders import load_package
    from factpack.release.archive import safe_extract

    safe_extract(DIST / "us-venezuela-crisis-2025-0.2.0.zip", tmp_path)
    root = next(p.parent for p in tmp_path.rglob("datapackage.json"))
    t = load_package(root, categoricals=False)
    assert "claim_links" not in t and len(t["events"]) == 24
