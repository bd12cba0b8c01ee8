"""The faster paths of extraction (issue 15, item 3) give the answers of the plain code they
replace: each test runs both on the same input and compares."""

from __future__ import annotations

import re

import pytest
from factpack.extract.actors import _gazetteer_regex
from factpack.extract.reference import default_reference
from factpack.extract.text import literal_alternation
from factpack.paths import ROOT

REF = default_reference()
DEV_TEXTS = [
    p.read_text(encoding="utf-8")
    for folder in ("seeds", "tests/dev/articles", "tests/dev_real/articles")
    for p in sorted((ROOT / folder).glob("*.txt"))
]


def plain_alternation(forms: set[str]) -> str:
    return "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))


def matches(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    ("forms", "text"),
    [
        # nested prefixes: the longest that passes the look-ahead wins, else a shorter one
        ({"U", "U.S", "U.S.", "US"}, "U.S. and U.S.A. and US-led, U. S. U.Sx"),
        ({"New", "New York", "New York City", "York"}, "New York City, New York, New Yorker, York."),
        ({"Congo", "Congo-Brazzaville", "DR Congo"}, "DR Congo and Congo-Brazzaville and Congo-"),
        ({"a+b", "a.b", "a(b", "(b)"}, "a+b a.b a(b (b) a.bc"),  # escaped metacharacters
        ({"Côte d’Ivoire", "Côte"}, "Côte d’Ivoire, Côte d'Ivoire"),
        (set(), "nothing to find"),
    ],
)
def test_literal_alternation_equals_sorted_alternation(forms: set[str], text: str) -> None:
    wrap = r"(?<![\w.])(?:{})(?![\w]|\.\w)"
    plain = re.compile(wrap.format(plain_alternation(forms))) if forms else None
    trie = re.compile(wrap.format(literal_alternation(forms))) if forms else None
    if forms:
        assert trie is not None and plain is not None
        assert matches(trie, text) == matches(plain, text)
        assert matches(trie, text)  # the cases above do find something
    else:
        assert literal_alternation(forms) == ""


def test_gazetteer_pattern_finds_what_the_plain_alternation_finds() -> None:
    forms = set(REF.gazetteer) | set(REF.demonyms)
    plain = re.compile(r"(?<![\w.])(?:" + plain_alternation(forms) + r")(?![\w]|\.\w)")
    fast = _gazetteer_regex(REF)
    total = 0
    for text in DEV_TEXTS:
        got = matches(fast, text)
        assert got == matches(plain, text)
        total += len(got)
    assert total > 1000  # the dev texts name many places and bodies
