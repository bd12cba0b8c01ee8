"""Link: event rows (one per report of an act) -> incidents (one per real-world act).

Owns the linking rules, their reference data (`schemas/reference/link_*.csv`), the
`incidents` table, `events.incident_id`, and merge/split directives that correct the result.
Pure functions on DataFrames, run once over the assembled tables (linking is across sources,
so it cannot run per document). May import the base modules, `ingest`, `extract` (the
gazetteer, to place locations in countries) and `contract`; never `publish` or `release`.
"""
