"""Provenance: per-source checksums and row counts are validated; the code is named by git
tree hashes computed from its content (reproducible, unlike a commit hash)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from factpack.contract.checks import validate_package
from factpack.publish.provenance import code_git_trees, git_tree_hash


def _edit_descriptor(pkg: Path, edit) -> None:
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    edit(desc)
    (pkg / "datapackage.json").write_text(json.dumps(desc, indent=2), encoding="utf-8")


def test_provenance_names_the_code_by_git_trees(seed_package: Path) -> None:
    desc = json.loads((seed_package / "datapackage.json").read_text(encoding="utf-8"))
    trees = desc["x-provenance"]["code_git_trees"]
    assert set(trees) == {"scripts", "schemas"}
    assert all(re.fullmatch(r"[0-9a-f]{40}", v) for v in trees.values())
    # the session's package was built by this code: the trees name it
    assert trees == code_git_trees()


def test_validate_checks_the_per_source_checksums(seed_package: Path, tmp_path: Path) -> None:
    pkg = Path(shutil.copytree(seed_package, tmp_path / "a"))
    _edit_descriptor(pkg, lambda d: d["x-provenance"]["sources"].append(
        dict(d["x-provenance"]["sources"][0], source_id="src_000000000000")))
    problems = [str(p) for p in validate_package(pkg)]
    assert any("x-provenance lists 2 source checksums for 1 source rows" in p for p in problems)

    pkg = Path(shutil.copytree(seed_package, tmp_path / "b"))
    _edit_descriptor(pkg, lambda d: d["x-provenance"]["sources"][0].update(sha256="0" * 64))
    problems = [str(p) for p in validate_package(pkg)]
    assert any("x-provenance records SHA-256 '000" in p for p in problems)


def test_validate_checks_x_row_count(seed_package: Path, tmp_path: Path) -> None:
    pkg = Path(shutil.copytree(seed_package, tmp_path / "c"))

    def bump(d: dict) -> None:
        next(r for r in d["resources"] if r["name"] == "claims_parquet")["x-row-count"] += 1
    _edit_descriptor(pkg, bump)
    problems = [str(p) for p in validate_package(pkg)]
    assert any(p.startswith("claims_parquet") and "x-row-count" in p for p in problems)


def test_git_tree_hash_equals_what_git_computes(tmp_path: Path) -> None:
    """Compared with real git on a scratch repository (not this project's)."""
    root = tmp_path / "repo"
    (root / "code" / "pkg" / "__pycache__").mkdir(parents=True)
    (root / "code" / "empty").mkdir()
    (root / ".gitignore").write_text("__pycache__/\n*.pyc\n*.egg-info/\n/build/\n")
    (root / ".gitattributes").write_text("* text=auto eol=lf\n")
    (root / "code" / "pkg" / "a.py").write_text("print('a')\n")
    (root / "code" / "pkg" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0junk")
    (root / "code" / "pkg-data.txt").write_text("sorted after pkg/ by git\n")
    (root / "code" / "crlf.txt").write_bytes(b"one\r\ntwo\r\n")
    (root / "code" / "bin.dat").write_bytes(b"\0\1\2\r\n")
    (root / "code" / "x.egg-info").mkdir()
    (root / "code" / "x.egg-info" / "PKG-INFO").write_text("ignored\n")
    run = (root / "code" / "run.sh")
    run.write_text("#!/bin/sh\necho hi\n")
    run.chmod(0o755)
    git = ["git", "-C", str(root), "-c", "core.autocrlf=false", "-c", "safe.directory=*"]
    subprocess.run([*git[:3], "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    tree = subprocess.run([*git, "write-tree"], check=True, capture_output=True,
                          text=True).stdout.strip()
    expected = subprocess.run([*git, "rev-parse", f"{tree}:code"], check=True, capture_output=True,
                              text=True).stdout.strip()
    assert git_tree_hash(root / "code", root) == expected
