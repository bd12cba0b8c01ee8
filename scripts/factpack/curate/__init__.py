"""Curate: what people and cross-row rules add to the extracted tables before validation.

Owns the `claim_links` rules (a claim linked to the earlier claim it answers) and the
corrections read from a corrections folder (set a field, drop a row, add a row; merge or
split incidents, which the pipeline applies to the linked events), applied after extraction and
before validation, and recorded in the `corrections` table.
May import `contract` (field definitions, to check corrected values), `extract` (IDs and
reference data), `ingest` and the base modules; `pipeline` imports it.
"""
