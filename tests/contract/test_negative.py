"""Negative validation: one corruption per rule, each rejected by every validator that owns it.

Each case corrupts one value of a freshly built package (CSV and Parquet alike, except where
the two must disagree), then recomputes the descriptor's sizes and SHA-256s, so the file
checksums do not stop the check. Then:

- `factpack validate` (the CLI, in process) exits 1 and names the table, row and field;
- `factpack verify` on a re-zipped release with a rebuilt SHA256SUMS passes the checksum and
  fails on the package, naming the same table, row and field;
- the build's own validation (`check_tables`, the pandera and cross-table checks run by
  pipeline.py on the extracted frames, with the source texts) rejects the same corruption;
- the official Frictionless validator rejects it too, where the rule is a Table Schema rule.

Rows are 0-based data rows (the header excluded), the same in every report.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import frictionless
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from factpack.cli import main as cli
from factpack.contract.checks import validate_package
from factpack.contract.files import read_table
from factpack.contract.schema import TABLE_ORDER, load_tables
from factpack.contract.validate import ValidationError, check_tables, fast_problems
from factpack.ingest.sources import read_documents
from factpack.paths import SEEDS
from factpack.release.release import zip_bytes

Frames = dict[str, pd.DataFrame]


@dataclass(frozen=True)
class Case:
    """Set `field` of the row `pick` selects in `table` to `value`.

    `csv`: the raw CSV cell instead of value's own rendering (a value no typed frame holds);
    `parquet`: also write it into the Parquet file; `check`: words of our validators' message;
    `frictionless`: the Frictionless error type, None where the rule is not a Table Schema rule;
    `packaged`: whether the published package alone shows the problem (False: only with the
    source texts, which the package does not redistribute)."""

    name: str
    table: str
    field: str
    pick: Callable[[pd.DataFrame], int]
    value: object
    check: str
    frictionless: str | None
    csv: str | None = None
    parquet: bool = True
    packaged: bool = True
    duplicate_row: bool = False


def first(cond: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], int]:
    def pick(df: pd.DataFrame) -> int:
        rows = df.index[cond(df).fillna(False).to_numpy(dtype=bool)]
        assert len(rows), "the seed package has no row to corrupt for this case"
        return int(rows[0])
    return pick


def row(i: int) -> Callable[[pd.DataFrame], int]:
    return lambda df: i


CASES = [
    Case("enum", "events", "event_type", row(1), "ASSALT", "isin", "constraint-error"),
    Case("pattern", "actors", "country_code", first(lambda d: d["country_code"].notna()), "usa",
         "str_matches", "constraint-error"),
    Case("required", "events", "trigger", row(2), None, "not_nullable", "constraint-error"),
    Case("bounds", "events", "fatalities_low", first(lambda d: d["fatalities_low"].notna()), -1,
         "greater_than_or_equal_to", "constraint-error"),
    Case("unique", "actors", "actor_id", row(1), "__previous_row__", "duplicate primary key",
         "primary-key"),
    Case("primary key", "events", "event_id", row(3), None, "duplicate primary key", "primary-key",
         duplicate_row=True),
    Case("foreign key", "events", "actor_id", first(lambda d: d["actor_id"].notna()),
         "act_000000000000", "foreign key: no actors.actor_id", "foreign-key"),
    Case("span length", "claims", "evidence", row(0), "__drop_last_word__",
         "length differs from char_end - char_start", None),
    Case("span text", "events", "char_start", row(0), "__shift_span__",
         "span does not reproduce the text", None, packaged=False),
    Case("claim outside evidence", "claims", "claim_text", row(1), "a claim nobody made",
         "claim_text not inside evidence", None),
    Case("date order", "events", "date_start", first(lambda d: d["date_start"].notna()),
         dt.date(2099, 1, 1), "date_start > date_end", None),
    Case("amount without currency", "events", "currency", first(lambda d: d["amount"].notna()),
         None, "amount and currency go together", None),
    Case("CSV differs from Parquet", "events", "trigger", row(0), "edited in the CSV only",
         "CSV and Parquet differ", None, parquet=False),
    Case("bad date", "events", "date_end", first(lambda d: d["date_end"].notna()), "2025-02-30",
         "not a valid date", "type-error", csv="2025-02-30", parquet=False),
    Case("wrong type", "sources", "char_count", row(0), "many", "not a valid integer",
         "type-error", csv="many", parquet=False),
]


# --- corrupting a package ------------------------------------------------------------------


def corrupt_frames(frames: Frames, case: Case, texts: dict[str, str]) -> tuple[Frames, int]:
    """The tables with the case's corruption, and the row it lands in."""
    out = {k: v.copy() for k, v in frames.items()}
    df = out[case.table]
    i = case.pick(df)
    value = case.value
    if value == "__previous_row__":
        value = df.at[i - 1, case.field]
    elif value == "__drop_last_word__":
        value = df.at[i, case.field].rsplit(" ", 1)[0]
    elif case.duplicate_row:
        df = pd.concat([df.iloc[: i + 1], df.iloc[i : i + 1], df.iloc[i + 1 :]], ignore_index=True)
        out[case.table] = df
        return out, i + 1
    if value == "__shift_span__":  # the same length, one character on: evidence no longer matches
        df.loc[i, ["char_start", "char_end"]] = [df.at[i, "char_start"] + 1, df.at[i, "char_end"] + 1]
        return out, i
    if case.csv is not None or not isinstance(value, (str, int, float, dt.date, type(None))):
        df[case.field] = df[case.field].astype(object)
    df.at[i, case.field] = value if value is not None else pd.NA
    return out, i


