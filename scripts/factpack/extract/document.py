"""Extraction: one document in, its actor, mention, event and claim rows out."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from factpack.extract.actors import Actor, DocActors, Mention, country_bound_key, find_mentions
from factpack.extract.claim_links import links_for_source
from factpack.extract.claims import Claim, bare_collective, find_claims
from factpack.extract.events import Event, accusation_events, find_events
from factpack.extract.ids import actor_id, claim_id, event_id, mention_id
from factpack.extract.reference import Reference
from factpack.extract.text import Span, clear_caches
from factpack.ingest.layout import analyse_layout
from factpack.ingest.sources import Document

EXTRACTION_VERSION = "1"


@dataclass
class Extraction:
    """Rows extracted from one document (plain dicts, ready for DataFrames)."""

    actors: dict[str, dict] = field(default_factory=dict)
    mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    claim_links: list[dict] = field(default_factory=list)  # among this document's claims
    ref: Reference | None = field(default=None, repr=False, compare=False)


def actor_row(a: Actor, ref: Reference | None = None) -> dict:
    """The actor's row; a registered name or alias takes the registry's ID and display name."""
    registry = ref.registry if ref is not None else {}
    hit = registry.get(a.name.casefold())
    key = a.name if hit or ref is None else country_bound_key(a, ref)
    return {
        "actor_id": actor_id(key, registry),
        "name": hit[1] if hit else a.name,
        "actor_type": a.actor_type,
        "country_code": a.country_code,
        "description": a.description,
        "is_generic": a.is_generic,
    }


def _add_actor(out: Extraction, a: Actor | None) -> str | None:
    if a is None:
        return None
    row = actor_row(a, out.ref)
    out.actors.setdefault(row["actor_id"], row)
    return row["actor_id"]


def _mention_rows(doc: Document, mentions: DocActors, out: Extraction) -> None:
    seen: set[tuple[int, int]] = set()
    for m in [*mentions.mentions, *mentions.recorded]:
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        out.mentions.append(
            {
                "mention_id": mention_id(doc.source_id, m.start, m.end),
                "source_id": doc.source_id,
                "actor_id": _add_actor(out, m.actor),
                "mention_type": m.mention_type,
                "text": doc.text[m.start : m.end],
                "char_start": m.start,
                "char_end": m.end,
            }
        )


def _claim_row(doc: Document, c: Claim, out: Extraction) -> dict:
    text = doc.text
    has_cue = text.startswith(c.cue, c.cue_start)  # an inherited cue (continued quote) is not in the text
    return {
        "claim_id": claim_id(doc.source_id, c.cue_start, c.cue),
        "source_id": doc.source_id,
        "claimant_actor_id": _add_actor(out, c.claimant),
        "claimant_text": c.claimant_text,
        "cue": c.cue,
        "claim_text": text[c.claim_start : c.claim_end],
        "quote_type": c.quote_type,
        "subject_actor_id": _add_actor(out, c.subject),
        "evidence": text[c.evidence_start : c.evidence_end],
        "char_start": c.evidence_start,
        "char_end": c.evidence_end,
        "cue_start": c.cue_start if has_cue else None,
        "cue_end": c.cue_start + len(c.cue) if has_cue else None,
        "via_actor_id": _add_actor(out, c.via),
    }


def _event_row(doc: Document, e: Event, out: Extraction) -> dict:
    return {
        "event_id": event_id(doc.source_id, e.trigger_start, e.trigger_start + len(e.trigger), e.trigger),
        "source_id": doc.source_id,
        "event_type": e.event_type,
        "event_mode": e.event_mode,
        "actor_id": _add_actor(out, e.actor),
        "target_actor_id": _add_actor(out, e.target),
        "trigger": e.trigger,
        "location": e.location,
        "date_start": e.date.start,
        "date_end": e.date.end,
        "date_precision": e.date.precision,
        "date_text": e.date.text,
        "fatalities_low": e.fatalities_low,
        "fatalities_high": e.fatalities_high,
        "amount": e.amount,
        "currency": e.currency,
        "modality": e.modality,
        "evidence": doc.text[e.evidence_start : e.evidence_end],
        "char_start": e.evidence_start,
        "char_end": e.evidence_end,
        "trigger_start": e.trigger_start,
        "trigger_end": e.trigger_start + len(e.trigger),
    }


def _unique_ids(rows: list[dict], key: str, rekey) -> None:  # noqa: ANN001
    """Where two rows of a document share an ID (one trigger, two event types; one cue, two
    claims), give each of them the ID that also hashes what tells them apart."""
    seen: dict[str, int] = {}
    for r in rows:
        seen[r[key]] = seen.get(r[key], 0) + 1
    for r in rows:
        if seen[r[key]] > 1:
            r[key] = rekey(r)


def _subject_mentions(doc: Document, claims: list[Claim], mentions: DocActors) -> None:
    """Claimants found only as generic phrases or new names, and outlets named only as the
    channel of a relayed statement (`told The Hindu`), become mentions too."""
    for c in claims:
        if c.via is not None and c.via_start >= 0:
            end = c.via_start + len(c.via.name)
            if not mentions.overlapping(c.via_start, end):
                mentions.add(Mention(c.via_start, end, c.via.name, c.via, "name"))
        if c.claimant is None or not c.claimant_text:
            continue
        start = c.claimant_start
        if start < 0 or mentions.overlapping(start, start + len(c.claimant_text)):
            continue
        if c.claimant.is_generic:
            kind = "generic"
        elif c.claimant_text[:1].islower() or c.claimant_text.lower().startswith(("the ", "a ", "an ")):
            kind = "definite"  # a role phrase resolved to its holder: "the minister"
        elif c.claimant_text.lower() in ("he", "she", "him", "her"):
            kind = "pronoun"
        else:
            kind = "name"
        mentions.add(Mention(start, start + len(c.claimant_text), c.claimant_text, c.claimant, kind))
    mentions.sort()


def reading_text(text: str, paras: list[Span]) -> str:
    """`text` with each line break inside a paragraph (a hard wrap) replaced by a space: the
    same length, so offsets into it are offsets into `text`."""
    if not any("\n" in text[p.start : p.end] for p in paras):
        return text
    parts, last = [], 0
    for p in paras:
        parts += [text[last : p.start], text[p.start : p.end].replace("\n", " ")]
        last = p.end
    parts.append(text[last:])
    return "".join(parts)


def _layout(doc: Document) -> tuple[list[Span], list[Span], list[tuple[int, int]]]:
    """Body paragraphs, the paragraphs read for mentions (headline too) and the spans that
    are not body, from the document's layout (analysed here if ingest did not)."""
    if doc.paragraphs is None:
        lay = analyse_layout(doc.text, doc.title)
        paras, skipped = lay.paragraphs, lay.skipped
    else:
        paras, skipped = doc.paragraphs, doc.skipped
    body = [Span(a, b) for a, b in paras]
    heads = [Span(s.start, s.end) for s in skipped if s.kind == "headline"]
    skip = [(s.start, s.end) for s in skipped if s.kind != "headline"]
    return body, sorted(heads + body, key=lambda s: s.start), skip


