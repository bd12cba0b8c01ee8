"""A second, wire-style article on the same story, for tests that add a source to seeds/."""

from __future__ import annotations

import shutil
from pathlib import Path

from factpack.paths import SEEDS

# Named to sort before the seed article, so it is read (and merged) first.
WIRE_NAME = "0000_wire_caracas_talks"

WIRE_TEXT = (
    "Venezuela's Maduro says ready for talks as US warships gather off coast\n"
    "CARACAS, Dec 2 (Reuters) - Venezuelan President Nicolas Maduro said on Tuesday he was "
    "ready to hold talks with the United States, a day after Washington deployed two more "
    "warships to the Caribbean.\n"
    "\"We want peace, not war. Venezuela will defend its sovereignty,\" Maduro told supporters "
    "at a rally in Caracas.\n"
    "US President Donald Trump said the United States would keep up pressure on the Venezuelan "
    "government.\n"
    "Colombia's foreign ministry accused Washington of threatening regional stability and "
    "called for dialogue.\n"
    "The US Treasury imposed sanctions on three Venezuelan officials on Monday, officials said.\n"
    "Brazil offered to mediate between the two governments. – Reuters\n"
)


def write_wire_article(folder: Path) -> Path:
    """Write the article and its metadata sidecar into `folder`; return the text's path."""
    txt = folder / f"{WIRE_NAME}.txt"
    txt.write_text(WIRE_TEXT, encoding="utf-8")
    (folder / f"{WIRE_NAME}.yaml").write_text(
        "published_date: 2025-12-02\nagency: Reuters\nlanguage: en\n", encoding="utf-8")
    return txt


def seeds_with_wire(folder: Path) -> Path:
    """A copy of seeds/ (package.yaml included) plus the wire article."""
    shutil.copytree(SEEDS, folder)
    write_wire_article(folder)
    return folder
