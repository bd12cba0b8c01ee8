"""One source of truth: everything generated from schemas/fields.yaml agrees with it."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from factpack.contract.schema import (
    ARROW_TYPES,
    TABLE_ORDER,
    arrow_schema,
    frictionless_schema,
    load_tables,
    pandera_schema,
    parse_spec,
)
from factpack.paths import PACKAGE

TABLES = load_tables()


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_generated_schemas_list_the_same_fields(name: str) -> None:
    t = TABLES[name]
    assert [f["name"] for f in frictionless_schema(t)["fields"]] == t.field_names
    assert list(pandera_schema(t).columns) == t.field_names
    assert arrow_schema(t).names == t.field_names
    for f in t.fields:
        assert arrow_schema(t).field(f.name).type == ARROW_TYPES[f.type]
        assert arrow_schema(t).field(f.name).nullable == (not f.required)
        assert pandera_schema(t).columns[f.name].nullable == (not f.required)


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_published_descriptor_matches_contract(name: str) -> None:
    desc = json.loads((PACKAGE / "datapackage.json").read_text())
    res = {r["name"]: r for r in desc["resources"]}
    assert res[name]["schema"] == frictionless_schema(TABLES[name])
    assert res[f"{name}_parquet"]["schema"] == frictionless_schema(TABLES[name], "_parquet")


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_published_parquet_has_contract_types(name: str) -> None:
    schema = pq.read_schema(PACKAGE / "data" / f"{name}.parquet")
    expected = arrow_schema(TABLES[name])
    assert schema.names == expected.names
    assert [schema.field(n).type for n in schema.names] == [expected.field(n).type for n in expected.names]


def test_data_dictionary_documents_every_column() -> None:
    readme = (PACKAGE / "README.md").read_text()
    for t in TABLES.values():
        assert f"### `{t.name}`" in readme
        for f in t.fields:
            assert f"| `{f.name}` | {f.type} |" in readme
            for v in f.enum or ():
                assert f"`{v}`" in readme


def test_same_column_name_same_definition_everywhere() -> None:
    seen: dict[str, tuple[str, str]] = {}
    for t in TABLES.values():
        for f in t.fields:
            if f.name in seen and f.name not in {"actor_id"}:
                assert seen[f.name] == (f.type, f.description), f.name
            seen.setdefault(f.name, (f.type, f.description))


def test_spec_errors_are_reported() -> None:
    with pytest.raises(ValueError, match="undefined field"):
        parse_spec(
            {
                "fields": {},
                "tables": {"x": {"title": "x", "description": "x", "primary_key": ["a"], "fields": ["a"]}},
            }
        )
    with pytest.raises(ValueError, match="unknown type"):
        parse_spec({"fields": {"a": {"type": "blob", "description": "d"}}, "tables": {}})
