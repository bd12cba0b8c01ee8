"""Read files as committed (HEAD), so that tests compare builds with what is in git."""

from __future__ import annotations

import subprocess

from factpack.paths import ROOT


def _git(*args: str) -> bytes:
    r = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True)
    if r.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed (tests need a git checkout): {r.stderr.decode()}")
    return r.stdout


def git_show(path: str) -> bytes:
    return _git("show", f"HEAD:{path}")


def git_ls(folder: str) -> list[str]:
    out = _git("ls-tree", "-r", "--name-only", "HEAD", folder).decode().splitlines()
    return sorted(p.removeprefix(folder + "/") for p in out)
