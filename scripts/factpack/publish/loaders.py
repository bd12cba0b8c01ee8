"""Load a published package into pandas with the declared types.

    from factpack.publish.loaders import load_package
    tables = load_package("datapackage")          # dict of DataFrames
    tables["events"].dtypes                       # dates as datetime.date, Int64, categoricals

Dates come back as `datetime.date` objects, nullable integers as `Int64`, booleans as
`boolean`, numbers as `Float64`, and enum columns as `category` with the declared values.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from factpack.contract.files import read_descriptor, read_table, safe_resource_path  # noqa: F401 (public API)
from factpack.contract.schema import TABLE_ORDER


def load_package(
    package_dir: str | Path, fmt: str = "parquet", categoricals: bool = True
) -> dict[str, pd.DataFrame]:
    """Every table of a package, typed as declared (enums as categoricals by default); a
    package of an older release has the tables of its own contract only."""
    held = {r.get("name") for r in read_descriptor(Path(package_dir)).get("resources", [])}
    names = [n for n in TABLE_ORDER if n in held]
    return {name: read_table(Path(package_dir), name, fmt, categoricals) for name in names}
