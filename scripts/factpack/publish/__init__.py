"""Publish: tables -> the package folder (CSV, Parquet, datapackage.json, README, views.sql, build
report, provenance), the DuckDB file, the pandas loader and the README's example queries.

May import `contract`, `ingest`, `extract` (reference data for the codebook) and the base modules.
"""
