"""The DuckDB file: one table per package table, readable by DuckDB 1.x clients."""

from __future__ import annotations

from pathlib import Path

import duckdb

from factpack.contract.schema import TABLE_ORDER
from factpack.publish.package import NAMED_VIEWS


def write_duckdb(package_dir: Path, path: Path) -> None:
    """A DuckDB database with one table per package table and the named views (such as
    `incidents_named`), readable by DuckDB 1.x clients."""
    if path.exists():
        path.unlink()
    con = duckdb.connect(str(path), config={"storage_compatibility_version": "v1.0.0"})
    try:
        for name in TABLE_ORDER:
            src = (package_dir / "data" / f"{name}.parquet").as_posix()
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet('{src}')")
        for name, sql in NAMED_VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {sql}")
        con.execute("CHECKPOINT")
    finally:
        con.close()
