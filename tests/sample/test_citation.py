"""CITATION.cff in the repository is the one `factpack release` writes for the committed package."""

from __future__ import annotations

import json

from factpack.paths import PACKAGE, ROOT
from factpack.publish.citation import citation_cff


def test_citation_file_matches_the_committed_package() -> None:
    desc = json.loads((PACKAGE / "datapackage.json").read_text(encoding="utf-8"))
    assert (ROOT / "CITATION.cff").read_bytes() == citation_cff(desc), "run `factpack release`"
