"""Shared fixtures: packages built once per test session from real inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factpack.ingest.package_yaml import write_template
from factpack.paths import ROOT, SEEDS
from factpack.pipeline import build
from factpack.release.release import release

from tests.releases import earlier_releases

DEV_ARTICLES = ROOT / "tests" / "dev" / "articles"
HELDOUT_ARTICLES = ROOT / "tests" / "heldout" / "articles"


@pytest.fixture(scope="session")
def seed_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh build of seeds/ (the published dataset's inputs)."""
    out = tmp_path_factory.mktemp("seedpkg") / "datapackage"
    build(SEEDS, out)
    return out


@pytest.fixture(scope="session")
def dev_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeds folder holding the seed article and every dev-set article."""
    d = tmp_path_factory.mktemp("devseeds")
    for src in (SEEDS, DEV_ARTICLES):
        for p in sorted(src.glob("*.txt")):
            shutil.copy(p, d / p.name)
            if p.with_suffix(".yaml").exists():
                shutil.copy(p.with_suffix(".yaml"), d / p.with_suffix(".yaml").name)
    write_template(d)
    return d


@pytest.fixture(scope="session")
def dev_package(dev_seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("devpkg") / "datapackage"
    build(dev_seeds, out)
    return out


@pytest.fixture(scope="session")
def heldout_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the held-out articles (tests/heldout/articles), never used for tuning."""
    out = tmp_path_factory.mktemp("heldoutpkg") / "datapackage"
    build(HELDOUT_ARTICLES, out)
    return out


@pytest.fixture(scope="session")
def two_releases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    outs = []
    for i in (1, 2):
        base = tmp_path_factory.mktemp(f"rel{i}")
        seeds = base / "seeds"
        shutil.copytree(SEEDS, seeds)
        # The earlier releases, as in dist/: the version check and the release notes compare
        # with the previous one, so a fresh release equals the committed one only with them.
        (base / "dist").mkdir()
        for z in earlier_releases():
            shutil.copy(z, base / "dist" / z.name)
        release(seeds, base / "datapackage", base / "dist")
        outs.append(base / "dist")
    return outs[0], outs[1]
