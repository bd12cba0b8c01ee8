"""Issue 5: bad input never corrupts a release.

One test per row of the table "Bad input and how it is handled" in README.md. Each runs the
real command line (in-process through `factpack.cli.main`, or as a subprocess where the exit
code of the process itself matters) on a temporary seeds folder, and checks the exit code,
that the message names the file and the problem, and that nothing half-written remains: the
output folder is absent or byte-identical to the package built before, and no temporary
folder is left beside it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factpack.cli import main
from factpack.errors import InputError
from factpack.extract import reference as reference_mod
from factpack.extract.reference import load_reference
from factpack.ingest.sources import MAX_BYTES
from factpack.paths import REFERENCE
from factpack.pipeline import build
from factpack.publish.loaders import load_package

ARTICLE = (
    "Quake kills dozens in coastal province\n"
    "MANILA: A strong earthquake killed at least 37 people in the southern Philippines on "
    "Friday, officials said.\n"
    "“We are sending rescue teams to every town,” Interior Minister Juan Dela Cruz told "
    "reporters.\n"
    "The United Nations pledged $5 million in emergency aid, while Japan deployed a medical "
    "team.\n"
    "Residents accused the government of ignoring warnings. – AFP\n"
)
SIDECAR = "published_date: 2025-03-08\n"
CLI = [sys.executable, "-m", "factpack.cli"]


# --- helpers -------------------------------------------------------------------------------------

def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, by relative path."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def leftovers(out: Path) -> list[str]:
    """Temporary or old folders a build left beside `out`."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


PACKAGE_YAML = "name: bad-input-test\nversion: 1.0.0\n"


