"""Layout of a source text as users paste it: headline, dateline, body paragraphs, non-body lines.

Real web copy is not clean wire copy. The first line is a headline only when it reads like
one (short, no sentence-final full stop, not a dateline) or equals the sidecar's title;
otherwise it is the lede and is coded. Lines that are not body — boilerplate, credits,
captions, embedded posts, subheadings (patterns in `schemas/reference/layout_lines.csv`,
plus short title-like lines between paragraphs) — stay in the stored text, so offsets never
shift, but no row comes from them. A paragraph hard-wrapped over several lines is one
paragraph again (a line joins the next when the next line's first word would not have fitted
on it, or when the next line continues it in lower case).

Everything here is linear in the length of the text.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from factpack.errors import InputError
from factpack.paths import REFERENCE

LAYOUT_FILE = REFERENCE / "layout_lines.csv"
LAYOUT_KINDS = ("boilerplate", "credit", "caption", "embedded_post", "subheading")
MAX_PATTERN_LINE = 300  # a longer line is body text, whatever it contains
HEADLINE_MAX_CHARS = 250
HEADLINE_MAX_WORDS = 32
SUBHEAD_MAX_CHARS = 60
SUBHEAD_MAX_WORDS = 8
STANDFIRST_MAX_CHARS = 160  # a line without a full stop right under the headline
STANDFIRST_MAX_WORDS = 24
WRAP_MAX_WIDTH = 110  # hard-wrapped text: lines of at most this many characters
WRAP_MIN_FULL = 2  # ... of which at least this many are "full" (a word of the next would not fit)
WRAP_SLACK = 2

DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.])"  # WASHINGTON, NEW YORK, ST. LOUIS
    r"(?:\s*\([^()\n]{1,40}\)(?=,))?"  # YOLA (Adamawa, Nigeria), Nov 4
    r"(?:,\s*(?P<when>[^:(–—\n]{1,40}?))?"  # , March 3 / , Iraq
    r"(?:\s*\((?P<agency>[A-Za-z][\w./ -]{0,30})\))?"  # (Reuters)
    r"\s*(?::|[-–—])\s+"
    r"|(?P<tplace>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"  # Lisbon (Lusa) -, Buenos Aires (AFP) -
    r"(?:,\s*(?P<twhen>[^:(–—\n]{1,40}?))?"
    r"\s*\((?P<tagency>[A-Z][\w./ -]{0,30})\)\s*(?::|[-–—])\s+"
)
# a scraper's date before the first word: "date 2024-05-06 The army ...", "2024Fighting ..."
SCRAPER_PREFIX_RE = re.compile(
    r"(?:(?i:date|dated|published|posted|updated)\s*:?\s*)?\d{4}-\d{2}-\d{2}"
    r"(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s*(?:[-–—|:]\s*)?(?=\S)"
    r"|(?:19|20)\d{2}(?=[A-Z][a-z])"
)
CREDIT_RE = re.compile(r"\s[–—-]{1,2}\s*(?P<agency>[A-Z][A-Za-z]{1,14}(?:/[A-Za-z]{2,14})?)\s*$")
OPENERS = "“\"‘'«„("
SENTENCE_END = tuple(".!?:;,…\"”’»)]")
QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


@dataclass(frozen=True)
class SkippedLine:
    """A line (or the prefix of one) of the stored text that produces no rows, and why."""

    line: int  # 1-based line number
    start: int
    end: int
    kind: str  # headline, boilerplate, credit, caption, embedded_post, subheading, scraper_prefix
    reason: str


@dataclass(frozen=True)
class Layout:
    headline: str | None
    body_start: int
    dateline: str | None
    agency: str | None
    paragraphs: tuple[tuple[int, int], ...]  # body paragraphs, hard wraps joined
    skipped: tuple[SkippedLine, ...]


@dataclass(frozen=True)
class _Line:
    no: int  # 1-based
    start: int  # trimmed of surrounding whitespace
    end: int
    blank_before: bool  # a blank line (or the start of the text) precedes it


@cache
def layout_patterns(path: Path = LAYOUT_FILE) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(kind, compiled pattern, reason) for every row of the layout reference file."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        raise InputError(path, f"cannot read layout patterns ({e.strerror})") from None
    out = []
    for n, r in enumerate(rows, start=2):
        if set(r) != {"kind", "pattern", "reason"} or None in r.values():
            raise InputError(path, f"line {n}: expected the columns kind, pattern, reason")
        if r["kind"] not in LAYOUT_KINDS:
            kinds = ", ".join(LAYOUT_KINDS)
            raise InputError(path, f"line {n}: unknown kind {r['kind']!r}; use one of {kinds}")
        try:
            rx = re.compile(r["pattern"])
        except re.error as e:
            raise InputError(path, f"line {n}: pattern is not a valid regular expression ({e})") from None
        out.append((r["kind"], rx, r["reason"]))
    return tuple(out)


RELATED_LIST = "list of related stories"  # the reason of that line in layout_lines.csv
RELATED_ITEM = "headline of a related story"


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos, blank = 0, True
    for no, raw in enumerate(text.split("\n"), start=1):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e == s:
            blank = True
            continue
        out.append(_Line(no, s, e, blank))
        blank = False
    return out


def _pattern_kind(line: str) -> tuple[str, str] | None:
    if len(line) > MAX_PATTERN_LINE:
        return None
    for kind, rx, reason in layout_patterns():
        if rx.search(line):
            return kind, reason
    return None


def _ends_sentence(line: str) -> bool:
    return line.endswith(SENTENCE_END)


def _norm(s: str) -> str:
    return " ".join(s.translate(QUOTE_FOLD).casefold().split())


def _first_word_len(line: str) -> int:
    return len(line.split(None, 1)[0]) if line else 0


def _wrap_width(text: str, lines: list[_Line]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when lines are paragraphs.

    `lines`: the lines that may be body (not the first, which may be a longer headline, nor
    lines matching a layout pattern)."""
    if len(lines) < 3:
        return None
    width = max(ln.end - ln.start for ln in lines)
    if width > WRAP_MAX_WIDTH:
        return None
    full = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if not b.blank_before and (a.end - a.start) + 1 + _first_word_len(text[b.start : b.end]) > width
    )
    return width if full >= WRAP_MIN_FULL else None


