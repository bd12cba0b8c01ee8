"""The README shows the R loader script exactly as shipped (no R needed to check that)."""

from __future__ import annotations

import re

from factpack.paths import ROOT

SCRIPT = ROOT / "scripts" / "load_package.R"


def test_readme_shows_the_whole_script() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- r-loader:start[^\n]*-->\n```r\n(.*?)```\n<!-- r-loader:end -->",
                      readme, re.S)
    assert block, "README.md has no r-loader block"
    assert block[1] == SCRIPT.read_text(encoding="utf-8"), "copy scripts/load_package.R into README"
