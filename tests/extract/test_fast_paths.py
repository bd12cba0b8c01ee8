"""The faster paths of extraction (issue 15, item 3) give the answers of the plain code they
replace: each test runs both on the same input and compares."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from factpack.extract import actors, dates, evidence, ids, quantities
from factpack.extract import text as text_module
from factpack.extract.actors import _gazetteer_regex
from factpack.extract.events import StoryWords
from factpack.extract.reference import default_reference
from factpack.extract.text import Span, caseless, literal_alternation, paragraphs, tokens, whole_forms
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


def test_caseless_knows_every_character_case_folding_pairs_with_ascii() -> None:
    # every non-ASCII code point that re.IGNORECASE matches to an ASCII letter, or whose lower
    # case is not one character or holds an ASCII character, makes `caseless` decline
    others = "".join(chr(c) for c in range(128, 0x110000))
    paired = set(re.findall("|".join("abcdefghijklmnopqrstuvwxyz"), others, re.IGNORECASE))
    odd_lower = {c for c in others if len(c.lower()) != 1 or c.lower().isascii()}
    assert paired | odd_lower  # Python does pair some (the Kelvin sign, the long s, ...)
    for c in paired | odd_lower:
        assert caseless(f"a {c} b") is None, hex(ord(c))
    assert caseless("Kyiv, SEPTEMBER “Talks”") == "kyiv, september “talks”"


DATE_PROBES = [
    "The talks began on 12 May 2025 and resumed on May 14, 2025, then on 2025-05-20.",
    "Since early March 2024 and in mid-April, and since June, troops stayed.",
    "Late on Monday's session, last Friday and this week, in recent days, last week.",
    "He left yesterday, two days ago, 3 days ago, today, on the day, last month.",
    "Earlier this month and last year's vote, later this year, in 1999 and by 2030.",
    "They may march in May; the market opened in Sept. and Dec. with the 4th June vote.",
    "A week passed; 1 day ago they met. They voted on the day of the strike.",
    "One day ago nothing happened.",  # no word the cheap test knows: no date, on both paths
    "Over the past few days the ſtrike went on since MARCH, on TUESDAY.",  # `caseless` declines
]


def test_find_dates_skips_only_patterns_that_cannot_match() -> None:
    pub = dt.date(2025, 6, 10)
    sentences = DATE_PROBES + [s for t in DEV_TEXTS for s in re.split(r"(?<=[.!?])\s+", t)]
    found = 0
    for s in sentences:
        fast = dates.find_dates(s, pub, 7)
        assert fast == dates._find_dates(s, pub, 7, None), s
        found += len(fast)
    assert found > 300
    first = [d.start for d in dates.find_dates(DATE_PROBES[0], pub)][:2]
    assert first == [dt.date(2025, 5, 12), dt.date(2025, 5, 14)]


QUANTITY_PROBES = [
    "The strike KILLED at least 12 people and left 3 dead; the death toll rose to 15.",
    "A policeman was killed; two bodies were found.",
    "In all, 45 people lost their lives.",
    "Floods left 40 people stranded. The storm left 40 dead.",
    "Rebels killed a policeman. A soldier was killed.",
    "Officials counted 12 bodies, two fatalities and 5 deaths.",
    "The blast claimed the lives of 30 civilians.",
    "The death toll stood at 41.",
    "Fighting claimed the lives of 30 civilians as the ſoldiers were ſlain.",  # `caseless` declines
    "The fund pledged $700m, USD 50 million, €2bn and 5 million euros to Rs. 40 crore.",
    "Talks resumed without any figures.",
]


def test_fatalities_and_money_skip_only_sentences_they_cannot_read() -> None:
    sentences = QUANTITY_PROBES + [s for t in DEV_TEXTS for s in re.split(r"(?<=[.!?])\s+", t)]
    deaths = money = 0
    for s in sentences:
        fast_deaths, fast_money = quantities.find_fatalities(s, 3), quantities.find_money(s, 3)
        assert fast_deaths == quantities._find_fatalities(s, 3, None), s
        assert fast_money == quantities._find_money(s, 3), s
        deaths += len(fast_deaths)
        money += len(fast_money)
    assert deaths > 20 and money > 5
    assert [f.low for f in quantities.find_fatalities(QUANTITY_PROBES[0])] == [12, 3, 15]


def test_story_words_counts_what_the_eager_count_counts() -> None:
    checked = 0
    for text in DEV_TEXTS[:40]:
        paras = paragraphs(text, 0)
        eager: dict[str, int] = {}
        for p in paras:
            for t in tokens(text, p):
                eager[t.lower] = eager.get(t.lower, 0) + 1
        lazy = StoryWords(text, paras)
        for w in [*eager, "no-such-word", "strike", "the"]:
            assert lazy.get(w, 0) == eager.get(w, 0), w
            checked += 1
    assert checked > 1000
    assert StoryWords("The strike. A strike, the end.", [Span(0, 30)]).get("strike") == 2


def regex_whole_forms(text: str, forms: list[str], word: str = r"[\w\-]") -> list[tuple[int, str]]:
    rx = re.compile(rf"(?<!{word})(?:" + plain_alternation(set(forms)) + rf")(?!{word})")
    return [(m.start(), m.group()) for m in rx.finditer(text)]


@pytest.mark.parametrize(("also", "word"), [("_-", r"[\w\-]"), ("_", r"\w")])
def test_word_or_is_the_pattern_class_for_every_character(also: str, word: str) -> None:
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    matched = set(re.findall(word, everything))
    assert {c for c in everything if text_module._word_or(c, also)} == matched


@pytest.mark.parametrize(
    ("forms", "text"),
    [
        (["Banda", "Joyce Banda", "JB"], "Joyce Banda met Banda-led crews; Banda, JB, JBs, x_Banda."),
        (["aa", "aaa"], "aaaa aaa aa a-aa aa_ aaa"),  # overlapping occurrences of one form
        (["Ng", "Ng Wei", "Wei"], "Ng Wei said. Wei, Ng and Ngozi; Ng Weiss"),
        (["Ólafur", "Sánchez"], "Ólafur Sánchez and Sánchez’s aide; éSánchez"),
    ],
)
def test_whole_forms_finds_what_the_pattern_finds(forms: list[str], text: str) -> None:
    got = whole_forms(text, forms)
    assert got == regex_whole_forms(text, forms)
    assert got
    assert whole_forms(text, forms, also="_") == regex_whole_forms(text, forms, r"\w")


def test_whole_forms_on_dev_texts() -> None:
    total = 0
    for text in DEV_TEXTS:
        names = re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2,5}", text)
        forms = sorted(set(names))[:60] + ["a", "the", "-"]
        got = whole_forms(text, forms)
        assert got == regex_whole_forms(text, forms)
        assert whole_forms(text, forms, also="_") == regex_whole_forms(text, forms, r"\w")
        total += len(got)
    assert total > 5000


APPOSITION_PROBES = [
    "The head of the agency, Lina Haddad, said talks would resume.",
    "Ana Diaz, the mayor of the city, said so; Omar Ali, who heads the union, agreed.",
    "A bandit leader known as Dogo Buhari fled.",
    "A commander identified as Ali Musa fled.",
    "Its spokesman, Major General Peter Lual, spoke; Juan Perez, an adviser, listened.",
]


def test_apposition_patterns_never_match_where_their_cheap_test_fails() -> None:
    chunks = APPOSITION_PROBES + [s for t in DEV_TEXTS for s in re.split(r"(?<=[.!?])\s+", t)]
    matched = 0
    for rx, need in actors.APPOSITION_NEEDS.items():
        for c in chunks:
            if rx.search(c):
                assert need.search(c), (rx.pattern[:30], c)
                matched += 1
    assert matched > 20
    assert all(any(rx.search(p) for rx in actors.APPOSITION_NEEDS) for p in APPOSITION_PROBES)


def test_remembered_actor_ids_are_the_hashed_ones() -> None:
    for name in ["Joyce Banda", "JOYCE BANDA", "Straße Group", "Joyce Banda", "", "İstanbul Office"]:
        assert ids.actor_id(name) == ids.digest_id("act", name.casefold())
        assert ids.actor_id(name, {}) == ids.actor_id(name)
    assert ids.actor_id("Joyce Banda") != ids.actor_id("Joyce Bandas")
    registry = {"joyce banda": ("act_000000000001", "Joyce Banda")}
    assert ids.actor_id("Joyce Banda", registry) == "act_000000000001"


def test_role_ok_with_the_remembered_titles_reads_as_with_fresh_ones() -> None:
    fresh = {t.lower() for t in REF.titles}

    def plain(role: str) -> bool:
        words = re.findall(r"[A-Za-z\-]+", role.lower())
        pairs = [" ".join(words[a : a + 2]) for a in range(len(words))]
        return any(w in fresh for w in words) or any(p in fresh for p in pairs)

    roles = ["the minister", "a spokesman for the army", "the Foreign Minister", "a farmer", "The head of X"]
    roles += [c for t in DEV_TEXTS[:30] for c in re.findall(r"(?:the|a|an) [a-z][a-z\- ]{1,40}", t)]
    answers = [actors._role_ok(r, REF) for r in roles]
    assert answers == [plain(r) for r in roles]
    assert True in answers and False in answers


def test_clause_boundaries_only_where_the_scans_look() -> None:
    probes = ["a, b; c: d — e – f - g,” h;’ i:» j —k –l ,m", ", ; : — – - ,” ;” :”"]
    seen_before = seen_at = 0
    for text in probes + DEV_TEXTS[:60]:
        for k in range(1, len(text)):
            if evidence._boundary_before(text, k):
                assert text[k - 1] in evidence.BEFORE_BOUNDARY, (text[max(0, k - 5) : k + 5], k)
                seen_before += 1
            if evidence._boundary_at(text, k):
                assert text[k] in evidence.AT_BOUNDARY, (text[max(0, k - 5) : k + 5], k)
                seen_at += 1
    assert seen_before > 1000 and seen_at > 1000


def plain_quotations(text: str, pstart: int, pend: int) -> list[Span]:
    """The character-by-character scan `_quotations` replaced."""
    out: list[Span] = []
    open_at: int | None = None
    closers = ""
    for i in range(pstart, pend):
        ch = text[i]
        if open_at is None:
            if ch in text_module.QUOTE_PAIRS and text_module._opens(text, i, pstart, pend):
                open_at, closers = i, text_module.QUOTE_PAIRS[ch]
        elif ch in closers and text_module._closes(text, i, pstart, pend):
            out.append(Span(open_at + 1, i))
            open_at = None
    if open_at is not None and open_at + 1 < pend:
        out.append(Span(open_at + 1, pend))
    return [s for s in out if s.end > s.start]


def test_quotations_jumping_from_mark_to_mark_finds_what_the_scan_finds() -> None:
    probes = ["“We will ‘not’ stop,” she said. „Ja“ and «oui» and 'yes' and \"no\" — it's O'Brien’s ‘",
              "He said: “open to the end", "'Tis ‘quoted’ and “nested ‘inner’ outer” done"]
    found = 0
    for text in probes + DEV_TEXTS:
        for p in paragraphs(text, 0):
            fast = text_module._quotations(text, p.start, p.end)
            assert fast == plain_quotations(text, p.start, p.end), text[p.start : p.end][:80]
            found += len(fast)
        text_module.clear_caches()
    assert found > 300
