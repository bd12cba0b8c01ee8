"""The DuckDB file: one table per package table, readable by DuckDB 1.x clients.

Generated from the contract (schemas/fields.yaml), so tables added there get the same
treatment: typed columns, NOT NULL for required ones, primary and foreign keys, a comment
on every table and column, the `<table>_named` views, and a one-row `package_info` table
saying what the file is (name, version, created, licence, citation, source hashes).
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from factpack.contract.files import read_descriptor
from factpack.contract.schema import TABLE_ORDER, Table, load_tables
from factpack.publish.citation import citation_text, licence
from factpack.publish.named import named_views

SQL_TYPES = {
    "string": "VARCHAR",
    "integer": "BIGINT",
    "number": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
}


def quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def creation_order(contract: dict[str, Table]) -> list[str]:
    """TABLE_ORDER with every table after the tables its foreign keys reference."""
    done: list[str] = []

    def visit(name: str, path: tuple[str, ...] = ()) -> None:
        if name in done or name in path:
            return
        for fk in contract[name].foreign_keys:
            if fk["table"] != name:
                visit(fk["table"], (*path, name))
        done.append(name)

    for name in TABLE_ORDER:
        visit(name)
    return done


def create_table_sql(t: Table, created: set[str] | None = None) -> str:
    """CREATE TABLE with keys. A foreign key to a table not `created` yet (one side of a
    cycle, such as events.incident_id and incidents.anchor_event_id) is left to the
    package's Table Schema: DuckDB can only reference a table that exists."""
    cols = [f"{f.name} {SQL_TYPES[f.type]}{' NOT NULL' if f.required else ''}" for f in t.fields]
    cols.append(f"PRIMARY KEY ({', '.join(t.primary_key)})")
    for fk in t.foreign_keys:
        if created is not None and fk["table"] != t.name and fk["table"] not in created:
            continue
        cols.append(
            f"FOREIGN KEY ({', '.join(fk['fields'])}) REFERENCES {fk['table']} ({', '.join(fk['reference'])})"
        )
    return f"CREATE TABLE {t.name} (\n  " + ",\n  ".join(cols) + "\n)"


def comments_sql(t: Table) -> list[str]:
    out = [f"COMMENT ON TABLE {t.name} IS {quote(t.title + ': ' + t.description)}"]
    out += [f"COMMENT ON COLUMN {t.name}.{f.name} IS {quote(f.description)}" for f in t.fields]
    return out


def package_info(desc: dict) -> dict[str, str]:
    prov = desc.get("x-provenance", {})
    return {
        "name": desc["name"],
        "title": desc["title"],
        "version": desc["version"],
        "created": desc["created"],
        "licence": licence(desc),
        "licence_url": ", ".join(x.get("path", "") for x in desc.get("licenses") or []),
        "citation": citation_text(desc),
        "code_sha256": prov.get("code_sha256", ""),
        "source_sha256": json.dumps(prov.get("sources", []), ensure_ascii=False),
    }


INFO_COMMENTS = {
    "name": "Name of the data package.",
    "title": "Title of the data package.",
    "version": "Semantic version of the data.",
    "created": "Date the package was created (ISO 8601).",
    "licence": "Licence of the structured data.",
    "licence_url": "Where the licence text is.",
    "citation": "How to cite this version.",
    "code_sha256": "SHA-256 over the code and schemas that built it.",
    "source_sha256": "JSON list of every source's id and the SHA-256 of its text.",
}


def write_duckdb(package_dir: Path, path: Path) -> None:
    """Write the database for the package in `package_dir` to `path` (replacing it)."""
    if path.exists():
        path.unlink()
    contract = load_tables()
    desc = read_descriptor(package_dir)
    con = duckdb.connect(str(path), config={"storage_compatibility_version": "v1.0.0"})
    try:
        created: set[str] = set()
        for name in creation_order(contract):
            t = contract[name]
            src = (package_dir / "data" / f"{name}.parquet").as_posix()
            con.execute(create_table_sql(t, created))
            created.add(name)
            cols = ", ".join(t.field_names)
            con.execute(f"INSERT INTO {name} SELECT {cols} FROM read_parquet({quote(src)})")
            for sql in comments_sql(t):
                con.execute(sql)
        info = package_info(desc)
        con.execute("CREATE TABLE package_info (" + ", ".join(f"{k} VARCHAR NOT NULL" for k in info) + ")")
        con.execute(f"INSERT INTO package_info VALUES ({', '.join('?' for _ in info)})", list(info.values()))
        con.execute(f"COMMENT ON TABLE package_info IS {quote('What this database is: one row.')}")
        for k, text in INFO_COMMENTS.items():
            con.execute(f"COMMENT ON COLUMN package_info.{k} IS {quote(text)}")
        for view, sql in named_views(contract).items():
            con.execute(sql)
            con.execute(f"COMMENT ON VIEW {view} IS {quote(f'{view[:-6]} with names and labels joined in.')}")
        con.execute("CHECKPOINT")
    finally:
        con.close()
