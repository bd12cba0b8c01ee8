"""The sample dataset (seeds/): the committed package and release are what a fresh build gives."""


from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
from factpack.paths import ROOT
from factpack.publish.loaders import load_package
from factpack.publish.queries import readme_block

from tests.gitfiles import git_ls, git_show
from tests.releases import release_file


def test_committed_package_equals_fresh_build(seed_package: Path) -> None:
    """datapackage/ as committed in git (not as the working tree has it) equals a fresh build."""
    fresh = sorted(p.relative_to(seed_package).as_posix() for p in seed_package.rglob("*") if p.is_file())
    committed = git_ls("datapackage")
    assert fresh == committed
    for rel in fresh:
        assert (seed_package / rel).read_bytes() == git_show(f"datapackage/{rel}"), (
            f"datapackage/{rel} is stale: run `factpack build` and commit"
        )


def test_seed_source_metadata(seed_package: Path) -> None:
    src = load_package(seed_package)["sources"].iloc[0]
    assert src["agency"] == "AFP" and src["dateline"] == "WASHINGTON"
    assert pd.isna(src["outlet"]) and pd.isna(src["url"])
    assert src["title"].startswith("Trump confirms a call")


def test_readme_shows_the_real_query_output(seed_package: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_block(seed_package) in readme, "run `uv run python -m factpack.publish.queries`"


def test_committed_release_is_rebuilt_byte_identically(two_releases: tuple[Path, Path]) -> None:
    """The zip committed in dist/ for the current version equals a fresh release."""
    fresh = release_file(two_releases[0], ".zip")
    committed = git_show(f"dist/{fresh.name}")
    assert hashlib.sha256(committed).hexdigest() == hashlib.sha256(fresh.read_bytes()).hexdigest()
