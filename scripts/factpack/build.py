"""Build: seeds folder -> validated package folder, written atomically."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .datadoc import package_readme
from .errors import FactpackError, Warning_
from .extract import Extraction, extract_document, merge_extractions
from .package import (
    csv_bytes, descriptor, dump_json, parquet_bytes, read_package_meta, views_sql,
)
from .provenance import provenance
from .reference import Reference, default_reference
from .schema import TABLE_ORDER, conform, load_tables
from .sources import Document, build_sources, read_documents
from .validate import ValidationError, check_tables, frictionless_problems

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass
class BuildResult:
    out_dir: Path
    counts: dict[str, int]
    warnings: list[Warning_]


def build_tables(docs: list[Document], ref: Reference, progress: Progress = _quiet) -> dict[str, pd.DataFrame]:
    """All five tables, conformed to the contract (types, column order, sorted rows)."""
    parts: list[Extraction] = []
    for n, doc in enumerate(docs, 1):
        parts.append(extract_document(doc, ref))
        if n % 100 == 0 or n == len(docs):
            progress(f"extracted {n}/{len(docs)} documents")
    raw = merge_extractions(parts)
    raw["sources"] = build_sources(docs)
    contract = load_tables()
    out = {}
    for name in TABLE_ORDER:
        df = raw[name]
        if df.empty:
            df = pd.DataFrame(columns=contract[name].field_names)
        out[name] = conform(df, contract[name])
    return out


def render_files(tables: dict[str, pd.DataFrame], meta: dict, warnings: list[Warning_],
                 ref: Reference) -> dict[str, bytes]:
    """Every file of the package, as bytes, keyed by relative path."""
    contract = load_tables()
    files: dict[str, bytes] = {}
    for name in TABLE_ORDER:
        files[f"data/{name}.csv"] = csv_bytes(tables[name], contract[name])
        files[f"data/{name}.parquet"] = parquet_bytes(tables[name], contract[name])
    counts = {name: len(tables[name]) for name in TABLE_ORDER}
    prov = provenance(tables["sources"], counts, ref)
    desc = descriptor(meta, files, counts, prov)
    files["datapackage.json"] = dump_json(desc)
    files["views.sql"] = views_sql()
    files["README.md"] = package_readme(desc, tables, ref).encode("utf-8")
    return files


def write_atomically(files: dict[str, bytes], out_dir: Path, check: Callable[[Path], None]) -> None:
    """Write into a temporary sibling folder, run `check` on it, then swap it into place.

    The previous package is left untouched unless every step succeeds.
    """
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    tmp.chmod(0o755)
    try:
        for rel, data in sorted(files.items()):
            p = tmp / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        check(tmp)
        old = None
        if out_dir.exists():
            old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
            os.rename(out_dir, old)
        os.rename(tmp, out_dir)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def frictionless_check(folder: Path) -> None:
    problems = frictionless_problems(folder / "datapackage.json")
    if problems:
        raise ValidationError(problems)


def build(seeds_dir: Path, out_dir: Path, progress: Progress = _quiet,
          ref: Reference | None = None) -> BuildResult:
    """Build and validate a package from every document in `seeds_dir` into `out_dir`."""
    ref = ref or default_reference()
    meta = read_package_meta(seeds_dir)
    progress(f"reading {seeds_dir}")
    docs, warnings = read_documents(seeds_dir)
    tables = build_tables(docs, ref, progress)
    progress("validating tables (pandera + cross-table checks)")
    check_tables(tables, {d.source_id: d.text for d in docs})
    files = render_files(tables, meta, warnings, ref)
    progress("writing package and validating it with frictionless")
    write_atomically(files, out_dir, frictionless_check)
    counts = {n: len(t) for n, t in tables.items()}
    return BuildResult(out_dir, counts, warnings)


def eprint(msg: str) -> None:
    print(msg, file=sys.stderr)


__all__ = ["build", "build_tables", "render_files", "write_atomically", "FactpackError"]
