"""The pandas loader gives every column the type its Table Schema declares."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from factpack.contract.schema import TABLE_ORDER
from factpack.publish.loaders import load_package

DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_load_package_types_every_column_as_declared(dev_package: Path, fmt: str) -> None:
    desc = json.loads((dev_package / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {r["name"]: r["schema"] for r in desc["resources"] if r["format"] == "csv"}
    tables = load_package(dev_package, fmt)
    checked = set()
    for name in TABLE_ORDER:
        df = tables[name]
        assert list(df.columns) == [f["name"] for f in schemas[name]["fields"]]
        assert len(df) == desc["x-provenance"]["row_counts"][name]
        assert len(df) > 0 or name == "corrections"  # the dev build has no correction files
        for f in schemas[name]["fields"]:
            col, enum = df[f["name"]], f.get("constraints", {}).get("enum")
            where = f"{name}.{f['name']}"
            if enum:
                assert isinstance(col.dtype, pd.CategoricalDtype), where
                assert list(col.cat.categories) == enum, where
                assert not col.isna().any() or not f["constraints"].get("required"), where
            elif f["type"] == "date":
                assert col.dtype == object, where
                values = col.dropna()
                assert len(values) > 0 or len(df) == 0, where
                assert values.map(type).eq(dt.date).all(), where  # date, not datetime or str
            else:
                assert str(col.dtype) == DTYPES[f["type"]], where
            checked.add(f["type"] if not enum else "enum")
    assert {"string", "integer", "number", "boolean", "date", "enum"} <= checked


def test_categoricals_can_be_switched_off(seed_package: Path) -> None:
    ev = load_package(seed_package, categoricals=False)["events"]
    assert str(ev["event_type"].dtype) == "string"
    assert str(ev["fatalities_low"].dtype) == "Int64"
