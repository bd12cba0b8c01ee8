"""The sample dataset (seeds/): the committed package and release are what a fresh build gives."""


from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pandas as pd
from factpack.paths import ROOT
from factpack.publish.loaders import load_package
from factpack.publish.queries import readme_block

from tests.gitfiles import git_ls, git_show
from tests.releases import release_file

REBUILD = "run `uv run factpack release` and commit datapackage/, dist/ and CHANGELOG.md"


def without_provenance(rel: str, data: bytes) -> bytes:
    """A file as it would be with any code: datapackage.json without `x-provenance`, and the
    release notes without the lines that name the code (its hashes). Data files unchanged."""
    if rel.endswith("datapackage.json"):
        desc = json.loads(data)
        desc.pop("x-provenance", None)
        return json.dumps(desc, indent=1, sort_keys=True).encode()
    if rel.endswith("RELEASE_NOTES.md"):
        lines = data.decode("utf-8").splitlines()
        return "\n".join(ln for ln in lines if "code SHA-256" not in ln
                         and "git tree hashes" not in ln).encode()
    return data


def _zip_files(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_committed_package_equals_fresh_build(seed_package: Path) -> None:
    """datapackage/ as committed in git (not as the working tree has it) holds the data a fresh
    build gives: every file, the descriptor without `x-provenance` (see the next test)."""
    fresh = sorted(p.relative_to(seed_package).as_posix() for p in seed_package.rglob("*") if p.is_file())
    committed = git_ls("datapackage")
    assert fresh == committed, f"the package's files changed: {REBUILD}"
    for rel in fresh:
        got = without_provenance(rel, git_show(f"datapackage/{rel}"))
        assert without_provenance(rel, (seed_package / rel).read_bytes()) == got, (
            f"datapackage/{rel}: a fresh build gives other data. If the change is intended, {REBUILD}"
        )


def test_committed_provenance_is_current(seed_package: Path, two_releases: tuple[Path, Path]) -> None:
    """The committed package and release name the code that builds them today.

    Fails after any edit to scripts/ or schemas/, a comment included, while the data tests
    above still pass: the data did not change, only the record of which code made them."""
    fresh = json.loads((seed_package / "datapackage.json").read_bytes())["x-provenance"]
    committed = json.loads(git_show("datapackage/datapackage.json"))["x-provenance"]
    assert committed == fresh, f"x-provenance is stale (the code changed since the last build): {REBUILD}"
    z = release_file(two_releases[0], ".zip")
    assert git_show(f"dist/{z.name}") == z.read_bytes(), f"dist/{z.name} is stale: {REBUILD}"


def test_seed_source_metadata(seed_package: Path) -> None:
    src = load_package(seed_package)["sources"].iloc[0]
    assert src["agency"] == "AFP" and src["dateline"] == "WASHINGTON"
    assert pd.isna(src["outlet"]) and pd.isna(src["url"])
    assert src["title"].startswith("Trump confirms a call")


def test_readme_shows_the_real_query_output(seed_package: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_block(seed_package) in readme, "run `uv run python -m factpack.publish.queries`"


def test_committed_release_equals_fresh_release(two_releases: tuple[Path, Path]) -> None:
    """The zip committed in dist/ for the current version holds what a fresh release holds,
    up to the provenance (byte equality is part of the provenance test)."""
    fresh = release_file(two_releases[0], ".zip")
    committed = _zip_files(git_show(f"dist/{fresh.name}"))
    new = _zip_files(fresh.read_bytes())
    assert sorted(committed) == sorted(new), f"dist/{fresh.name} holds other files: {REBUILD}"
    for name in sorted(new):
        assert without_provenance(name, committed[name]) == without_provenance(name, new[name]), (
            f"dist/{fresh.name}: {name} differs from a fresh release. If intended, {REBUILD}"
        )
