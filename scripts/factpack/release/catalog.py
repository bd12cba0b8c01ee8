"""dist/index.json: the catalogue of every release (version, created, files with SHA-256 and
size), and the rule that a new version's `created` date is later than the previous one's."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from factpack.errors import FactpackError
from factpack.release.versions import Version, VersionError, parse_version, releases, vstr

INDEX = "index.json"
KINDS = {".zip": "package", ".duckdb": "database"}


def zip_descriptor(path: Path) -> dict[str, Any]:
    """datapackage.json of a release zip, read without unpacking it."""
    try:
        with zipfile.ZipFile(path) as zf:
            name = next(n for n in zf.namelist() if n.count("/") == 1 and n.endswith("/datapackage.json"))
            return json.loads(zf.read(name).decode("utf-8"))
    except (zipfile.BadZipFile, StopIteration, OSError, ValueError) as e:
        raise FactpackError(f"{path}: cannot read its datapackage.json ({e})") from None


def file_entry(name: str, path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    return {
        "name": name,
        "kind": KINDS[Path(name).suffix],
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def catalog(dist: Path, name: str, pending: dict[str, Path] | None = None) -> dict[str, Any]:
    """The catalogue of the releases of `name` in `dist`; `pending` maps final file names to
    temporary files not yet renamed into place (as for SHA256SUMS)."""
    files = (
        {p.name: p for p in dist.iterdir() if p.is_file() and not p.name.startswith(".")}
        if dist.is_dir()
        else {}
    )
    files.update(pending or {})
    versions: dict[Version, dict[str, Any]] = {}
    for fname, path in files.items():
        stem, suffix = fname.rsplit(".", 1) if "." in fname else (fname, "")
        v = parse_version(stem[len(name) + 1 :]) if stem.startswith(name + "-") else None
        if v is None or f".{suffix}" not in KINDS:
            continue
        entry = versions.setdefault(v, {"version": vstr(v), "files": []})
        entry["files"].append(file_entry(fname, path))
        if suffix == "zip":
            entry["created"] = zip_descriptor(path).get("created")
    out = []
    for v in sorted(versions, reverse=True):
        e = versions[v]
        e["files"].sort(key=lambda f: f["name"])
        out.append({"version": e["version"], "created": e.get("created"), "files": e["files"]})
    return {"name": name, "latest": out[0]["version"] if out else None, "releases": out}


def catalog_bytes(cat: dict[str, Any]) -> bytes:
    return (json.dumps(cat, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _instant(created: str) -> dt.datetime | None:
    """`created` (YYYY-MM-DD or an ISO date-time with a zone) as an aware UTC date-time."""
    try:
        t = dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.replace(tzinfo=dt.UTC) if t.tzinfo is None else t.astimezone(dt.UTC)


def check_created(desc: dict[str, Any], prev: tuple[Version, Path] | None) -> None:
    """Raise VersionError when a new version's `created` is not later than the previous release's
    (compared as instants: a second release on the same day needs a later time of day)."""
    if prev is None:
        return
    old = str(zip_descriptor(prev[1]).get("created", ""))
    new = str(desc.get("created", ""))
    t_old, t_new = _instant(old), _instant(new)
    later = t_new > t_old if t_old is not None and t_new is not None else new[:10] > old[:10]
    if not later:
        raise VersionError(
            f"version {desc['version']} has created {new!r}, not later than the previous release "
            f"{vstr(prev[0])} ({old!r}). Set `created` in package.yaml to the release date "
            f"(after {old[:10]}, e.g. today's date; a second release on {old[:10]} gives a time "
            f"after {old[11:] or '00:00:00Z'}, e.g. {old[:10]}T12:00:00Z). Nothing was written."
        )


__all__ = ["INDEX", "catalog", "catalog_bytes", "check_created", "releases"]
