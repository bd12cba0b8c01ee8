"""Issue 5: reading a package or a release archive never touches files outside it.

`factpack validate` on a descriptor whose resource paths are absolute, climb out with `..`,
are URLs or links out of the folder: a clear error, a non-zero exit, and (checked with an
audit hook in the CLI process) no file outside the package opened and no network used.
`factpack.release.archive.safe_extract` refuses archives with unsafe entries before writing anything.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from factpack.errors import FactpackError
from factpack.release.archive import UnsafeArchiveError, safe_extract
from factpack.release.release import zip_bytes

# --- factpack validate ----------------------------------------------------------------------------

AUDIT_RUNNER = textwrap.dedent("""
    import contextlib, io, json, os, sys
    outside, cases = sys.argv[1], json.loads(sys.argv[2])
    touched = []

    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            p = os.path.realpath(os.fsdecode(args[0]))
            if p.startswith(outside):
                touched.append(p)
        elif event.startswith("socket.") and event != "socket.__new__":
            touched.append(event)

    sys.addaudithook(hook)
    from factpack.cli import main
    results = {}
    for name, folder in cases.items():
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            rc = main(["validate", folder])
        results[name] = {"rc": rc, "err": err.getvalue(), "touched": touched[:]}
        touched.clear()
    print(json.dumps(results))
""")


def _bad_path_cases(secret: Path) -> dict[str, object]:
    """Resource paths that point out of the package, by case name (`..` ones set per package)."""
    return {
        "absolute path": str(secret),
        "dot-dot": None,
        "dot-dot inside a path": None,
        "URL": "https://example.com/events.csv",
        "file URL": f"file://{secret}",
        "Windows drive": "C:/data/events.csv",
        "symlink out of the package": "data/link.csv",
        "list of paths": ["data/events.csv", str(secret)],
        "empty path": "",
        "the package folder itself": ".",
    }


def test_validate_refuses_resource_paths_outside_the_package(seed_package: Path,
                                                             tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.csv"
    secret.parent.mkdir()
    secret.write_text("event_id\nsecret\n", encoding="utf-8")
    cases: dict[str, str] = {}
    for i, (name, path) in enumerate(_bad_path_cases(secret).items()):
        pkg = tmp_path / f"c{i}" / "pkg"
        shutil.copytree(seed_package, pkg)
        if name == "symlink out of the package":
            os.symlink(secret, pkg / "data" / "link.csv")
        if name == "dot-dot":
            path = os.path.relpath(secret, pkg)
        elif name == "dot-dot inside a path":
            path = "data/../" + os.path.relpath(secret, pkg)
        desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
        res = next(r for r in desc["resources"] if r["name"] == "events")
        res["path"] = path
        (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
        cases[name] = str(pkg)
    # control: a valid package inside the watched folder is read, so the audit hook sees it
    control = secret.parent / "control"
    shutil.copytree(seed_package, control)
    r = subprocess.run(
        [sys.executable, "-c", AUDIT_RUNNER, str(secret.parent.resolve()),
         json.dumps({**cases, "control": str(control)})],
        capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stderr
    results = json.loads(r.stdout.splitlines()[-1])
    ctl = results.pop("control")
    assert ctl["rc"] == 0 and any(p.endswith("events.csv") for p in ctl["touched"]), ctl
    for name, res in results.items():
        assert res["rc"] == 2, (name, res)
        assert res["err"].startswith(f"error: {cases[name]}: resource path "), (name, res)
        assert any(w in res["err"] for w in (
            "is not a relative path inside the package", "points outside the package",
            "resolves outside the package", "is not a relative file path", "is a folder",
        )), (name, res)
        assert "Traceback" not in res["err"]
        assert res["touched"] == [], (name, res)


def test_validate_refuses_a_descriptor_linked_from_outside(seed_package: Path,
                                                           tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_package, pkg)
    elsewhere = tmp_path / "elsewhere.json"
    (pkg / "datapackage.json").rename(elsewhere)
    os.symlink(elsewhere, pkg / "datapackage.json")
    r = subprocess.run([sys.executable, "-m", "factpack.cli", "validate", str(pkg)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "is a link to a file outside the package" in r.stderr


@pytest.mark.parametrize("desc", ["[1, 2]", '{"resources": {"path": "x"}}',
                                  '{"resources": ["data/events.csv"]}'])
def test_validate_refuses_a_descriptor_of_the_wrong_shape(desc: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    from factpack.cli import main

    (tmp_path / "datapackage.json").write_text(desc, encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 2
    assert "not a data package descriptor" in capsys.readouterr().err


# --- safe_extract -------------------------------------------------------------------------------

def make_zip(path: Path, entries: list[tuple[str, bytes, int | None]]) -> Path:
    """A zip whose entries are (name, data, Unix mode or None)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data, mode in entries:
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                info.create_system = 3
                info.external_attr = mode << 16
            zf.writestr(info, data)
    return path


