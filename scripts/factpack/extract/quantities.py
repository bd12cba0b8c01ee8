"""Numbers in a sentence: fatality counts and sums of money."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factpack.extract.text import DIGIT, caseless

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "hundred": 100,
}
# Vague counts: documented lower bounds ("dozens" = at least two dozen).
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "a dozen": 12, "several": 3}
SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "crore": 1e7,
    "lakh": 1e5,
}
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "CHF": "CHF",
    "CNY": "CNY",
    "yuan": "CNY",
    "rupees": "INR",
    "INR": "INR",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "RUB": "RUB",
    "NGN": "NGN",
    "ZAR": "ZAR",
}
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "rubles": "RUB",
    "roubles": "RUB",
    "naira": "NGN",
    "hryvnias": "UAH",
    "bolivars": "VES",
}

NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + ")"
)
VAGUE_RX = "|".join(re.escape(w) for w in VAGUE)
COUNT = rf"(?P<lo_q>at least|more than|over|nearly|almost|about|around|some|up to|as many as|at most)?\s*(?:(?P<n1>{NUM})(?:\s*(?:-|–|to|and)\s*(?P<n2>{NUM}))?|(?P<vague>{VAGUE_RX}))"
# "leaving three workers injured and one dead": a count followed (within two words) by an
# injury word counts the hurt, not the dead; a word after "and"/"or" starts a clause of its
# own ("killed five soldiers and wounded eleven": five dead)
NOT_HURT = (r"(?!(?:\s+(?!(?:and|or)\b)[a-z]+){0,2}\s+"
            r"(?:injured|wounded|hurt|missing|displaced|homeless|stranded))")
ONE_VICTIM = (r"(?:person|man|woman|child|boy|girl|baby|soldier|policeman|policewoman|officer|civilian|"
              r"journalist|protester|student|worker|farmer|fisherman|militant|guard|teenager|doctor|nurse)")
FATALITY_PATTERNS = [
    re.compile(
        rf"\b(?:killing|killed|kills|left|leaving)\s+{COUNT}{NOT_HURT}(?:\s+(?:people|persons|civilians|soldiers|others|children|men|women|protesters|migrants|fishermen|militants|troops|police(?:\s+officers)?|workers|crew(?: members)?|passengers))?\b(?!\s+(?:injured|wounded|hurt|missing|displaced|homeless|stranded))",
        re.I,
    ),
    re.compile(
        rf"\b(?:between\s+)?{COUNT}(?:\s+(?!(?:injured|wounded|hurt|and|or)\b)[a-z]+){{0,3}}(?:,[^,.;]{{1,40}},)?\s+(?:were|have been|had been|was|are)?\s*(?:killed|dead|died|slain|perished)\b",
        re.I,
    ),
    re.compile(
        rf"\bdeath toll\s+(?:rose|rises|climbed|climbs|jumped|increased|reached|stood|stands|has risen|"
        rf"has climbed|of|at|to)(?:\s+(?:to|at))?\s+{COUNT}\b",
        re.I,
    ),
    # "claimed the lives of 30 people", "45 people lost their lives"
    re.compile(rf"\bclaim(?:ed|ing|s)? the lives of\s+{COUNT}\b", re.I),
    re.compile(rf"\b{COUNT}(?:\s+(?!(?:injured|wounded|hurt|and|or)\b)[a-z]+){{0,3}}\s+(?:have |had )?lost their lives\b",
               re.I),
    # one victim named by a noun: "killed a policeman", "a 12-year-old boy was killed"
    re.compile(rf"\b(?:killing|killed|kills)\s+(?P<one>an?)\s+(?:[a-z0-9-]+\s+)?{ONE_VICTIM}\b", re.I),
    re.compile(rf"\b(?P<one>[Aa]n?)\s+(?:[a-z0-9-]+\s+)?{ONE_VICTIM}\s+(?:was|has been|had been)\s+killed\b"),
    re.compile(rf"\b{COUNT}\s+(?:deaths?|fatality|fatalities|bodies)\b", re.I),  # "one death"
]
# words (lower case) each of FATALITY_PATTERNS cannot match without: a pattern none of whose
# words is in the sentence is not run
FATALITY_NEEDS: list[tuple[str, ...]] = [
    ("kill", "left", "leaving"),
    ("killed", "dead", "died", "slain", "perished"),
    ("death toll",),
    ("the lives of",),
    ("lost their lives",),
    ("kill",),
    ("killed",),
    ("death", "fatalit", "bodies"),
]
MAYBE_DEATHS_RX = r"kill|dead|death|died|slain|perish|fatalit|bodies|lives"
MAYBE_DEATHS = re.compile(MAYBE_DEATHS_RX, re.IGNORECASE)
MAYBE_DEATHS_LOWER = re.compile(MAYBE_DEATHS_RX)  # the same test on `caseless` text
MONEY_PATTERNS = [
    re.compile(
        r"(?P<cur>\b(?:US|AU?|NZ|CA?|HK|S|R|MX)\$|(?<![A-Za-z])\$|€|£|¥|₹|\bRs\.?|\b(?:USD|EUR|GBP|JPY|CHF|CNY|INR|RUB|NGN|ZAR))\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(?:-|\s*)(?P<scale>thousand|million|billion|trillion|crore|lakh|bn|mn|tn|[mbk]))?\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|trillion|crore|lakh)?[\s-]+(?P<word>dollars?|euros?|pounds|yen|yuan|rupees|rubles|roubles|naira|hryvnias|bolivars)\b",
        re.I,
    ),
]


# Bounds on what is read as a number: larger figures in news text are not death tolls or sums
# of money (and would overflow the integer columns, or become `inf`); they are left out.
MAX_COUNT = 1_000_000_000
MAX_AMOUNT = 1e15


@dataclass(frozen=True)
class Fatalities:
    low: int | None
    high: int | None
    text: str
    char_start: int


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    text: str
    char_start: int


def to_number(word: str) -> float:
    w = word.lower().replace(",", "")
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if len(w.split(".")[0]) > 20:  # beyond any count or sum (and beyond float for 309+ digits)
        return float("inf")
    return float(w)


def _count(word: str) -> int | None:
    """A count as an integer, None above MAX_COUNT."""
    n = to_number(word)
    return int(n) if n <= MAX_COUNT else None


def _bounds(m: re.Match[str]) -> tuple[int | None, int | None]:
    q = (m.group("lo_q") or "").lower()
    if m.group("vague"):
        return VAGUE[m.group("vague").lower()], None
    n1 = _count(m.group("n1"))
    if n1 is None:
        return None, None
    if m.group("n2"):
        n2 = _count(m.group("n2"))
        # "killed 40 and 12 others were wounded": a second number below the first does not
        # close a range; the first is the count
        return (n1, n2) if n2 is not None and n2 >= n1 else (n1, n1)
    if q in ("at least", "more than", "over"):
        return (n1 + 1 if q in ("more than", "over") else n1), None
    if q in ("up to", "as many as", "at most"):
        return None, n1
    if q in ("nearly", "almost"):
        return None, n1
    return n1, n1


def find_fatalities(sentence: str, offset: int = 0) -> list[Fatalities]:
    """Fatality counts ("killing at least 83" -> 83..None; "killed 11" -> 11..11)."""
    return _find_fatalities(sentence, offset, caseless(sentence))


def _find_fatalities(sentence: str, offset: int, low: str | None) -> list[Fatalities]:
    """`find_fatalities`; with `low` (the sentence `caseless`) its cheap test runs on that and only
    the patterns whose FATALITY_NEEDS are met run; without, the test runs case-insensitively on
    the sentence and every pattern runs (the plain path, which gives the same counts)."""
    if not (MAYBE_DEATHS.search(sentence) if low is None else MAYBE_DEATHS_LOWER.search(low)):
        return []
    out: list[Fatalities] = []
    taken: list[tuple[int, int]] = []
    for rx, needs in zip(FATALITY_PATTERNS, FATALITY_NEEDS, strict=True):
        if low is not None and not any(w in low for w in needs):
            continue
        for m in rx.finditer(sentence):
            one = "one" in rx.groupindex and m.group("one")
            if not one and not (m.group("n1") or m.group("vague")):
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            lo, hi = (1, 1) if one else _bounds(m)
            if lo is None and hi is None:
                continue  # a number too large to be a count
            out.append(Fatalities(lo, hi, m.group(), offset + m.start()))
    return sorted(out, key=lambda f: f.char_start)


def find_money(sentence: str, offset: int = 0) -> list[Money]:
    """Sums of money ("USD 50 million", "$700m", "€2bn", "5 million euros")."""
    return _find_money(sentence, offset) if DIGIT.search(sentence) else []


def _find_money(sentence: str, offset: int = 0) -> list[Money]:
    """`find_money` without the cheap test (the plain path, which gives the same sums)."""
    out: list[Money] = []
    taken: list[tuple[int, int]] = []
    for rx in MONEY_PATTERNS:
        for m in rx.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groupdict()
            cur = CURRENCY_SYMBOLS.get((g.get("cur") or "").strip()) or CURRENCY_WORDS.get(
                (g.get("word") or "").lower()
            )
            if cur is None:
                continue
            scale = SCALE.get((g.get("scale") or "").lower(), 1.0)
            amount = to_number(g["num"]) * scale
            taken.append((m.start(), m.end()))
            if amount > MAX_AMOUNT:
                continue  # not a sum of money (and never `inf`)
            out.append(Money(amount, cur, m.group().strip(), offset + m.start()))
    return sorted(out, key=lambda x: x.char_start)
