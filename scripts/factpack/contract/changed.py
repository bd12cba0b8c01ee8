"""The official Frictionless validator on the rows that changed since the previous package.

A rebuild after adding one article changes a few hundred rows of a package that may hold
millions. The rules of a Table Schema split in two:

- row-local rules (types and formats, `required`, `enum`, `pattern`, bounds, lengths) are
  checked here by Frictionless, on every CSV row that is not, byte for byte, a row of the
  previous package validated under the same schema; the rest were checked when they were
  first published;
- rules over all rows (primary keys unique, foreign keys resolve) are checked on every row
  of every build by the vectorised pass (pandera and the cross-table checks).

A resource whose schema or dialect changed, or a package with no previous version, has all
its rows checked. Each Parquet file is checked equal to its CSV twin (pyarrow), all rows.
"""

from __future__ import annotations

import csv
import hashlib
import json
import tempfile
from pathlib import Path

from factpack.contract.validate import Problem, parquet_csv_problems

ROW_LOCAL_SCHEMA_KEYS = ("fields", "missingValues")


def _descriptor(folder: Path) -> dict | None:
    try:
        desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return desc if isinstance(desc, dict) and isinstance(desc.get("resources"), list) else None


def _rows(path: Path) -> list[tuple[str, ...]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [tuple(r) for r in csv.reader(fh)]


def changed_rows(new_csv: Path, old_csv: Path | None) -> tuple[list[str], list[tuple[int, tuple[str, ...]]]]:
    """The header and the (row number, cells) of the rows of `new_csv` not in `old_csv`.

    Row numbers count as Frictionless counts them (the header is row 1)."""
    rows = _rows(new_csv)
    header, body = list(rows[0]) if rows else [], rows[1:]
    old: set[tuple[str, ...]] = set()
    if old_csv is not None and old_csv.is_file():
        old_rows = _rows(old_csv)
        if old_rows and list(old_rows[0]) == header:
            old = set(old_rows[1:])
    return header, [(i + 2, r) for i, r in enumerate(body) if r not in old]


def _intact(path: Path, res: dict) -> bool:
    """The previous CSV is the one its descriptor names (not edited since it was validated)."""
    try:
        return f"sha256:{hashlib.sha256(path.read_bytes()).hexdigest()}" == res.get("hash")
    except OSError:
        return False


def _same_rules(new: dict, old: dict | None) -> bool:
    if old is None:
        return False
    pick = lambda r: (  # noqa: E731
        {k: r.get("schema", {}).get(k) for k in ROW_LOCAL_SCHEMA_KEYS}, r.get("dialect"), r.get("encoding")
    )
    return pick(new) == pick(old)


def changed_rows_problems(new_dir: Path, old_dir: Path | None) -> tuple[list[Problem], dict[str, int]]:
    """Problems Frictionless finds in the changed CSV rows (row-local rules), plus Parquet ==
    CSV; and how many rows of each resource were checked."""
    import frictionless

    new_desc = _descriptor(new_dir)
    if new_desc is None:
        return [Problem("package", None, None, None, "datapackage.json is missing or not JSON")], {}
    old_desc = _descriptor(old_dir) if old_dir is not None else None
    old_res = {r.get("name"): r for r in (old_desc or {}).get("resources", []) if isinstance(r, dict)}
    problems: list[Problem] = []
    checked: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="factpack-changed-") as tmp:
        for res in new_desc["resources"]:
            if res.get("format") != "csv":
                continue
            old = old_res.get(res["name"])
            old_csv = None
            if old_dir is not None and old is not None and _same_rules(res, old):
                candidate = old_dir / str(old.get("path"))
                old_csv = candidate if candidate.resolve().is_relative_to(old_dir.resolve()) \
                    and _intact(candidate, old) else None
            header, rows = changed_rows(new_dir / res["path"], old_csv)
            checked[res["name"]] = len(rows)
            if not rows and old_csv is not None:
                continue
            part = Path(tmp) / f"{res['name']}.csv"
            with part.open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
                w.writerow(header)
                w.writerows(r for _, r in rows)
            schema = {k: v for k, v in res["schema"].items() if k in ROW_LOCAL_SCHEMA_KEYS}
            local = {k: v for k, v in res.items() if k not in {"path", "bytes", "hash", "schema"}
                     and not k.startswith("x-")}
            resource = frictionless.Resource({**local, "path": part.name, "schema": schema}, basepath=tmp)
            report = resource.validate()
            numbers = [n for n, _ in rows]
            for task in report.tasks:
                for err in task.errors:
                    rn = getattr(err, "row_number", None)
                    row = numbers[rn - 2] if isinstance(rn, int) and 2 <= rn < len(numbers) + 2 else rn
                    problems.append(Problem(res["name"], getattr(err, "field_name", None), row,
                                            getattr(err, "cell", None), err.message))
    problems += parquet_csv_problems(new_dir)
    return problems, checked
