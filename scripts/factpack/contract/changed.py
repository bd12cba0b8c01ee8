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

import hashlib
import json
import tempfile
from pathlib import Path

import numpy as np

from factpack.contract.validate import Problem, parquet_csv_problems
from factpack.pool import ForkedChild

ROW_LOCAL_SCHEMA_KEYS = ("fields", "missingValues")


def _descriptor(folder: Path) -> dict | None:
    try:
        desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return desc if isinstance(desc, dict) and isinstance(desc.get("resources"), list) else None


def records(data: bytes) -> list[bytes]:
    """The records of a CSV file's bytes (RFC 4180, LF line ends), each with its line end.

    A record ends at a line feed outside quotes: one preceded by an even number of quote
    characters in the file (an escaped quote `""` counts two). Found with numpy over the
    bytes, not a parser a cell at a time; a record is compared as the bytes it is written in.
    """
    if not data:
        return []
    buf = np.frombuffer(data, dtype=np.uint8)
    quotes = np.flatnonzero(buf == ord('"'))
    ends = np.flatnonzero(buf == ord("\n"))
    if len(quotes):
        ends = ends[np.searchsorted(quotes, ends) % 2 == 0]
    bounds = [0, *(ends + 1).tolist()]
    if bounds[-1] < len(data):
        bounds.append(len(data))  # a last record without a line end
    return [data[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def changed_records(new: bytes, old: bytes | None) -> tuple[bytes, list[tuple[int, bytes]]]:
    """The header record and the (row number, record) of the records of `new` not in `old`
    (all of them when `old` is None or has another header). Row numbers count as
    Frictionless counts them (the header is row 1)."""
    rows = records(new)
    header, body = (rows[0], rows[1:]) if rows else (b"", [])
    seen: set[bytes] = set()
    if old is not None:
        old_rows = records(old)
        if old_rows and old_rows[0] == header:
            seen = set(old_rows[1:])
    return header, [(i + 2, r) for i, r in enumerate(body) if r not in seen]


def _sha256(data: bytes) -> str:
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


def _previous(path: Path, res: dict) -> bytes | None:
    """The previous CSV's bytes, if they are the ones its descriptor names (not edited since
    they were validated)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if _sha256(data) == res.get("hash") else None


def _same_rules(new: dict, old: dict | None) -> bool:
    if old is None:
        return False
    pick = lambda r: (  # noqa: E731
        {k: r.get("schema", {}).get(k) for k in ROW_LOCAL_SCHEMA_KEYS}, r.get("dialect"), r.get("encoding")
    )
    return pick(new) == pick(old)


Errors = tuple[object, object, object, str]  # (row number, field, cell, message)
Job = tuple[str, dict, str, list[int] | None, int]  # (name, descriptor, basepath, row numbers, rows)


def _validate_part(descriptor: dict, basepath: str) -> list[Errors]:
    """Frictionless on one resource: (row number, field, cell, message) per error."""
    import frictionless

    report = frictionless.Resource(descriptor, basepath=basepath).validate()
    return [(getattr(err, "row_number", None), getattr(err, "field_name", None),
             getattr(err, "cell", None), err.message) for task in report.tasks for err in task.errors]


def _pooled(jobs: list[Job], workers: int) -> bool:
    """Whether these jobs are many rows, validated in a pool of `workers` processes."""
    from factpack.contract.validate import PARALLEL_MIN_ROWS

    return min(workers, len(jobs)) > 1 and sum(j[4] for j in jobs) >= PARALLEL_MIN_ROWS


def _job_errors(jobs: list[Job], workers: int) -> list[list[Errors]]:
    """Each job's Frictionless errors, in `workers` processes when there are many rows."""
    from factpack.contract.validate import _groups

    if not _pooled(jobs, workers):
        return [_validate_part(desc, base) for _, desc, base, _, _ in jobs]
    from factpack.pool import guarded_pool

    n = min(workers, len(jobs))
    order = _groups([{"name": i, "x-row-count": j[4], "format": "csv"} for i, j in enumerate(jobs)], n)
    with guarded_pool(len(order)) as pool:
        parts = pool.starmap(_validate_group, [([jobs[i][1:3] for i in g],) for g in order])
    found = {i: errs for g, part in zip(order, parts, strict=True) for i, errs in zip(g, part, strict=True)}
    return [found[i] for i in range(len(jobs))]


def _run_jobs(jobs: list[Job], workers: int, errors: list[list[Errors]] | None = None) -> list[Problem]:
    """Validate each job's resource (unless its `errors` are given), in `workers` processes
    when there are many rows, and name each problem by its row in the package's file."""
    results = _job_errors(jobs, workers) if errors is None else errors
    problems = []
    for (name, _, _, numbers, _), found in zip(jobs, results, strict=True):
        for rn, field, cell, message in found:
            row = rn
            if numbers is not None and isinstance(rn, int):
                row = numbers[rn - 2] if 2 <= rn < len(numbers) + 2 else rn
            problems.append(Problem(name, field, row, cell, message))
    return problems


def _validate_group(parts: list[tuple[dict, str]]) -> list[list[Errors]]:
    return [_validate_part(desc, base) for desc, base in parts]


def changed_rows_problems(new_dir: Path, old_dir: Path | None, workers: int = 1,
                          warm: WarmValidator | None = None) -> tuple[list[Problem], dict[str, int]]:
    """Problems Frictionless finds in the changed CSV rows (row-local rules), plus Parquet ==
    CSV; and how many rows of each resource were checked. Many rows are validated in
    `workers` processes, a resource each at a time (the same problems, in resource order);
    a few, by the `warm` validator's process when given (while Parquet is compared here).

    A table whose CSV and Parquet files are both the very bytes of the previous package's
    (same rules, previous files as their descriptor recorded them) is not read again."""
    new_desc = _descriptor(new_dir)
    if new_desc is None:
        return [Problem("package", None, None, None, "datapackage.json is missing or not JSON")], {}
    old_desc = _descriptor(old_dir) if old_dir is not None else None
    old_res = {r.get("name"): r for r in (old_desc or {}).get("resources", []) if isinstance(r, dict)}
    problems: list[Problem] = []
    checked: dict[str, int] = {}
    unchanged: set[str] = set()  # tables whose CSV bytes are the previous package's
    jobs: list[Job] = []
    with tempfile.TemporaryDirectory(prefix="factpack-changed-") as tmp:
        for res in new_desc["resources"]:
            if res.get("format") != "csv":
                continue
            old = old_res.get(res["name"])
            data = (new_dir / res["path"]).read_bytes()
            previous = None
            if old_dir is not None and old is not None and _same_rules(res, old):
                candidate = old_dir / str(old.get("path"))
                if candidate.resolve().is_relative_to(old_dir.resolve()):
                    previous = _previous(candidate, old)
                if previous is not None and previous == data:  # the very bytes validated before
                    checked[res["name"]] = 0
                    unchanged.add(res["name"])
                    continue
            header, rows = changed_records(data, previous)
            del data
            checked[res["name"]] = len(rows)
            if not rows and previous is not None:
                continue
            if previous is None:  # every row: Frictionless reads the file itself
                where, numbers = (str(new_dir), res["path"]), None
            else:
                part = Path(tmp) / f"{res['name']}.csv"
                with part.open("wb") as fh:  # the changed records as they are in the file
                    fh.write(header)
                    fh.writelines(r for _, r in rows)
                where, numbers = (tmp, part.name), [n for n, _ in rows]
            schema = {k: v for k, v in res["schema"].items() if k in ROW_LOCAL_SCHEMA_KEYS}
            local = {k: v for k, v in res.items() if k not in {"path", "bytes", "hash", "schema"}
                     and not k.startswith("x-")}
            jobs.append((res["name"], {**local, "path": where[1], "schema": schema}, where[0], numbers,
                         len(rows)))
            del rows
        pairs = [n for n in checked
                 if n not in unchanged or not _same_parquet(n, new_desc, new_dir, old_dir, old_res)]
        parts = [j[1:3] for j in jobs]
        sent = warm is not None and bool(jobs) and not _pooled(jobs, workers) and warm.send(parts)
        twins = parquet_csv_problems(new_dir, pairs)  # (meanwhile the warm process validates)
        problems += _run_jobs(jobs, workers, warm.errors(parts) if sent else None)
    return problems + twins, checked


def _same_parquet(name: str, desc: dict, folder: Path, old_dir: Path | None,
                  old_res: dict[str, dict]) -> bool:
    """The table's Parquet file is, byte for byte and under the same schema, the previous
    package's, as that package's descriptor recorded it (whose check against the same CSV
    passed when it was built)."""
    new = next((r for r in desc["resources"] if r.get("name") == f"{name}_parquet"), None)
    old = old_res.get(f"{name}_parquet")
    if old_dir is None or new is None or old is None or new.get("schema") != old.get("schema"):
        return False
    try:
        data = (folder / str(new.get("path"))).read_bytes()
        before = old_dir / str(old.get("path"))
        if not before.resolve().is_relative_to(old_dir.resolve()):
            return False
        return data == before.read_bytes() and _sha256(data) == old.get("x-hash")
    except OSError:
        return False


class WarmValidator(ForkedChild):
    """Frictionless in a forked child process that imports and warms it up while the build
    goes on (`start`), then validates the changed rows' resources when sent them: a small
    rebuild does not wait for the import. A child that dies or cannot answer is no answer:
    the resources are then validated in this process (the same errors)."""

    def start(self) -> WarmValidator:
        super().start(_serve, duplex=True)
        return self

    def send(self, parts: list[tuple[dict, str]]) -> bool:
        """Hand the child these (descriptor, basepath) parts; False: no child to take them."""
        if self.process is None:
            return False
        try:
            self.conn.send(parts)
        except (OSError, ValueError):
            self.stop()
            return False
        return True

    def errors(self, parts: list[tuple[dict, str]]) -> list[list[Errors]]:
        """Each sent part's errors: the child's answer, or (no answer) validated here."""
        kind, value = self.answer()
        return value if kind == "done" else [_validate_part(desc, base) for desc, base in parts]


WARM_DATA = [["code", "count", "day", "flag"], ["ab", "2", "2025-01-02", "true"]]
WARM_SCHEMA = {"fields": [{"name": "code", "type": "string", "constraints": {"pattern": "[a-z]+",
                                                                          "enum": ["ab"]}},
                          {"name": "count", "type": "integer", "constraints": {"minimum": 0}},
                          {"name": "day", "type": "date"}, {"name": "flag", "type": "boolean"}],
               "missingValues": [""]}


def _serve(conn, parent: int) -> None:  # noqa: ANN001 (a multiprocessing Connection)
    """The warm child: import Frictionless and validate a tiny table (the first validation
    loads its profiles), then validate the parts the parent sends and send back the errors."""
    from factpack.pool import guard_worker

    guard_worker(parent)
    try:
        import frictionless

        frictionless.Resource({"name": "warm", "data": WARM_DATA, "schema": WARM_SCHEMA}).validate()
        parts = conn.recv()
        conn.send(("done", [_validate_part(desc, base) for desc, base in parts]))
    except EOFError:  # the parent had nothing to send
        pass
    except BaseException as e:  # any failure: the parent validates the parts itself
        try:
            conn.send(("failed", repr(e)))
        except (OSError, ValueError):
            pass
    conn.close()
