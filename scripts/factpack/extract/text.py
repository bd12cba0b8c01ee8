"""Text primitives with character offsets: paragraphs, sentences, tokens, quotations."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES + '"'
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt capt cmdr adm gov sen rep st jr sr prof rev maj brig "
    "no vs etc inc corp ltd co jan feb mar apr aug sept sep oct nov dec".split()
)
WORD_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|\$|€|£|¥"
    r"|[^\W_]+(?:[-–][^\W_]+)*(?:['’](?![sS]\b)[^\W_]+)*(?:\.(?=\d)\d+)?(?:,\d{3})*"
    r"|['’][sS]\b"
    r"|[^\s\w]"
)
SENT_END_RE = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|[.!?]+[\"”’)\]]*\s*$")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str  # lower-cased, with ’ folded to '


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str, start: int = 0) -> list[Span]:
    """Non-empty lines from `start` on, trimmed of surrounding whitespace."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        s, e = m.start() + start, m.end() + start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e))
    return out


def sentences(text: str, para: Span) -> list[Span]:
    """Split a paragraph into sentences (abbreviation-aware); spans cover the paragraph."""
    return _sentences(text, para.start, para.end)


ABBREV_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.$")
ABBREV_WINDOW = 12  # longest abbreviation + its full stop, with room: the look-back is bounded
INITIALS_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")


@lru_cache(maxsize=1024)
def _sentences(text: str, pstart: int, pend: int) -> list[Span]:
    para = Span(pstart, pend)
    out: list[Span] = []
    start = para.start
    chunk = text[para.start : para.end]
    for m in SENT_END_RE.finditer(chunk):
        end = para.start + m.end()
        dot = para.start + m.start() + 1
        before = ABBREV_BEFORE.search(text, max(start, dot - ABBREV_WINDOW), dot)
        if before and before.group(1).lower() in ABBREVIATIONS and end < para.end:
            continue
        if (
            INITIALS_BEFORE.search(text[max(start, para.start + m.start() - 40) : para.start + m.start() + 1])
            and end < para.end
        ):
            # U.S. / J. in mid-sentence: split only when followed by a clear sentence start
            continue
        seg_end = end
        while seg_end > start and text[seg_end - 1].isspace():
            seg_end -= 1
        if seg_end > start:
            out.append(Span(start, seg_end))
        start = end
        while start < para.end and text[start].isspace():
            start += 1
    if start < para.end:
        out.append(Span(start, para.end))
    return out


def tokens(text: str, span: Span) -> list[Token]:
    """Word and punctuation tokens of a span (cached: every pass re-reads the same sentences)."""
    return _tokens(text, span.start, span.end)


@lru_cache(maxsize=4096)
def _tokens(text: str, start: int, end: int) -> list[Token]:
    out = []
    for m in WORD_RE.finditer(text, start, end):
        w = m.group()
        out.append(Token(w, m.start(), m.end(), w.lower().replace("’", "'")))
    return out


def quotations(text: str, para: Span) -> list[Span]:
    """Spans of quoted content in a paragraph (see `_quotations`)."""
    return _quotations(text, para.start, para.end)


@lru_cache(maxsize=1024)
def _quotations(text: str, pstart: int, pend: int) -> list[Span]:
    """Spans of quoted content (without the marks) in a paragraph.

    Curly quotes pair by direction; straight double quotes alternate. A quote left open
    runs to the end of the paragraph (wire style for quotes continued in the next one).
    """
    para = Span(pstart, pend)
    out: list[Span] = []
    open_at: int | None = None
    for i in range(para.start, para.end):
        ch = text[i]
        if ch in OPEN_QUOTES or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i
        elif ch in CLOSE_QUOTES or ch == '"':
            if open_at is not None:
                out.append(Span(open_at + 1, i))
                open_at = None
    if open_at is not None and open_at + 1 < para.end:
        out.append(Span(open_at + 1, para.end))
    return [s for s in out if s.end > s.start]


def in_quotes(pos: int, quotes: list[Span]) -> bool:
    """Whether pos lies inside one of a paragraph's quotations (disjoint, in order): a bisect,
    not a scan, so a quote-dense paragraph stays linear."""
    k = bisect.bisect_right(quotes, pos, key=lambda q: q.start) - 1
    return k >= 0 and pos < quotes[k].end


def inside(pos: int, spans: list[Span]) -> Span | None:
    for s in spans:
        if s.start <= pos < s.end:
            return s
    return None


def strip_span(text: str, start: int, end: int, chars: str = " ,.;:!?\"“”'’‘—–-") -> tuple[int, int]:
    """Shrink a span past leading/trailing whitespace and punctuation."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end
