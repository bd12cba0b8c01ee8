"""Date phrases in a sentence, resolved against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from factpack.extract.quantities import NUMBER_WORDS
from factpack.extract.text import DIGIT, caseless

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTH_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
WEEKDAY_RX = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ORD = r"(?:st|nd|rd|th)?"  # "4th June", "June 4th"
DAY_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 10}  # "two days ago"


@dataclass(frozen=True)
class DateRange:
    start: dt.date | None
    end: dt.date | None
    precision: str
    text: str | None
    char_start: int = -1


UNKNOWN = DateRange(None, None, "unknown", None)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _latest_month(month: int, pub: dt.date) -> int:
    """Year of the latest given month on or before the publication month."""
    return pub.year if month <= pub.month else pub.year - 1


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _explicit(m: re.Match[str]) -> tuple[dt.date, dt.date, str] | None:
    g = m.groupdict()
    try:
        if g.get("d1"):
            day = dt.date(int(g["y1"]), _month_num(g["m1"]), int(g["d1"]))
        else:
            day = dt.date(int(g["y2"]), _month_num(g["m2"]), int(g["d2"]))
    except ValueError:
        return None
    return day, day, "day"


PATTERNS: list[tuple[str, str]] = [
    # explicit full dates: "12 May 2025", "May 12, 2025", "2025-05-12"
    (
        "explicit",
        rf"\b(?:on )?(?:(?P<d1>\d{{1,2}}){ORD} (?:of )?(?P<m1>{MONTH_RX}),? (?P<y1>\d{{4}})|(?P<m2>{MONTH_RX}) (?P<d2>\d{{1,2}}){ORD},? (?P<y2>\d{{4}}))\b",
    ),
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    (
        "day_month",
        rf"\b(?:on )?(?:(?:the )?(?P<d1>\d{{1,2}}){ORD} (?:of )?(?P<m1>{MONTH_RX})|(?P<m2>{MONTH_RX}) (?P<d2>\d{{1,2}}){ORD})\b(?!,? \d{{4}})(?!\d)",
    ),
    ("since_month", rf"\b(?:since|from) (?:early |mid-|late )?(?P<m>{MONTH_RX})(?: (?P<y>\d{{4}}))?\b"),
    (
        "in_month",
        rf"\b(?:(?:in|during|by|last|early|late|in early|in late|earlier in|since) |(?:in )?mid-)(?P<m>{MONTH_RX})(?: (?P<y>\d{{4}}))?\b",
    ),
    ("weekday", rf"\b(?:(?:on|last|this|late|early) )?(?P<w>{WEEKDAY_RX})(?:'s|’s)?\b"),
    (
        "recent_days",
        r"\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few )?days\b|\bthis week\b|\bin recent days\b",
    ),
    ("last_week", r"\blast week\b"),
    ("yesterday", r"\byesterday\b"),
    ("days_ago", rf"\b(?P<n>\d{{1,2}}|{'|'.join(DAY_WORDS)}) days? ago\b"),
    ("today", r"\btoday\b|\bon the day\b"),
    ("last_month", r"\blast month\b"),
    ("this_month", r"\b(?:earlier |later )?this month\b"),
    ("last_year", r"\blast year(?:['’]s)?\b"),
    ("this_year", r"\b(?:earlier |later )?this year\b"),
    ("in_year", r"\b(?:in|since|during|by) (?P<y>(?:19|20)\d{2})\b"),
]
# every pattern needs one of these: a cheap test that skips most sentences
MAYBE_DATE_RX = rf"\d|{MONTH_RX}|{WEEKDAY_RX}|yesterday|today|week|month|year|days|on the day"
MAYBE_DATE = re.compile(MAYBE_DATE_RX, re.IGNORECASE)
MAYBE_DATE_LOWER = re.compile(MAYBE_DATE_RX.lower())  # the same test on `caseless` text
COMPILED = [(k, re.compile(rx, re.IGNORECASE)) for k, rx in PATTERNS]
# words (lower case) a pattern cannot match without, "0" for any digit: a pattern none of whose
# words is in a sentence is not run (the same dates in a third of the time)
MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
NEEDS: dict[str, tuple[str, ...]] = {
    "explicit": ("0",),
    "iso": ("0",),
    "day_month": ("0",),
    "since_month": MONTH_STEMS,
    "in_month": MONTH_STEMS,
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "recent_days": ("days", "this week"),
    "last_week": ("last week",),
    "yesterday": ("yesterday",),
    "days_ago": (" ago",),
    "today": ("today", "on the day"),
    "last_month": ("last month",),
    "this_month": ("this month",),
    "last_year": ("last year",),
    "this_year": ("this year",),
    "in_year": ("0",),
}


def resolve(kind: str, m: re.Match[str], pub: dt.date | None) -> tuple[dt.date, dt.date, str] | None:
    """Turn one matched phrase into (start, end, precision); None when it needs `pub` and has none."""
    g = m.groupdict()
    if kind == "explicit":
        return _explicit(m)
    if kind == "iso":
        try:
            d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        return d, d, "day"
    if kind == "in_year":
        y = int(g["y"])
        if m.group().startswith("since") and pub:
            return dt.date(y, 1, 1), pub, "year"
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    if pub is None:
        return None
    if kind == "day_month":
        month = _month_num(g["m1"] or g["m2"])
        day = int(g["d1"] or g["d2"])
        # the latest such day on or before publication; February 29 only exists in leap years
        for year in range(_latest_month(month, pub), max(dt.MINYEAR, pub.year - 8) - 1, -1):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if d <= pub:
                return d, d, "day"
        return None
    if kind == "since_month":
        month = _month_num(g["m"])
        year = int(g["y"]) if g.get("y") else _latest_month(month, pub)
        return dt.date(year, month, 1), pub, "month"
    if kind == "in_month":
        month = _month_num(g["m"])
        year = int(g["y"]) if g.get("y") else _latest_month(month, pub)
        end = pub if (year, month) == (pub.year, pub.month) else _month_end(year, month)
        return dt.date(year, month, 1), end, "month"
    if kind == "weekday":
        back = (pub.weekday() - WEEKDAYS[g["w"].lower()]) % 7
        if m.group().lower().startswith("last ") and back == 0:
            back = 7
        d = pub - dt.timedelta(days=back)
        return d, d, "day"
    if kind == "recent_days":
        return pub - dt.timedelta(days=6), pub, "week"
    if kind == "last_week":
        start = pub - dt.timedelta(days=pub.weekday() + 7)
        return start, start + dt.timedelta(days=6), "week"
    if kind == "yesterday":
        d = pub - dt.timedelta(days=1)
        return d, d, "day"
    if kind == "days_ago":
        n = g["n"].lower()
        d = pub - dt.timedelta(days=int(n) if n.isdigit() else DAY_WORDS[n])
        return d, d, "day"
    if kind == "today":
        return pub, pub, "day"
    if kind == "last_month":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), first, "month"
    if kind == "this_month":
        return pub.replace(day=1), pub, "month"
    if kind == "last_year":
        return dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31), "year"
    if kind == "this_year":
        return dt.date(pub.year, 1, 1), pub, "year"
    return None


def find_dates(sentence: str, pub: dt.date | None, offset: int = 0) -> list[DateRange]:
    """Every date phrase in a sentence, left to right, without overlaps (earlier patterns win)."""
    return _find_dates(sentence, pub, offset, caseless(sentence))


def _find_dates(sentence: str, pub: dt.date | None, offset: int, low: str | None) -> list[DateRange]:
    """`find_dates`; with `low` (the sentence `caseless`) only the patterns whose NEEDS are met
    run; without, every pattern (the plain path, which gives the same dates)."""
    if low is None:
        if not MAYBE_DATE.search(sentence):
            return []
    elif not MAYBE_DATE_LOWER.search(low):
        return []
    else:
        low += " 0" if DIGIT.search(sentence) else ""  # NEEDS: "0" stands for any digit
    taken: list[tuple[int, int]] = []
    out: list[DateRange] = []
    met: dict[tuple[str, ...], bool] = {}  # several patterns share their NEEDS: test each once
    for kind, rx in COMPILED:
        if low is not None:
            needs = NEEDS[kind]
            if needs not in met:
                met[needs] = any(w in low for w in needs)
            if not met[needs]:
                continue
        for m in rx.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            names = [v for k, v in m.groupdict().items() if k[0] in "mw" and v and not v[0].isdigit()]
            if any(not v[0].isupper() for v in names):
                continue  # "may", "march" as verbs (a month in digits is no verb: 2025-05-20)
            try:
                r = resolve(kind, m, pub)
            except (ValueError, OverflowError):  # year 0000, or a range before year 1
                r = None
            taken.append((m.start(), m.end()))
            if r is None:
                out.append(DateRange(None, None, "unknown", m.group(), offset + m.start()))
            else:
                out.append(DateRange(r[0], r[1], r[2], m.group(), offset + m.start()))
    return sorted(out, key=lambda d: d.char_start)


def pick_date(dates: list[DateRange], anchor: int) -> DateRange:
    """The date phrase closest to an event trigger at `anchor` (resolved ones first)."""
    resolved = [d for d in dates if d.precision != "unknown"] or dates
    if not resolved:
        return UNKNOWN
    return min(resolved, key=lambda d: abs(d.char_start - anchor))
