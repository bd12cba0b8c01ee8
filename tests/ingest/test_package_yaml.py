"""Issue 12 finding 5 and issue 14 item 6: package.yaml is required and checked; `factpack
init DIR` writes a commented template that builds as it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from factpack.cli import main
from factpack.errors import InputError
from factpack.ingest.package_yaml import read_package_yaml, template
from factpack.ingest.sources import detect_language, wide_encoding

from tests.pipeline.test_bad_inputs import ARTICLE, SIDECAR


def test_init_writes_a_template_that_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "My Seeds"
    assert main(["init", str(seeds)]) == 0
    text = (seeds / "package.yaml").read_text(encoding="utf-8")
    assert text.count("\n# ") >= 4  # commented
    meta = read_package_yaml(seeds)
    assert meta["name"] == "my-seeds" and meta["version"] == "0.1.0"
    assert meta["created"] == f"{dt.date.today().isoformat()}T00:00:00Z"
    (seeds / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "a.yaml").write_text(SIDECAR, encoding="utf-8")
    assert main(["build", "--no-cache", "--seeds", str(seeds), "--out", str(tmp_path / "pkg")]) == 0


def test_init_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "package.yaml").write_text("name: mine\nversion: 3.1.4\n")
    assert main(["init", str(tmp_path)]) == 2
    assert "package.yaml: already exists" in capsys.readouterr().err
    assert (tmp_path / "package.yaml").read_text() == "name: mine\nversion: 3.1.4\n"


def test_template_name_is_always_a_safe_stem() -> None:
    for folder in ("Ünïcödé seeds", "...", "a/b", "x" * 300):
        meta = yaml.safe_load(template(Path("/tmp") / folder, dt.date(2025, 1, 2)))
        assert meta["name"] and "/" not in meta["name"] and len(meta["name"]) <= 100


@pytest.mark.parametrize(
    "created, stored",
    [
        ("2026-11-26", "2026-11-26T00:00:00Z"),
        ('"2026-11-26"', "2026-11-26T00:00:00Z"),
        ('"2026-11-26T00:00:00Z"', "2026-11-26T00:00:00Z"),
        ("2026-11-26T10:00:00Z", "2026-11-26T10:00:00Z"),
    ],
)
def test_created_quoted_or_not(tmp_path: Path, created: str, stored: str) -> None:
    (tmp_path / "package.yaml").write_text(f"name: a\nversion: 1.0.0\ncreated: {created}\n")
    assert read_package_yaml(tmp_path)["created"] == stored


@pytest.mark.parametrize(
    "body, problem",
    [
        ("name: a\nversion: 1.0.0\ncreated: 2026-02-30\n", "created '2026-02-30' is not a date"),
        ("name: a\nversion: 1.0.0\ncreated: yesterday\n", "is not a date"),
        ("name: A B\nversion: 1.0.0\n", "is not a safe file stem"),
        ("name: ../x\nversion: 1.0.0\n", "is not a safe file stem"),
        ("name: a\n", "version is missing"),
        ("version: 1.0.0\n", "name is missing"),
        ("name: a\nversion: 1.0.0\ntitle: [x]\n", "title must be a non-empty string"),
        (
            "name: a\nversion: 1.0.0\ncontributors: [{title: x, roles: creator}]\n",
            "roles must be a non-empty list",
        ),
        ("name: a\nversion: 1.0.0\nlicences: []\n", "unknown key(s) licences"),
        ("", "not an empty file"),
    ],
)
def test_bad_package_yaml(tmp_path: Path, body: str, problem: str) -> None:
    (tmp_path / "package.yaml").write_text(body)
    with pytest.raises(InputError, match="package.yaml") as e:
        read_package_yaml(tmp_path)
    assert problem in str(e.value)


def test_package_yml_is_named(tmp_path: Path) -> None:
    (tmp_path / "package.yml").write_text("name: a\nversion: 1.0.0\n")
    with pytest.raises(InputError, match="package.yml: must be named package.yaml"):
        read_package_yaml(tmp_path)


def test_wide_encodings_are_named() -> None:
    text = ARTICLE
    assert wide_encoding(text.encode("utf-8")) is None
    assert wide_encoding("é".encode() * 50) is None
    assert wide_encoding(text.encode("utf-16")) == "UTF-16LE (byte-order mark)"
    assert wide_encoding(text.encode("utf-16-le")) == "UTF-16LE"
    assert wide_encoding(text.encode("utf-16-be")) == "UTF-16BE"
    assert wide_encoding(text.encode("utf-32-be")) == "UTF-32BE"
    assert wide_encoding(text.encode("utf-32")) == "UTF-32LE (byte-order mark)"


def test_language_heuristic() -> None:
    assert detect_language(ARTICLE * 3) is None
    assert detect_language(
        "Le gouvernement a annoncé que les soldats de la garde sont arrivés dans "
        "la ville pour une mission de paix et que le ministre est au courant de "
        "la situation sur le terrain."
    ) == ("fr", "French")
    assert detect_language(
        "Die Regierung hat mitgeteilt, dass die Soldaten in der Stadt sind und "
        "dass der Minister nicht mit den Rebellen sprechen wird, auch nicht nach "
        "dem Angriff auf die Grenze."
    ) == ("de", "German")
    assert detect_language("Short text.") is None  # too short to tell