def _csv_with(data: bytes, i: int, field: str, raw: str) -> bytes:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    rows[i + 1][rows[0].index(field)] = raw
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def _loose_parquet(df: pd.DataFrame, t) -> bytes:
    from factpack.contract.schema import arrow_schema

    schema = pa.schema([f.with_nullable(True) for f in arrow_schema(t)])
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pandas(df, schema=schema, preserve_index=False), sink)
    return sink.getvalue().to_pybytes()


def write_package(pkg: Path, clean: Frames, bad: Frames, case: Case, i: int) -> None:
    """Write the corrupted tables into `pkg` (a copy of the clean package) and re-record every
    size, SHA-256 and row count, as a careful forger would."""
    from factpack.publish.package import csv_bytes, parquet_bytes

    t = load_tables()[case.table]
    data = csv_bytes(bad[case.table], t) if case.csv is None else _csv_with(
        csv_bytes(clean[case.table], t), i, case.field, case.csv)
    (pkg / "data" / f"{case.table}.csv").write_bytes(data)
    if case.parquet:
        try:
            blob = parquet_bytes(bad[case.table], t)
        except ValueError:  # a null in a required column: the published schema cannot hold it
            blob = _loose_parquet(bad[case.table], t)
        (pkg / "data" / f"{case.table}.parquet").write_bytes(blob)
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    n = len(bad[case.table])
    for res in desc["resources"]:
        if res["name"].removesuffix("_parquet") == case.table and (case.parquet or res["format"] == "csv"):
            res["x-row-count"] = n
        blob = (pkg / res["path"]).read_bytes()
        size, digest = ("bytes", "hash") if "hash" in res else ("x-bytes", "x-hash")
        res[size] = len(blob)
        res[digest] = "sha256:" + hashlib.sha256(blob).hexdigest()
    if case.parquet:
        desc["x-provenance"]["row_counts"][case.table] = n
    (pkg / "datapackage.json").write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")


@pytest.fixture(scope="module")
def clean(seed_package: Path) -> tuple[Frames, dict[str, str]]:
    frames = {n: read_table(seed_package, n, "csv") for n in TABLE_ORDER}
    docs, _ = read_documents(SEEDS)
    return frames, {d.source_id: d.text for d in docs}


def cases(keep: Callable[[Case], bool]):
    """Parametrise `corrupted` with the cases a validator owns (the others are not its rules)."""
    chosen = [c for c in CASES if keep(c)]
    return pytest.mark.parametrize("corrupted", chosen, ids=[c.name for c in chosen], indirect=True)


