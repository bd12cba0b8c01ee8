"""Shared fixtures: packages built once per test session from real inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factpack.build import build
from factpack.paths import ROOT, SEEDS

DEV_ARTICLES = ROOT / "tests" / "dev" / "articles"


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
    return d


@pytest.fixture(scope="session")
def dev_package(dev_seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("devpkg") / "datapackage"
    build(dev_seeds, out)
    return out
