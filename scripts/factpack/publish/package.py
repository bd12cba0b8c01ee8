"""The published package: tables -> CSV, Parquet, datapackage.json, data dictionary, SQL views."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from factpack.contract.schema import TABLE_ORDER, Table, arrow_schema, frictionless_schema, load_tables
from factpack.ingest.package_yaml import read_package_yaml
from factpack.publish.named import named_views

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
META_KEYS = {"name", "title", "version", "created", "description", "licenses", "contributors",
             "sources", "attribution"}
DEFAULT_META = {
    "name": "factpack-package",
    "title": "Events, actors and claims extracted from news reports",
    "version": "0.0.0",
    "created": "1970-01-01T00:00:00Z",
    "description": "Events, actors, claims and sources extracted by factpack.",
    "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
    "contributors": [{"title": "factpack user", "roles": ["creator"]}],
    "sources": [],
    "attribution": "Quoted excerpts remain the copyright of their publishers.",
}


def read_package_meta(seeds_dir: Path) -> dict[str, Any]:
    """Package metadata from `<seeds>/package.yaml` (checked there; missing keys take the
    defaults of DEFAULT_META, except name and version, which it must set)."""
    return {**DEFAULT_META, **read_package_yaml(seeds_dir)}


# --- CSV ----------------------------------------------------------------------------------------

def _cell(v: Any, ftype: str) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    if ftype == "boolean":
        return "true" if bool(v) else "false"
    if ftype == "integer":
        return str(int(v))
    if ftype == "number":
        f = float(v)
        return str(int(f)) if f.is_integer() and abs(f) < 1e15 else repr(f)
    if ftype == "date":
        return v.isoformat() if isinstance(v, dt.date) else str(v)
    return str(v)


def _column_cells(values: list[Any], ftype: str) -> list[str]:
    """`_cell` over a whole column, specialised by type (a column at a time is much faster)."""
    na = pd.NA
    if ftype == "string":
        return ["" if v is None or v is na or v != v else str(v) for v in values]
    if ftype == "integer":
        return ["" if v is None or v is na or v != v else str(int(v)) for v in values]
    if ftype == "date":
        return ["" if v is None or v is na or v != v
                else v.isoformat() if isinstance(v, dt.date) else str(v) for v in values]
    return [_cell(v, ftype) for v in values]


CSV_CHUNK_ROWS = 20_000  # rows formatted at a time: bounds the memory of a large table
# rows formatted at a time by Arrow: at 10,000 articles a block of 100,000 event rows held
# 140 MB while formatted, one of 10,000 rows 20 MB, in no more time
ARROW_CSV_ROWS = 10_000


def _csv_bytes_python(df: pd.DataFrame, table: Table) -> bytes:
    """csv_bytes through the csv module, a value at a time (the reference formatter)."""
    buf = io.BytesIO()
    text = io.TextIOWrapper(buf, encoding="utf-8", newline="", write_through=True)
    w = csv.writer(text, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(table.field_names)
    for lo in range(0, len(df), CSV_CHUNK_ROWS):
        part = df.iloc[lo : lo + CSV_CHUNK_ROWS]
        columns = [_column_cells(part[f.name].tolist(), f.type) for f in table.fields]
        w.writerows(zip(*columns, strict=True))
    text.flush()
    data = buf.getvalue()
    text.detach()
    return data


def _quoted_chars() -> str:
    """The characters that make this Python's csv writer (QUOTE_MINIMAL, LF line ends) quote a
    field, found by asking it: ',', '"' and '\n' everywhere, '\r' in some versions."""
    out = []
    for c in ',"\n\r\t ;\'|':
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow([f"a{c}b", "x"])
        if buf.getvalue().startswith('"'):
            out.append(c)
    return "".join(out)


_NEEDS_QUOTES = "[" + "".join("\\n" if c == "\n" else "\\r" if c == "\r" else "\\t" if c == "\t"
                              else "\\" + c if c in "\\]^-[" else c for c in _quoted_chars()) + "]"


def _arrow_cells(col: pa.ChunkedArray, ftype: str) -> pa.ChunkedArray:
    """A column's CSV fields (quoted where the csv module quotes), nulls as empty fields."""
    import pyarrow.compute as pc

    if ftype == "string":
        text = pc.fill_null(col, "")
        needs = pc.match_substring_regex(text, _NEEDS_QUOTES)
        if not pc.any(needs).as_py():
            return text
        quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
        return pc.if_else(needs, quoted, text)
    if ftype in ("integer", "date"):  # decimal digits; ISO dates, the year padded to 4 digits
        return pc.fill_null(pc.cast(col, pa.string()), "")
    if ftype == "boolean":
        return pc.fill_null(pc.if_else(col, "true", "false"), "")
    return pa.chunked_array([pa.array([_cell(v, ftype) for v in col.to_pylist()], pa.string())])


