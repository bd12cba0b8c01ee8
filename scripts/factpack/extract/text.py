"""Text primitives with character offsets: paragraphs, sentences, tokens, quotations."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

OPEN_QUOTES = "“«„‘"
CLOSE_QUOTES = "”»"
# marks that show a quotation in a span (a lone ’ or ' is usually an apostrophe: not here)
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES + '"'
# opening mark -> the marks that close it (“…”, „…“ and „…”, «…», ‘…’, "…", '…')
QUOTE_PAIRS = {"“": '”"', "„": '“”"', "«": "»", "‘": "’", '"': '"”', "'": "'"}
# every mark that opens or closes a quotation there: the only characters `_quotations` looks at
QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(QUOTE_PAIRS).union(*QUOTE_PAIRS.values())))) + "]")
# sentences, tokens and quotations are cached per span while one document is extracted (every
# pass re-reads them); large enough for a 512 KiB document, emptied after each document
CACHE_SIZE = 1 << 16
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
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})  # quotation marks and apostrophes, as tokens
SENT_END_RE = re.compile(
    r"[.!?]+[\"”’»“')\]]*(?=\s+[\"“‘«„'(\[]?[A-Z0-9])|[.!?]+[\"”’»“')\]]*\s*$"
)


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


# characters that Python's case-insensitive matching pairs with an ASCII letter although their
# lower case is not that letter (ı ~ i, ſ ~ s), or whose lower case is or holds one (İ, the
# Kelvin sign); tests/extract/test_fast_paths.py checks this against every code point
CASE_EXOTIC = re.compile("[\u0130\u0131\u017f\u212a]")


DIGIT = re.compile(r"\d")  # a cheap test: patterns that need a digit skip sentences without one


def caseless(text: str) -> str | None:
    """`text` lower-cased, where a case-sensitive search of it for lower-case ASCII words finds
    exactly what a case-insensitive search of `text` finds (many times faster than
    re.IGNORECASE); None when the text holds a character for which that is not so."""
    return None if CASE_EXOTIC.search(text) else text.lower()


def literal_alternation(forms: set[str] | list[str]) -> str:
    """A regex (no groups) matching any of `forms` literally, written as a trie: at each
    position the longest form that lets the rest of the pattern match wins, as in the plain
    alternation of the forms sorted longest first, but the engine tries one branch per next
    character instead of every form (many times faster for a gazetteer of a thousand forms)."""
    trie: dict = {}
    for f in forms:
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here
    return _trie_rx(trie)


def _trie_rx(node: dict) -> str:
    branches = [re.escape(ch) + _trie_rx(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    ends = "" in node
    if len(branches) == 1 and not ends:
        return branches[0]
    alt = "|".join(branches)
    # a longer form before the one ending here: greedy `?` tries the branches first
    return f"(?:{alt})?" if ends else f"(?:{alt})"


def _word_or(ch: str, also: str = "_-") -> bool:
    r"""What `[\w\-]` matches in a pattern on text (a letter or digit of any script, `_`, `-`);
    with `also="_"`, what `\w` matches."""
    return ch.isalnum() or ch in also


def whole_forms(text: str, forms: list[str] | set[str], also: str = "_-") -> list[tuple[int, str]]:
    r"""(start, form) of each match of `(?<![\w\-])(?:form|...)(?![\w\-])` in `text` (with
    `also="_"`: of `(?<!\w)(?:form|...)(?!\w)`), forms tried longest first, left to right
    without overlaps (as `re.finditer` finds them), by `str.find`: a document's own forms need
    no pattern compiled for it."""
    found: list[tuple[int, int, str]] = []
    n = len(text)
    for f in forms:
        if not f:
            continue
        k = text.find(f)
        while k >= 0:
            end = k + len(f)
            if (k == 0 or not _word_or(text[k - 1], also)) and (end == n or not _word_or(text[end], also)):
                found.append((k, -len(f), f))
            k = text.find(f, k + 1)
    found.sort()
    out: list[tuple[int, str]] = []
    pos = 0
    for k, _, f in found:
        if k >= pos:
            out.append((k, f))
            pos = k + len(f)
    return out


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


@lru_cache(maxsize=CACHE_SIZE)
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


def clear_caches() -> None:
    """Forget the cached sentences, tokens and quotations (call after each document)."""
    for f in (_sentences, _tokens, _quotations):
        f.cache_clear()


def tokens(text: str, span: Span) -> list[Token]:
    """Word and punctuation tokens of a span (cached: every pass re-reads the same sentences)."""
    return _tokens(text, span.start, span.end)


@lru_cache(maxsize=CACHE_SIZE)
def _tokens(text: str, start: int, end: int) -> list[Token]:
    out = []
    for m in WORD_RE.finditer(text, start, end):
        w = m.group()
        out.append(Token(w, m.start(), m.end(), w.lower().replace("’", "'")))
    return out


def quotations(text: str, para: Span) -> list[Span]:
    """Spans of quoted content in a paragraph (see `_quotations`)."""
    return _quotations(text, para.start, para.end)


@lru_cache(maxsize=CACHE_SIZE)
def _quotations(text: str, pstart: int, pend: int) -> list[Span]:
    """Spans of quoted content (without the marks) in a paragraph.

    Each opening mark is closed by its own closing marks (QUOTE_PAIRS); other marks inside a
    quotation (a nested ‘…’, an apostrophe) are content. Single quotes count only where they
    cannot be apostrophes: an opening ‘ or ' before a letter and after a space or bracket, a
    closing ’ or ' not between two letters or digits. A quote left open runs to the end of
    the paragraph (wire style for quotes continued in the next one; cut-off text).
    """
    out: list[Span] = []
    open_at: int | None = None
    closers = ""
    for q in QUOTE_MARK.finditer(text, pstart, pend):  # every other character changes nothing
        i, ch = q.start(), q.group()
        if open_at is None:
            if ch in QUOTE_PAIRS and _opens(text, i, pstart, pend):
                open_at, closers = i, QUOTE_PAIRS[ch]
        elif ch in closers and _closes(text, i, pstart, pend):
            out.append(Span(open_at + 1, i))
            open_at = None
    if open_at is not None and open_at + 1 < pend:
        out.append(Span(open_at + 1, pend))
    return [s for s in out if s.end > s.start]


def _opens(text: str, i: int, pstart: int, pend: int) -> bool:
    ch = text[i]
    if ch not in "‘'":
        return True
    before = text[i - 1] if i > pstart else " "
    after = text[i + 1] if i + 1 < pend else " "
    return (before.isspace() or before in "(—–-[“\"") and after.isalpha()


def _closes(text: str, i: int, pstart: int, pend: int) -> bool:
    ch = text[i]
    if ch not in "’'":
        return True
    before = text[i - 1] if i > pstart else " "
    after = text[i + 1] if i + 1 < pend else " "
    return not (before.isalnum() and after.isalnum()) and not before.isspace()


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


def strip_span(text: str, start: int, end: int, chars: str = " ,.;:!?\"“”'’‘«»„—–-") -> tuple[int, int]:
    """Shrink a span past leading/trailing whitespace and punctuation."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end
