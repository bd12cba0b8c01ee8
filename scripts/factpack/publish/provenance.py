"""Provenance recorded inside the package: tool, code and dependency versions, sources, counts."""

from __future__ import annotations

import fnmatch
import hashlib
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePosixPath

import pandas as pd

from factpack.extract.document import EXTRACTION_VERSION
from factpack.extract.reference import Reference
from factpack.paths import ROOT

DEPENDENCIES = ("frictionless", "pandas", "pyarrow", "pandera", "duckdb")


def _version(pkg: str) -> str | None:
    try:
        return version(pkg)
    except PackageNotFoundError:
        return None


def code_sha256() -> str:
    """SHA-256 over the pipeline code and the schemas, so a package names the code that made it."""
    h = hashlib.sha256()
    for folder in ("scripts", "schemas"):
        for p in sorted((ROOT / folder).rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix in {".py", ".yaml", ".csv", ".md"}:
                h.update(p.relative_to(ROOT).as_posix().encode())
                h.update(b"\0")
                h.update(p.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()


# --- git tree hashes of the code ---------------------------------------------------------------
# A package cannot name the commit that contains it (the commit is made after the build), and
# anything that depends on the state of a checkout (commit, "dirty") would make a fresh build
# differ from the committed package. What it can name reproducibly is the code's content as
# git hashes it: the tree hash of scripts/ and of schemas/, computed here from the files
# (no git needed). It equals `git rev-parse <commit>:scripts` for every commit holding
# exactly this code, and matches no commit when the code was not committed.


def _ignore_patterns(root: Path) -> list[str]:
    path = root / ".gitignore"
    if not path.exists():
        return []
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in lines if ln and not ln.startswith(("#", "!"))]


def _ignored(rel: PurePosixPath, is_dir: bool, patterns: list[str]) -> bool:
    """Whether a path (relative to the repository root) matches the root .gitignore."""
    for pat in patterns:
        dir_only = pat.endswith("/")
        pat = pat.rstrip("/")
        if dir_only and not is_dir:
            continue
        if "/" in pat:  # anchored at the repository root
            if fnmatch.fnmatchcase(rel.as_posix(), pat.lstrip("/")):
                return True
        elif fnmatch.fnmatchcase(rel.name, pat):
            return True
    return False


def _git_object(kind: str, data: bytes) -> bytes:
    return hashlib.sha1(f"{kind} {len(data)}\0".encode() + data).digest()


def git_tree_hash(folder: Path, root: Path = ROOT) -> str | None:
    """The hash git gives the tree of `folder` as it would commit it (None: nothing to commit)."""
    patterns = _ignore_patterns(root)

    def tree(d: Path) -> bytes | None:
        entries = []
        for p in d.iterdir():
            rel = PurePosixPath(p.relative_to(root).as_posix())
            if p.is_symlink():
                if _ignored(rel, False, patterns):
                    continue
                entries.append((p.name, "120000", _git_object("blob", os.readlink(p).encode())))
            elif p.is_dir():
                if p.name == ".git" or _ignored(rel, True, patterns):
                    continue
                sub = tree(p)
                if sub is not None:  # git has no empty trees
                    entries.append((p.name + "/", "40000", sub))
            elif p.is_file() and not _ignored(rel, False, patterns):
                data = p.read_bytes()
                if b"\0" not in data:  # text: git stores LF line ends (text=auto eol=lf)
                    data = data.replace(b"\r\n", b"\n")
                mode = "100755" if os.stat(p).st_mode & 0o100 else "100644"
                entries.append((p.name, mode, _git_object("blob", data)))
        if not entries:
            return None
        body = b"".join(
            f"{mode} {name.rstrip('/')}".encode() + b"\0" + digest
            for name, mode, digest in sorted(entries, key=lambda e: e[0].encode())
        )
        return _git_object("tree", body)

    digest = tree(folder) if folder.is_dir() else None
    return digest.hex() if digest is not None else None


def code_git_trees() -> dict[str, str | None]:
    return {folder: git_tree_hash(ROOT / folder) for folder in ("scripts", "schemas")}


def provenance(sources: pd.DataFrame, counts: dict[str, int], ref: Reference) -> dict:
    return {
        "tool": "factpack",
        "tool_version": _version("factpack"),
        "code_sha256": code_sha256(),
        "code_git_trees": code_git_trees(),
        "extraction_version": EXTRACTION_VERSION,
        "reference_data_sha256": ref.version,
        "dependencies": {d: _version(d) for d in DEPENDENCIES},
        "sources": [
            {
                "source_id": r.source_id,
                "seed_file": r.seed_file,
                "sha256": r.content_sha256,
                "char_count": int(r.char_count),
            }
            for r in sources.itertuples()
        ],
        "row_counts": counts,
    }
