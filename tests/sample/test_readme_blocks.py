"""The README's generated blocks (citation, R loader summary, pandas dtypes) are current:
regenerate them with `uv run python -m factpack.publish.queries`."""

from __future__ import annotations

from pathlib import Path

from factpack.paths import ROOT
from factpack.publish.readme import BLOCKS, marker, render


def test_readme_generated_blocks_are_current(seed_package: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in BLOCKS:
        assert marker(name)[0] in readme, f"README.md has no {name} block"
    assert render(readme, seed_package) == readme, "run `uv run python -m factpack.publish.queries`"
