"""The R loader (scripts/load_package.R) reads a fresh package with the declared types.

These tests need Rscript with readr and jsonlite. Without them they skip with the reason and
the install command, unless FACTPACK_REQUIRE_R=1 is set: then they fail. CI installs R and sets
it (.ci/run), so there a missing R is a failure, never a silent skip.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from factpack.paths import ROOT

SCRIPT = ROOT / "scripts" / "load_package.R"
INSTALL = ("apt-get install -y --no-install-recommends r-base-core r-cran-readr r-cran-jsonlite"
           " (see .ci/run)")


def r_available() -> str | None:
    """Why R cannot run here, or None when Rscript with readr and jsonlite is ready."""
    exe = shutil.which("Rscript")
    if not exe:
        return f"Rscript is not installed: {INSTALL}"
    r = subprocess.run([exe, "-e", "library(readr); library(jsonlite)"], capture_output=True, timeout=120)
    return None if r.returncode == 0 else f"readr or jsonlite is missing for R: {INSTALL}"


@pytest.fixture(autouse=True, scope="module")
def _need_r() -> None:
    why = r_available()
    if why and os.environ.get("FACTPACK_REQUIRE_R") == "1":
        pytest.fail(f"FACTPACK_REQUIRE_R=1 but {why}")
    if why:
        pytest.skip(why)


def _rscript() -> str:
    exe = shutil.which("Rscript")
    assert exe, f"Rscript is not installed: {INSTALL}"
    return exe


def run_r(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([_rscript(), *args], capture_output=True, text=True, timeout=300)


def _counts(desc: dict) -> dict[str, int]:
    return {r["name"]: r["x-row-count"] for r in desc["resources"] if r["format"] == "csv"}


def test_r_loader_reads_the_package(seed_package: Path) -> None:
    r = run_r(str(SCRIPT), str(seed_package))
    assert r.returncode == 0, r.stdout + r.stderr
    desc = json.loads((seed_package / "datapackage.json").read_text(encoding="utf-8"))
    printed = {m[1]: int(m[2]) for m in re.finditer(r"^(\w+)\s+(\d+) rows", r.stdout, re.M)}
    assert printed == _counts(desc)
    assert f"{len(printed)} tables read with their declared types; row counts match x-row-count" in r.stdout


def test_r_loader_gives_declared_r_types(seed_package: Path) -> None:
    code = f"""
source({json.dumps(str(SCRIPT))}); t <- load_package({json.dumps(str(seed_package))})
stopifnot(length(attr(t, "problems")) == 0)
stopifnot(inherits(t$events$date_start, "Date"), is.integer(t$events$fatalities_low),
          is.double(t$events$amount), is.logical(t$actors$is_generic),
          is.character(t$events$event_type), inherits(t$sources$published_date, "Date"),
          any(t$actors$is_generic), !all(t$actors$is_generic))
cat("types ok\\n")
"""
    r = run_r("-e", code)
    assert r.returncode == 0 and "types ok" in r.stdout, r.stdout + r.stderr


@pytest.mark.parametrize("damage, message", [
    ("count", "x-row-count says"),
    ("value", "values do not parse"),
    ("column", "columns differ from the schema"),
])
def test_r_loader_fails_on_a_mismatch(seed_package: Path, tmp_path: Path, damage: str,
                                      message: str) -> None:
    pkg = Path(shutil.copytree(seed_package, tmp_path / "pkg"))
    if damage == "count":
        desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
        next(r for r in desc["resources"] if r["name"] == "events")["x-row-count"] += 1
        (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    elif damage == "value":  # a word in the integer column char_count
        p = pkg / "data" / "sources.csv"
        head, row = p.read_text(encoding="utf-8").splitlines()[:2]
        p.write_text(head + "\n" + row.rsplit(",", 1)[0] + ",many\n", encoding="utf-8")
    else:  # an extra column the schema does not declare
        p = pkg / "data" / "actors.csv"
        p.write_text("".join(ln + ",x\n" for ln in p.read_text(encoding="utf-8").splitlines()),
                     encoding="utf-8")
    r = run_r(str(SCRIPT), str(pkg))
    assert r.returncode == 1, r.stdout + r.stderr
    assert message in r.stderr


def test_base_r_read_csv_and_our_boolean_spelling(seed_package: Path) -> None:
    """Base R's read.csv (R 4.2) guesses `true`/`false` as text: type.convert only knows
    TRUE/FALSE/T/F. Declaring the column logical reads it (README, "Load into R")."""
    path = json.dumps(str(seed_package / "data" / "actors.csv"))
    r = run_r("-e", f"""
x <- read.csv({path}, encoding = "UTF-8")
y <- read.csv({path}, colClasses = c(is_generic = "logical"), na.strings = "", encoding = "UTF-8")
tc <- class(type.convert(c("true", "false"), as.is = TRUE))
old <- as.integer(R.version$major) < 4 || (R.version$major == "4" && as.numeric(R.version$minor) < 3)
cat(class(x$is_generic), class(y$is_generic), sum(y$is_generic), tc, old, "\\n")
""")
    assert r.returncode == 0, r.stderr
    guessed, declared, n_true, type_convert, before_4_3 = r.stdout.split()
    if before_4_3 == "TRUE":
        assert guessed == "character"  # seen with R 4.2, as the README says
    else:  # read.csv guesses as type.convert does, whatever a later R makes of true/false
        assert guessed == type_convert
    assert declared == "logical" and int(n_true) > 0


def test_r_summary_matches_the_generated_readme_text(seed_package: Path) -> None:
    """The README's R output is generated in Python (factpack.publish.readme.r_summary): it
    must be exactly what R prints."""
    from factpack.publish.readme import r_summary

    r = run_r(str(SCRIPT), str(seed_package))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.rstrip("\n") == r_summary(seed_package, shown_as=str(seed_package))
