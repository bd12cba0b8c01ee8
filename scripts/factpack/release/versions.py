"""The versioning policy `factpack release` enforces (README, "Versions and releases").

Data versions are MAJOR.MINOR.PATCH: major for a breaking schema change, minor for new
sources, rows or columns, patch for corrections. A release is compared with the previous
one in dist/ (the highest version below it) and refused when its version understates the
change. Re-releasing a version already in dist/ is a rebuild and must not change the data.
"""

from __future__ import annotations

import re
from pathlib import Path

from factpack.errors import FactpackError
from factpack.release.diff import LEVELS, PackageDiff

Version = tuple[int, int, int]
VERSION_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class VersionError(FactpackError):
    """The version in package.yaml does not match the change against the previous release."""


def parse_version(text: str) -> Version | None:
    m = VERSION_RE.match(str(text))
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def vstr(v: Version) -> str:
    return ".".join(map(str, v))


def releases(dist: Path, name: str) -> dict[Version, Path]:
    """Release zips of package `name` in `dist`, by version."""
    out: dict[Version, Path] = {}
    if not dist.is_dir():
        return out
    prefix = f"{name}-"
    for p in dist.glob(f"{name}-*.zip"):
        v = parse_version(p.stem[len(prefix) :]) if p.stem.startswith(prefix) else None
        if v is not None and p.is_file():
            out[v] = p
    return out


def previous_release(dist: Path, name: str, version: Version) -> tuple[Version, Path] | None:
    """The highest release in `dist` with a version lower than `version`."""
    lower = [v for v in releases(dist, name) if v < version]
    return (max(lower), releases(dist, name)[max(lower)]) if lower else None


def bump_level(old: Version, new: Version) -> str | None:
    """How big a step `new` is from `old`: major, minor, patch (None: not higher)."""
    if new <= old:
        return None
    if new[0] != old[0]:
        return "major"
    if new[1] != old[1]:
        return "minor"
    return "patch"


def minimum_version(old: Version, level: str) -> Version:
    if level == "major":
        return (old[0] + 1, 0, 0)
    if level == "minor":
        return (old[0], old[1] + 1, 0)
    return (old[0], old[1], old[2] + 1)


def _reasons(diff: PackageDiff, level: str, at_most: int = 8) -> str:
    found = [text for lv, text in diff.changes() if lv == level]
    more = f"; and {len(found) - at_most} more" if len(found) > at_most else ""
    return "; ".join(found[:at_most]) + more


def check_version(diff: PackageDiff, old: Version, new: Version) -> None:
    """Raise VersionError when `new` is too small a step from `old` for the changes found."""
    need = diff.level
    have = bump_level(old, new)
    if need is None or have is None:
        return
    if LEVELS.index(have) < LEVELS.index(need):
        raise VersionError(
            f"version {vstr(new)} understates the change from the previous release {vstr(old)}: "
            f"a {have} bump, but the changes need a {need} bump ({_reasons(diff, need)}). "
            f"Set version to {vstr(minimum_version(old, need))} or higher in package.yaml "
            f"(policy: README, 'Versions and releases'). Nothing was written."
        )


def check_rebuild(diff: PackageDiff, version: Version, archive: Path) -> None:
    """Raise VersionError when re-releasing `version` would change its data."""
    if diff.identical:
        return
    raise VersionError(
        f"version {vstr(version)} is already released ({archive}) and this build changes its "
        f"data ({_reasons(diff, diff.level or 'patch')}; `factpack diff` lists every change). "
        f"A release is never changed after publication: raise the version in package.yaml "
        f"(these changes need at least {vstr(minimum_version(version, diff.level or 'patch'))}). "
        f"Nothing was written."
    )