@pytest.fixture(scope="module")
def corrupted(request: pytest.FixtureRequest, seed_package: Path, clean,
              tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, Path, Frames, int]:
    case: Case = request.param
    frames, texts = clean
    bad, i = corrupt_frames(frames, case, texts)
    pkg = Path(shutil.copytree(seed_package, tmp_path_factory.mktemp("neg") / "pkg"))
    write_package(pkg, frames, bad, case, i)
    return case, pkg, bad, i


def _names_it(problems: list, case: Case, i: int) -> bool:
    return any(p.table == case.table and p.column == case.field and p.row == i and case.check in p.check
               for p in problems)


# --- the validators -----------------------------------------------------------------------


@cases(lambda c: c.packaged)  # not: a shifted span, seen only with the source text (the build's check)
def test_factpack_validate_rejects_it(corrupted, capsys: pytest.CaptureFixture) -> None:
    case, pkg, _, i = corrupted
    problems = validate_package(pkg)
    assert _names_it(problems, case, i), [str(p) for p in problems]
    assert not any("differs from the descriptor" in p.check or "size differs" in p.check for p in problems)
    if case.name == "enum":  # what the command prints is these problems, one a line
        assert cli(["validate", str(pkg)]) == 1
        err = capsys.readouterr().err
        assert f"error: {case.table}.{case.field} row {i}: " in err and "INVALID" in err, err