EXTRACT_STAGES = ("layout", "actors", "claims", "events", "rows")


@contextmanager
def _timed(times: dict[str, float] | None, name: str) -> Iterator[None]:
    """Add the CPU time of the block to `times[name]` (nothing when `times` is None)."""
    if times is None:
        yield
        return
    t0 = time.process_time()
    try:
        yield
    finally:
        times[name] = times.get(name, 0.0) + time.process_time() - t0


def extract_document(doc: Document, ref: Reference, times: dict[str, float] | None = None) -> Extraction:
    """All rows for one document. Claims and events come from the body; mentions from all text.
    `times`: when given, the CPU seconds of each of EXTRACT_STAGES are added to it."""
    try:
        return _extract(doc, ref, times)
    finally:
        clear_caches()


def _extract(doc: Document, ref: Reference, times: dict[str, float] | None = None) -> Extraction:
    out = Extraction(ref=ref)
    with _timed(times, "layout"):
        body, read, skip = _layout(doc)
        # rules read the text with hard line breaks inside paragraphs as spaces (same length,
        # so every offset holds); rows quote the stored text
        text = reading_text(doc.text, body)
    with _timed(times, "actors"):
        mentions = find_mentions(text, doc.body_start, ref, read, skip)
    with _timed(times, "claims"):
        claims = find_claims(text, body, mentions, ref)
    with _timed(times, "events"):
        spans = [(c.claim_start, c.claim_end) for c in claims]
        speakers = {(c.claim_start, c.claim_end): c.claimant for c in claims}
        events = find_events(text, body, mentions, ref, doc.published_date, spans, speakers)
        events += accusation_events(text, claims, events, ref, doc.published_date)
    with _timed(times, "rows"):
        claims = [bare_collective(c, ref, text) for c in claims]
        return _rows(doc, out, claims, events, mentions)


def _rows(doc: Document, out: Extraction, claims: list[Claim], events: list[Event],
          mentions: DocActors) -> Extraction:
    _subject_mentions(doc, claims, mentions)
    _mention_rows(doc, mentions, out)
    out.claims = [_claim_row(doc, c, out) for c in claims]
    claims_by_id = {id(r): c for r, c in zip(out.claims, claims, strict=True)}
    out.events = [_event_row(doc, e, out) for e in events]
    def claim_rekey(r: dict) -> str:
        c = claims_by_id[id(r)]
        return claim_id(doc.source_id, c.cue_start, c.cue, c.claim_start)

    _unique_ids(out.claims, "claim_id", claim_rekey)
    _unique_ids(out.events, "event_id", lambda r: event_id(
        doc.source_id, r["trigger_start"], r["trigger_end"], r["trigger"], r["event_type"]))
    assert out.ref is not None
    out.claim_links = links_for_source(out.claims, doc.text, out.ref)
    out.ref = None
    return out
