"""Corrections as data: applied, recorded, shown by diff; stale and malformed ones refused."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml
from factpack.curate.corrections import apply_corrections, read_batch
from factpack.curate.stage import curate
from factpack.errors import FactpackError, InputError
from factpack.extract.reference import default_reference
from factpack.ingest.sources import read_documents
from factpack.paths import SEEDS
from factpack.pipeline import build, build_tables
from factpack.publish.loaders import load_package
from factpack.release.diff import diff_packages, render_text, summary_markdown

DROP_EVENT = "evt_3acca51ce49a"  # "requested" coded as ACCUSE (see seeds/corrections)


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    """The seed tables as extracted (no corrections) and the source texts."""
    docs, _ = read_documents(SEEDS)
    return build_tables(docs, default_reference()), {d.source_id: d.text for d in docs}


def seeds_with(tmp: Path, batch: dict, name: str = "batch.yaml") -> Path:
    seeds = tmp / "seeds"
    shutil.copytree(SEEDS, seeds, ignore=shutil.ignore_patterns("corrections"))
    (seeds / "corrections").mkdir()
    (seeds / "corrections" / name).write_text(yaml.safe_dump(batch, allow_unicode=True), encoding="utf-8")
    return seeds


def our_batch(tables: dict, texts: dict) -> dict:
    ev = tables["events"].set_index("event_id")
    claim = tables["claims"].iloc[0]
    sid = claim["source_id"]
    text = texts[sid]
    start = text.index("Trump told reporters")
    end = start + len("Trump told reporters aboard Air Force One on Sunday")
    trump = tables["actors"].set_index("name").at["Donald Trump", "actor_id"]
    some_event = sorted(set(ev.index) - {DROP_EVENT})[0]
    return {
        "author": "Test Author",
        "date": "2026-11-30",
        "corrections": [
            {
                "table": "events",
                "id": some_event,
                "action": "set",
                "set": {"modality": "alleged"},
                "expect": {"modality": str(ev.at[some_event, "modality"])},
                "reason": "test: a set",
            },
            {"table": "events", "id": DROP_EVENT, "action": "drop", "reason": "test: a drop"},
            {
                "table": "claims",
                "action": "add",
                "reason": "test: an added claim",
                "row": {
                    "source_id": sid,
                    "char_start": start,
                    "char_end": end,
                    "evidence": text[start:end],
                    "claimant_actor_id": trump,
                    "claimant_text": "Trump",
                    "cue": "told",
                    "claim_text": "aboard Air Force One on Sunday",
                    "quote_type": "indirect",
                },
            },
        ],
    }


@pytest.fixture(scope="module")
def corrected(tmp_path_factory: pytest.TempPathFactory, plain: tuple[dict, dict]) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("corr")
    base = tmp / "base"
    seeds = seeds_with(tmp, {"corrections": []} | {"author": "x", "date": "2026-11-30"})
    build(seeds, base, workers=1)
    (seeds / "corrections" / "batch.yaml").write_text(
        yaml.safe_dump(our_batch(*plain), allow_unicode=True), encoding="utf-8"
    )
    out = tmp / "pkg"
    build(seeds, out, workers=1)
    return base, out


def test_corrections_are_applied_and_recorded(corrected: tuple[Path, Path]) -> None:
    base, out = corrected
    a, b = load_package(base, categoricals=False), load_package(out, categoricals=False)
    assert DROP_EVENT in set(a["events"]["event_id"]) and DROP_EVENT not in set(b["events"]["event_id"])
    assert len(b["claims"]) == len(a["claims"]) + 1
    added = b["claims"][~b["claims"]["claim_id"].isin(a["claims"]["claim_id"])].iloc[0]
    assert added["cue_start"] is not None and added["evidence"].startswith("Trump told")
    c = b["corrections"]
    assert sorted(c["action"]) == ["add", "drop", "set"]
    assert set(c["author"]) == {"Test Author"}
    s = c[c["action"] == "set"].iloc[0]
    assert s["field_name"] == "modality" and s["new_value"] == '"alleged"' and s["old_value"] != '"alleged"'
    assert len(a["corrections"]) == 0


def test_diff_and_changelog_show_corrected_rows(corrected: tuple[Path, Path]) -> None:
    d = diff_packages(*corrected)
    text = render_text(d, limit=0)
    assert "[corrected (drop): test: a drop]" in text
    assert "[corrected (set): test: a set]" in text
    assert "[corrected (add): test: an added claim]" in text
    md = summary_markdown(d)
    assert "Rows corrected by hand" in md and DROP_EVENT in md


def test_stale_correction_fails_naming_file_and_entry_and_leaves_package(
    tmp_path: Path, plain: tuple[dict, dict]
) -> None:
    batch = our_batch(*plain)
    batch["corrections"][0]["expect"] = {"modality": "hypothetical-never"}
    out = tmp_path / "pkg"
    seeds = seeds_with(tmp_path, {"author": "x", "date": "2026-11-30", "corrections": []}, "stale.yaml")
    build(seeds, out, workers=1)
    before = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.rglob("*")) if p.is_file()
    }
    (seeds / "corrections" / "stale.yaml").write_text(
        yaml.safe_dump(batch, allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(FactpackError, match=r"stale\.yaml: entry 1 \(events evt_\w+\): field modality is"):
        build(seeds, out, workers=1)
    after = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.rglob("*")) if p.is_file()
    }
    assert before == after
    build(seeds, out, workers=1, allow_stale=True)
    report = (out / "build_report.json").read_text(encoding="utf-8")
    assert "stale correction skipped" in report and "stale.yaml" in report


def test_a_row_gone_is_stale(plain: tuple[dict, dict], tmp_path: Path) -> None:
    batch = {
        "author": "x",
        "date": "2026-11-30",
        "corrections": [{"table": "events", "id": "evt_000000000000", "action": "drop", "reason": "gone"}],
    }
    p = tmp_path / "b.yaml"
    p.write_text(yaml.safe_dump(batch), encoding="utf-8")
    with pytest.raises(InputError, match="b.yaml: entry 1 .*no events row with event_id evt_000000000000"):
        apply_corrections(*plain[:1], read_batch(p), plain[1])
    tables, warnings = apply_corrections(plain[0], read_batch(p), plain[1], allow_stale=True)
    assert len(warnings) == 1 and len(tables["events"]) == len(plain[0]["events"])


MALFORMED = [
    ({"table": "events", "id": "evt_XYZ", "action": "drop", "reason": "r"}, "is not a events ID"),
    (
        {"table": "events", "id": "EID", "action": "set", "set": {"colour": "red"}, "reason": "r"},
        "unknown field 'colour'",
    ),
    (
        {"table": "events", "id": "EID", "action": "set", "set": {"modality": "rumoured"}, "reason": "r"},
        "modality: 'rumoured' is not one of asserted",
    ),
    ({"table": "events", "id": "EID", "action": "set", "set": {"modality": "alleged"}}, "no reason"),
    (
        {
            "table": "events",
            "id": "EID",
            "action": "set",
            "set": {"actor_id": "act_000000000000"},
            "reason": "r",
        },
        "no actors row with actor_id act_000000000000",
    ),
    ({"table": "sources", "id": "x", "action": "drop", "reason": "r"}, "table 'sources' is not one of"),
    ({"table": "events", "id": "EID", "action": "rename", "reason": "r"}, "action 'rename' is not one of"),
    (
        {
            "table": "claims",
            "action": "add",
            "reason": "r",
            "row": {
                "source_id": "SID",
                "char_start": 0,
                "char_end": 5,
                "evidence": "wrong",
                "cue": "said",
                "claim_text": "wrong",
                "quote_type": "direct",
            },
        },
        "evidence does not equal the source text",
    ),
]


@pytest.mark.parametrize("entry, message", MALFORMED)
def test_malformed_corrections_fail_clearly(
    plain: tuple[dict, dict], tmp_path: Path, entry: dict, message: str
) -> None:
    tables, texts = plain
    eid = tables["events"]["event_id"].iloc[0]
    sid = tables["sources"]["source_id"].iloc[0]
    entry = yaml.safe_load(yaml.safe_dump(entry).replace("EID", eid).replace("SID", sid))
    p = tmp_path / "bad.yaml"
    p.write_text(
        yaml.safe_dump({"author": "x", "date": "2026-11-30", "corrections": [entry]}), encoding="utf-8"
    )
    with pytest.raises(InputError) as e:
        curate(tables, texts, default_reference(), tmp_path)
    assert "bad.yaml" in str(e.value) and message in str(e.value)
    assert "entry 1" in str(e.value)


def test_the_seed_corrections_apply_cleanly(seed_package: Path) -> None:
    t = load_package(seed_package, categoricals=False)
    c = t["corrections"]
    assert len(c) > 0 and c["reason"].notna().all() and c["author"].notna().all()
    assert DROP_EVENT not in set(t["events"]["event_id"])


def test_claim_links_are_editable_through_corrections(plain: tuple[dict, dict], tmp_path: Path) -> None:
    tables, texts = plain
    links = curate(tables, texts, default_reference(), None)[0]["claim_links"]
    assert len(links) >= 1
    first = links.iloc[0]
    claims = sorted(set(tables["claims"]["claim_id"]) - {first["claim_id"], first["linked_claim_id"]})
    batch = {
        "author": "x",
        "date": "2026-11-30",
        "corrections": [
            {
                "table": "claim_links",
                "id": first["link_id"],
                "action": "set",
                "set": {"relation": "rejects"},
                "expect": {"relation": str(first["relation"])},
                "reason": "r1",
            },
            {
                "table": "claim_links",
                "action": "add",
                "reason": "r2",
                "row": {"claim_id": claims[1], "linked_claim_id": claims[0], "relation": "responds_to"},
            },
        ],
    }
    (tmp_path / "links.yaml").write_text(yaml.safe_dump(batch), encoding="utf-8")
    out = curate(tables, texts, default_reference(), tmp_path)[0]
    got = out["claim_links"].set_index("link_id")
    assert got.at[first["link_id"], "relation"] == "rejects"
    added = out["claim_links"][out["claim_links"]["claim_id"] == claims[1]].iloc[0]
    assert added["link_rule"] == "correction" and added["linked_claim_id"] == claims[0]
    assert sorted(out["corrections"]["action"]) == ["add", "set"]


def test_validation_refuses_a_trigger_position_off_its_words(plain: tuple[dict, dict]) -> None:
    from factpack.contract.validate import ValidationError, check_tables

    tables, texts = plain
    tables = curate(tables, texts, default_reference(), None)[0]
    check_tables(tables, texts)
    broken = dict(tables)
    ev = tables["events"].copy()
    ev.loc[0, "trigger_start"] = ev.loc[0, "trigger_start"] + 1
    broken["events"] = ev
    with pytest.raises(ValidationError, match="do not point at the trigger"):
        check_tables(broken, texts)


def test_correction_ids_survive_removing_an_earlier_entry(plain: tuple[dict, dict], tmp_path: Path) -> None:
    """A correction's ID comes from what it changes, not its place in the file: dropping the
    first entry keeps the IDs of the others (and the same change twice gets two IDs)."""
    batch = our_batch(*plain)

    def ids(b: dict) -> dict[tuple, str]:
        p = tmp_path / "b.yaml"
        p.write_text(yaml.safe_dump(b, allow_unicode=True), encoding="utf-8")
        c = apply_corrections(plain[0], read_batch(p), plain[1])[0]["corrections"]
        return {(t, r, a): i for t, r, a, i in zip(c["table_name"], c["row_id"], c["action"],
                                                  c["correction_id"], strict=True)}

    full = ids(batch)
    later = ids(batch | {"corrections": batch["corrections"][1:]})
    assert len(full) == 3 and len(later) == 2
    assert all(full[k] == v for k, v in later.items())
    again = {k: v for k, v in batch["corrections"][0].items() if k != "expect"}
    p = tmp_path / "twice.yaml"
    p.write_text(yaml.safe_dump(batch | {"corrections": [again, again]}), encoding="utf-8")
    c = apply_corrections(plain[0], read_batch(p), plain[1])[0]["corrections"]
    assert len(c) == 2 and c["correction_id"].is_unique