def _joins(text: str, a: _Line, b: _Line, width: int | None) -> bool:
    """Whether line b continues line a's paragraph (a hard line break inside it)."""
    if b.blank_before:
        return False
    first = text[b.start]
    if SCRAPER_PREFIX_RE.match(text, b.start, b.end):
        return False
    if first.islower() and not _ends_sentence(text[a.start : a.end]):
        return True  # "... the interior\nministry said."
    if width is None:
        return False
    return (a.end - a.start) + 1 + _first_word_len(text[b.start : b.end]) > width - WRAP_SLACK


def _reads_like_headline(line: str) -> bool:
    stripped = line.rstrip("\"”’»)] ")
    return (
        len(line) <= HEADLINE_MAX_CHARS
        and len(line.split()) <= HEADLINE_MAX_WORDS
        and not stripped.endswith(".")
        and not line[:1].islower()
        and DATELINE_RE.match(line) is None
        and SCRAPER_PREFIX_RE.match(line) is None
    )


def _subheading(
    text: str, lines: list[_Line], i: int, headline: int | None, width: int | None, skipped: list[bool]
) -> bool:
    """A short title-like line between paragraphs (`What happens next`, `Background`), or a
    standfirst/caption line under the headline; not the first line of a wrapped paragraph."""
    ln = lines[i]
    s = text[ln.start : ln.end]
    under_headline = headline is not None and i == headline + 1
    max_chars, max_words = (STANDFIRST_MAX_CHARS, STANDFIRST_MAX_WORDS) if under_headline else (
        SUBHEAD_MAX_CHARS, SUBHEAD_MAX_WORDS)
    if i == 0 or i + 1 >= len(lines) or len(s) > max_chars or len(s.split()) > max_words:
        return False
    first = s.lstrip("'‘“\"")[:1]
    if _ends_sentence(s.rstrip("'’”\"")) or "," in s or not (first.isupper() or first.isdigit()):
        return False
    prev, nxt = lines[i - 1], lines[i + 1]
    if not skipped[i + 1] and _joins(text, ln, nxt, width):
        return False
    prev_ends = ln.blank_before or skipped[i - 1] or _ends_sentence(text[prev.start : prev.end])
    nxt_starts = (
        skipped[i + 1] or text[nxt.start].isupper() or text[nxt.start].isdigit() or text[nxt.start] in OPENERS
    )
    return prev_ends and nxt_starts