@cases(lambda c: c.packaged)
def test_factpack_verify_rejects_it(corrupted, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    case, pkg, _, i = corrupted
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    z = tmp_path / f"{desc['name']}-{desc['version']}.zip"
    z.write_bytes(zip_bytes(pkg, z.stem))
    (tmp_path / "SHA256SUMS").write_text(f"{hashlib.sha256(z.read_bytes()).hexdigest()}  {z.name}\n")
    assert cli(["verify", str(z)]) == 1
    out = capsys.readouterr().out
    assert "ok    SHA-256" in out and "FAIL  invalid package" in out, out
    assert f"{case.table}.{case.field} row {i}: " in out, out
    assert "SHA-256 differs" not in out and "size differs" not in out


@cases(lambda c: c.parquet or c.csv is not None)  # not: CSV != Parquet, see the fast-mode test
def test_the_builds_own_validation_rejects_it(corrupted, clean) -> None:
    """What pipeline.build runs on the extracted frames before writing anything (it writes
    CSV and Parquet from the same frame afterwards)."""
    case, _, bad, i = corrupted
    with pytest.raises(ValidationError) as e:
        check_tables(bad, clean[1])
    problems = e.value.problems
    field = "char_start" if case.value == "__shift_span__" else case.field
    hit = [p for p in problems if p.table == case.table and p.row == i and case.check in p.check
           or (case.csv and p.table == case.table and p.column == case.field and p.row == i)]
    assert hit, [str(p) for p in problems]
    if case.value == "__shift_span__":
        assert any(p.column == "evidence" for p in hit)
    else:
        assert any(p.column == field for p in hit), [str(p) for p in hit]
    assert f"{case.table}." in str(e.value)


@cases(lambda c: c.frictionless is not None)  # Table Schema rules; the others are factpack's own
def test_the_frictionless_validator_rejects_it(corrupted) -> None:
    case, pkg, _, i = corrupted
    report = frictionless.validate(str(pkg / "datapackage.json"))
    assert not report.valid
    errors = [(t.name, e.type, getattr(e, "row_number", None), getattr(e, "field_name", None))
              for t in report.tasks for e in t.errors]
    if case.frictionless == "primary-key" or case.frictionless == "foreign-key":
        assert (case.table, case.frictionless, i + 2, None) in errors, errors
    else:
        assert (case.table, case.frictionless, i + 2, case.field) in errors, errors


def test_fast_validation_names_the_row_where_csv_and_parquet_differ(clean, seed_package: Path,
                                                                     tmp_path: Path) -> None:
    """`build --validate fast` checks Parquet against CSV with pyarrow: the same corruption."""
    case = next(c for c in CASES if c.name == "CSV differs from Parquet")
    frames, texts = clean
    bad, i = corrupt_frames(frames, case, texts)
    pkg = Path(shutil.copytree(seed_package, tmp_path / "pkg"))
    write_package(pkg, frames, bad, case, i)
    problems = fast_problems(pkg / "datapackage.json")
    assert [(p.table, p.column, p.row, p.check) for p in problems] == [
        ("events", "trigger", i, "CSV and Parquet differ")]


def test_a_hash_mismatch_does_not_stop_the_content_checks(clean, seed_package: Path,
                                                          tmp_path: Path) -> None:
    """The forger forgot to update the descriptor: both the hash and the content are reported."""
    case = next(c for c in CASES if c.name == "enum")
    frames, texts = clean
    bad, i = corrupt_frames(frames, case, texts)
    pkg = Path(shutil.copytree(seed_package, tmp_path / "pkg"))
    desc_before = (pkg / "datapackage.json").read_bytes()
    write_package(pkg, frames, bad, case, i)
    (pkg / "datapackage.json").write_bytes(desc_before)
    problems = validate_package(pkg)
    assert any(p.table == "events" and "SHA-256 differs" in p.check for p in problems)
    assert _names_it(problems, case, i), [str(p) for p in problems]


def test_the_clean_package_passes_every_validator(seed_package: Path, clean) -> None:
    """The same four validators accept the package the corruptions start from."""
    frames, texts = clean
    assert validate_package(seed_package) == []
    check_tables(frames, texts)
    assert frictionless.validate(str(seed_package / "datapackage.json")).valid


def test_the_corruption_helpers_keep_a_clean_package_clean(seed_package: Path, clean,
                                                           tmp_path: Path) -> None:
    """Rewriting the files and descriptor as the cases do, without a corruption, stays valid:
    what the cases report comes from the corruption, not from the rewriting."""
    frames, _ = clean
    pkg = Path(shutil.copytree(seed_package, tmp_path / "pkg"))
    for table in ("events", "actors", "claims", "sources"):
        case = Case("none", table, "x", row(0), None, "", None)
        write_package(pkg, frames, frames, case, 0)
    assert validate_package(pkg) == []
    assert pa.Table.equals(pq.read_table(pkg / "data" / "events.parquet"),
                           pq.read_table(seed_package / "data" / "events.parquet"))


@pytest.mark.parametrize(("resource", "key", "check"), [
    ("events_parquet", "x-hash", "SHA-256 differs from the descriptor"),
    ("events_parquet", "x-bytes", "size differs from recorded"),
    ("claims", "hash", "SHA-256 differs from the descriptor"),
    ("claims", "bytes", "size differs from recorded"),
])
def test_every_recorded_size_and_checksum_is_checked(seed_package: Path, tmp_path: Path, resource: str,
                                                     key: str, check: str) -> None:
    """The file is intact, its record in the descriptor is not: Parquet resources record their
    size and SHA-256 as x-bytes / x-hash (Frictionless cannot check them), CSV ones as
    bytes / hash; factpack checks both kinds."""
    pkg = Path(shutil.copytree(seed_package, tmp_path / "pkg"))
    p = pkg / "datapackage.json"
    desc = json.loads(p.read_text(encoding="utf-8"))
    res = next(r for r in desc["resources"] if r["name"] == resource)
    res[key] = "sha256:" + "0" * 64 if "hash" in key else res[key] + 1
    p.write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    problems = validate_package(pkg)
    assert [p for p in problems if p.table == resource and check in p.check], [str(p) for p in problems]


def test_the_recorded_row_counts_are_checked(seed_package: Path, tmp_path: Path) -> None:
    """x-provenance.row_counts must equal the tables' row counts."""
    pkg = Path(shutil.copytree(seed_package, tmp_path / "pkg"))
    p = pkg / "datapackage.json"
    desc = json.loads(p.read_text(encoding="utf-8"))
    desc["x-provenance"]["row_counts"]["events"] += 1
    p.write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    problems = [str(p) for p in validate_package(pkg)]
    n = desc["x-provenance"]["row_counts"]["events"]
    assert f"events: row count differs from recorded {n} (value: {n - 1})" in problems, problems
