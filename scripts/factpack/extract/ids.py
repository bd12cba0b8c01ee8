"""Deterministic identifiers: derived from content and positions, never from row order.

IDs are chosen to survive changes to how evidence is cut:
- an event's ID hashes its source and its trigger (position and words), plus its type only
  where one trigger yields two events;
- a claim's ID hashes its source and the position and words of its cue (for an unattributed
  continuation quote: the start of its content), plus the content start only where two
  claims share a cue;
- an actor's ID comes from the actor registry (`schemas/reference/actor_registry.csv`) when
  the name or one of its aliases is registered there, so correcting a display name keeps the
  ID; otherwise it hashes the case-folded name.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache


def digest_id(prefix: str, *parts: object) -> str:
    key = "\x1f".join(str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"


def actor_id(name: str, registry: dict[str, tuple[str, str]] | None = None) -> str:
    """The registered ID of `name` (or an alias of it), else a hash of the case-folded name."""
    folded = name.casefold()
    hit = (registry or {}).get(folded)
    return hit[0] if hit else _actor_digest(folded)


@lru_cache(maxsize=1 << 16)
def _actor_digest(folded: str) -> str:
    """`digest_id("act", folded)`, remembered: a story names the same actors again and again."""
    return digest_id("act", folded)


def mention_id(source_id: str, start: int, end: int) -> str:
    return digest_id("men", source_id, start, end)


def event_id(
    source_id: str, trigger_start: int, trigger_end: int, trigger: str, event_type: str | None = None
) -> str:
    """Source + trigger position and words; `event_type` only to tell apart two events of one trigger."""
    parts: list[object] = [source_id, trigger_start, trigger_end, trigger.casefold()]
    if event_type is not None:
        parts.append(event_type)
    return digest_id("evt", *parts)


def claim_id(source_id: str, cue_start: int, cue: str, content_start: int | None = None) -> str:
    """Source + cue position and words; `content_start` only to tell apart two claims of one cue."""
    parts: list[object] = [source_id, cue_start, cue.casefold()]
    if content_start is not None:
        parts.append(content_start)
    return digest_id("clm", *parts)


def link_id(claim_id_: str, linked_claim_id: str) -> str:
    """A claim link: the two claims it joins (the relation may be corrected without a new ID)."""
    return digest_id("lnk", claim_id_, linked_claim_id)


def correction_id(batch: str, table: str, row: str, action: str, field: str | None, nth: int = 0) -> str:
    """A correction record: its batch file and what it does (table, row, action, field), not
    its position in the file, so removing or reordering other entries keeps its ID; `nth`
    tells apart repeats of the same change in one file (0 for the first)."""
    return digest_id("cor", batch, table, row, action, field or "", *([nth] if nth else []))
