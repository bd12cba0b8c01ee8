"""`factpack verify dist/<archive>`: is this release archive the one that was published, intact
and valid?

1. its SHA-256 equals the entry for it in the SHA256SUMS file beside it;
2. a zip unpacks safely (no absolute paths, `..`, links) into a temporary folder, holding one
   folder named like the archive;
3. that package passes `factpack validate` (schemas, keys, spans, hashes, row counts,
   provenance, CSV = Parquet, Frictionless).

A .duckdb archive gets step 1 and a check that it opens and holds the package's tables.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from factpack.contract.schema import TABLE_ORDER
from factpack.errors import FactpackError
from factpack.release.archive import safe_extract

SUMS_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


@dataclass(frozen=True)
class Check:
    ok: bool
    what: str

    def __str__(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.what}"


def read_sums(path: Path) -> dict[str, str]:
    """`sha256sum` output: file name -> hex digest."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = SUMS_LINE.match(line.strip())
        if m:
            out[m[2]] = m[1].lower()
    return out


def check_checksum(archive: Path) -> Check:
    sums = archive.parent / "SHA256SUMS"
    if not sums.exists():
        return Check(False, f"no SHA256SUMS beside the archive ({sums} is missing)")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    listed = read_sums(sums)
    if archive.name not in listed:
        return Check(False, f"{sums} has no entry for {archive.name} (its SHA-256 is {digest})")
    if listed[archive.name] != digest:
        return Check(
            False,
            f"checksum mismatch: {sums} lists {listed[archive.name]} for "
            f"{archive.name}, but the file's SHA-256 is {digest} (the archive was "
            f"altered or damaged, or SHA256SUMS belongs to another release)",
        )
    return Check(True, f"SHA-256 {digest} matches {sums}")


def check_zip(archive: Path) -> list[Check]:
    from factpack.contract.checks import same_contract, validate_package

    out = []
    with tempfile.TemporaryDirectory(prefix="factpack-verify-") as tmp:
        try:
            files = safe_extract(archive, Path(tmp))
        except FactpackError as e:
            return [Check(False, f"cannot unpack: {e}")]
        top = sorted(p.name for p in Path(tmp).iterdir())
        if top != [archive.stem]:
            return [
                Check(
                    False,
                    f"the archive should hold one folder {archive.stem}/, "
                    f"it holds {', '.join(top) or 'nothing'}",
                )
            ]
        out.append(Check(True, f"unpacked safely ({len(files)} files in {archive.stem}/)"))
        pkg = Path(tmp) / archive.stem
        try:
            desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
            named = f"{desc.get('name')}-{desc.get('version')}"
        except (OSError, ValueError) as e:
            return [*out, Check(False, f"no readable datapackage.json ({e})")]
        if named != archive.stem:
            out.append(Check(False, f"datapackage.json names {named}, the archive is {archive.stem}"))
        # A release made under another contract (an older release after a schema change)
        # is checked against its own schemas only.
        current = same_contract(desc)
        if not current:
            out.append(
                Check(
                    True,
                    "its schemas differ from this factpack's contract "
                    "(schemas/fields.yaml): checked against its own schemas, "
                    "without the pandera and cross-table checks",
                )
            )
        try:
            problems = validate_package(pkg, contract=current)
        except FactpackError as e:
            problems = [e]
        if problems:
            shown = "\n        ".join(str(p) for p in problems[:20])
            more = f"\n        ... and {len(problems) - 20} more" if len(problems) > 20 else ""
            out.append(Check(False, f"invalid package ({len(problems)} problems):\n        {shown}{more}"))
        else:
            what = (
                ("schemas, keys, spans, hashes, row counts, provenance, CSV = Parquet, Frictionless")
                if current
                else ("hashes, row counts, provenance, CSV = Parquet, Frictionless")
            )
            out.append(Check(True, f"package valid: {what}"))
    return out


def check_duckdb(archive: Path) -> list[Check]:
    import duckdb

    try:
        con = duckdb.connect(str(archive), read_only=True)
        try:
            present = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in TABLE_ORDER if t in present}
        finally:
            con.close()
    except duckdb.Error as e:
        return [Check(False, f"cannot read the database: {e}")]
    return [Check(True, "database opens; " + ", ".join(f"{k} {v}" for k, v in counts.items()))]


def verify_archive(archive: Path) -> list[Check]:
    """Every check on one release archive (all must be ok)."""
    archive = Path(archive)
    if not archive.is_file():
        raise FactpackError(f"{archive}: no such file")
    checks = [check_checksum(archive)]
    if archive.suffix == ".duckdb":
        checks += check_duckdb(archive)
    else:
        checks += check_zip(archive)
    return checks
