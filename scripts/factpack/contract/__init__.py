"""Contract: `schemas/fields.yaml` and everything generated from it (Frictionless, pandera, Arrow,
pandas dtypes, the data dictionary), reading package files by their schema, and validation.

The lowest stage: imports only the base modules (`errors`, `paths`, `pool`), never `extract`.
"""
