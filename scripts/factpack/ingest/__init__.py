"""Ingest: read a seeds folder (texts, sidecars, package.yaml) into `Document`s and the sources table.

Owns the input formats and their errors. May import only `factpack.errors`/`paths` and itself.
"""
