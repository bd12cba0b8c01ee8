"""Extract: one document's text in, its actor, mention, event and claim rows out.

Owns the text primitives, the rules and the reference data they read. May import `ingest`
(for `Document`) and the base modules; knows nothing of `contract`, `publish` or `release`.
"""
