"""CHANGELOG.md entries and the release notes shipped inside each release archive.

Both are generated from the diff against the previous release, so a rebuild writes the
same text: the entry's date is the package's `created` date, not today's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from factpack.contract.schema import TABLE_ORDER
from factpack.release.diff import PackageDiff, summary_markdown
from factpack.release.versions import Version, parse_version, vstr

CHANGELOG_HEAD = """# Changelog

One entry per release of the data package, newest first. Versions follow the policy in
README.md ("Versions and releases"): major for a breaking schema change, minor for new
sources, rows or columns, patch for corrections. Each entry is written by `factpack release`
from the diff against the previous release (`factpack diff OLD NEW` lists every row); its
date is the package's `created` date, so rebuilding a release rewrites the same entry.
"""

ENTRY_RE = re.compile(r"^## (\d+\.\d+\.\d+)\b", re.M)


def release_date(desc: dict[str, Any]) -> str:
    return str(desc.get("created", ""))[:10]


def _counts(desc: dict[str, Any]) -> str:
    counts = desc.get("x-provenance", {}).get("row_counts", {})
    return ", ".join(f"{n} {counts[n]}" for n in TABLE_ORDER if n in counts)


def changes_body(desc: dict[str, Any], previous: Version | None, diff: PackageDiff | None) -> str:
    """What changed, as Markdown: the first release lists its row counts."""
    if previous is None or diff is None:
        return f"First release: {_counts(desc)} rows.\n"
    level = diff.level
    head = (
        f"Compared with {vstr(previous)}: no changes.\n"
        if level is None
        else f"Compared with {vstr(previous)}: the changes need a {level} version bump.\n"
    )
    return head + "\n" + summary_markdown(diff)


def changelog_entry(desc: dict[str, Any], previous: Version | None, diff: PackageDiff | None) -> str:
    return f"## {desc['version']} — {release_date(desc)}\n\n" + changes_body(desc, previous, diff)


def upsert_entry(text: str, version: str, entry: str) -> str:
    """Replace the entry for `version`, or insert it before the first older entry."""
    if not text.strip():
        text = CHANGELOG_HEAD
    entry = entry.rstrip("\n") + "\n"
    heads = list(ENTRY_RE.finditer(text))
    new_v = parse_version(version)
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        if m[1] == version:
            return text[: m.start()] + entry + ("\n" if end < len(text) else "") + text[end:]
        if new_v is not None and (parse_version(m[1]) or (0, 0, 0)) < new_v:
            return text[: m.start()] + entry + "\n" + text[m.start() :]
    return text.rstrip("\n") + "\n\n" + entry


def write_changelog(path: Path, version: str, entry: str) -> bytes:
    """The new CHANGELOG.md content (the caller writes it)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    return upsert_entry(old, version, entry).encode("utf-8")


def release_notes(desc: dict[str, Any], previous: Version | None, diff: PackageDiff | None) -> bytes:
    """RELEASE_NOTES.md, added to the release archive beside the package files."""
    name, version = desc["name"], desc["version"]
    prov = desc.get("x-provenance", {})
    trees = prov.get("code_git_trees", {})
    lines = [
        f"# {name} {version} — release notes",
        "",
        f"{desc.get('title', name)}. Released {release_date(desc)}.",
        "",
        f"## Changes since {vstr(previous)}" if previous else "## Changes",
        "",
        changes_body(desc, previous, diff).rstrip("\n"),
        "",
        "## Checking this release",
        "",
        f"- `sha256sum -c SHA256SUMS` beside `{name}-{version}.zip`, or "
        f"`factpack verify {name}-{version}.zip` (checksum, safe unpacking, full validation).",
        "- `factpack diff OLD.zip NEW.zip` lists every row added, removed or changed between two releases.",
        "",
        "## The code that made it",
        "",
        f"- factpack {prov.get('tool_version')}, code SHA-256 `{prov.get('code_sha256')}`.",
    ]
    if trees:
        lines.append(
            "- git tree hashes of the code: "
            + ", ".join(f"`{k}/` `{v}`" for k, v in sorted(trees.items()))
            + ". They equal `git rev-parse <commit>:scripts` (and `:schemas`) for every commit "
            "holding exactly this code."
        )
    lines.append("- Dependencies, sources and row counts: `x-provenance` in `datapackage.json`.")
    return ("\n".join(lines) + "\n").encode("utf-8")