def analyse_layout(text: str, title: str | None = None) -> Layout:
    """Headline, body start, dateline, agency, body paragraphs and skipped lines of a text."""
    lines = _lines(text)
    if not lines:
        return Layout(None, 0, None, None, (), ())
    skipped: list[SkippedLine] = []
    # a scraper's date before the first line ("date 2024-05-06 Headline"): not part of it
    pre = SCRAPER_PREFIX_RE.match(text, lines[0].start, lines[0].end)
    if pre and pre.end() < lines[0].end:
        reason = "date prefix added by a scraper"
        skipped.append(SkippedLine(lines[0].no, lines[0].start, pre.end(), "scraper_prefix", reason))
        lines[0] = _Line(lines[0].no, pre.end(), lines[0].end, lines[0].blank_before)
    kinds: list[tuple[str, str] | None] = [_pattern_kind(text[ln.start : ln.end]) for ln in lines]
    # the headlines listed under `Related` / `Latest Headlines` are other stories, up to the
    # first line that does not read like a headline
    for i in range(1, len(lines)):
        above = kinds[i - 1]
        if kinds[i] is None and above is not None and above[1] in (RELATED_LIST, RELATED_ITEM) \
                and _reads_like_headline(text[lines[i].start : lines[i].end]):
            kinds[i] = ("boilerplate", RELATED_ITEM)
    width = _wrap_width(text, [ln for ln, k in zip(lines[1:], kinds[1:], strict=True) if k is None])
    if width is not None:  # "... according to a security\nsource." : a wrapped line is body
        for i in range(1, len(lines)):
            prev = text[lines[i - 1].start : lines[i - 1].end]
            if kinds[i] and kinds[i - 1] is None and not _ends_sentence(prev):
                if _joins(text, lines[i - 1], lines[i], width):
                    kinds[i] = None
    # the headline: the first line that is not boilerplate, when it reads like one
    headline = head_idx = None
    first = next((i for i, k in enumerate(kinds) if k is None), None)
    if first is not None and first + 1 < len(lines):
        cand = text[lines[first].start : lines[first].end]
        by_title = title is not None and _norm(cand) == _norm(title)
        wrapped_lede = _joins(text, lines[first], lines[first + 1], width)
        if by_title or (_reads_like_headline(cand) and not wrapped_lede):
            headline, head_idx = cand, first
            kinds[first] = ("headline", "equals the sidecar title" if by_title else "reads like a headline")
    is_skipped = [k is not None for k in kinds]  # kept current as lines are classified
    for i in range(len(lines)):
        line = text[lines[i].start : lines[i].end]
        if kinds[i] is None and headline is not None and _norm(line) == _norm(headline):
            kinds[i] = ("headline", "the headline repeated")
        if kinds[i] is None and _subheading(text, lines, i, head_idx, width, is_skipped):
            kinds[i] = ("subheading", "short title-like line between paragraphs")
        is_skipped[i] = kinds[i] is not None
    for ln, k in zip(lines, kinds, strict=True):
        if k is not None:
            skipped.append(SkippedLine(ln.no, ln.start, ln.end, k[0], k[1]))
    body = [ln for ln, k in zip(lines, kinds, strict=True) if k is None]
    if not body:
        return Layout(headline, lines[-1].end, None, None, (), tuple(skipped))
    # ... or glued to the first body line under a headline ("2024Fighting broke out ...")
    lede = body[0]
    pre = SCRAPER_PREFIX_RE.match(text, lede.start, lede.end)
    if pre and pre.end() < lede.end:
        reason = "date prefix added by a scraper"
        skipped.append(SkippedLine(lede.no, lede.start, pre.end(), "scraper_prefix", reason))
        body[0] = _Line(lede.no, pre.end(), lede.end, lede.blank_before)
    paras: list[tuple[int, int]] = []
    prev: _Line | None = None
    for ln in body:
        adjacent = prev is not None and paras and not ln.blank_before and ln.no == prev.no + 1
        if adjacent and _joins(text, prev, ln, width):
            paras[-1] = (paras[-1][0], ln.end)
        else:
            paras.append((ln.start, ln.end))
        prev = ln
    body_start = paras[0][0]
    m = DATELINE_RE.match(text, body_start, paras[0][1])
    dateline = agency = None
    if m:
        place = m.group("place") or m.group("tplace")
        if len(place.strip()) >= 2:
            dateline = place.strip()
            agency = m.group("agency") or m.group("tagency")
    c = CREDIT_RE.search(text, paras[-1][0], paras[-1][1])
    if c:
        agency = agency or c.group("agency")
    skipped.sort(key=lambda s: (s.start, s.end))
    return Layout(headline, body_start, dateline, agency, tuple(paras), tuple(skipped))