def _string_bytes(arr: pa.Array) -> bytes:
    """The characters of a string array without nulls, one value after another."""
    arr = arr.cast(pa.large_string())
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
    return arr.buffers()[2].to_pybytes()[offsets[0] : offsets[-1]] if len(arr) else b""


def csv_parts(at: pa.Table, table: Table) -> Iterator[bytes]:
    """csv_bytes of the Arrow table `arrow_table` gives, in parts (header, then a block of
    rows at a time): formatted a column at a time by Arrow's compute kernels."""
    import pyarrow.compute as pc

    yield (",".join(table.field_names) + "\n").encode("utf-8")
    for lo in range(0, at.num_rows, ARROW_CSV_ROWS):
        part = at.slice(lo, ARROW_CSV_ROWS)
        cells = [_arrow_cells(part.column(f.name), f.type) for f in table.fields]
        rows = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, ","), "\n", "")
        yield b"".join(_string_bytes(chunk) for chunk in rows.chunks)


def csv_from_arrow(at: pa.Table, table: Table) -> bytes:
    """csv_bytes of the Arrow table `arrow_table` gives (the parts of `csv_parts`, joined)."""
    return b"".join(csv_parts(at, table))


def csv_bytes(df: pd.DataFrame, table: Table, at: pa.Table | None = None) -> bytes:
    """RFC 4180 CSV, UTF-8, LF, header row, nulls as empty fields: the csv module's output
    (QUOTE_MINIMAL), formatted through Arrow (`at`: the table's `arrow_table`, when made
    already) unless the frame does not convert to the contract's types."""
    if len(table.fields) < 2:  # the csv module quotes a lone empty field: keep its rules
        return _csv_bytes_python(df, table)
    try:
        return csv_from_arrow(arrow_table(df, table) if at is None else at, table)
    except (pa.ArrowException, ValueError, TypeError):  # a frame off the contract (tests, corrections)
        return _csv_bytes_python(df, table)


def arrow_table(df: pd.DataFrame, table: Table) -> pa.Table:
    """The frame as Arrow with the contract's types (the Parquet file's table)."""
    return pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False)


def parquet_bytes(df: pd.DataFrame, table: Table, at: pa.Table | None = None) -> bytes:
    """Parquet with real types (date32, int64, bool) and pandas metadata.

    The pandas metadata makes pandas (and so Frictionless, which reads Parquet through
    pandas) get nullable integers back as Int64 instead of float NaN.
    """
    at = arrow_table(df, table) if at is None else at
    sink = pa.BufferOutputStream()
    pq.write_table(at, sink, compression="zstd", write_statistics=True)
    return sink.getvalue().to_pybytes()


@dataclass(frozen=True)
class Written:
    """A file of the package as the descriptor and the build report need it."""

    size: int  # bytes
    sha256: str  # hex digest


