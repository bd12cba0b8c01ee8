"""Deterministic identifiers: derived from content and spans, never from row order."""

from __future__ import annotations

import hashlib


def digest_id(prefix: str, *parts: object) -> str:
    key = "\x1f".join(str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"


def actor_id(name: str) -> str:
    return digest_id("act", name.casefold())


def mention_id(source_id: str, start: int, end: int) -> str:
    return digest_id("men", source_id, start, end)


def event_id(source_id: str, start: int, end: int, event_type: str, trigger: str, trigger_start: int) -> str:
    """Source + evidence span, discriminated by type and trigger (text and offset)."""
    return digest_id("evt", source_id, start, end, event_type, trigger, trigger_start)


def claim_id(source_id: str, start: int, end: int, claim_start: int, claim_end: int) -> str:
    return digest_id("clm", source_id, start, end, claim_start, claim_end)
