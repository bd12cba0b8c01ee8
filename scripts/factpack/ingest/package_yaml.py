"""`<seeds>/package.yaml`: the package's name, version and metadata, checked like a sidecar.

Required: `name` (a safe file stem: it names the release files) and `version`
(MAJOR.MINOR.PATCH). Optional keys are checked for type; dates may be quoted or not.
`factpack init DIR` writes TEMPLATE, a commented file to fill in.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from factpack.errors import InputError
from factpack.ingest.sources import _SidecarLoader, _yaml_problem, check_strings

FILE = "package.yaml"
NAME_RE = re.compile(r"[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?")
VERSION_RE = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
STRING_KEYS = ("title", "description", "attribution")
LIST_KEYS = {  # key -> (allowed keys of each item, required keys)
    "licenses": ({"name", "path", "title"}, {"name"}),
    "contributors": ({"title", "roles", "email", "path", "organization"}, {"title"}),
    "sources": ({"title", "path", "email"}, {"title"}),
}
KEYS = {"name", "version", "created", *STRING_KEYS, *LIST_KEYS}

TEMPLATE = """\
# Metadata of the data package built from this seeds folder (factpack build / release).
# Every document is a *.txt file in this folder, with an optional <same name>.yaml sidecar
# (published_date: YYYY-MM-DD, outlet, url, agency, title, language: en).

# name: lower-case letters, digits, `-`, `_` and `.`; it names the release files
# (dist/<name>-<version>.zip), so it cannot hold `/` or spaces.
name: {name}
title: "{title}"
# version: MAJOR.MINOR.PATCH of the data (README, 'Versions and releases'); set it here only.
version: 0.1.0
# created: the release date, YYYY-MM-DD (or YYYY-MM-DDTHH:MM:SSZ); set it when you bump the version.
created: {today}
description: >-
  What the package holds, which sources it was built from and for what purpose.
licenses:
  - name: CC-BY-4.0
    path: https://creativecommons.org/licenses/by/4.0/
    title: Creative Commons Attribution 4.0 (the structured data, not the quoted excerpts)
contributors:
  - title: your name or organisation
    roles: [creator]
sources:
  - title: "the outlets or wire services the articles come from"
attribution: >-
  Quoted excerpts (evidence, claim_text, title) remain the copyright of their publishers.
"""


def template(folder: Path, today: dt.date | None = None) -> str:
    """TEMPLATE filled with a name derived from the folder's name and today's date."""
    stem = re.sub(r"[^a-z0-9._-]+", "-", Path(folder).resolve().name.lower()).strip("-._") or "my-package"
    stem = stem if NAME_RE.fullmatch(stem) else "my-package"
    return TEMPLATE.format(name=stem, title=f"Events, actors and claims: {stem}",
                           today=(today or dt.date.today()).isoformat())


def write_template(folder: Path) -> Path:
    """Write `<folder>/package.yaml` (the folder is created); refuse to overwrite one."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(folder, "exists and is not a folder")
    path = folder / FILE
    if path.exists() or path.is_symlink():
        raise InputError(path, "already exists; edit it (factpack init never overwrites a file)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(template(folder))
    except OSError as e:
        raise InputError(path, f"cannot write ({e.strerror})") from None
    return path


def _created(path: Path, value: object) -> str:
    """`created` as an ISO date-time string (a plain date becomes midnight UTC)."""
    if isinstance(value, dt.datetime):
        value = value.isoformat()
    if isinstance(value, dt.date):
        return f"{value.isoformat()}T00:00:00Z"
    if isinstance(value, str):
        text = value.strip()
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                return f"{dt.date.fromisoformat(text).isoformat()}T00:00:00Z"
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})", text):
                dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
                return text
        except ValueError:
            pass
    raise InputError(path, f"created {value!r} is not a date (YYYY-MM-DD) or a date and time "
                     "(YYYY-MM-DDTHH:MM:SSZ)")


def _check_list(path: Path, key: str, value: object) -> None:
    allowed, required = LIST_KEYS[key]
    if not isinstance(value, list):
        raise InputError(path, f"{key} must be a list of mappings (`- {sorted(required)[0]}: …`)")
    for i, item in enumerate(value, 1):
        if not isinstance(item, dict):
            raise InputError(path, f"{key} item {i} must be a mapping, not {type(item).__name__}")
        unknown = sorted(set(map(str, item)) - allowed)
        if unknown:
            raise InputError(path, f"{key} item {i}: unknown key(s) {', '.join(unknown)}; "
                             f"allowed: {', '.join(sorted(allowed))}")
        missing = sorted(required - set(item))
        if missing:
            raise InputError(path, f"{key} item {i}: missing {', '.join(missing)}")
        for k, v in item.items():
            ok = (isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v)) if k == "roles" \
                else isinstance(v, str) and v.strip()
            if not ok:
                raise InputError(path, f"{key} item {i}: {k} must be a non-empty "
                                 f"{'list of strings' if k == 'roles' else 'string'}")


def read_package_yaml(seeds_dir: Path) -> dict[str, Any]:
    """The checked metadata of `<seeds_dir>/package.yaml` (only the keys it sets)."""
    path = Path(seeds_dir) / FILE
    if not path.exists():
        if (Path(seeds_dir) / "package.yml").exists():
            raise InputError(Path(seeds_dir) / "package.yml", f"must be named {FILE}; rename it")
        raise InputError(path, f"missing: every seeds folder needs one (name, version, licence); "
                         f"create a commented template with `factpack init {seeds_dir}`")
    try:
        meta = yaml.load(path.read_bytes().decode("utf-8"), Loader=_SidecarLoader)
    except UnicodeDecodeError as e:
        raise InputError(path, f"not valid UTF-8 (byte at offset {e.start}); re-save it as UTF-8") from None
    except yaml.YAMLError as e:
        raise InputError(path, f"not valid YAML: {_yaml_problem(e)}") from None
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror})") from None
    if not isinstance(meta, dict):
        raise InputError(path, f"must be a YAML mapping of keys to values (name: …, version: …), "
                         f"not {'an empty file' if meta is None else type(meta).__name__}")
    check_strings(path, meta)
    unknown = sorted(map(str, set(meta) - KEYS))
    if unknown:
        raise InputError(path, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(KEYS))}")
    for key in ("name", "version"):
        if meta.get(key) is None:
            raise InputError(path, f"{key} is missing")
    name = meta["name"]
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        raise InputError(path, f"name {name!r} is not a safe file stem: lower-case letters, digits, "
                         "`-`, `_`, `.` (it names dist/<name>-<version>.zip)")
    version = meta["version"]
    if not isinstance(version, str) or not VERSION_RE.fullmatch(version):
        raise InputError(path, f"version {version!r} is not MAJOR.MINOR.PATCH (e.g. 1.2.0; quote it "
                         "if YAML reads it as a number)")
    if "created" in meta:
        meta["created"] = _created(path, meta["created"])
    for key in STRING_KEYS:
        v = meta.get(key)
        if key in meta and not (isinstance(v, str) and v.strip()):
            raise InputError(path, f"{key} must be a non-empty string (or leave it out)")
    for key in LIST_KEYS:
        if key in meta:
            _check_list(path, key, meta[key])
    return meta