def write_file(path: Path, parts: Iterable[bytes]) -> Written:
    """Write the parts one after another to `path` (parent folders made), hashing as it goes:
    a large file is never held whole in memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    with open(path, "wb") as fh:
        for part in parts:
            fh.write(part)
            digest.update(part)
            size += len(part)
    return Written(size, digest.hexdigest())


def write_csv(path: Path, df: pd.DataFrame, table: Table, at: pa.Table | None = None) -> Written:
    """`csv_bytes` written to `path` a block of rows at a time (same bytes, same fallback)."""
    if len(table.fields) >= 2:
        try:
            return write_file(path, csv_parts(arrow_table(df, table) if at is None else at, table))
        except (pa.ArrowException, ValueError, TypeError):  # off the contract
            pass
    return write_file(path, [_csv_bytes_python(df, table)])


# --- descriptor ----------------------------------------------------------------------------------

def resource(table: Table, fmt: str, data: Written, rows: int) -> dict[str, Any]:
    suffix = "" if fmt == "csv" else "_parquet"
    res: dict[str, Any] = {
        "name": table.name + suffix,
        "type": "table",
        "title": f"{table.title} ({fmt.upper() if fmt == 'csv' else 'Parquet'})",
        "description": table.description,
        "path": f"data/{table.name}.{fmt}",
        "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/vnd.apache.parquet",
        "schema": frictionless_schema(table, suffix),
    }
    # Frictionless reads Parquet through pandas and cannot count its bytes or hash it, so
    # the standard properties would fail validation; for Parquet they are recorded as x-
    # properties and checked by `factpack validate` instead.
    if fmt == "csv":
        res["bytes"], res["hash"] = data.size, "sha256:" + data.sha256
    else:
        res["x-bytes"], res["x-hash"] = data.size, "sha256:" + data.sha256
    if fmt == "csv":
        res["encoding"] = "utf-8"
        res["dialect"] = {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"', "header": True}
    res["x-row-count"] = rows
    return res


def descriptor(meta: dict[str, Any], files: Mapping[str, Written], counts: dict[str, int],
               provenance: dict[str, Any]) -> dict[str, Any]:
    """The Data Package v2 descriptor."""
    tables = load_tables()
    resources = []
    for fmt in ("csv", "parquet"):
        for name in TABLE_ORDER:
            resources.append(resource(tables[name], fmt, files[f"data/{name}.{fmt}"], counts[name]))
    return {
        "$schema": PROFILE,
        "name": meta["name"],
        "title": meta["title"],
        "version": meta["version"],
        "created": meta["created"],
        "description": meta["description"].strip() + "\n\n" + HOW_MADE + "\n\n" + meta["attribution"].strip(),
        "homepage": None,
        "licenses": meta["licenses"],
        "contributors": meta["contributors"],
        "sources": meta["sources"],
        "x-provenance": provenance,
        "resources": resources,
    }


HOW_MADE = (
    "How the data were made: factpack reads each source document, splits it into sentences, "
    "finds actors with a gazetteer (countries, capitals and seats of power, organisations), "
    "titles and appositions, attributes quotations and reported speech to speakers through a "
    "lexicon of cue verbs, and codes events with PLOVER's 16 types through an event-trigger "
    "lexicon. Dates are resolved against each source's publication date. The rules are "
    "general and transparent (see the codebook in README.md); rows are machine-extracted and "
    "not hand-corrected."
)


_SCALAR_JSON = json.JSONEncoder(ensure_ascii=False).encode


def pretty_json(obj: Any, level: int = 0) -> str:
    """`json.dumps(obj, indent=2, ensure_ascii=False)`, the same text, faster: the standard
    library writes indented JSON with its pure-Python encoder, which at 10,000 articles spends
    about a second on the build report. Containers are laid out here; every scalar and key
    goes through the C encoder. Anything but dicts with string keys, lists, tuples and
    scalars is left to `json.dumps`."""
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        if not all(isinstance(k, str) for k in obj):
            return json.dumps(obj, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * level)
        pad = "\n" + "  " * (level + 1)
        items = [f"{_SCALAR_JSON(k)}: {pretty_json(v, level + 1)}" for k, v in obj.items()]
        return "{" + pad + ("," + pad).join(items) + "\n" + "  " * level + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        pad = "\n" + "  " * (level + 1)
        items = [pretty_json(v, level + 1) for v in obj]
        return "[" + pad + ("," + pad).join(items) + "\n" + "  " * level + "]"
    return _SCALAR_JSON(obj)


def dump_json(obj: Any) -> bytes:
    text = pretty_json({k: v for k, v in obj.items() if v is not None})
    return (text + "\n").encode("utf-8")


VIEWS_SQL_HEAD = """-- DuckDB views over the Parquet files of this package.
-- Run from the package folder:  duckdb -c ".read views.sql"  or, in Python,
--   con = duckdb.connect(); con.execute(open("views.sql").read())
"""


def views_sql() -> bytes:
    lines = [VIEWS_SQL_HEAD]
    for name in TABLE_ORDER:
        lines.append(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('data/{name}.parquet');")
    lines += ["", "-- The same tables with names and labels joined in for every foreign key."]
    lines += [f"\n{sql}" for sql in named_views().values()]
    return ("\n".join(lines) + "\n").encode("utf-8")
