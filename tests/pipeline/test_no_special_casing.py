"""No special-casing of the seed: the seed article with its people and places renamed (names
of other lengths, so every offset after them shifts) gives the same rows, up to the renaming.

A rule keyed on the seed's names, sentences or offsets would break this."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from factpack.paths import ROOT, SEEDS
from factpack.pipeline import build
from factpack.publish.loaders import load_package

# invented people; places swapped for others of the gazetteer (schemas/reference/countries.csv)
RENAME = {
    "Donald": "Harold", "Trump": "Brandtner",
    "Nicolas": "Esteban", "Maduro": "Velarde",
    "Pete": "Miles", "Hegseth": "Okonkwo",
    "Markwayne": "Delbert", "Mullin": "Crane",
    "Jorge": "Tomas", "Rodriguez": "Ibarrola",
    "Venezuelan": "Ecuadorian", "Venezuela": "Ecuador", "Caracas": "Quito",
    "Russia": "Brazil",
}
REFERENCE = ROOT / "schemas" / "reference"
CODES = {"VEN": "ECU", "RUS": "BRA"}
PATTERN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, RENAME), key=len, reverse=True)) + r")\b")


def rename(v: object) -> object:
    if isinstance(v, str):
        return CODES.get(v, PATTERN.sub(lambda m: RENAME[m[1]], v))
    return v


IGNORED = {"event_id", "claim_id", "mention_id", "source_id", "incident_id", "char_start", "char_end"}


def rows(t: dict[str, pd.DataFrame], table: str, fn) -> list[dict]:
    """Every row without IDs or offsets (actors by name), in text order."""
    names = dict(zip(t["actors"]["actor_id"], t["actors"]["name"], strict=True))
    df = t[table]
    if "char_start" in df.columns:
        df = df.sort_values(["char_start", "char_end"], kind="mergesort")
    out = []
    for r in df.to_dict("records"):
        r = {k: (None if v is None or (not isinstance(v, str) and pd.isna(v)) else v) for k, v in r.items()}
        for k in ("actor_id", "target_actor_id", "claimant_actor_id", "subject_actor_id"):
            if k in r:
                r[k] = names.get(r[k])
        out.append({k: fn(r[k]) for k in sorted(r) if k not in IGNORED})
    return sorted(out, key=repr) if table == "actors" else out



@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    base = tmp_path_factory.mktemp("renamed")
    seeds = Path(shutil.copytree(SEEDS, base / "seeds"))
    for p in seeds.glob("*.txt"):
        text = p.read_text(encoding="utf-8")
        new = PATTERN.sub(lambda m: RENAME[m[1]], text)
        assert new != text and len(new) != len(text)
        p.write_text(new, encoding="utf-8")
    build(seeds, base / "pkg")
    return load_package(base / "pkg", categoricals=False), base


@pytest.mark.parametrize("table", ["actors", "mentions", "events", "claims"])
def test_renamed_seed_gives_the_same_rows(seed_package: Path, renamed, table: str) -> None:
    original = load_package(seed_package, categoricals=False)
    expected = rows(original, table, rename)
    if table == "actors":  # an organisation's country comes from the reference data, not the text
        orgs = pd.read_csv(REFERENCE / "organizations.csv", dtype=str, keep_default_na=False)
        codes = {n: c or None for n, c in zip(orgs["name"], orgs["country_code"], strict=True)}
        expected = sorted(({**r, "country_code": codes.get(r["name"], r["country_code"])}
                           for r in expected), key=repr)
    got = rows(renamed[0], table, lambda v: v)
    assert len(got) == len(expected) > 0
    assert got == expected


def test_the_renaming_reached_the_rows(renamed) -> None:
    t = renamed[0]
    names = set(t["actors"]["name"])
    assert {"Harold Brandtner", "Esteban Velarde", "Ecuador"} <= names
    assert not names & {"Donald Trump", "Nicolas Maduro", "Venezuela"}
    assert "ECU" in set(t["actors"]["country_code"].dropna())
    # offsets moved: the renamed text is longer, and every span still reproduces its evidence
    text = next((renamed[1] / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    for r in t["events"].itertuples():
        assert text[r.char_start:r.char_end] == r.evidence
