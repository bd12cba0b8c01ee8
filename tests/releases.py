"""Helpers for tests that compare fresh releases with the committed ones in dist/."""

from __future__ import annotations

from pathlib import Path

from factpack.paths import DIST, SEEDS
from factpack.publish.package import read_package_meta
from factpack.release.versions import parse_version, releases


def earlier_releases() -> list[Path]:
    meta = read_package_meta(SEEDS)
    version = parse_version(meta["version"])
    return [p for v, p in sorted(releases(DIST, meta["name"]).items()) if v < version]


def release_file(dist: Path, suffix: str) -> Path:
    """The release of the version in seeds/package.yaml."""
    meta = read_package_meta(SEEDS)
    p = dist / f"{meta['name']}-{meta['version']}{suffix}"
    assert p.is_file(), p
    return p
