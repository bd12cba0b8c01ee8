"""Where the project's files live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
REFERENCE = SCHEMAS / "reference"
FIELDS_FILE = SCHEMAS / "fields.yaml"
SEEDS = ROOT / "seeds"
PACKAGE = ROOT / "datapackage"
DIST = ROOT / "dist"