GOOD = [("pkg/datapackage.json", b"{}", 0o644), ("pkg/data/events.csv", b"a\n1\n", None)]
BAD = {
    "absolute path": ("/tmp/evil.txt", b"x", None, "absolute path"),
    "backslash absolute": ("\\evil.txt", b"x", None, "backslash"),
    "Windows drive": ("C:/evil.txt", b"x", None, "absolute path"),
    "dot-dot": ("../evil.txt", b"x", None, "`..`"),
    "dot-dot inside": ("pkg/data/../../../evil.txt", b"x", None, "`..`"),
    "backslash dot-dot": ("pkg\\..\\..\\evil.txt", b"x", None, "backslash"),
    "symlink": ("pkg/link", b"/etc/passwd", stat.S_IFLNK | 0o777, "symbolic link"),
    "fifo": ("pkg/pipe", b"", stat.S_IFIFO | 0o644, "not a regular file"),
    "duplicate": ("pkg/datapackage.json", b"{}", None, "duplicate entry"),
    "case-duplicate": ("pkg/DATAPACKAGE.json", b"{}", None, "duplicate entry"),
    "zip bomb": ("pkg/zeros.bin", bytes(8 * 1024 * 1024), None, "compression ratio"),
}


def test_safe_extract_extracts_a_release_archive(seed_package: Path, tmp_path: Path) -> None:
    z = tmp_path / "rel.zip"
    z.write_bytes(zip_bytes(seed_package, "pkg-1.0.0"))
    files = safe_extract(z, tmp_path / "x")
    root = tmp_path / "x" / "pkg-1.0.0"
    want = (seed_package / "datapackage.json").read_bytes()
    assert (root / "datapackage.json").read_bytes() == want
    assert sorted(p.relative_to(root).as_posix() for p in files) == sorted(
        p.relative_to(seed_package).as_posix() for p in seed_package.rglob("*") if p.is_file())


def test_safe_extract_keeps_regular_entries_and_folders(tmp_path: Path) -> None:
    z = make_zip(tmp_path / "ok.zip", [("pkg/", b"", stat.S_IFDIR | 0o755), *GOOD])
    files = safe_extract(z, tmp_path / "x")
    assert [p.relative_to(tmp_path / "x").as_posix() for p in files] == [
        "pkg/datapackage.json", "pkg/data/events.csv"]
    assert (tmp_path / "x" / "pkg" / "data" / "events.csv").read_bytes() == b"a\n1\n"


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("case", sorted(BAD))
def test_safe_extract_refuses_unsafe_entries_and_writes_nothing(case: str, tmp_path: Path) -> None:
    name, data, mode, problem = BAD[case]
    z = make_zip(tmp_path / "bad.zip", [*GOOD, (name, data, mode)])
    target = tmp_path / "x"
    with pytest.raises(UnsafeArchiveError) as e:
        safe_extract(z, target)
    assert str(z) in str(e.value) and problem in str(e.value)
    assert not target.exists() or not any(target.rglob("*"))
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_safe_extract_limits_the_total_size(tmp_path: Path) -> None:
    z = make_zip(tmp_path / "big.zip", [("pkg/a.bin", os.urandom(4096), None)])
    with pytest.raises(UnsafeArchiveError, match="more than 1,000 bytes uncompressed"):
        safe_extract(z, tmp_path / "x", max_total_bytes=1000)


def test_safe_extract_does_not_write_through_a_symlink_in_the_target(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "x"
    target.mkdir()
    os.symlink(outside, target / "pkg")
    with pytest.raises(UnsafeArchiveError, match="is a symlink"):
        safe_extract(make_zip(tmp_path / "ok.zip", GOOD), target)
    assert list(outside.iterdir()) == []


def test_safe_extract_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "x"
    (target / "pkg").mkdir(parents=True)
    (target / "pkg" / "datapackage.json").write_bytes(b"mine")
    with pytest.raises(UnsafeArchiveError, match="already exists"):
        safe_extract(make_zip(tmp_path / "ok.zip", GOOD), target)
    assert (target / "pkg" / "datapackage.json").read_bytes() == b"mine"


@pytest.mark.parametrize("data", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_safe_extract_refuses_a_file_that_is_not_a_zip(data: bytes, tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(data)
    with pytest.raises(FactpackError, match="not a readable zip archive"):
        safe_extract(tmp_path / "x.zip", tmp_path / "x")


def test_safe_extract_reports_a_corrupt_entry_and_removes_what_it_wrote(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("pkg/a.txt", b"A" * 100)
        zf.writestr("pkg/b.txt", b"B" * 100)
    raw = bytearray(buf.getvalue())
    i = raw.rfind(b"B" * 100)
    raw[i : i + 5] = b"CCCCC"  # the CRC of pkg/b.txt no longer matches
    (tmp_path / "c.zip").write_bytes(bytes(raw))
    with pytest.raises(FactpackError, match="corrupt archive"):
        safe_extract(tmp_path / "c.zip", tmp_path / "x")
    assert not any(p.is_file() for p in (tmp_path / "x").rglob("*"))
