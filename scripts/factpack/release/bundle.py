"""What a release archive holds besides the package folder: release notes, CITATION.cff,
the R loader and the static site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factpack.paths import ROOT
from factpack.publish.citation import citation_cff
from factpack.publish.site import site_files

R_LOADER = ROOT / "scripts" / "load_package.R"
SITE_DIR = "site"


def bundle_files(package_dir: Path, desc: dict[str, Any], notes: bytes) -> dict[str, bytes]:
    """Relative path inside the archive's folder -> bytes, for every file added to the package."""
    out = {
        "RELEASE_NOTES.md": notes,
        "CITATION.cff": citation_cff(desc),
        "load_package.R": R_LOADER.read_bytes(),
    }
    out.update({f"{SITE_DIR}/{rel}": data for rel, data in site_files(package_dir).items()})
    return out
