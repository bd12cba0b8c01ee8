"""Release: versions and their policy, diff, changelog, archives, SHA256SUMS and verify.

Sits on top of a build: may import `pipeline`, `publish`, `contract` and the base modules.
"""