def make_seeds(folder: Path, files: dict[str, str | bytes], package_yaml: bool = True) -> Path:
    """A seeds folder holding `files` (and a minimal package.yaml unless `files` has one or
    `package_yaml` is False)."""
    folder.mkdir(parents=True, exist_ok=True)
    if package_yaml and "package.yaml" not in files:
        (folder / "package.yaml").write_text(PACKAGE_YAML, encoding="utf-8")
    for name, data in files.items():
        p = folder / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return folder


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package built from a good seeds folder: what a failed build must leave untouched."""
    base = tmp_path_factory.mktemp("published")
    seeds = make_seeds(base / "seeds", {"quake.txt": ARTICLE, "quake.yaml": SIDECAR})
    build(seeds, base / "pkg")
    return base / "pkg"


@pytest.fixture
def out(tmp_path: Path, published: Path) -> Path:
    """A copy of the published package in a fresh folder, as the target of a failing build."""
    target = tmp_path / "out" / "pkg"
    shutil.copytree(published, target)
    return target


def run_cli(capsys: pytest.CaptureFixture[str], seeds: Path, out: Path) -> tuple[int, str]:
    rc = main(["build", "--no-cache", "--seeds", str(seeds), "--out", str(out)])
    return rc, capsys.readouterr().err


def assert_untouched(out: Path, published: Path) -> None:
    assert snapshot(out) == snapshot(published), "the previous package was changed"
    assert leftovers(out) == [], "a temporary folder was left behind"


def assert_refused(rc: int, err: str, file: str, problem: str) -> None:
    assert rc == 2, err
    line = next((ln for ln in err.splitlines() if ln.startswith("error: ")), "")
    assert file in line and problem in line, err


# --- errors: the build stops, names the file and the problem, and changes nothing --------------

ERRORS = {
    # case: (files in the seeds folder, file named in the message, problem in the message)
    "empty file": ({"a.txt": b""}, "a.txt", "empty document"),
    "whitespace only": ({"a.txt": " \n\t\n  \n"}, "a.txt", "empty document"),
    "not UTF-8 (Latin-1)": (
        {"a.txt": "Café owner in Zürich said prices rose.\n".encode("latin-1")},
        "a.txt", "not valid UTF-8 (byte 0xe9 at offset 3)",
    ),
    "sidecar YAML does not parse": (
        {"a.txt": ARTICLE, "a.yaml": "published_date: [2025-03-08\n"},
        "a.yaml", "sidecar is not valid YAML",
    ),
    "sidecar unknown key": (
        {"a.txt": ARTICLE, "a.yaml": SIDECAR + "author: Jane Doe\n"},
        "a.yaml", "unknown key(s) author",
    ),
    "published_date not a date": (
        {"a.txt": ARTICLE, "a.yaml": "published_date: last Tuesday\n"},
        "a.yaml", "published_date 'last Tuesday' is not a valid ISO date",
    ),
    "published_date impossible day": (
        {"a.txt": ARTICLE, "a.yaml": "published_date: 2025-02-30\n"},
        "a.yaml", "published_date '2025-02-30' is not a valid ISO date",
    ),
    "published_date in the future": (
        {"a.txt": ARTICLE, "a.yaml": "published_date: 2999-01-01\n"},
        "a.yaml", "published_date 2999-01-01 lies in the future",
    ),
    "url not a URL": (
        {"a.txt": ARTICLE, "a.yaml": SIDECAR + "url: www.example.com/story\n"},
        "a.yaml", "url 'www.example.com/story' is not an http(s) URL",
    ),
}


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_bad_input_is_refused(case: str, tmp_path: Path, out: Path, published: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    files, file, problem = ERRORS[case]
    seeds = make_seeds(tmp_path / "seeds", {"000_good.txt": ARTICLE, **files})
    rc, err = run_cli(capsys, seeds, out)
    assert_refused(rc, err, str(seeds / file), problem)
    assert_untouched(out, published)


def test_bad_input_without_a_previous_package_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": b""})
    target = tmp_path / "never" / "pkg"
    rc, err = run_cli(capsys, seeds, target)
    assert_refused(rc, err, str(seeds / "a.txt"), "empty document")
    assert not target.exists() and (not target.parent.exists() or leftovers(target) == [])


def test_binary_file_is_refused_by_the_real_cli(tmp_path: Path, out: Path, published: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"scan.txt": b"%PDF-1.7\n\x00\x01\x02binary\x00"})
    r = subprocess.run([*CLI, "build", "--no-cache", "--seeds", str(seeds), "--out", str(out)],
                       capture_output=True, text=True)
    assert_refused(r.returncode, r.stderr, str(seeds / "scan.txt"),
                   "binary file (contains NUL bytes)")
    assert "Traceback" not in r.stderr
    assert_untouched(out, published)


def test_20_mb_file_is_refused_quickly(tmp_path: Path, out: Path, published: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", {})
    body = "Troops killed 5 people in Bogota on Monday, officials said. The talks failed.\n"
    size = 20 * 1024 * 1024
    (seeds / "huge.txt").write_bytes(("Huge\n" + body * (size // len(body) + 1)).encode()[:size])
    t0 = time.perf_counter()
    r = subprocess.run([*CLI, "build", "--no-cache", "--seeds", str(seeds), "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert time.perf_counter() - t0 < 60
    assert_refused(r.returncode, r.stderr, str(seeds / "huge.txt"),
                   f"file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes")
    assert_untouched(out, published)


def test_symlink_outside_the_seeds_folder_is_refused(tmp_path: Path, out: Path, published: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(ARTICLE, encoding="utf-8")
    seeds = make_seeds(tmp_path / "seeds", {"000_good.txt": ARTICLE})
    os.symlink(secret, seeds / "link.txt")
    rc, err = run_cli(capsys, seeds, out)
    assert_refused(rc, err, str(seeds / "link.txt"), "symlink points outside the seeds folder")
    assert_untouched(out, published)


def test_symlinked_sidecar_outside_the_seeds_folder_is_refused(
        tmp_path: Path, out: Path, published: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(SIDECAR, encoding="utf-8")
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": ARTICLE})
    os.symlink(outside, seeds / "a.yaml")
    rc, err = run_cli(capsys, seeds, out)
    assert_refused(rc, err, str(seeds / "a.yaml"), "symlink points outside the seeds folder")
    assert_untouched(out, published)


@pytest.mark.parametrize("kind", ["folder", "broken symlink"])
def test_a_txt_that_is_not_a_file_is_refused(kind: str, tmp_path: Path, out: Path,
                                             published: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"000_good.txt": ARTICLE})
    if kind == "folder":
        (seeds / "odd.txt").mkdir()
    else:
        os.symlink("missing.txt", seeds / "odd.txt")
    rc, err = run_cli(capsys, seeds, out)
    assert_refused(rc, err, str(seeds / "odd.txt"),
                   "not a regular file" if kind == "folder" else "broken symlink")
    assert_untouched(out, published)


def test_missing_seeds_folder_is_refused_by_the_real_cli(tmp_path: Path, out: Path,
                                                         published: Path) -> None:
    seeds = tmp_path / "no-such-folder"
    r = subprocess.run([*CLI, "build", "--no-cache", "--seeds", str(seeds), "--out", str(out)],
                       capture_output=True, text=True)
    assert_refused(r.returncode, r.stderr, str(seeds), "seeds folder does not exist")
    assert_untouched(out, published)


def test_seeds_folder_without_documents_is_refused(tmp_path: Path, out: Path, published: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"notes.md": "not a source", "a.yaml": SIDECAR})
    rc, err = run_cli(capsys, seeds, out)
    assert_refused(rc, err, str(seeds), "no source documents (*.txt)")
    assert_untouched(out, published)


def test_out_folder_that_is_not_a_package_is_not_replaced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": ARTICLE})
    precious = tmp_path / "precious"
    make_seeds(precious, {"thesis.tex": "years of work"}, package_yaml=False)
    before = snapshot(precious)
    rc, err = run_cli(capsys, seeds, precious)
    assert_refused(rc, err, str(precious),
                   "holds files factpack did not write (thesis.tex); choose an empty folder")
    assert snapshot(precious) == before and leftovers(precious) == []


# --- reference data -----------------------------------------------------------------------------

def broken_reference(tmp_path: Path, file: str, edit) -> tuple[Path, int]:
    """A copy of schemas/reference with one row of `file` replaced by `edit(row)`."""
    ref = tmp_path / "reference"
    shutil.copytree(REFERENCE, ref)
    lines = (ref / file).read_text(encoding="utf-8").splitlines(keepends=True)
    n = 3  # the second data row
    lines[n - 1] = edit(lines[n - 1])
    (ref / file).write_text("".join(lines), encoding="utf-8")
    return ref, n


def test_reference_row_with_wrong_column_count(tmp_path: Path) -> None:
    ref, n = broken_reference(tmp_path, "countries.csv", lambda ln: ln.rstrip("\n") + ",extra\n")
    with pytest.raises(InputError) as e:
        load_reference(ref)
    assert e.value.path == str(ref / "countries.csv")
    assert f"line {n}: 7 columns, expected 6" in str(e.value)


def test_reference_row_with_invalid_enum(tmp_path: Path) -> None:
    def bad_type(ln: str) -> str:
        trigger, event_type, rest = ln.split(",", 2)
        return f"{trigger},EXPLODE,{rest}"

    ref, n = broken_reference(tmp_path, "event_lexicon.csv", bad_type)
    with pytest.raises(InputError) as e:
        load_reference(ref)
    assert e.value.path == str(ref / "event_lexicon.csv")
    assert f"line {n}: event_type 'EXPLODE' is not one of" in str(e.value)


def test_broken_reference_stops_the_cli_build(tmp_path: Path, out: Path, published: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ref, n = broken_reference(tmp_path, "organizations.csv",
                              lambda ln: ",".join(["Acme", "", "corporation", "", "x"]) + "\n")
    monkeypatch.setattr(reference_mod, "REFERENCE", ref)
    reference_mod.default_reference.cache_clear()
    try:
        seeds = make_seeds(tmp_path / "seeds", {"a.txt": ARTICLE})
        rc, err = run_cli(capsys, seeds, out)
    finally:
        reference_mod.default_reference.cache_clear()
    assert_refused(rc, err, str(ref / "organizations.csv"),
                   f"line {n}: actor_type 'corporation' is not one of")
    assert_untouched(out, published)


# --- warnings: recoverable oddities are normalised, reported, and the build goes on -------------

def build_ok(capsys: pytest.CaptureFixture[str], seeds: Path, out: Path) -> str:
    """Build through the CLI; return stderr (warnings). The summary must report the warnings."""
    rc = main(["build", "--no-cache", "--seeds", str(seeds), "--out", str(out)])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    assert (out / "datapackage.json").exists() and leftovers(out) == []
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    warned = sum(ln.startswith("warning: ") for ln in captured.err.splitlines())
    assert len(report["warnings"]) == warned
    assert f"warnings {warned} " in captured.out
    return captured.err


def stored_texts(seeds: Path, out: Path) -> dict[str, str]:
    """The stored (normalised) text of each source, checked against content_sha256."""
    src = load_package(out, categoricals=False)["sources"]
    texts = {}
    for r in src.itertuples():
        raw = (seeds / r.seed_file).read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == r.content_sha256
        texts[r.source_id] = text
    return texts


def assert_spans_reproduce_evidence(seeds: Path, out: Path) -> None:
    texts = stored_texts(seeds, out)
    t = load_package(out, categoricals=False)
    n = 0
    for name, col in (("events", "evidence"), ("claims", "evidence"), ("mentions", "text")):
        for r in t[name].itertuples():
            assert texts[r.source_id][r.char_start : r.char_end] == getattr(r, col)
            n += 1
    assert n > 5


@pytest.mark.parametrize("case", ["BOM", "CRLF"])
def test_bom_and_crlf_are_normalised_with_a_warning(case: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = (b"\xef\xbb\xbf" + ARTICLE.encode() if case == "BOM"
            else ARTICLE.replace("\n", "\r\n").encode())
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": data, "a.yaml": SIDECAR})
    out = tmp_path / "pkg"
    err = build_ok(capsys, seeds, out)
    message = ("UTF-8 byte-order mark removed" if case == "BOM"
               else "CRLF/CR line endings normalised to LF")
    assert f"warning: {seeds / 'a.txt'}: {message}" in err
    src = load_package(out, categoricals=False)["sources"].iloc[0]
    assert src["char_count"] == len(ARTICLE) and src["title"] == ARTICLE.split("\n")[0]
    assert_spans_reproduce_evidence(seeds, out)


def test_single_paragraph_has_no_headline(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    para = " ".join(ARTICLE.splitlines()[1:])
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": para + "\n", "a.yaml": SIDECAR})
    out = tmp_path / "pkg"
    err = build_ok(capsys, seeds, out)
    assert f"warning: {seeds / 'a.txt'}: no headline line found; title is null" in err
    src = load_package(out, categoricals=False)["sources"]
    assert src["title"].isna().all()
    assert len(load_package(out)["events"]) > 0


def test_single_100k_character_line_builds_in_bounded_time(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filler = "It was a long and quiet day in the old city, and the weather stayed mild. "
    event = "Troops from Colombia killed 5 people in Bogota on Monday, officials said. "
    unit = filler * 9 + event
    line = (unit * (100_000 // len(unit) + 1))[:100_000]
    seeds = make_seeds(tmp_path / "seeds", {"long.txt": "Long line\n" + line + "\n",
                                            "long.yaml": SIDECAR})
    out = tmp_path / "pkg"
    t0 = time.perf_counter()
    build_ok(capsys, seeds, out)
    assert time.perf_counter() - t0 < 60
    assert len(load_package(out)["events"]) > 50


@pytest.mark.parametrize("variant", ["identical", "different whitespace"])
def test_duplicate_article_is_skipped_with_a_warning(variant: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    second = ARTICLE if variant == "identical" else (
        ARTICLE.replace(" ", "  ").replace("\n", "\n\n").replace("people", "people\t"))
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": ARTICLE, "b.txt": second})
    out = tmp_path / "pkg"
    err = build_ok(capsys, seeds, out)
    assert f"warning: {seeds / 'b.txt'}: same text as a.txt (up to whitespace); skipped" in err
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert report["skipped_sources"] == [{
        "file": "b.txt", "reason": "same text as a.txt (up to whitespace); skipped",
        "duplicate_of": "a.txt"}]
    src = load_package(out, categoricals=False)["sources"]
    assert list(src["seed_file"]) == ["a.txt"]


@pytest.mark.parametrize("name", ["Manila quake report.txt", "séisme à Manille – 東京.txt"])
def test_file_names_with_spaces_or_non_ascii_are_accepted(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = make_seeds(tmp_path / "seeds", {name: ARTICLE,
                                            name.removesuffix(".txt") + ".yaml": SIDECAR})
    out = tmp_path / "pkg"
    build_ok(capsys, seeds, out)
    src = load_package(out, categoricals=False)["sources"]
    assert list(src["seed_file"]) == [name]
    assert src["published_date"].iloc[0].isoformat() == "2025-03-08"


def test_missing_published_date_is_a_warning(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": ARTICLE})
    out = tmp_path / "pkg"
    err = build_ok(capsys, seeds, out)
    assert f"warning: {seeds / 'a.txt'}: no published_date in sidecar" in err
    assert load_package(out, categoricals=False)["sources"]["published_date"].isna().all()
