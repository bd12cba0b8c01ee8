"""The code layout shows the pipeline: stage folders, and imports that run one way only.

Every `import factpack...` / `from factpack... import` in scripts/factpack (module level or
inside a function) is read with `ast`; a stage may import only the stages listed for it below.
A new top-level module or stage folder must be added here, on purpose.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from factpack.paths import ROOT

CODE = ROOT / "scripts" / "factpack"
BASE = {"errors", "paths", "pool"}
EXTRACTION = BASE | {"ingest", "extract"}
BUILD = EXTRACTION | {"contract", "publish", "cache", "workers", "link", "pipeline"}
ALLOWED: dict[str, set[str]] = {
    "errors": BASE,
    "paths": BASE,
    "pool": BASE,
    "contract": BASE | {"contract"},
    "ingest": BASE | {"ingest"},
    "extract": EXTRACTION,
    "publish": EXTRACTION | {"contract", "publish"},
    "link": EXTRACTION | {"contract", "link"},
    "cache": EXTRACTION | {"cache"},
    "workers": EXTRACTION | {"cache", "workers"},
    "pipeline": BUILD,
    "release": BUILD | {"release"},
    "tools": BUILD | {"release", "tools"},
    "cli": BUILD | {"release", "tools", "cli"},
    "__init__": {"publish", "release"},  # factpack.load reads release zips and URLs too
}


def stage_of(path: Path) -> str:
    rel = path.relative_to(CODE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imported_stages(path: Path) -> list[tuple[int, str]]:
    """(line, stage) for every factpack import in a module, relative imports resolved."""
    pkg = path.relative_to(CODE.parent).with_suffix("").parts[:-1]
    return stages_in_source(path.read_text(encoding="utf-8"), pkg)


def stages_in_source(source: str, pkg: tuple[str, ...]) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(pkg[: len(pkg) - node.level + 1] + ((base,) if base else ()))
            names = [base] if node.module else [f"{base}.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "factpack" and len(parts) > 1:
                found.append((node.lineno, parts[1]))
    return sorted(found)


MODULES = sorted(CODE.rglob("*.py"))


def test_every_module_belongs_to_a_known_stage() -> None:
    unknown = sorted({stage_of(p) for p in MODULES} - ALLOWED.keys())
    assert not unknown, f"add {unknown} to ALLOWED in this test, with the stages it may import"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(CODE).as_posix())
def test_imports_run_one_way(path: Path) -> None:
    stage = stage_of(path)
    wrong = [f"line {ln}: {stage} imports {target}" for ln, target in imported_stages(path)
             if target not in ALLOWED.get(stage, set())]
    assert not wrong, f"{path.relative_to(ROOT)}: " + "; ".join(wrong)


def test_the_checker_sees_a_wrong_way_import() -> None:
    """The test above can fail: imports inside functions and relative ones are read too."""
    source = "def f():\n    from factpack.publish.package import write_package\nfrom ..release import diff\n"
    assert stages_in_source(source, ("factpack", "extract")) == [(2, "publish"), (3, "release")]
    assert not {"publish", "release"} & ALLOWED["extract"]


def test_top_level_is_small_and_every_stage_says_what_it_owns() -> None:
    top = sorted(p.name for p in CODE.glob("*.py"))
    assert len(top) <= 8, top
    for folder in sorted(p for p in CODE.iterdir() if p.is_dir() and not p.name.startswith("__")):
        init = folder / "__init__.py"
        assert init.is_file(), f"{folder.name}/ has no __init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "import" in doc, f"{folder.name}/__init__.py must say what it owns and may import"
