"""Lookup tables, named views, the DuckDB file's keys, comments and package_info, story order,
citation, and `factpack.load` (one typed result from a folder, a zip, CSV or Parquet)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import factpack
import pandas as pd
import pytest
from factpack.contract.schema import LOOKUP_TABLES, TABLE_ORDER, load_tables
from factpack.extract.reference import default_reference
from factpack.publish.database import write_duckdb
from factpack.publish.named import named_views

from tests.releases import release_file


def _read(pkg: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(pkg / "data" / f"{name}.parquet")


def test_every_coded_value_has_a_labelled_lookup_row(seed_package: Path) -> None:
    contract = load_tables()
    assert set(LOOKUP_TABLES) == {"event_types", "event_modes", "actor_types", "modalities",
                                  "quote_types", "date_precisions"}
    for name in LOOKUP_TABLES:
        t = contract[name]
        df = _read(seed_package, name)
        assert df["label"].notna().all() and df["definition"].notna().all()
        enum = contract[name].field(t.labels).enum
        if enum:
            assert list(df[t.labels]) == list(enum), f"{name}: not one row per allowed value, in order"
    et = _read(seed_package, "event_types")
    assert len(et) == 16 and et["quad_class"].notna().all()
    assert et.set_index("event_type").at["ASSAULT", "quad_class"] == "material_conflict"


def test_every_mode_in_the_reference_data_has_a_lookup_row(seed_package: Path) -> None:
    modes = set(_read(seed_package, "event_modes")["event_mode"])
    ref = default_reference()
    used = {m for _, m in ref.triggers.values() if m} | {s[3] for s in ref.senses.values() if s[3]}
    assert used and used <= modes, f"modes without a definition: {sorted(used - modes)}"


def test_coded_columns_have_foreign_keys_to_their_lookup(seed_package: Path) -> None:
    desc = json.loads((seed_package / "datapackage.json").read_text(encoding="utf-8"))
    fks = {(r["name"], fk["fields"][0]): fk["reference"]["resource"]
           for r in desc["resources"] for fk in r["schema"].get("foreignKeys", [])}
    assert fks[("events", "event_type")] == "event_types"
    assert fks[("events", "event_mode")] == "event_modes"
    assert fks[("events_parquet", "modality")] == "modalities_parquet"
    assert fks[("claims", "quote_type")] == "quote_types"
    assert fks[("actors", "actor_type")] == "actor_types"
    assert fks[("events", "date_precision")] == "date_precisions"


def test_rows_are_in_story_order(seed_package: Path) -> None:
    sources = _read(seed_package, "sources")
    assert list(sources["seed_file"]) == sorted(sources["seed_file"])
    rank = {s: i for i, s in enumerate(sources["source_id"])}
    for name in ("mentions", "events", "claims"):
        df = _read(seed_package, name)
        keys = list(zip(df["source_id"].map(rank), df["char_start"], df["char_end"], strict=True))
        assert keys == sorted(keys), f"{name} not in story order"
    actors, mentions = _read(seed_package, "actors"), _read(seed_package, "mentions")
    first = {a: i for i, a in reversed(list(enumerate(mentions["actor_id"])))}
    order = [first.get(a, len(mentions)) for a in actors["actor_id"]]
    assert order == sorted(order), "actors not in order of first mention"


def test_named_views_join_names_and_labels(seed_package: Path) -> None:
    con = duckdb.connect()
    con.execute(f"SET file_search_path = '{seed_package.as_posix()}'")
    con.execute((seed_package / "views.sql").read_text(encoding="utf-8"))
    assert {"events_named", "claims_named"} <= set(named_views())
    n = con.execute("SELECT count(*) FROM events").fetchone()[0]
    rows = con.execute("SELECT event_type, event_type_label, actor_id, actor_name, source_title "
                       "FROM events_named").fetchall()
    assert len(rows) == n > 0
    assert all(label for _, label, _, _, _ in rows)
    assert all((aid is None) == (name is None) for _, _, aid, name, _ in rows)
    claims = con.execute("SELECT claimant_actor_name, quote_type_label FROM claims_named "
                         "WHERE quote_type = 'direct'").fetchall()
    assert claims and all(label == "Direct" for _, label in claims)


@pytest.fixture(scope="module")
def database(seed_package: Path, tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    path = tmp_path_factory.mktemp("db") / "pkg.duckdb"
    write_duckdb(seed_package, path)
    return duckdb.connect(str(path))


def test_database_comments_every_table_and_column(database: duckdb.DuckDBPyConnection) -> None:
    contract = load_tables()
    tables = dict(database.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
    cols = {(t, c): comment for t, c, comment in database.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE NOT internal").fetchall()}
    for name in TABLE_ORDER:
        assert contract[name].description in tables[name]
        for f in contract[name].fields:
            assert cols[(name, f.name)] == f.description
    assert tables["package_info"]


def test_database_has_keys_and_enforces_them(database: duckdb.DuckDBPyConnection) -> None:
    kinds = database.execute("SELECT table_name, constraint_type FROM duckdb_constraints()").fetchall()
    for name in TABLE_ORDER:
        assert (name, "PRIMARY KEY") in kinds
    fks = [t for t, k in kinds if k == "FOREIGN KEY"]
    assert fks.count("events") == sum(1 for _ in load_tables()["events"].foreign_keys)
    with pytest.raises(duckdb.ConstraintException):
        database.execute("UPDATE events SET event_type = 'NOT_A_TYPE' WHERE rowid = 0")
    with pytest.raises(duckdb.ConstraintException):
        database.execute("INSERT INTO event_types SELECT * FROM event_types LIMIT 1")


def test_database_says_what_it_is(database: duckdb.DuckDBPyConnection, seed_package: Path) -> None:
    desc = json.loads((seed_package / "datapackage.json").read_text(encoding="utf-8"))
    info = database.execute("SELECT * FROM package_info").df()
    assert len(info) == 1
    row = info.iloc[0]
    assert (row["name"], row["version"], row["created"]) == (desc["name"], desc["version"], desc["created"])
    assert row["licence"] == desc["licenses"][0]["name"]
    assert desc["version"] in row["citation"]
    hashes = json.loads(row["source_sha256"])
    assert [h["sha256"] for h in hashes] == [s["sha256"] for s in desc["x-provenance"]["sources"]]
    n = database.execute("SELECT count(*) FROM events_named").fetchone()[0]
    assert n == database.execute("SELECT count(*) FROM events").fetchone()[0]


def test_package_readme_names_licence_and_citation(seed_package: Path) -> None:
    desc = json.loads((seed_package / "datapackage.json").read_text(encoding="utf-8"))
    text = (seed_package / "README.md").read_text(encoding="utf-8")
    assert "## Licence and citation" in text
    assert desc["licenses"][0]["path"] in text
    assert f"version {desc['version']} [data set]" in text


def test_load_gives_the_same_frames_from_folder_zip_csv_and_parquet(
    seed_package: Path, two_releases: tuple[Path, Path]
) -> None:
    a = factpack.load(seed_package)
    b = factpack.load(seed_package, fmt="csv")
    c = factpack.load(release_file(two_releases[0], ".zip"))
    assert list(a) == list(TABLE_ORDER) == list(b) == list(c)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
        pd.testing.assert_frame_equal(a[name], c[name])
    ev = a["events"]
    assert str(ev["fatalities_low"].dtype) == "Int64" and str(ev["event_type"].dtype) == "category"
    assert str(ev["amount"].dtype) == "Float64" and str(a["actors"]["is_generic"].dtype) == "boolean"


def test_named_views_keep_the_table_order(database: duckdb.DuckDBPyConnection) -> None:
    for view in named_views():
        table = view.removesuffix("_named")
        key = load_tables()[table].primary_key[0]
        base = [r[0] for r in database.execute(f"SELECT {key} FROM {table}").fetchall()]
        named = [r[0] for r in database.execute(f"SELECT {key} FROM {view}").fetchall()]
        assert named == base, view
