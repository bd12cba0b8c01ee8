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
    """Every table of a package, typed as declared (enums as categoricals by default).

    The tables are those the package holds (an older release may lack the lookup tables),
    in publication order; CSV and Parquet give identical frames.
    """
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"fmt must be 'csv' or 'parquet', not {fmt!r}")
    package_dir = Path(package_dir)
    held = [r["name"] for r in read_descriptor(package_dir)["resources"]
            if r.get("format") == "csv" and "name" in r]
    names = [n for n in TABLE_ORDER if n in held] + [n for n in held if n not in TABLE_ORDER]
    return {name: read_table(package_dir, name, fmt, categoricals) for name in names}
