"""Actors and mentions: who a source names, where, and what each name refers to.

Sources of evidence, in order: the gazetteer (countries, their aliases, capitals and seats
of power, organisations), titles before names ("Foreign Minister Yvan Gil"), appositions
("Ana Diaz, the head of ..."), capitalised names with an organisation head word,
surname-only repeats of a full name, and resolved pronouns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from factpack.extract.reference import Reference
from factpack.extract.text import (
    WORD_RE,
    Span,
    Token,
    in_quotes,
    literal_alternation,
    paragraphs,
    quotations,
    sentences,
    tokens,
    whole_forms,
)
from factpack.ingest.layout import DATELINE_RE

MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
FUNCTION_CAPS = frozenset(
    "The A An This That These Those It He She They We I In On At For But And Or If As By "
    "With From To Of After Before Since During While Meanwhile However His Her Their Its "
    "Our My Your Some Many Several Most Both All Mr Mrs Ms Earlier Later Separately Yesterday".split()
)
NAME_PARTICLES = frozenset({"de", "da", "del", "dos", "van", "von", "bin", "al", "el", "la", "di", "du"})
NAME_PREFIXES = ("al-", "el-", "ad-", "as-", "bin-", "ibn-", "abu-", "de-", "da-", "van-")
ORG_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "los", "las", "la", "del"})
PRONOUN_LOOKBACK = 3  # sentences a pronoun may look back for its antecedent
SUBJECT_PRONOUNS = {"he": "person", "she": "person", "it": "thing"}
# compass and size words that make a country name a region ("Eastern Ukraine", "Upper Egypt")
PLACE_MODIFIERS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater New Old".split()
)


@dataclass(frozen=True)
class Actor:
    """An actor as the package records it."""

    name: str
    actor_type: str
    country_code: str | None = None
    description: str | None = None
    is_generic: bool = False

    @property
    def key(self) -> str:
        return self.name.casefold()


def state_actor(code: str, ref: Reference) -> Actor:
    """The state actor of a country code (named by the gazetteer's short name, else the code)."""
    return Actor(ref.country_names.get(code, code), "state", code)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor: Actor
    mention_type: str


@dataclass
class DocActors:
    """All mentions found in one document, sorted by position."""

    mentions: list[Mention] = field(default_factory=list)
    home: str | None = None  # the story's home country (dateline, else most-named state)
    # bodies recorded as mentions (actors of the package) that the claim and event rules do
    # not read: `Sudan's army` (`state_armed_forces`) stays the state's there
    recorded: list[Mention] = field(default_factory=list)
    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        cached = self.__dict__.get("_cache")
        if cached is not None and cached[0] == (id(self.mentions), len(self.mentions) - 1):
            # keep the index current: one insertion, not a re-sort of every mention
            _, starts, ordered, keys, longest = cached
            k = bisect.bisect_right(keys, (m.start, -m.end))
            keys.insert(k, (m.start, -m.end))
            starts.insert(k, m.start)
            ordered.insert(k, m)
            self.__dict__["_cache"] = (
                (id(self.mentions), len(self.mentions)), starts, ordered, keys, max(longest, m.end - m.start)
            )

    def _index(self) -> tuple[list[int], list[Mention], int]:
        """Mentions sorted by start, kept current by `add` and rebuilt when the list was
        replaced or changed otherwise (bisect instead of scans)."""
        key = (id(self.mentions), len(self.mentions))
        cached = self.__dict__.get("_cache")
        if cached is None or cached[0] != key:
            ordered = sorted(self.mentions, key=lambda m: (m.start, -m.end))
            longest = max((m.end - m.start for m in ordered), default=0)
            keys = [(m.start, -m.end) for m in ordered]
            cached = (key, [m.start for m in ordered], ordered, keys, longest)
            self.__dict__["_cache"] = cached
        return cached[1], cached[2], cached[4]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        starts, ordered, longest = self._index()
        lo = bisect.bisect_left(starts, start - longest)
        hi = bisect.bisect_left(starts, end)
        return [m for m in ordered[lo:hi] if m.start < end and start < m.end]

    def sort(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))

    def within(self, start: int, end: int) -> list[Mention]:
        starts, ordered, _ = self._index()
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return [m for m in ordered[lo:hi] if m.end <= end]


def is_name_token(t: Token) -> bool:
    """A word that can be part of a personal name: `Okafor`, `O'Brien`, `McDonald`, `Élise`,
    `al-Assad`, `J.`; not an all-capitals word or a sentence-opening function word."""
    return _is_name_word(t.text)


@lru_cache(maxsize=65536)
def _is_name_word(w: str) -> bool:
    if w in FUNCTION_CAPS:
        return False
    if len(w) == 2 and w[0].isupper() and w[1] == ".":
        return True
    for prefix in NAME_PREFIXES:
        if w.startswith(prefix) and len(w) > len(prefix) + 1 and w[len(prefix)].isupper():
            w = w[len(prefix) :]
            break
    core = w.replace("-", "").replace("'", "").replace("’", "")
    if _hyphen_adjective(w):
        return False
    return core.isalpha() and w[0].isupper() and any(c.islower() for c in w[1:])


HYPHEN_ADJECTIVE_HEADS = frozenset("run born made held wide owned style era like based led".split())


def _hyphen_adjective(w: str) -> bool:
    """`London-listed`, `Iran-backed`, `Kremlin-linked`: a name joined to a lower-case word
    is an adjective, not part of a name."""
    parts = w.split("-")
    last = parts[-1]
    return (
        len(parts) >= 2
        and parts[0][:1].isupper()
        and last.isalpha()
        and last.islower()
        and (last.endswith(("ed", "ing")) or last in HYPHEN_ADJECTIVE_HEADS)
    )  # "Min-seok", "Jong-un": parts of a name


def _gazetteer_regex(ref: Reference) -> re.Pattern[str]:
    """Every gazetteer form and demonym, the longest that fits at each place (one trie-shaped
    pattern: the plain alternation of 1,500 forms took a tenth of all extraction time)."""
    forms = set(ref.gazetteer) | set(ref.demonyms)
    return re.compile(r"(?<![\w.])(?:" + literal_alternation(forms) + r")(?![\w]|\.\w)")


_REGEX_CACHE: dict[str, re.Pattern[str]] = {}


def gazetteer_mentions(text: str, ref: Reference) -> list[Mention]:
    """Every gazetteer name, alias, metonym and demonym in the text."""
    rx = _REGEX_CACHE.get(ref.version)
    if rx is None:
        rx = _REGEX_CACHE.setdefault(ref.version, _gazetteer_regex(ref))
    out = []
    last = 0
    for m in rx.finditer(text):
        if m.start() < last:
            continue
        if m.group()[:4] in ("the ", "The "):
            # `the UN refugee agency`: the alias `the UN` matched first; a longer form after
            # the article (`UN refugee agency`) wins
            longer = rx.match(text, m.start() + 4)
            if longer is not None and longer.end() > m.end():
                m = longer
        last = m.end()
        form = m.group()
        entry = ref.gazetteer.get(form)
        if entry is not None:
            actor = Actor(entry.name, entry.actor_type, entry.country_code)
            out.append(Mention(m.start(), m.end(), form, actor, entry.mention_type))
        else:
            code = ref.demonyms[form]
            actor = state_actor(code, ref)
            out.append(Mention(m.start(), m.end(), form, actor, "demonym"))
    return sorted(out + _city_ties(text, ref), key=lambda g: (g.start, -g.end))


NAMED_AGENCY_HEADS = frozenset({"agency", "office"})  # a body of its own without an acronym
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,8})\)|,\s+([A-Z][A-Z]{2,8}),|\s+([A-Z][A-Z]{2,8})\b")


def agency_bodies(text: str, gaz: list[Mention], ref: Reference) -> list[Mention]:
    """`the UN human rights office`, `the U.N. peacekeeping mission, MONUSCO`, `the UN refugee
    agency (UNHCR)`: an international organisation (listed, no country) followed by up to three
    lower-case words and a body noun (`actor_cues.csv` kind `agency_head`) names one of its bodies,
    `UN human rights office`; an acronym right after names it (the listed body, if listed)."""
    heads = ref.actor_cues.get("agency_head", frozenset())
    if not heads:
        return []
    rx = re.compile(r"(?:['’]s)?((?:\s+[a-z][\w\-]*){0,3}?)\s+(" + literal_alternation(set(heads)) + r")\b")
    out: list[Mention] = []
    for g in gaz:
        a = g.actor
        if a.actor_type != "organization" or a.country_code or g.mention_type not in ("name", "alias"):
            continue
        d = rx.match(text, g.end)
        if d is None or "\n" in d.group(0) or any(
            w in DESC_STOP or w.endswith("ed") or w in ROLE_OPENERS for w in d.group(1).split()
        ):
            continue
        prefix = "UN" if a.name == "United Nations" else g.text
        if prefix[:4] in ("the ", "The "):
            prefix = prefix[4:]
        name = prefix + d.group(0).replace("’s", "").replace("'s", "")
        acr = ACRONYM_AFTER.match(text, d.end())
        code = next((x for x in acr.groups() if x), None) if acr else None
        listed = ref.gazetteer.get(code) if code else None
        if listed is not None and listed.actor_type not in ("state", "person"):
            actor = Actor(listed.name, listed.actor_type, listed.country_code or NO_COUNTRY)
            out.append(Mention(g.start, d.end(), text[g.start : d.end()], actor, "alias"))
            continue
        if d.group(2) not in NAMED_AGENCY_HEADS or not d.group(1).strip():
            # `the African Union observer mission`: the organisation itself; `the UN agency`
            # (no remit word) names no body of its own: a description of one named in the text
            continue
        actor = Actor(name, "organization", NO_COUNTRY)  # an international body: no home country
        out.append(Mention(g.start, d.end(), text[g.start : d.end()], actor, "name"))
        if code is not None and acr is not None and acr.group(1):
            s = acr.start(1)
            out.append(Mention(s, s + len(code), code, actor, "alias"))
    return out


def _city_ties(text: str, ref: Reference) -> list[Mention]:
    """`Shanghai-based`, `Mumbai-headquartered`: a city of `cities.csv` in a tie compound
    (actor_cues tie_suffix) stands for its country there, like a capital (`Washington-based`);
    a state in a compound is never an actor itself."""
    if not ref.cities:
        return []
    key = f"cities-{ref.version}"
    rx = _REGEX_CACHE.get(key)
    if rx is None:
        ties = ref.actor_cues.get("tie_suffix", frozenset())
        rx = _REGEX_CACHE.setdefault(
            key,
            re.compile(
                r"(?<![\w.])(" + literal_alternation(set(ref.cities)) + r")(?=-(?:"
                + literal_alternation(set(ties) or {"based"}) + r")\b)"
            ),
        )
    out = []
    for m in rx.finditer(text):
        code = ref.cities[m.group(1)]
        actor = state_actor(code, ref)
        out.append(Mention(m.start(), m.end(), m.group(1), actor, "metonym"))
    return out


def _in_place_name(text: str, g: Mention, ref: Reference) -> bool:
    """`Inner Mongolia`: a state's name closing the name of a listed place (`cities.csv`: a
    city or a region of another state) is part of that place, no mention of the state."""
    if g.actor.actor_type != "state" or g.mention_type != "name":
        return False
    before = re.search(r"([A-Z][\w\-]*)[ ]$", text[max(0, g.start - 24) : g.start])
    return before is not None and f"{before.group(1)} {g.text}" in ref.cities


# a name of at least two capitalised words (joined by `of`, `for`, `and`, ...) right before a
# bracketed acronym: `the Kenya Ports Authority (KPA)`
DEFINED_ACRONYM = re.compile(
    r"[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|the|de|du|des|del|la)\s+){0,2}[A-Z][\w’'\-]*){1,8}\s*\(([A-Z][A-Z0-9&]{1,8})\)"
)


_LISTED_WORDS: dict[str, dict[str, frozenset[str]]] = {}  # reference version -> name -> its forms' words


def _listed_words(ref: Reference) -> dict[str, frozenset[str]]:
    """Each listed actor's name -> the capitalised words of all its listed forms."""
    got = _LISTED_WORDS.get(ref.version)
    if got is None:
        words: dict[str, set[str]] = {}
        for form, entry in ref.gazetteer.items():
            words.setdefault(entry.name, set()).update(
                w for w in re.findall(r"[A-Z][\w’'\-]+", f"{form} {entry.name}") if not w.isupper())
        got = _LISTED_WORDS.setdefault(ref.version, {k: frozenset(v) for k, v in words.items()})
    return got


def _redefined_acronyms(text: str, gaz: list[Mention], ref: Reference) -> frozenset[str]:
    """`the Kenya Ports Authority (KPA)` where `KPA` is listed for another body (the Korean
    People's Army): the text's own definition wins, so the listed reading of that acronym is
    dropped everywhere in the text (the body found by its name keeps the acronym as its alias).
    A name sharing a word with the listed body's forms (`Tehrik-e-Taliban Pakistan (TTP)`, a
    spelling not listed) is that body: nothing changes."""
    out = set()
    for g in gaz:  # a listed acronym in brackets (few per text): is a name of the text before it?
        if g.text in out or text[g.start - 1 : g.start] != "(" or text[g.end : g.end + 1] != ")":
            continue
        if g.actor.actor_type == "state" or not g.text.isupper():
            continue
        m = DEFINED_ACRONYM.search(text, max(0, g.start - 160), g.end + 1)
        while m is not None and m.start(1) != g.start:
            m = DEFINED_ACRONYM.search(text, m.end(), g.end + 1)
        if m is None:
            continue
        written = set(re.findall(r"[A-Z][\w’'\-]+", text[m.start() : m.start(1)]))
        if written & _listed_words(ref).get(g.actor.name, frozenset()):
            continue
        out.add(g.text)
    return frozenset(out)


def _place_opened_bodies(found: list[Mention], ref: Reference) -> list[Mention]:
    """`Tamil Nadu Fishermen's Welfare Association`, `Inner Mongolia Jinlong Energy`: a body found
    by capitals whose name opens with a listed city or region (`cities.csv`) is of that place's
    country, over a state named later in its name and over the story's home country. Listed
    bodies and names with an international word keep theirs."""
    intl = ref.actor_cues.get("international", frozenset())
    out = []
    for m in found:
        a = m.actor
        words = a.name.split()
        if a.actor_type in ("person", "state") or a.is_generic or a.name in ref.gazetteer or any(
            w in intl for w in words
        ):
            out.append(m)
            continue
        code = next((ref.cities[" ".join(words[:n])] for n in (3, 2, 1)
                     if len(words) > n and " ".join(words[:n]) in ref.cities), None)
        # `UN Human Rights Committee`, `EU Delegation`: an international body's name or acronym
        # opening a body's name makes it international: no country
        opener = next((ref.gazetteer[" ".join(words[:n])] for n in (3, 2, 1)
                       if len(words) > n and " ".join(words[:n]) in ref.gazetteer), None)
        if opener is not None and opener.actor_type == "organization" and not opener.country_code:
            code = NO_COUNTRY
        if code is not None and code != a.country_code:
            a = Actor(a.name, a.actor_type, code, a.description, a.is_generic)
            m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


def _short_bodies(found: list[Mention], ref: Reference) -> list[Mention]:
    """`the German Foreign Office ... A spokeswoman of the Foreign Office`: a body found by
    capitals with no country of its own whose name is the tail of a body named before with a
    state's name or demonym in front (`German`, `Kenya`) is that body, with its country."""
    full = [
        m for m in found
        if m.actor.actor_type not in ("person", "state") and m.actor.country_code
        and len(m.actor.name.split()) >= 2
    ]
    if not full:
        return found
    full.sort(key=lambda m: m.end)
    ends = [m.end for m in full]
    out = []
    for m in found:
        a = m.actor
        if a.actor_type not in ("person", "state") and a.country_code is None and not a.is_generic:
            k = bisect.bisect_right(ends, m.start)
            for e in reversed(full[max(0, k - 50) : k]):  # (bounded: linear time on long texts)
                words = e.actor.name.split()
                head = words[: len(words) - len(a.name.split())]
                state = ref.gazetteer.get(head[0]) if len(head) == 1 else None
                if len(head) == 1 and e.actor.name.endswith(" " + a.name) and (
                    head[0] in ref.demonyms or (state is not None and state.actor_type == "state")
                ):
                    m = Mention(m.start, m.end, m.text, e.actor, m.mention_type)
                    break
        out.append(m)
    return out


SCENE_OPENER = re.compile(r"(?:In|From|At)\s+$")
SIDE_OPENER = re.compile(r"On\s+the\s+$")  # `On the Cambodian side, the governor of X, Y, said`
SIDE_AFTER = re.compile(r"\s+side,\s+")


def _scene_opened(text: str, sents: list[Span], found: list[Mention], gaz: list[Mention]) -> list[Mention]:
    """`In Colombo, Fisheries Minister X said ...`: a sentence that opens with a state or its
    capital as the place (`In <place>,`) sets the country of the person or body it then names
    as its subject, when nothing else ties them to one (only title words between)."""
    scenes: dict[int, str] = {}  # sentence start -> country
    sides: dict[int, tuple[str, int]] = {}  # `On the Cambodian side,`: its end -> (country, sentence end)
    starts = [s.start for s in sents]
    for g in gaz:
        if g.actor.actor_type != "state" or not g.actor.country_code:
            continue
        k = bisect.bisect_right(starts, g.start) - 1
        if k >= 0 and g.mention_type == "demonym" and SIDE_OPENER.fullmatch(text, sents[k].start, g.start):
            side = SIDE_AFTER.match(text, g.end)
            if side is not None:
                sides[side.end()] = (g.actor.country_code, sents[k].end)
            continue
        if g.mention_type == "demonym":
            continue
        opens = k >= 0 and SCENE_OPENER.fullmatch(text, sents[k].start, g.start) is not None
        if opens and text[g.end : g.end + 1] == ",":
            scenes[g.end + 1] = g.actor.country_code
    if not scenes and not sides:
        return found
    states = sorted(g.start for g in gaz if g.actor.actor_type == "state")
    taken: set[int] = set()  # a side gives its country to the first actor it names only
    out: dict[int, Mention] = {}  # position in `found` -> the mention, read in text order
    for n, m in sorted(enumerate(found), key=lambda nm: nm[1].start):
        a = m.actor
        if a.actor_type != "state" and a.country_code is None and not a.is_generic:
            for end, code in scenes.items():
                lead = text[end : m.start].split()
                if end <= m.start and len(lead) <= 3 and all(w[:1].isupper() for w in lead):
                    a = Actor(a.name, a.actor_type, code, a.description)
                    m = Mention(m.start, m.end, m.text, a, m.mention_type)
                    break
            for end, (code, sent_end) in sides.items():
                # no other state named between the side and the actor (`the governor of a
                # province, X,` takes it; `Thai troops ... X` does not)
                if a.country_code is None and end not in taken and end <= m.start < sent_end and (
                    bisect.bisect_left(states, end) == bisect.bisect_left(states, m.start)
                ):
                    taken.add(end)
                    a = Actor(a.name, a.actor_type, code, a.description)
                    m = Mention(m.start, m.end, m.text, a, m.mention_type)
                    break
        out[n] = m
    return [out[n] for n in range(len(found))]


OUTLET_ROLE = re.compile(r"^(?:['’]s\s+(?:[a-z][\w\-]*\s+){0,3}|(?:\s*\([^()]{1,12}\))?,\s+)$")


def _foreign_outlet_staff(
    text: str, found: list[Mention], gaz: list[Mention], home: str | None
) -> list[Mention]:
    """`Al Jazeera's Hiba Mansour, reporting from Port Sudan`, `The editor-in-chief of Frankfurter
    Tagesbote, Jens Harnack,`: a person whose role is held in a media outlet (an outlet is not its
    staff's country) of another country than the story's home country is of no country the text
    tells: none, rather than the home country."""
    if home is None:
        return found
    names = {
        m.text for m in found + gaz if m.actor.actor_type == "media" and m.actor.country_code
        and m.actor.country_code not in (home, NO_COUNTRY) and len(m.text) > 2
    }
    if not names:
        return found
    out = []
    for m in found:
        a = m.actor
        if a.actor_type == "person" and a.country_code is None:
            before = text[max(0, m.start - 80) : m.start]
            ends = [before.rfind(n) + len(n) for n in names if n in before]
            if any(OUTLET_ROLE.match(before[e:]) for e in ends):
                a = Actor(a.name, a.actor_type, NO_COUNTRY, a.description, a.is_generic)
                m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


HOSTED_BODY = re.compile(r"\b(?:Embassy|Consulate|Mission|Delegation|High Commission|Office|Bureau)\b")


def _seated_bodies(text: str, found: list[Mention], gaz: list[Mention]) -> list[Mention]:
    """`the Ministry of Defence in London said`, `The Defence Headquarters in Abuja said`: a body
    found by capitals with no country, followed by `in` and a state's capital (or name), is of
    that state; not a post hosted abroad (`Embassy`, `Mission`, `Office` ...: the place is the
    host's)."""
    seats = {g.start: g for g in gaz if g.actor.actor_type == "state" and g.actor.country_code
             and g.mention_type in ("metonym", "name")}
    if not seats:
        return found
    out = []
    for m in found:
        a = m.actor
        if a.actor_type not in ("person", "state", "media") and a.country_code is None and not a.is_generic:
            after = re.match(r"\s+in\s+", text[m.end : m.end + 8])
            g = seats.get(m.end + after.end()) if after else None
            if g is not None and not HOSTED_BODY.search(a.name):
                a = Actor(a.name, a.actor_type, g.actor.country_code, a.description, a.is_generic)
                m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


SPOKES_FOR = re.compile(r"\b[Ss]pokes(?:man|woman|person) (?:for|of) (?:the )?(?P<body>[\w’'\-]+)")
ARMED_KINDS = ("group", "criminal_group")
SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def _armed_group_spokespeople(
    text: str, found: list[Mention], gaz: list[Mention], ref: Reference
) -> list[Mention]:
    """`A spokesman for the rebels, X`, `a spokesman for the group, X` (the last body named being
    an armed group), `A spokesman for the Fezzan Sons Brigade, who gave his name as X`: who speaks
    for a non-state armed group (like `M23 spokesman`) gets no country; the group's country is
    where it fights, not theirs (over a tie through the group's name)."""
    bodies = sorted((m for m in found + gaz if m.actor.actor_type not in ("person", "state", "media")),
                    key=lambda m: m.start)
    starts = [m.start for m in bodies]
    out = []
    for m in found:
        a = m.actor
        if a.actor_type == "person" and a.country_code != NO_COUNTRY:
            lo = max(0, m.start - 100)
            ends = [e.end() for e in SENTENCE_END.finditer(text, lo, m.start)]
            hits = list(SPOKES_FOR.finditer(text, ends[-1] if ends else lo, m.start))
            hit = hits[-1] if hits else None
            armed = False
            if hit is not None:
                word = hit.group("body").lower()
                k = bisect.bisect_left(starts, hit.start("body"))
                named = bodies[k] if k < len(bodies) and bodies[k].start == hit.start("body") else None
                if named is not None:  # (a militia read from capitals is typed a group later)
                    armed = _rebel_kind(text, named, ref).actor.actor_type in ARMED_KINDS
                elif word == "group":  # `the group`: the last body named before
                    last = bodies[k - 1] if k else None
                    armed = last is not None and last.actor.actor_type in ARMED_KINDS
                else:
                    armed = ref.role_nouns.get(word) in ARMED_KINDS
            if armed:
                a = Actor(a.name, a.actor_type, NO_COUNTRY, a.description, a.is_generic)
                m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


def _match_title(toks: list[Token], i: int, titles: frozenset[str]) -> int:
    """Length in tokens of the longest title starting at toks[i] (0 if none); case-insensitive."""
    for key in _title_index(titles).get(toks[i].lower, ()):
        n = len(key)
        if i + n <= len(toks) and all(toks[i + k].lower == key[k] for k in range(1, n)):
            return n
    return 0


# keyed by the title set itself (a frozenset keeps its hash): an id() key could be reused by
# another set once the first is freed, and give its index to the wrong titles
_TITLE_INDEX: dict[frozenset[str], dict[str, list[tuple[str, ...]]]] = {}


def _title_index(titles: frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """Titles as lower-cased token tuples grouped by first token, longest first."""
    key = titles
    if key not in _TITLE_INDEX:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for t in titles:
            toks = tuple(m.group().lower().replace("’", "'") for m in WORD_RE.finditer(t))
            if toks:
                by_first.setdefault(toks[0], []).append(toks)
        _TITLE_INDEX[key] = {w: sorted(set(v), key=len, reverse=True) for w, v in by_first.items()}
    return _TITLE_INDEX[key]


_LOWER: dict[frozenset[str], frozenset[str]] = {}


def _lower_titles(titles: frozenset[str]) -> frozenset[str]:
    key = titles
    if key not in _LOWER:
        _LOWER[key] = frozenset(t.lower() for t in titles)
    return _LOWER[key]


def _name_run(toks: list[Token], i: int, limit: int = 4) -> int:
    """Number of tokens from i that form a personal name (capitalised, with particles)."""
    if 0 <= i < len(toks) and limit > 0:
        first = toks[i].text
        if not _is_name_word(first) and not (len(first) == 1 and first.isupper()):
            return 0  # the cheap test first: most tokens start no name (no name word, no initial)
    n = 0
    while i + n < len(toks) and n < limit:
        t = toks[i + n]
        if is_name_token(t) and t.text not in MONTHS and t.text not in WEEKDAYS:
            n += 1
        elif (
            len(t.text) == 1
            and t.text.isupper()
            and t.text != "I"
            and i + n + 2 < len(toks)
            and toks[i + n + 1].text == "."
            and toks[i + n + 1].start == t.end
            and (is_name_token(toks[i + n + 2]) or len(toks[i + n + 2].text) == 1)
        ):
            n += 2  # an initial: "John K. Mensah", "J. D. Vance" (its full stop does not count)
            limit += 1
        elif t.text.lower() in NAME_PARTICLES and n > 0:
            # "Carlos de la Vega": up to two particles before a name word (not counted)
            k = 1 + (i + n + 1 < len(toks) and toks[i + n + 1].text.lower() in NAME_PARTICLES)
            if i + n + k < len(toks) and is_name_token(toks[i + n + k]):
                n += k
                limit += k
            else:
                break
        else:
            break
    while n > 0 and toks[i + n - 1].text.lower() in NAME_PARTICLES:
        n -= 1
    return n


def _country_of(text: str, ref: Reference, gaz: list[Mention], start: int, end: int) -> str | None:
    for m in gaz:
        if start <= m.start and m.end <= end and m.actor.actor_type == "state":
            return m.actor.country_code
    return None


# a state's own bodies: a role that speaks for one ties its holder to that state
STATE_ORGANS = frozenset({"armed_forces", "government_body"})

# an actor the text ties to no country (an international body, a post in one): it is not
# given the story's home country; stored as null once the home country has been applied
NO_COUNTRY = "-"
_WORD = re.compile(r"[A-Za-z][\w\-]*")


def _hyphen_suffix(text: str, end: int) -> str | None:
    """`British-registered`: the lower-case word joined by a hyphen after a name, or None."""
    m = re.match(r"-([a-z]+)\b", text[end : end + 16])
    return m.group(1) if m else None


def _is_remit(text: str, m: Mention, ref: Reference) -> bool:
    """`ambassador to Norway`, `coordinator for Sudan`, `Mission in Armenia`: a country after a
    remit word (`actor_cues.csv`) is the post's remit, unless possessive (`for Sudan's army`)."""
    if m.mention_type == "demonym" or text[m.end : m.end + 2] in ("'s", "’s"):
        return False
    words = text[max(0, m.start - 20) : m.start].split()
    if words and words[-1] == "the":
        words = words[:-1]
    return bool(words) and words[-1].lower() in ref.actor_cues.get("remit", frozenset())


def _role_country(text: str, ref: Reference, gaz: list[Mention], start: int, end: int) -> str | None:
    """The country a role or a name ties its holder to: the first country or demonym in it that
    is no remit (`Colombia's foreign minister`, `Russian Foreign Ministry spokeswoman`, not
    `ambassador to Norway`), NO_COUNTRY when an international body comes first (`UN envoy`,
    `Inter-American Commission`), else None (the home country may apply)."""
    tie = ref.actor_cues.get("tie_suffix", frozenset())
    for m in gaz:
        if not (start <= m.start and m.end <= end):
            continue
        hy = _hyphen_suffix(text, m.end)
        if hy is not None and hy not in tie:
            continue  # `Canadian-educated`, `Russian-backed`: no tie to that state
        if m.actor.actor_type == "state" and m.actor.country_code:
            if m.start == start or not _is_remit(text, m, ref):
                return m.actor.country_code
        elif m.actor.country_code is None and m.actor.actor_type in ("organization", "group"):
            return NO_COUNTRY  # `UN humanitarian chief`, `European Union Mission`, `M23 spokesman`
        elif m.actor.country_code and m.actor.actor_type in STATE_ORGANS:
            return m.actor.country_code  # `a spokesman for the Sudanese army`: the state it serves
    marks = ref.actor_cues.get("international", frozenset())
    if any(w.group() in marks for w in _WORD.finditer(text, start, end)):
        return NO_COUNTRY
    return None


ROLE_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})


def _role_before(text: str, toks: list[Token], comma: int, ref: Reference, gaz: list[Mention]) -> str | None:
    """`The UN's humanitarian coordinator for Sudan, Ingrid Halvorsen`: the country of a role
    set off by a comma before a name (the clause opens with an article or a possessive)."""
    c, bracket = comma, 0
    while c > 0 and toks[c - 1].text not in (",", ";", ":", "(", "“", '"', "."):
        # `A spokeswoman for the UN Office for ... Affairs (OCHA), X`: a body's bracketed acronym
        # is part of the role
        o = next((o for o in range(c - 2, max(0, c - 5), -1) if toks[o].text == "("), None)
        if toks[c - 1].text == ")" and o is not None and o > 0:
            bracket += c - o
            c = o
            continue
        c -= 1
    if not 2 <= comma - c - bracket <= 12:
        return None
    first = toks[c]
    if first.lower not in ROLE_OPENERS and not (c + 1 < comma and toks[c + 1].lower in ("'s", "’s")):
        return None
    return _role_country(text, ref, gaz, first.start, toks[comma - 1].end)


def _np_start(toks: list[Token], k: int, ref: Reference, limit: int = 5) -> int:
    """Start of the noun phrase that ends before toks[k]: back over capitalised words and
    lower-case modifiers (`Chinese foreign ministry`, `Rwanda Defence Force`), not over a
    function word, a number, punctuation or a speech verb."""
    j = k
    while j > 0 and k - j < limit:
        t = toks[j - 1]
        if not (t.text[:1].isalpha() or t.lower in ("'s", "’s")) or t.lower in NP_STOP or t.lower in ref.cues:
            break
        if t.text.islower() and t.text.endswith("ed") and t.lower not in NP_ED and "-" not in t.text:
            break  # `police arrested X`: a verb, not a modifier
        j -= 1
    return j


NP_ED = frozenset({"armed", "united", "elected", "appointed", "retired"})
NP_STOP = frozenset(
    "the a an and or but of to in on at for by with from as that who which whose was is were are be "
    "been has have had will would said says told after before when while than then".split()
)


def _modifier_start(toks: list[Token], i: int, ref: Reference) -> int:
    """Index of the first of up to two modifiers before a title ("US", "Republican")."""
    k = i
    while k > 0 and i - k < 2:
        t = toks[k - 1]
        known = t.text in ref.demonyms or t.text in ref.gazetteer
        dateline_word = t.text.isupper() and len(t.text) > 3 and not known
        if (
            (known or (t.text[:1].isupper() and t.text not in FUNCTION_CAPS))
            and not dateline_word
            and t.text not in MONTHS
            and t.text not in WEEKDAYS
        ):
            k -= 1
        else:
            break
    return k


def titled_people(text: str, toks: list[Token], ref: Reference, gaz: list[Mention]) -> list[Mention]:
    """People introduced by a title: `[modifier] Title Firstname Lastname`."""
    out = []
    first_words = _title_index(ref.titles)
    i = 0
    while i < len(toks):
        # the cheap test first: most tokens start no title
        n_title = _match_title(toks, i, ref.titles) if toks[i].lower in first_words else 0
        if not n_title:
            i += 1
            continue
        j = i + n_title
        while j < len(toks) and (more := _match_title(toks, j, ref.titles)):
            j += more
        n_name = _name_run(toks, j)
        if n_name == 0 and j + 2 < len(toks) and toks[j].lower in ("for", "of"):
            # "US envoy for the Great Lakes Michael Carter": a remit, then the name (last two)
            k = j + 1 + (toks[j + 1].lower == "the")
            run = _name_run(toks, k, limit=5)
            # `the spokesman of the South Sudan People's Defence Forces`: a possessive after the
            # run makes it the start of a body's name, not a remit and a name
            owned = k + run < len(toks) and toks[k + run].text in ("'s", "’s", "'", "’")
            if run >= 3 and not owned and not any(t.text in ref.org_heads for t in toks[k : k + run]):
                j, n_name = k + run - 2, 2
        heads = ref.actor_cues.get("head_of_state", frozenset()) | ref.actor_cues.get(
            "head_of_government", frozenset())
        whole = n_name == 4 and toks[j - 1].lower in heads and not any(
            t.text in ref.gazetteer or t.text in ref.org_heads for t in toks[j : j + n_name]
        )  # `President Alpha Sékou Touré Camara`: a head of state's four-part name is whole
        if n_name >= 4 and not whole and not any(
            t.lower in NAME_PARTICLES or t.text == "." for t in toks[j : j + n_name]
        ):
            j, n_name = j + n_name - 2, 2  # "envoy Great Lakes Michael Carter": the name is last
        if n_name >= 3 and j > 0 and toks[j - 1].lower in ("the", "of", "for"):
            j, n_name = j + n_name - 2, 2  # "Special Envoy for the Great Lakes Michael Carter"
        if n_name == 0 or any(
            g.start <= toks[j].start < g.end and not (n_name >= 2 and g.end <= toks[j].end) for g in gaz
        ):
            i += 1  # a place inside the name run ends it, unless it is only the first name
            continue
        if toks[j + n_name - 1].text in ref.org_heads:
            i += 1  # `the Detective Branch`, `the General Command`: a body's name, not a titled person
            continue
        k = _modifier_start(toks, i, ref)
        name_start, name_end = toks[j].start, toks[j + n_name - 1].end
        role = text[toks[k].start : toks[j - 1].end]
        # the country from the whole noun phrase before the name (`Chinese foreign ministry
        # spokeswoman`), else from a role set off before it (`A spokesman for South Sudan's
        # army, Major General Peter Lual`)
        country = _role_country(text, ref, gaz, toks[k].start, toks[j - 1].end) or _role_country(
            text, ref, gaz, toks[_np_start(toks, k, ref)].start, toks[j - 1].end
        )
        k0 = k  # `, former vice-president X`: lower-case words between the comma and the title
        while k0 > 0 and k - k0 < 2 and toks[k0 - 1].text.isalpha() and toks[k0 - 1].text.islower():
            k0 -= 1
        if country is None and k0 >= 2 and toks[k0 - 1].text == ",":
            k = k0
            c = k - 1
            while c > 0 and toks[c - 1].text not in (",", ";", ":", "(", "“", "”", '"'):
                c -= 1
            span = text[toks[c].start : toks[k - 2].end]
            if k - 1 - c <= 12 and _role_ok(span, ref):
                country = _role_country(text, ref, gaz, toks[c].start, toks[k - 2].end)
        if country is None:  # `General Abdul Wahid, a spokesman for the Afghan defence ministry`
            country = _apposed_country(text, ref, gaz, name_end)
        actor = Actor(text[name_start:name_end], "person", country, role)
        out.append(Mention(name_start, name_end, actor.name, actor, "name"))
        i = j + n_name
    return out


# `Hassan al-Tayeb`, `Khalid bin Saif al-Harthy`: a particle before a name word, joined or apart
NAME_WORD = (
    r"(?:(?:bin|ibn|bint|de|da|del|dos|van|von) )?(?:(?:al|el|ad|as|bin|ibn|abu|de|da|van)-)?[A-Z][\w’'\-]+"
)
APPOSITION_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<role>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?<=, )whose|"
    r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+[’']s|[A-Z]{2,8}[’']s) "  # `WFP's country director, X`: an acronym's too
    r"[^,;:“”\"]{2,80}?), "
    r"(?P<name>[A-Z][\w’'\-]+(?: " + NAME_WORD + r"){1,3})(?=,| [a-z]|\.(?:\s|$))"
)
# a sentence opening with a role and no article (translated copy): `Deputy spokesman of the
# Afghan interim government, X,`; its first two words must hold a title word
ROLE_AT_START = re.compile(
    r"^(?P<role>[A-Z][a-z]+(?: [a-z][\w\-]*){0,2} (?:of|for) [^,;:“”\"]{2,60}?), "
    r"(?P<name>[A-Z][\w’'\-]+(?: " + NAME_WORD + r"){1,3})(?=,| [a-z]|\.(?:\s|$))"
)
APPOSITION_AFTER = re.compile(
    r"(?P<name>[A-Z][\w’'\-]+(?: " + NAME_WORD + r"){1,3}), (?P<role>(?:the|a|an|who is the|who heads the|"
    r"who (?:became|becomes|is|was|serves as|served as)(?: the| a| an)?|"
    r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+[’']s(?= [a-z])) "  # `X, Kenya's interior minister,`
    r"[^,;:“”\"]{2,80}?)(?=,|\.|;| said| told)"
)

# `a bandit leader known as Dogo Buhari`, `a commander identified as Ali Musa`
KNOWN_AS = re.compile(
    r"(?P<role>\b(?:[Aa]n?|[Tt]he) [a-z][a-z\- ]{1,40}?),? (?:known|identified|named) as "
    r"(?P<name>[A-Z][\w’'\-]+(?: " + NAME_WORD + r"){1,3})(?=,| [a-z]|\.(?:\s|$))"
)

# what each apposition pattern cannot match without (a fast literal search that skips the
# pattern's slow scan in most sentences)
APPOSITION_NEEDS = {
    APPOSITION_BEFORE: re.compile(r", [A-Z]"),
    APPOSITION_AFTER: re.compile(r", (?:the|an?|who|(?:[A-Z][a-z]+ )?[A-Z][a-z]+[’']s) "),
    KNOWN_AS: re.compile(r"(?:known|identified|named) as "),
    ROLE_AT_START: re.compile(r"^[A-Z][a-z]+ [^,]{0,40}\b(?:of|for) [^,]{2,60}, [A-Z]"),
}


def _role_ok(role: str, ref: Reference) -> bool:
    words = re.findall(r"[A-Za-z\-]+", role.lower())
    lower_titles = _lower_titles(ref.titles)  # built once, not per call
    return any(w in lower_titles for w in words) or any(
        " ".join(words[a : a + 2]) in lower_titles for a in range(len(words))
    )


def _appositions(rx: re.Pattern[str], chunk: str, ref: Reference) -> Iterator[re.Match[str]]:
    """The matches of an apposition pattern whose role holds no speech verb. A role that holds
    one is a clause, no role (`The X Union (UTUZ) said its president, Y,`): the search goes on
    from the word after its start, so that the role after the verb (`its president`) is read."""
    pos = 0
    while (m := rx.search(chunk, pos)) is not None:
        if any(w in ref.cues for w in m.group("role").lower().split()):
            pos = m.start("role") + 1
            continue
        yield m
        pos = m.end()


def _body_apposed(role: str, ref: Reference) -> bool:
    """`a faction loyal to the cleric`, `an armed group led by a former colonel`: an apposition
    whose first noun is a body's kind noun (`role_nouns.csv`) before any title word names a body."""
    titles = _lower_titles(ref.titles)
    for w in role.lower().split()[1:4]:
        if w in titles:
            return False
        if w in ref.role_nouns:
            return True
    return False


def apposition_people(text: str, sent: Span, ref: Reference, gaz: list[Mention]) -> list[Mention]:
    """People introduced by an apposition: `The head of X, Lina Haddad,` / `Ana Diaz, the mayor`."""
    out = []
    chunk = text[sent.start : sent.end]
    for rx in (APPOSITION_BEFORE, APPOSITION_AFTER, KNOWN_AS, ROLE_AT_START):
        if not APPOSITION_NEEDS[rx].search(chunk):
            continue
        for m in _appositions(rx, chunk, ref):
            name, role = m.group("name"), m.group("role")
            # `a man known as X`: a plain person noun is role enough before `known as`
            plain = rx is KNOWN_AS and role.split()[-1].lower() in ref.actor_cues.get("person_noun", ())
            if not (plain or _role_ok(role, ref)) or any(w in ref.org_heads for w in name.split()[1:]):
                continue  # `"...," the minister told reporters, Geo News reported`: an outlet
            if rx is APPOSITION_AFTER and _body_apposed(role, ref):
                continue  # `X, a faction loyal to the cleric`: a body, not a person
            if rx is ROLE_AT_START and not _role_ok(" ".join(role.split()[:2]), ref):
                continue  # `Quoting the governor of X, Y`: no title opens the sentence
            parts = name.split()
            if any(p in FUNCTION_CAPS or p in MONTHS or p in WEEKDAYS for p in parts):
                continue
            s = sent.start + m.start("name")
            if any(g.start <= s < g.end and not (" " in name and g.end <= s + len(parts[0])) for g in gaz):
                continue  # a place inside the name, unless only its first word ("Israel Mushi")
            rs = sent.start + m.start("role")
            country = _role_country(text, ref, gaz, rs, rs + len(role))
            if role.startswith("whose "):  # `Italy, whose ambassador in Tripoli, X,`: the holder's
                owner = [g for g in gaz if g.end == rs - 2 and g.mention_type in ("name", "alias")]
                if owner and owner[0].actor.actor_type == "state":
                    country = owner[0].actor.country_code
                elif owner and owner[0].actor.country_code is None:
                    country = NO_COUNTRY  # `the European Union, whose foreign policy chief, X,`
            actor = Actor(name, "person", country, role)
            out.append(Mention(s, s + len(name), name, actor, "name"))
    return out


NOT_ORG_WORDS = FUNCTION_CAPS - {"The"}  # built once: `_org_word` runs on every token


def _org_word(t: Token) -> bool:
    return (
        t.text[:1].isupper()
        and not _hyphen_adjective(t.text)
        and t.text not in NOT_ORG_WORDS
        and t.text not in MONTHS
        and t.text not in WEEKDAYS
    )


def _is_state_form(toks: list[Token], ref: Reference) -> bool:
    form = " ".join(t.text for t in toks)
    entry = ref.gazetteer.get(form)
    return entry is not None and entry.actor_type == "state"


# endings of adjectives that can stand before a country's name at a sentence start
ADJECTIVE_ENDINGS = (
    "ing", "ed", "ern", "ful", "ic", "al", "ian", "ese", "ly", "ous", "ive", "y", "est", "er"
)


def _country_brand(text: str, run: list[Token], at: int, ref: Reference, gaz: list[Mention]) -> bool:
    """`Air India`, `Radio France`: capitalised words before a country's name, inside a sentence,
    name an organisation of that country (not the state). Not a region (`Eastern Ukraine`),
    not a title or demonym, and never at a sentence start."""
    if not 2 <= len(run) <= 3:
        return False
    last = run[-1]
    if not any(
        (g.start, g.end, g.actor.actor_type, g.mention_type) == (last.start, last.end, "state", "name")
        for g in gaz
    ):  # the country's own name (`Air India`), not an alias (`Latin America`)
        return False
    # at a sentence start "Neighbouring Kenya", "Landlocked Malawi": the state (the whole-text
    # count last, so that it runs only for such runs and extraction stays linear in length)
    if at == 0 and run[0].lower.endswith(ADJECTIVE_ENDINGS) and text.count(" ".join(t.text for t in run)) < 2:
        return False
    lower_titles = _lower_titles(ref.titles)
    return all(
        t.text[:1].isupper()
        and t.text.isalpha()
        and t.text not in ref.gazetteer
        and t.text not in ref.demonyms
        and t.text not in PLACE_MODIFIERS
        and t.lower not in lower_titles
        for t in run[:-1]
    )


def _place_in_name(toks: list[Token], i: int, j: int, ref: Reference, gaz: list[Mention]) -> int:
    """End (token index) of `in <Place>` closing an organisation's name at toks[j] == "in":
    the name so far holds a head word of a non-governmental body (a mission, movement, office)
    and is no gazetteer name of its own; the place is a country's name (`in Armenia`, not its
    capital: `the Youth Movement in Cairo` is the movement) or
    `the` + a capitalised word (`in the Sahel`). 0 when the name does not go on."""
    heads = [ref.org_heads[t.text] for t in toks[i:j] if t.text in ref.org_heads]
    if not heads or heads[-1] not in ("organization", "group"):
        return 0
    if " ".join(t.text for t in toks[i:j]) in ref.gazetteer:
        return 0
    k = j + 1
    if k < len(toks) and toks[k].text == "the":
        k += 1
        return k + 1 if k < len(toks) and _org_word(toks[k]) and toks[k].text not in ref.org_heads else 0
    for g in gaz:
        if (k < len(toks) and g.start == toks[k].start and g.actor.actor_type == "state"
                and g.mention_type != "metonym"):  # a capital city is the setting, not the name
            n = 0
            while k + n < len(toks) and toks[k + n].end <= g.end:
                n += 1
            return k + n
    return 0


# heads after which `on` continues a body's name (`Commission on Human Rights`)
ON_HEADS = frozenset({"Commission", "Committee", "Council", "Conference", "Panel", "Forum", "Institute"})
# a business head before a closing `Group`/`Front`-like head makes the whole a company
BUSINESS = "organization"


def _org_type(words: list[str], country: str | None, before: str, ref: Reference) -> str:
    """The type of a capitalised body from its head words: the last head decides (`Supreme
    Court`), except a company head before a group word (`Zhongke Mining Group`), a party
    described as ruling or opposition (`the ruling Patriotic Unity Front`), a bank named after a
    state (`Bank of Tanzania`: the central bank) and an international body (no government's)."""
    heads = [w for w in words if w in ref.org_heads]
    if "of" in words:  # `Directorate General of Civil Aviation`: the words after `of` are its remit
        before_of = [w for w in words[: words.index("of")] if w in ref.org_heads]
        heads = before_of or heads
    kind = ref.org_heads[heads[-1]]
    joined = f" {' '.join(words)} "
    civil = ref.actor_cues.get("civil_society", frozenset())
    judicial = heads[-1] in ("Court", "Tribunal")  # `Employment and Labour Relations Court`
    # `Ministry of Labour`: a field of policy after `of` is the body's remit, not its members
    field_ = ref.actor_cues.get("remit_field", frozenset())
    remit = set(words[words.index("of") + 1 :]) & field_ if "of" in words else set()
    if heads[-1] == "Chamber":  # `Chamber of Commerce and Industry`: a field after `of` names its members
        remit = set()
    if kind in ("government_body", "armed_forces") and not judicial and any(
        w in civil and w not in remit for w in words
    ):
        return BUSINESS  # `Nigeria Labour Congress`: a union, not a legislature
    if kind == "armed_forces" and any(f" {w} " in joined for w in ref.actor_cues.get("law_enforcement", ())):
        return "government_body"  # `Nigeria Police Force`, `Philippine Coast Guard`
    if kind == "group" and any(ref.org_heads[h] == BUSINESS for h in heads[:-1]):
        return BUSINESS
    if kind == "group" and before in ("ruling", "opposition", "governing"):
        return BUSINESS
    if heads[-1] == "Bank" and len(words) >= 3 and words[-2] == "of" and words[-1] not in ref.org_heads:
        return "government_body"
    if words[-1] in ref.gazetteer and len(words) >= 3 and words[-2] == "of" and "Bank" in heads:
        return "government_body"
    if kind == "government_body" and country == NO_COUNTRY:
        return BUSINESS
    if heads[-1] == "Government":  # `Kurdistan Regional Government`: a state is known by its name
        return "government_body"
    return kind


def _state_name(words: list[str], ref: Reference) -> bool:
    entry = ref.gazetteer.get(" ".join(words))
    return entry is not None and entry.actor_type == "state" and entry.mention_type in ("name", "alias")


def _listed_in_name(
    toks: list[Token], i: int, j: int, ref: Reference, gaz: list[Mention], people: list[Mention]
) -> int:
    """`Ministry of Investments, Trade and Industry`, `Kenya Medical Practitioners, Pharmacists
    and Dentists Union`: at the comma `toks[j]`, a list of single capitalised words (`Trade and
    Industry`) that is still part of the name being read: the name before the comma ends in no
    known name, no listed word is a head word, a known name or a person, and the name is
    `<head> of/for Y, ...` or goes on after the list without a head word before the comma
    (`... Practitioners, Pharmacists and Dentists Union`). Returns the index of the list's last
    word, else 0."""
    def plain(t: Token) -> bool:
        return (
            _org_word(t) and t.text not in ref.org_heads and t.text not in ref.gazetteer
            and not any(m.start <= t.start < m.end for m in people + gaz)
        )

    if j + 3 >= len(toks) or j < i + 2 or any(g.end == toks[j - 1].end for g in gaz):
        return 0
    if not plain(toks[j + 1]) or toks[j + 2].text != "and" or not plain(toks[j + 3]):
        return 0
    # `Ministry of Investments, Trade ...`: the words after `of` are the body's remit
    inner = toks[j - 2].text in ("of", "for") and any(t.text in ref.org_heads for t in toks[i : j - 2])
    goes_on = j + 4 < len(toks) and _org_word(toks[j + 4]) and toks[j - 1].text not in ref.org_heads
    return j + 3 if inner or goes_on else 0


def capitalised_organisations(
    text: str, toks: list[Token], ref: Reference, gaz: list[Mention], people: list[Mention]
) -> list[Mention]:
    """Capitalised multi-word names whose words include an organisation head ("Supreme Court")."""
    out = []
    i = 0
    while i < len(toks):
        if not _org_word(toks[i]) or toks[i].text == "The":
            i += 1
            continue
        j = i
        while j < len(toks):
            t = toks[j]
            if _org_word(t):
                j += 1
            elif t.text == "," and (k := _listed_in_name(toks, i, j, ref, gaz, people)):
                j = k  # "Ministry of Investments, Trade and Industry": a list inside one name
            elif t.text == "and" and j + 1 < len(toks) and toks[j + 1].text == "the":
                break  # "the Directorate ... and the Airports Authority": two organisations
            elif t.text == "and" and (toks[j - 1].text in ref.org_heads or _is_state_form(toks[i:j], ref)):
                break  # "Kenya Airways and Precision Air", "United States and Japan": two names
            elif t.text == "and" and any(g.end == toks[j - 1].end and g.start >= toks[i].start for g in gaz):
                break  # "Hamas and Islamic Jihad", "Law Society of Kenya and X Institute": a known name ends
            elif (
                t.text == "on"
                and toks[j - 1].text in ON_HEADS
                and j + 1 < len(toks)
                and _org_word(toks[j + 1])
                and toks[j + 1].text not in ref.gazetteer
            ):
                j += 1  # "Inter-American Commission on Human Rights"
            elif t.text == "in" and (place := _place_in_name(toks, i, j, ref, gaz)):
                j = place  # "European Union Mission in Armenia", "Movement for Justice in the Sahel"
                break
            elif (
                t.text in ORG_CONNECTORS
                or t.lower in ("'s", "’s")
                or (
                    t.text in ("'", "’")
                    and j > i
                    and toks[j - 1].text.endswith("s")
                    and toks[j - 1].end == t.start
                )
            ):
                k = j
                while k < len(toks) and toks[k].text in ORG_CONNECTORS:
                    k += 1
                if k == j:
                    k = j + 1
                if k < len(toks) and _org_word(toks[k]):
                    j = k
                else:
                    break
            else:
                break
        while j > i and (toks[j - 1].text in ORG_CONNECTORS or toks[j - 1].lower in ("'s", "’s", "'", "’")):
            j -= 1
        # "Brazil's Agriculture Ministry": the country is a modifier, not part of the name
        for k in range(i, j - 1):
            if toks[k + 1].lower in ("'s", "’s") and k + 2 < j and _is_state_form(toks[i : k + 1], ref):
                i = k + 2
                break
        # "Tamar Chikovani of the Coalition for Change": a person, then the organisation
        for k in range(i + 1, j):
            if (
                toks[k].lower in ("of", "for")
                and not any(t.text in ref.org_heads for t in toks[i:k])
                and k - i in (2, 3)
                and all(is_name_token(t) for t in toks[i:k])
                and not any(g.start <= toks[i].start < g.end for g in gaz)
            ):
                i = k + 1
                while i < j and toks[i].text in ORG_CONNECTORS:
                    i += 1
                break
        # "the Russian Foreign Ministry Yelena Orlova": a person's name right after a name
        # ending in a head word is not part of it
        for k in range(i + 1, j - 1):
            tail = toks[k + 1 : j]
            if (
                toks[k].text in ref.org_heads
                and 2 <= len(tail) <= 3
                and all(
                    is_name_token(t) and t.text not in ref.org_heads and t.text not in ref.gazetteer
                    for t in tail
                )
            ):
                j = k + 1
                break
        words = [t.text for t in toks[i:j]]
        heads = [w for w in words if w in ref.org_heads]
        if heads and i >= 2 and toks[i - 1].text in MONTHS and toks[i - 2].text.isdigit():
            i -= 2  # "6 April Youth Movement": a date inside a name
        s, e = (toks[i].start, toks[j - 1].end) if j > i else (0, 0)
        # `The Associated Press`: a run inside a known name (its alias with the article) is that name
        exact_gaz = any(
            (g.start == s and g.end == e) or (g.start <= s and e <= g.end and g.actor.actor_type != "state")
            for g in gaz
        )
        brand = not heads and _country_brand(text, toks[i:j], i, ref, gaz)
        if (
            j - i >= 2
            and (heads or brand)
            and words[-1] not in ref.actor_cues.get("place_head", frozenset())  # `... Airport`
            and not exact_gaz
            and not _state_name(words, ref)  # `the United States`: its alias holds it
            and not any(m.start < e and s < m.end for m in people)
            # `Civil Aviation Minister X`: a portfolio, no body
            and not (j < len(toks) and toks[j].lower == "minister")
        ):
            name = text[s:e]
            # the country in the name (`Bank of Tanzania`, not `Mission in Armenia`), else a
            # demonym just before it (`Zambian miner X`), else in an apposition after it
            # (`X, a British-registered contractor,`)
            country = (
                _apposed_country(text, ref, gaz, e)
                or _role_country(text, ref, gaz, s, e)
                or _role_country(text, ref, gaz, toks[_np_start(toks, i, ref, 3)].start, s)
                # `the Canadian newspaper The Globe and Mail`: the name's own article, then the role
                or (
                    _role_country(text, ref, gaz, toks[_np_start(toks, i - 1, ref, 3)].start, s)
                    if i > 1 and toks[i - 1].text == "The"
                    else None
                )
                # `The ship's Greek operator, Aegean Star Shipping,`: a role set off before it
                or (_role_before(text, toks, i - 1, ref, gaz) if i > 1 and toks[i - 1].text == "," else None)
            )
            before = toks[i - 1].lower if i > 0 else ""
            kind = _org_type(words, country, before, ref) if heads else "organization"
            if kind == "group" and before == "group":  # `the rights group Support Group for ...`
                kind = _modified_kind(toks, i - 1, kind, ref)
            if kind == "group":  # `the X Front (XF), a regional party,`: the apposition's noun
                ap = APPOSED_NOUN.match(text, e)
                nouns = [w for w in ap.group(1).split() if w in ref.role_nouns] if ap else []
                noun = nouns[-1] if nouns else None  # the head: `a party militia` is a militia
                if noun is not None and ref.role_nouns[noun] == BUSINESS:
                    kind = BUSINESS
            actor = Actor(name, kind, country)
            out.append(Mention(s, e, name, actor, "name"))
            # "Alliance for National Renewal (ANR)": the acronym is an alias
            m = re.match(r"\s*\(([A-Z][A-Z0-9&\-]{1,9})\)", text[e : e + 14])
            if m:
                a0 = e + m.start(1)
                out.append(Mention(a0, a0 + len(m.group(1)), m.group(1), actor, "alias"))
        i = max(j, i + 1)
    return out


# `the X Front (XF), a regional party with 32 seats,`: an apposition's kind noun after a body
APPOSED_NOUN = re.compile(
    r"(?:\s*\([A-Z][\w&\-]{1,9}\))?,\s+(?:an?|the)\s+((?:[a-z][\w\-]*\s+){0,3}[a-z]+)\b"
)
APPOSED_DESC = re.compile(
    r"(?:\s*\([A-Z][A-Za-z0-9&\-]{1,11}\))?,\s+(?:(?:a|an|the)\b|who\s+(?:is|was|heads|chairs|leads|runs)\s+(?:a|an|the)?"
    r"|(?:[A-Z][a-z]+ )?[A-Z][a-z]+['’]s(?= [a-z]))"  # `X, Colombia's largest drug trafficking group,`
    r"\s*[^,.;:()“”\"]{1,60}?(?=[,.;]|\s+(?:said|says|told|that|which|who)\b)"
)


def _apposed_country(text: str, ref: Reference, gaz: list[Mention], end: int) -> str | None:
    """`Zhongke Mining Group, a Chinese state-owned firm,`: a demonym in the apposition."""
    m = APPOSED_DESC.match(text, end)
    if m is None:
        return None
    # `X, a subsidiary of the Canadian company Y,`: a country after `of` is the other body's,
    # unless it owns a state body the holder serves (`X, a spokesman for the Afghan defence
    # ministry,`, `for the Ugandan military`: `actor_cues.csv` kind body_noun)
    of = re.search(r"\s(?:of|for)\s", text[m.start() : m.end()])
    if of is not None and _serves_state_body(text[m.start() + of.end() : m.end()], ref):
        of = None
    return _role_country(text, ref, gaz, m.start(), m.start() + of.start() if of else m.end())


STATE_BODY_PHRASE = re.compile(
    r"(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:['’]s)?((?:\s+[a-z][\w\-]*){1,3})\s*"
)


def _serves_state_body(phrase: str, ref: Reference) -> bool:
    """`the Afghan defence ministry`, `Uganda's military`: a body noun of a state (up to two
    words after a capitalised demonym or possessive) ends the phrase."""
    nouns = ref.actor_cues.get("body_noun", frozenset())
    m = STATE_BODY_PHRASE.fullmatch(phrase)
    return m is not None and any(m.group(1).strip().endswith(n) for n in nouns)


def _unknown_name(toks: list[Token], i: int, ref: Reference, limit: int = 3) -> int:
    """Length of a capitalised name run at i that no reference list knows: not a country,
    demonym, title, month, weekday or function word (0 when there is none)."""
    if limit <= 0 or i >= len(toks) or not toks[i].text[:1].isupper():
        return 0  # the cheap test first: most tokens start no name
    lower_titles = _lower_titles(ref.titles)
    n = 0
    while i + n < len(toks) and n < limit:
        t = toks[i + n]
        if (
            not t.text[:1].isupper()
            or t.text in FUNCTION_CAPS
            or t.text in MONTHS
            or t.text in WEEKDAYS
            or t.text in ref.gazetteer
            or t.text in ref.demonyms
            or t.lower in lower_titles
            or not (t.text[:1].isalpha() and (t.text.replace("-", "").isalnum()))
        ):
            break
        n += 1
    return n


NAME_CONNECTORS = frozenset({"de", "des", "du", "del", "la", "le", "of", "y", "et"})


def _connected_name(toks: list[Token], i: int, ref: Reference) -> int:
    """Like `_unknown_name`, with lower-case connectors inside (`Societe Nigerienne des
    Hydrocarbures`, `Sons of Kordofan`); up to six tokens."""
    n = _unknown_name(toks, i, ref)
    while n and i + n + 1 < len(toks) and n < 6 and toks[i + n].text in NAME_CONNECTORS:
        more = _unknown_name(toks, i + n + 1, ref)
        if not more:
            break
        n += 1 + more
    return n


def _modified_kind(toks: list[Token], k: int, kind: str, ref: Reference) -> str:
    """`a rights group`, `the conservation group`: a group noun after a lower-case modifier that
    is no armed word (`actor_cues.csv` kind `armed_modifier`: `rebel group`, `hacker group`)
    names a civil-society organisation, not an armed group."""
    if toks[k].lower != "group" or k == 0 or not toks[k - 1].text.isalpha() or not toks[k - 1].text.islower():
        return kind
    if toks[k - 1].lower in NP_STOP or toks[k - 1].lower in ref.cues:
        return kind  # `the group`, `said the group`: no modifier
    return kind if toks[k - 1].lower in ref.actor_cues.get("armed_modifier", frozenset()) else "organization"


OPEN_QUOTES = frozenset({'"', "“", "«"})
CLOSE_QUOTES = frozenset({'"', "”", "»"})


def _quoted_name(toks: list[Token], i: int, limit: int = 6) -> int:
    """`"Grey Lynx"` at i: the number of capitalised words (and lower-case connectors) between
    an opening and a closing quotation mark, or 0."""
    if i >= len(toks) or toks[i].text not in OPEN_QUOTES:
        return 0
    n = 0
    while i + 1 + n < len(toks) and n < limit:
        t = toks[i + 1 + n]
        if t.text in CLOSE_QUOTES:
            return n if n and toks[i + 1 + n - 1].text[:1].isupper() else 0
        if not (t.text[:1].isupper() and t.text.replace("-", "").isalnum()) and t.text not in NAME_CONNECTORS:
            return 0
        n += 1
    return 0


def _name_through_demonym(toks: list[Token], i: int, n: int, ref: Reference) -> int:
    """`PKP Polish Railways`: a name run stopped by a demonym goes on through it when another
    name word no list knows follows (a demonym at the end stays out of the name)."""
    while i + n + 1 < len(toks) and toks[i + n].text in ref.demonyms:
        more = _unknown_name(toks, i + n + 1, ref)
        if not more:
            break
        n += 1 + more
    return n


def described_organisations(
    text: str, toks: list[Token], ref: Reference, taken: list[Mention]
) -> list[Mention]:
    """Organisations named after a description whose head is a role noun (reference data
    `role_nouns.csv`): `state energy firm Naftogaz`, `oil company Shell`, `the newspaper El
    Deber`; and before one: `the ruling Zanu-PF party`, `the Daily Monitor newspaper`. A name
    before the noun must be plainly a name (hyphenated, an acronym or two capitalised words)."""
    out = []
    for k, t in enumerate(toks):
        kind = ref.role_nouns.get(t.lower)
        if kind is None or not t.text.islower():
            continue
        kind = _modified_kind(toks, k, kind, ref)
        comma = k + 1 < len(toks) and toks[k + 1].text == ","
        name_at = k + 2 if comma else k + 1
        n = _connected_name(toks, name_at, ref)
        quoted = 0 if comma else _quoted_name(toks, name_at)
        if quoted:  # `the hacker group "Grey Lynx"`: the name is the quoted words
            name_at, n = name_at + 1, quoted
        elif n and not comma:  # `the company PKP Polish Railways`: a demonym inside the name
            n = _name_through_demonym(toks, name_at, n, ref)
        if comma and not (name_at + n < len(toks) and toks[name_at + n].text in (",", ".", "(", ";")):
            n = 0  # "a rival faction, Los Halcones.", "the state energy firm, X (Y), said"
        if n:  # the name follows the description
            lo = k
            while lo > 0 and k - lo < 3 and toks[lo - 1].text[:1].isalpha() and (
                toks[lo - 1].text.islower() or toks[lo - 1].text in ref.demonyms or lo - 1 == 0
            ) and toks[lo - 1].lower not in DESC_STOP:
                lo -= 1
            desc_toks = toks[lo : k + 1]
            s, e = toks[name_at].start, toks[name_at + n - 1].end
        else:  # the name comes before the noun
            j = k
            while j > 0 and k - j < 5 and (
                _unknown_name(toks, j - 1, ref, 1)
                or (toks[j - 1].text == "of" and j < k and j > 1 and _unknown_name(toks, j - 2, ref, 1))
            ):
                j -= 1  # "the Sons of Kordofan militia": `of` inside the name
            if j == k or j == 0 or toks[j - 1].lower not in ("the", "ruling", "opposition", "governing"):
                continue
            words = [w.text for w in toks[j:k]]
            if not (len(words) >= 2 or "-" in words[0] or (words[0].isupper() and len(words[0]) >= 2)):
                continue
            desc_toks = [t]
            s, e = toks[j].start, toks[k - 1].end
        if any(m.start < e and s < m.end and not (  # a demonym inside a name read after the noun
            n and m.mention_type == "demonym" and s < m.start and m.end < e) for m in taken + out):
            continue
        country = next((ref.demonyms[w.text] for w in desc_toks if w.text in ref.demonyms), None)
        desc = " ".join(w.text for w in desc_toks)
        actor = Actor(text[s:e], kind, country, desc[0].lower() + desc[1:])
        out.append(Mention(s, e, actor.name, actor, "name"))
    return out


# a state's legislature or courts act apart from its government; its ministries speak for the
# state itself ("Ukraine's energy ministry said" is coded as Ukraine in the dev gold)
NATIONAL_BODY_HEADS = frozenset(
    {"Congress", "Parliament", "Senate", "Assembly", "Duma", "Judiciary", "Court", "Tribunal"}
)
JUDICIAL_HEADS = frozenset({"Court", "Tribunal"})



def _state_mentions(toks: list[Token], gaz: list[Mention]) -> Iterator[tuple[Mention, int, int]]:
    """(mention, its first token, the token after its last) of each gazetteer mention of a
    state with a country that starts at a token."""
    starts = {t.start: n for n, t in enumerate(toks)}
    for g in gaz:
        p = starts.get(g.start)
        if p is None or g.actor.actor_type != "state" or not g.actor.country_code:
            continue
        q = p
        while q < len(toks) and toks[q].end <= g.end:
            q += 1
        yield g, p, q

def national_bodies(text: str, toks: list[Token], ref: Reference, gaz: list[Mention],
                    taken: list[Mention]) -> list[Mention]:
    """`Peru's Congress`, `the Kenyan parliament`: a state's possessive or demonym, up to two
    modifiers and a legislature's head word (any case) name that state's body; canonical name
    `<Demonym> <Modifiers> <Head>` (`Peruvian Congress`), country the state's."""
    out: list[Mention] = []
    if not gaz:
        return out
    for g, _, q in _state_mentions(toks, gaz):
        if g.mention_type == "demonym":
            adj = g.text
        elif g.mention_type in ("name", "alias") and q < len(toks) and toks[q].lower in ("'s", "’s"):
            q += 1
            adj = _demonym_of(g.actor.country_code, ref) or g.actor.name
        else:
            continue
        for h in range(q, min(q + 3, len(toks))):
            head = toks[h].text[:1].upper() + toks[h].text[1:].lower()
            if head in NATIONAL_BODY_HEADS and toks[h].text[:1].isalpha():
                mods = toks[q:h]
                if any(not t.text.isalpha() or t.lower in NP_STOP or t.text in ref.org_heads for t in mods):
                    break
                s, e = g.start, toks[h].end
                if h + 1 < len(toks) and toks[h + 1].lower in ("of", "for"):
                    break  # `Kenya's Ministry of Health`: the capitalised name is read elsewhere
                if any(m.start < e and s < m.end for m in taken + out):
                    break
                name = " ".join([adj, *(t.text[:1].upper() + t.text[1:] for t in mods), head])
                actor = Actor(name, "government_body", g.actor.country_code)
                out.append(Mention(s, e, text[s:e], actor, "name"))
                break
            if not toks[h].text.isalpha():
                break
    return out


@lru_cache(maxsize=8)
def _demonyms_by_code(ref_version: str, pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for dem, code in pairs:
        out.setdefault(code, dem)
    return out


def _demonym_of(code: str, ref: Reference) -> str | None:
    return _demonyms_by_code(ref.version, tuple(ref.demonyms.items())).get(code)


def initialled_names(text: str, toks: list[Token], ref: Reference, taken: list[Mention]) -> list[Mention]:
    """`Frente Andino de Liberación (FAL)`: a capitalised name (lower-case connectors inside)
    followed by an acronym in brackets made of its words' initials names a body, whatever its
    language; the acronym is its alias. Its kind is that of its last head word, else organization."""
    out: list[Mention] = []
    for k in range(1, len(toks) - 2):
        if toks[k].text != "(" or toks[k + 2].text != ")":
            continue
        acr = toks[k + 1].text
        if not (2 <= len(acr) <= 8 and acr.isupper() and acr.isalpha()):
            continue
        i = k
        while i > 0 and k - i < 8 and (
            (toks[i - 1].text[:1].isupper() and toks[i - 1].text.replace("-", "").isalpha())
            or (toks[i - 1].text in NAME_CONNECTORS | ORG_CONNECTORS and i < k)
        ):
            i -= 1
        while i < k and not toks[i].text[:1].isupper():
            i += 1
        if i > 0 and toks[i].text == "The":
            i += 1
        words = [t.text for t in toks[i:k] if t.text[:1].isupper()]
        if len(words) < 2 or "".join(w[0] for w in words) != acr:
            continue
        s, e = toks[i].start, toks[k - 1].end
        if any(m.start < e and s < m.end for m in taken + out) or " ".join(words) in ref.gazetteer:
            continue
        heads = [w for w in words if w in ref.org_heads]
        actor = Actor(text[s:e], ref.org_heads[heads[-1]] if heads else "organization",
                      _role_country(text, ref, taken, s, e))
        out.append(Mention(s, e, actor.name, actor, "name"))
        out.append(Mention(toks[k + 1].start, toks[k + 1].end, acr, actor, "alias"))
    return out


SELF_NAMING = frozenset({"itself", "themselves"})


def self_named(text: str, toks: list[Token], ref: Reference, taken: list[Mention]) -> list[Mention]:
    """`a group calling itself Ahl al-Sahel`: the name a body gives itself, of the kind of
    the role noun before (`role_nouns.csv`)."""
    out = []
    for k in range(2, len(toks) - 1):
        if toks[k].lower not in SELF_NAMING or toks[k - 2].lower not in ref.role_nouns:
            continue
        n = _name_run(toks, k + 1)
        if n == 0:
            continue
        s, e = toks[k + 1].start, toks[k + n].end
        if any(m.start < e and s < m.end for m in taken):
            continue
        actor = Actor(text[s:e], ref.role_nouns[toks[k - 2].lower])
        out.append(Mention(s, e, actor.name, actor, "name"))
    return out


def apposed_organisations(
    text: str, toks: list[Token], ref: Reference, taken: list[Mention]
) -> list[Mention]:
    """A one-word name no list knows, described by an apposition ending in a role noun
    (`Ecopetrol, the state oil company,`), or reporting (`Kurdistan24 reported`): an
    organisation of the role noun's kind, or a news outlet."""
    out = []
    for k, t in enumerate(toks):
        if _unknown_name(toks, k, ref, 1) != 1 or (k + 1 < len(toks) and toks[k + 1].text[:1].isupper()):
            continue
        if k > 0 and (toks[k - 1].text[:1].isupper() or toks[k - 1].text in ("'s", "’s")):
            continue  # inside a longer name
        kind, desc = None, None
        nxt = toks[k + 1 : k + 7]
        if len(nxt) >= 3 and nxt[0].text == "," and nxt[1].lower in ("the", "a", "an"):
            for n in range(2, len(nxt)):
                if not nxt[n].text.islower():
                    break
                if nxt[n].lower in ref.role_nouns and n + 1 < len(nxt) and nxt[n + 1].text in (",", "."):
                    kind = ref.role_nouns[nxt[n].lower]
                    desc = text[nxt[1].start : nxt[n].end]
                    break
        elif nxt and nxt[0].lower in ("reported", "reports") and k > 0:
            kind = "media"  # not at a sentence start: "Reuters reported" is known, "Police reported" is not
        if kind is None or any(m.start < t.end and t.start < m.end for m in taken + out):
            continue
        country = next((ref.demonyms[w.text] for w in nxt if desc and w.text in ref.demonyms), None)
        if country is None and k > 0 and toks[k - 1].text.islower():
            # "the Mauritanian news agency AMI reported": a demonym in the description before it
            country = _role_country(text, ref, taken, toks[_np_start(toks, k, ref, 4)].start, t.start)
        actor = Actor(t.text, kind, country, desc)
        out.append(Mention(t.start, t.end, t.text, actor, "name"))
    return out


NAME_JOINERS = frozenset({"of", "for", "and", "a", "the", "de", "del", "la", "los", "las"})


def _cap_run(toks: list[Token], i: int, limit: int = 7) -> int:
    """Length of a run of capitalised words from token i, with lower-case joiners between two
    of them (`Liberty and Refoundation`, `Fighters for a Free North Korea`)."""
    j = i
    while j < len(toks) and j - i < limit:
        w = toks[j].text
        if (
            w[:1].isupper()
            and w.replace("-", "").replace("'", "").isalpha()
            and w not in FUNCTION_CAPS
            and not _hyphen_adjective(w)  # `the Washington-based lender`
        ):
            j += 1
        elif w in NAME_JOINERS and j > i:
            q = j
            while q < len(toks) and toks[q].text in NAME_JOINERS:
                q += 1
            if q >= len(toks) or not toks[q].text[:1].isupper() or q - j > 2:
                break
            j = q
        else:
            break
    while j > i and toks[j - 1].text in NAME_JOINERS:
        j -= 1
    return j - i


def _media_phrase(words: list[str], ref: Reference) -> bool:
    phrase = " ".join(words).lower()
    return "media" in (ref.generic.get(phrase), ref.role_nouns.get(phrase))


def media_named(text: str, toks: list[Token], ref: Reference, taken: list[Mention]) -> list[Mention]:
    """`the state news agency BSS`, `state television Tele Sahel`, `the Bernama news agency`: a
    name no list knows right after or right before a media noun phrase of `generic_actors.csv`
    or `role_nouns.csv` is a news outlet; a demonym in the phrase gives its country."""
    out: list[Mention] = []
    k = 0
    while k < len(toks):
        if not toks[k].text[:1].isupper():  # no name starts here (the cheap test first)
            k += 1
            continue
        n = _unknown_name(toks, k, ref)
        if n == 0 or k == 0:  # `National media reported`: a sentence's first word is no name
            k += max(n, 1)
            continue
        s, e = toks[k].start, toks[k + n - 1].end
        lower_before = []
        q = k - 1
        while q >= 0 and k - q <= 3 and toks[q].text.islower() and toks[q].text.isalpha():
            lower_before.insert(0, toks[q].text)
            q -= 1
        after = [t.text for t in toks[k + n : k + n + 3]]
        hit = any(_media_phrase(lower_before[j:], ref) for j in range(len(lower_before)))
        hit = hit or any(
            _media_phrase(after[:j], ref) and all(w.islower() for w in after[:j]) for j in (1, 2, 3)
        )
        if hit and not any(m.start < e and s < m.end for m in taken + out):
            country = _role_country(text, ref, taken, toks[q + 1].start if lower_before else s, e)
            out.append(Mention(s, e, text[s:e], Actor(text[s:e], "media", country), "name"))
        k += n
    return out


def reporting_outlets(text: str, toks: list[Token], ref: Reference, taken: list[Mention]) -> list[Mention]:
    """`..., Tele Sahel reported.`: a capitalised name no list knows, set off by a comma and
    followed by `reported` at the end of its sentence, is a news outlet."""
    out = []
    for k in range(1, len(toks) - 1):
        if toks[k - 1].text != ",":
            continue
        n = _unknown_name(toks, k, ref)
        if not n or k + n >= len(toks) or toks[k + n].lower not in ("reported", "reports"):
            continue
        if any(t.text[:1].isalnum() for t in toks[k + n + 1 :]):
            continue  # only a postposed credit at the sentence end
        s, e = toks[k].start, toks[k + n - 1].end
        if any(m.start < e and s < m.end for m in taken):
            continue
        out.append(Mention(s, e, text[s:e], Actor(text[s:e], "media"), "name"))
    return out


NUMBERED_OUTLET = re.compile(r"\b(?:Channel|TV|Radio|Canal)\s\d{1,3}\b(?!\s*(?:percent|per|%))")


def numbered_outlets(text: str, body_start: int, ref: Reference | None = None) -> list[Mention]:
    """`Channel 8`, `TV 5`, `Radio 4`: a broadcaster named by its number; a demonym right before
    it gives its country (`Thai Channel 3`)."""
    out = []
    for m in NUMBERED_OUTLET.finditer(text, body_start):
        before = text[max(0, m.start() - 30) : m.start()].split()
        country = ref.demonyms.get(before[-1]) if ref is not None and before else None
        out.append(Mention(m.start(), m.end(), m.group(), Actor(m.group(), "media", country), "name"))
    return out


DESC_STOP = frozenset({"the", "a", "an", "of", "and", "detained", "arrested", "freed", "said"})


COORDINATED_KINDS = frozenset({"organization", "media", "group", "criminal_group"})


def _coordinated_body(toks: list[Token], i: int, n: int, taken: list[Mention]) -> Mention | None:
    """The named body (a company, outlet or group, not a person, state or state body) joined
    by `and` right before or after the name run toks[i:i+n] (`Kenya Airways and Precision
    Air`, `Precision Air and Kenya Airways`), or None."""
    if i >= 2 and toks[i - 1].lower == "and":
        end = toks[i - 2].end
        hit = next((m for m in taken if m.end == end and m.actor.actor_type in COORDINATED_KINDS), None)
        if hit is not None:
            return hit
    k = i + n
    if k + 1 < len(toks) and toks[k].lower == "and":
        start = toks[k + 1].start
        return next((m for m in taken if m.start == start and m.actor.actor_type in COORDINATED_KINDS), None)
    return None


def _coordinated_name(toks: list[Token], i: int, n: int, taken: list[Mention]) -> bool:
    """`Chad Hosny and Sherif Nabil`: a 2-3 word name run joined by `and` to another such run,
    neither of them a known place or organisation (`La Paz and Santa Cruz` are places)."""

    def free(a: int, b: int) -> bool:
        s, e = toks[a].start, toks[b - 1].end
        first = toks[a].end  # a place as first name ("Chad Hosny") does not make the run a place
        return not any(m.start < e and s < m.end and not (m.end <= first and b - a >= 2) for m in taken)

    k = i + n
    if k + 1 < len(toks) and toks[k].lower == "and":
        m = _name_run(toks, k + 1, limit=3)
        if m >= 2 and free(k + 1, k + 1 + m):
            return True
    if i >= 3 and toks[i - 1].lower == "and":
        j = i - 1
        while j > 0 and i - 1 - j < 3 and is_name_token(toks[j - 1]):
            j -= 1
        if i - 1 - j >= 2 and free(j, i - 1):
            return True
    return False


def _place_first_name(run: list[Token], ref: Reference) -> bool:
    """The first word of a 2-3 word run is a single-word place name and the rest are names."""
    entry = ref.gazetteer.get(run[0].text)
    return (
        len(run) >= 2
        and entry is not None
        and entry.actor_type == "state"
        and " " not in run[0].text
        and not any(t.text in ref.gazetteer for t in run[1:])
    )


PARTY_NAME = r"((?:[A-Z][\w’'\-]+)(?:\s+(?:(?:of|for|and|the)\s+){0,2}[A-Z][\w’'\-]+){0,4})"


def headed_parties(text: str, body_start: int, ref: Reference) -> list[Mention]:
    """`the ruling Georgian Dream party`, `The opposition Unity for Change alliance (UFC)`: a
    capitalised name between `the` (and up to two lower-case words) and a lower-case party noun
    (`actor_cues.csv` kind `party_head`) names a political body: the mention spans name and noun,
    the actor is the name (organization); an acronym in brackets right after is its alias."""
    heads = ref.actor_cues.get("party_head", frozenset())
    if not heads:
        return []
    key = f"parties-{ref.version}"
    rx = _REGEX_CACHE.get(key)
    if rx is None:
        rx = _REGEX_CACHE.setdefault(key, re.compile(
            r"\b[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}" + PARTY_NAME + r"\s+(" + literal_alternation(set(heads))
            + r")\b(?:\s*\(([A-Z][A-Za-z]{1,8})\))?"
        ))
    out: list[Mention] = []
    for m in rx.finditer(text, body_start):
        name = m.group(1)
        words = name.split()
        if "\n" in m.group(0) or words[0] in FUNCTION_CAPS or words[0] in MONTHS or words[0] in WEEKDAYS:
            continue
        plain = ref.actor_cues.get("international", frozenset()) | PLACE_MODIFIERS
        if all(w in ref.demonyms or w in ref.gazetteer or w in plain or w in ("of", "for", "and", "the")
               for w in words):
            continue  # `the Georgian party`, `the European bloc`: a state's or region's, not a name
        if len(words) == 1 and words[0].endswith(("an", "ean", "ic", "ese")):
            continue  # `the Baltic alliance`, `the Asian bloc`: an adjective, not a name
        if name in ref.gazetteer:
            continue  # a listed body: the gazetteer reads it
        actor = Actor(name, "organization", None)
        out.append(Mention(m.start(1), m.end(2), text[m.start(1) : m.end(2)], actor, "name"))
        if m.group(3):
            out.append(Mention(m.start(3), m.end(3), m.group(3), actor, "alias"))
    return out


ACRONYM_BODY = re.compile(r"\b[Tt]he ((?:[a-z]+ ){0,3}([a-z]+)) \(([A-Z][A-Z0-9&]{1,8})\)")


def acronym_bodies(text: str, body_start: int, ref: Reference) -> list[Mention]:
    """`the electoral commission (NEC)`: an institution named only by a lower-case description
    and its acronym; the actor is the acronym, the description is kept."""
    out = []
    for m in ACRONYM_BODY.finditer(text, body_start):
        head = m.group(2).capitalize()
        if head not in ref.org_heads or m.group(3) in ref.gazetteer:
            continue
        actor = Actor(m.group(3), ref.org_heads[head], None, m.group(1))
        out.append(Mention(m.start(3), m.end(3), m.group(3), actor, "alias"))
    return out


_PREFIXED: dict[str, re.Pattern[str] | None] = {}  # reference version -> `prefixed_companies`' pattern


def prefixed_companies(text: str, body_start: int, ref: Reference) -> list[Mention]:
    """`employees of PT Sulawesi Prima Nickel`, `OAO Severny Zavod`: a legal-form word that opens
    a company's name (`actor_cues.csv` company_prefix) and the capitalised words after it name a
    company (organization), prefix included; the name without the prefix later in the text
    (`Sulawesi Prima Nickel's president director`) is a mention of it."""
    rx = _PREFIXED.get(ref.version)
    if rx is None:
        words = ref.actor_cues.get("company_prefix", frozenset())
        rx = _PREFIXED.setdefault(ref.version, re.compile(
            r"(?<![\w.])(" + literal_alternation(set(words)) + r")\s+([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,5})"
        ) if words else None)
    if rx is None:
        return []
    out = []
    seen: dict[str, Actor] = {}
    for m in rx.finditer(text, body_start):
        words = m.group(2).split()
        while words and (words[-1] in FUNCTION_CAPS or words[-1] in MONTHS or words[-1] in WEEKDAYS):
            words.pop()
        if not words:
            continue
        bare = " ".join(words)
        name = f"{m.group(1)} {bare}"
        actor = seen.setdefault(bare, Actor(name, BUSINESS, None))
        out.append(Mention(m.start(), m.start(2) + len(bare), name, actor, "name"))
    for bare, actor in seen.items():  # the name without its prefix
        for b in re.finditer(r"(?<![\w\-])" + re.escape(bare) + r"(?![\w\-])", text[body_start:]):
            st = body_start + b.start()
            if not any(o.start <= st < o.end for o in out):
                out.append(Mention(st, st + len(bare), bare, actor, "alias"))
    return sorted(out, key=lambda m: m.start)


SPEAKING_WORD = re.compile(
    r"\b([A-Z][\w’'\-]+)(?:,\s+\d{1,3},|\s+(?:has\s+|had\s+|also\s+|later\s+)?([a-z]+)\b)"
)


def speaking_words(text: str, ref: Reference) -> frozenset[str]:
    """Capitalised words used alone as a speaker: followed by a cue verb (`Besigye said`) or an
    age apposition (`Besigye, 68,`). A name run whose last word is one of them is a person."""
    out = set()
    for m in SPEAKING_WORD.finditer(text):
        if m.group(2) is None or (m.group(2) in ref.cues and ref.cues[m.group(2)][0] != "report"):
            out.add(m.group(1))  # "X reported" is an outlet's verb more often than a person's
    return frozenset(out)


def _which_speaks(toks: list[Token], k: int, ref: Reference) -> bool:
    """`, which ..., said` after a name at toks[k]: the relative clause closes and a speech
    verb follows (the name is a body, not a person or a place)."""
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].lower != "which":
        return False
    close = next((c for c in range(k + 2, min(len(toks), k + 25)) if toks[c].text == ","), None)
    return close is not None and close + 1 < len(toks) and toks[close + 1].lower in ref.cues


def person_candidates(
    text: str,
    toks: list[Token],
    ref: Reference,
    taken: list[Mention],
    speakers: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Capitalised 2-3 word names not introduced by a title, accepted when the context says
    person: a cue verb follows ("Mercy Kalua said"), an apposition follows (", the head of"),
    a relative clause follows (", who"), or an attribution precedes ("said Grace Banda")."""
    out = []
    lower_titles = _lower_titles(ref.titles)
    i = 0
    while i < len(toks):
        n = _name_run(toks, i, limit=3)
        if n < 2 or toks[i].text in FUNCTION_CAPS:
            i += max(n, 1)
            continue
        run = toks[i : i + n]
        if n == 3 and i > 0 and toks[i - 1].lower == "of":
            run = run[1:]
        lead_noun = len(run) == 3 and ref.generic.get(run[0].lower) == "person"
        if lead_noun:
            run = run[1:]  # "Engineer Jordan Restrepo" opening a sentence: a person noun, then the name
        s, e = run[0].start, run[-1].end
        # "Jordan Mwangi", "Chad Hosny": a first name that is also a place starts a person's name
        # when the rest of the run is no place, organisation word or title
        skip0 = _place_first_name(run, ref)
        bad = any(
            t.text in ref.gazetteer
            or t.text in ref.demonyms
            or t.text in ref.org_heads
            or t.text.lower() in lower_titles
            for t in run[1 if skip0 else 0 :]
        ) or any(m.start < e and s < m.end and not (skip0 and m.end <= run[0].end) for m in taken)
        bad = bad or _match_title(toks, i, ref.titles) == n + 1  # `Rear Adm.`: an abbreviated title
        bad = bad or run[0].text in PLACE_MODIFIERS  # `Western Equatoria`, `North Kivu`: a region
        ends = [m.end for m in taken if m.start < e and s < m.end]
        if bad and ends and max(ends) < e and not skip0:
            # "Foreign Ministry Yelena Orlova": a known name ends inside the run; read on after it
            nxt = next((k for k in range(i, i + n) if toks[k].start >= max(ends)), i + n)
            i = max(nxt, i + 1)
            continue
        partner = None if bad else _coordinated_body(toks, i, n, taken)
        if partner is not None:
            # "Kenya Airways and Precision Air": a name joined by `and` to a named body is a
            # body of the same kind
            actor = Actor(text[s:e], partner.actor.actor_type, _role_country(text, ref, taken, s, e))
            out.append(Mention(s, e, actor.name, actor, "name"))
            i += n
            continue
        if not bad and _which_speaks(toks, i + n, ref):
            # "Greenpeace Africa, which has campaigned against ..., said": a body that speaks
            actor = Actor(text[s:e], "organization", _role_country(text, ref, taken, s, e))
            out.append(Mention(s, e, actor.name, actor, "name"))
            i += n
            continue
        if not bad:
            after = toks[i + n : i + n + 3]
            before = toks[i - 1] if i > 0 else None
            k = 0
            while k < len(after) and after[k].lower in ("has", "had", "also", "later", "then"):
                k += 1
            cue_after = k < len(after) and after[k].lower in ref.cues
            if cue_after and after[k].lower in ("reported", "reports") and before is not None:
                cue_after = cue_after and before.text != ","  # "..., Tele Sahel reported.": an outlet
            appos = (
                len(after) >= 2
                and after[0].text == ","
                and (
                    after[1].lower in ("who", "the", "a", "an", "whose", "speaking", "writing", "addressing")
                    or after[1].text.isdigit()
                )
            )
            appos = appos or (
                len(after) >= 2
                and after[0].text == ","
                and after[1].lower in ref.cues
                and ref.cues[after[1].lower][0] != after[1].lower  # ", said"; not ", state oil company"
            )
            # "Joseph Okello of the (ruling) National Resistance Movement": a name followed by
            # `of the`, up to two lower-case modifiers and a capitalised name
            of_body = _of_the_body(toks, i + n, taken)
            appos = appos or of_body is not None
            said_before = before is not None and before.lower in ref.cues
            # "The editor-in-chief of X, Jens Harnack, in a statement rejected ...": a name set off
            # by commas right after a role clause
            said_before = said_before or (
                before is not None and before.text == "," and bool(after) and after[0].text == ","
                and _role_clause(toks, i - 1, lower_titles)
            )
            # "rights activist Jordan Mwangi": a person noun right before the name describes it
            noun_before = lead_noun or (before is not None and ref.generic.get(before.lower) == "person")
            # "Chad Hosny and Sherif Nabil": two names coordinated
            coordinated = _coordinated_name(toks, i, n, taken)
            again = r"(?<![\w-])" + re.escape(run[-1].text) + r"(?![\w-])"
            surname_again = skip0 and re.search(again, text[e:])
            # "Police detained Kizza Besigye ... Besigye said": the surname speaks alone
            surname_again = surname_again or (
                run[-1].text in speakers and run[-1].text not in FUNCTION_CAPS and n >= 2
            )
            if before is not None and before.lower == "the" and not (cue_after or said_before):
                # "the Severny Veter, a Russian trawler": a person's name takes no article; a
                # ship, a building or a prize does (a person who speaks is still one)
                appos = noun_before = coordinated = surname_again = False
            if cue_after or appos or said_before or noun_before or coordinated or surname_again:
                desc = None
                if lead_noun:
                    desc = toks[i].lower
                elif noun_before:
                    k0 = i - 1
                    while k0 > 0 and i - k0 < 3 and toks[k0 - 1].text[:1].isalpha():
                        if not toks[k0 - 1].text[:1].islower() or toks[k0 - 1].lower in DESC_STOP:
                            break
                        k0 -= 1
                    desc = text[toks[k0].start : toks[i - 1].end]
                # `Norwegian mediator Torvald Eide`, `Bernard Okafor, a Nigerian diplomat`
                country = _apposed_country(text, ref, taken, e)
                if country is None and before is not None and before.text.islower():
                    country = _role_country(text, ref, taken, toks[_np_start(toks, i, ref, 3)].start, s)
                if country is None and before is not None and before.text == ",":
                    country = _role_before(text, toks, i - 1, ref, taken)
                if country is None and of_body is not None:
                    country = of_body.actor.country_code  # `X of the ruling NRM`: the body's
                if country is None and before is not None:
                    # "the Russian Foreign Ministry Yelena Orlova": the body before the name
                    body = [m for m in taken if m.end == before.end]
                    body = [m for m in body if m.actor.actor_type not in ("person", "state")]
                    country = body[0].actor.country_code if body else None
                actor = Actor(text[s:e], _candidate_kind(text, toks, i, e, ref), country, desc)
                out.append(Mention(s, e, actor.name, actor, "name"))
        i += n
    return out


def _role_clause(toks: list[Token], comma: int, lower_titles: frozenset[str]) -> bool:
    """`The editor-in-chief of Frankfurter Tagesbote,`, `its acting director,`: the clause
    before the comma at `comma` opens with an article or a possessive and holds a lower-case
    title word (`titles.csv`)."""
    c = comma
    while c > 0 and comma - c <= 10 and toks[c - 1].text not in (",", ";", ":", "(", "“", '"', ".", "”"):
        c -= 1
    if not 2 <= comma - c <= 10 or toks[c].lower not in ROLE_OPENERS:
        return False
    return any(t.text.islower() and (t.lower in lower_titles or t.lower.split("-")[0] in lower_titles)
               for t in toks[c + 1 : comma])


OF_BODY_MODIFIERS = 2  # `of the ruling`, `of the main opposition`


def _lower_word(t: Token) -> bool:
    return t.text.isalpha() and t.text.islower()


def _of_the_body(toks: list[Token], k: int, taken: list[Mention]) -> Mention | None:
    """`of the [ruling|main opposition] <Capitalised>` at toks[k]: the body mention (not a
    person or state) that starts at the capitalised word; with no modifiers, a placeholder
    without a country when no mention starts there; None when the words have another shape."""
    if k + 2 >= len(toks) or toks[k].lower != "of" or toks[k + 1].lower != "the":
        return None
    j = k + 2
    while j < len(toks) and j - k - 2 < OF_BODY_MODIFIERS and _lower_word(toks[j]):
        j += 1
    if j >= len(toks) or not toks[j].text[:1].isupper():
        return None
    body = next(
        (m for m in taken if m.start == toks[j].start and m.actor.actor_type not in ("person", "state")), None
    )
    if body is None and j > k + 2:
        return None  # lower-case words then a name no rule read as a body: not this shape
    return body or Mention(
        toks[j].start, toks[j].end, toks[j].text, Actor(toks[j].text, "organization"), "name"
    )


ROLE_NOUN_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[A-Z]?[a-z]+['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z]+)"
    r"(?:,?\s+(?:known|identified|named)\s+as\s+|,\s+)$"
)


def _candidate_kind(text: str, toks: list[Token], i: int, end: int, ref: Reference) -> str:
    """A name read as a person's is a body's when its apposition ends in a role noun of
    `role_nouns.csv` (`Ruvu Haulage, a Tanzanian trucking company, said`: organization), or a
    media noun of `generic_actors.csv` or a role noun stands right before it (`state television
    Tele Sahel`, `the Lima consultancy Andes Metrica`)."""
    m = APPOSED_DESC.match(text, end)
    if m:
        last = m.group().split()[-1].lower()
        if last in ref.role_nouns:
            return ref.role_nouns[last]
    # `a gang known as Los Pumas del Lago`, `The mine's operator, Minera Cordillera Norte,`: a
    # role noun introducing the name by `known as` or an apposition set off before it
    before = ROLE_NOUN_BEFORE.search(text, max(0, toks[i].start - 60), toks[i].start) if i > 0 else None
    if before is not None and before.group(1).lower() in ref.role_nouns:
        return ref.role_nouns[before.group(1).lower()]
    if i > 0 and toks[i - 1].text.islower():
        one = toks[i - 1].lower
        two = f"{toks[i - 2].lower} {one}" if i > 1 else one
        if "media" in (ref.generic.get(one), ref.generic.get(two)):
            return "media"
        if one in ref.role_nouns and i > 1 and toks[i - 2].text[:1].isalpha():
            # `the Lima consultancy Andes Metrica`: the noun's kind
            return _modified_kind(toks, i - 1, ref.role_nouns[one], ref)
    return "person"


def _name_heads(name: str) -> set[str]:
    """The words of a body's name a definite noun may refer back to it by: its last word and
    the word before its first `of` (`the association` for `X Association of Y`), never its first
    word nor a modifier inside it (`the girls` is not the `Government Girls Secondary School`)."""
    words = name.split()
    heads = {words[-1].lower()} if len(words) > 1 else set()
    if "of" in words[2:]:
        heads.add(words[words.index("of", 2) - 1].lower())
    return heads


def definite_references(text: str, doc: DocActors, body_start: int) -> None:
    """`the commission`, `the party`, `the court`: the last named organisation with that head;
    `the Treasury`, `the Commission`: the last named one whose name ends in that word."""
    by_head: dict[str, tuple[list[int], list[Actor]]] = {}  # head word -> ends, actors (by end)
    for x in sorted(doc.mentions, key=lambda x: x.end):
        if x.mention_type in ("name", "alias") and x.actor.actor_type not in ("person", "state"):
            for w in _name_heads(x.actor.name):
                ends, actors = by_head.setdefault(w, ([], []))
                ends.append(x.end)
                actors.append(x.actor)
    last = {a.name.split()[-1].lower() for _, acts in by_head.values() for a in acts}
    for m in re.finditer(r"\b[Tt]he ([A-Za-z][a-z]+)\b(?!\s+[A-Z])", text[body_start:]):
        head = m.group(1)
        pos = body_start + m.start(1)
        if head[0].isupper():
            # `the Treasury said`, `The Authority said`: a capitalised head that ends a body's
            # name named before is that body, like `the authority`
            head = head.lower()
            if head not in last:
                continue
        if head not in by_head or doc.overlapping(pos, pos + len(head)):
            continue
        ends, actors = by_head[head]
        k = bisect.bisect_right(ends, pos)
        if k:
            doc.add(Mention(pos, pos + len(head), head, actors[k - 1], "definite"))
    doc.sort()


# a title-case place, an optional `Mon D` date and an agency in brackets, closed by `.-`, a dash
# or a colon (translated agency copy: `Bogotá, Dec 5 (EFE).-`)
AGENCY_DATELINE = re.compile(
    r"[A-Z][\w\u00c0-\u017f'’\-]+(?: [A-Z][\w\u00c0-\u017f'’\-]+){0,2}"
    r"(?:, [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}(?=,))?"  # `ISLAMABAD, Pakistan, Nov. 22 (UPI) --`
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*\([A-Z][\w./ -]{0,30}\)\.?\s*[-–—:]+\s"
)
# an aggregator's header line: `Reuters | Washington DC | Updated: 14-08-2025 02:11 IST`
AGGREGATOR_HEADER = re.compile(
    r"(?m)^[ \t]*([A-Z][\w&./ -]{1,30}?)\s*\|\s*[^|\n]{1,40}\|\s*(?:Updated|Published|Created)\s*:"
)
AT_PLACE = re.compile(r"\b(?:[Aa]t|[Oo]utside|[Ii]nside)\s+(?:the\s+)?$")


def _a_building(text: str, m: Mention, ref: Reference) -> bool:
    """A body found by capitals (no list knows it) whose name ends in a building word
    (`actor_cues.csv` kind `building`) right after `at`, `outside`, `inside` (with `the`):
    the place of a rally or a press conference (`outside the Karachi Press Club`), not an actor."""
    if m.actor.actor_type in ("person", "state") or m.mention_type != "name":
        return False
    if m.actor.name.split()[-1] not in ref.actor_cues.get("building", frozenset()):
        return False
    return AT_PLACE.search(text, max(0, m.start - 12), m.start) is not None


TITLE_SMALL = frozenset(
    "a an the of in on for to and or at by with as from over after into amid against vs".split()
)
TITLE_MIN_WORDS = 4
TITLE_MAX_CHARS = 200  # a headline's length, not a paragraph's


def _title_case(line: str) -> bool:
    """A line of at least four words besides short function words, every one capitalised, not
    ending as a sentence: a title-case headline or subheading."""
    if len(line) > TITLE_MAX_CHARS or line.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    words = [w for w in WORD_RE.findall(line) if w[:1].isalpha() and w.lower() not in TITLE_SMALL]
    return len(words) >= TITLE_MIN_WORDS and all(w[:1].isupper() for w in words)


DATELINE_LINES = 6  # lines after the body start that may still hold the dateline
DATELINE_SCAN = 1200  # characters read for them


def _excluded_zones(text: str, body_start: int) -> list[tuple[int, int]]:
    """The dateline (`LILONGWE, Sept 23 (Reuters) -`) and a trailing agency credit: not actors."""
    zones = []
    m = re.match(
        r"\s*[A-Z][A-Z.'’\- ]+(?:,[^:\n]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?::|[-–—])\s", text[body_start:]
    )
    if m:
        zones.append((body_start, body_start + m.end()))
    else:
        # `UPDATE 1-...` / `(Adds ...)` lines read as body before `PEMBA, Mozambique, Oct 14
        # (Reuters) -`: a dateline with an agency opening one of the first lines
        line = re.compile(r"(?m)^[ \t]*(?=\S)")
        for k, ln in enumerate(line.finditer(text, body_start, body_start + DATELINE_SCAN)):
            d = DATELINE_RE.match(text, ln.end())
            if d is not None and (d.group("agency") or d.group("tagency")):
                zones.append((ln.end(), d.end()))
                break
            d = AGENCY_DATELINE.match(text, ln.end())  # `Bogotá, Dec 5 (EFE).-`
            if d is not None:
                zones.append((ln.end(), d.end()))
                break
            if k >= DATELINE_LINES:
                break
    h = AGGREGATOR_HEADER.search(text, body_start, body_start + DATELINE_SCAN)
    if h is not None:
        zones.append((h.start(1), h.end(1)))  # the agency; the place still sets the home country
    c = re.search(r"\s[–—-]{1,2}\s*[A-Z][A-Za-z/]{1,20}\s*$", text)
    if c:
        zones.append((c.start(), len(text)))
    return zones


DATED_PLACE = re.compile(
    r"\s*[A-Z][A-Za-z\u00c0-\u017f.'’\- ]{2,30}?,\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b"
)


# `Niger State`, `Nigeria's Niger state,`: a country's name before `state` (not before a noun:
# `Iran state media`, `Niger State Television`) names a region of a federation
REGION_STATE = re.compile(
    r" (?:State\b(?! (?:Television|TV|Radio|Media|News|Broadcasting))|state\b(?![ \-]+[a-z]))"
)
CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|pesos?|rupees?|pounds?|francs?|yuan|yen|euros?|cents?)\b", re.I)


def home_country(text: str, body_start: int, gaz: list[Mention], ref: Reference) -> str | None:
    """The country a wire story is set in: its dateline city's country, else the most-named state."""
    zones = _excluded_zones(text, body_start)
    dated = DATED_PLACE.match(text, body_start)
    if dated:  # `MOSCOW, 14 November.`, `Yerevan, May 6.`: a place and a date open the body
        zones = [(body_start, dated.end())] + zones
    if zones and zones[0][0] < body_start + DATELINE_SCAN and zones[0][1] < len(text):
        # the dateline, at the body's start or under an `UPDATE`/byline line: its place, or the
        # country after it (`GOMA, Democratic Republic of Congo, Nov 28 (Reuters) -`)
        line = text[zones[0][0] : zones[0][1]].split(":")[0]
        for place in line.split(",")[:2]:
            place = place.split("(")[0].strip().strip("-–—").strip()
            for form, entry in ref.gazetteer.items():
                if entry.actor_type == "state" and entry.country_code and form.upper() == place.upper():
                    return entry.country_code
    # a state named as a place (`talks in Oslo`) or in a compound (`Canadian-educated`) counts
    # only when no state is named otherwise
    places = ref.actor_cues.get("locative", frozenset())
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for located in (False, True):
        for g in gaz:
            if g.actor.actor_type != "state" or not g.actor.country_code:
                continue
            before = text[max(0, g.start - 16) : g.start].split()
            place = (bool(before) and before[-1] in places) or _hyphen_suffix(text, g.end) is not None
            if place and text[g.end : g.end + 2] in ("'s", "’s") and _hyphen_suffix(text, g.end) is None:
                place = False  # `in Indonesia's Central Sulawesi province`: a region of the story's state
            if place == located:
                counts[g.actor.country_code] = counts.get(g.actor.country_code, 0) + 1
                first[g.actor.country_code] = min(first.get(g.actor.country_code, g.start), g.start)
        if counts:
            break
    # with no dateline, the lede says where the story is: the first state its first sentence
    # names (`Police in Indonesia's Central Sulawesi province shot dead ...`) counts twice more
    end = re.search(r"[.!?][\"”’']?\s", text[body_start : body_start + 600])
    lede_end = body_start + (end.end() if end else 600)
    lede = [g for g in gaz if body_start <= g.start < lede_end and g.actor.actor_type == "state"]
    lead = next((g.actor.country_code for g in lede if g.actor.country_code), None)
    # `A US military strike ... killed four people, Venezuelan officials said`: the state whose
    # people the lede's closing attribution quotes sets the scene, not the first state it names
    said = LEDE_ATTRIBUTION.search(text, body_start, lede_end)
    if said is not None:
        quoted = [g for g in lede if said.start() <= g.start < said.end() and g.actor.country_code]
        lead = quoted[0].actor.country_code if quoted else lead
    if lead is not None and counts:
        counts[lead] = counts.get(lead, 0) + LEDE_WEIGHT
        first[lead] = -1  # a tie goes to the lede's state
    # a tie goes to the state named first (the lede sets the scene), not the first code
    if counts:
        return min(counts, key=lambda c: (-counts[c], first.get(c, len(text)), c))
    return _city_home(text, body_start, ref)


def _city_home(text: str, body_start: int, ref: Reference) -> str | None:
    """`Police in Porto detained 40 people ...`: a story that names no state is set in the
    country of the first listed city (`cities.csv`) its body names, else nowhere."""
    if not ref.cities:
        return None
    key = f"city-home-{ref.version}"
    rx = _REGEX_CACHE.get(key)
    if rx is None:
        rx = _REGEX_CACHE.setdefault(
            key, re.compile(r"(?<![\w.\-])(" + literal_alternation(set(ref.cities)) + r")(?![\w\-])")
        )
    m = rx.search(text, body_start)
    return ref.cities[m.group(1)] if m else None


LEDE_WEIGHT = 2
LEDE_ATTRIBUTION = re.compile(
    r",\s+(?:[A-Z][\w\-]*\s+){1,3}(?:officials|authorities|police|military|army|government|ministry)"
    r"\s+(?:said|say|says|reported)\b"
)


MEMBER_OF = re.compile(r"([A-Z][a-z]+)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _member_of(m: Mention, ref: Reference) -> Mention:
    """`Detectives of Bangladesh Police`, `Members of the Kenya Union of Teachers`: a body read
    from capitals whose name opens with a plural people noun (`generic_actors.csv`) and `of` is
    the body after `of`; the people noun opening the sentence is no part of its name."""
    a = m.actor
    if a.actor_type in ("person", "state") or m.mention_type != "name":
        return m
    x = MEMBER_OF.match(m.text)
    if x is None or x.group(1).lower() not in ref.generic or not x.group(1).endswith("s"):
        return m
    rest = m.text[x.end() :]
    if len(rest.split()) < 2 and rest not in ref.gazetteer:
        return m
    heads = [w for w in rest.split() if w in ref.org_heads]
    kind = ref.org_heads[heads[-1]] if heads else a.actor_type
    start = m.start + x.end()
    actor = Actor(" ".join(rest.split()), kind, a.country_code, a.description)
    return Mention(start, m.end, rest, actor, "name")


def _rebel_kind(text: str, m: Mention, ref: Reference) -> Mention:
    """A body found by capitals with a rebel word in its name (`actor_cues.csv` kind
    `rebel_word`: `Democratic Forces for the Liberation of Rwanda`) is a non-state armed group."""
    a = m.actor
    words = ref.actor_cues.get("rebel_word", frozenset())
    if a.actor_type not in ("organization", "armed_forces") or a.name in ref.gazetteer:
        return m
    if not any(w in words for w in a.name.split()) and not (
        _militia_name(a.name, ref) and not NUMBERED_UNIT.search(text, max(0, m.start - 12), m.start)
    ):
        return m
    actor = Actor(a.name, "group", a.country_code, a.description, a.is_generic)
    return Mention(m.start, m.end, m.text, actor, m.mention_type)


def _militia_name(name: str, ref: Reference) -> bool:
    """`Western Alliance Army`, `Sahel Brigade of Tawheed`: a name headed (last word, or the word
    before `of`) by an `actor_cues.csv` militia head, with no word that names a state."""
    heads = ref.actor_cues.get("militia_head", frozenset())
    words = name.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head not in heads or len(words) < 2:
        return False
    if any(w.lower() in ORDINAL_WORDS for w in words):
        return False  # `the Third Army`: a state's numbered unit
    return not any(w in ref.demonyms or (w in ref.gazetteer and ref.gazetteer[w].actor_type == "state")
                   for w in words)


ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
NUMBERED_UNIT = re.compile(r"\b\d+(?:st|nd|rd|th)?\s+$")  # `the 5th Mechanised Brigade`


def _home_state(m: Mention, home: str | None, ref: Reference) -> Mention:
    """`the Islamic Republic`, `the Federal Republic`: a state read from capitals with no country,
    one adjective and a state head word (`org_heads.csv` type state), is the story's home state."""
    a = m.actor
    words = a.name.split()
    if home is None or a.actor_type != "state" or a.country_code or len(words) != 2:
        return m
    if ref.org_heads.get(words[-1]) != "state" or words[0] in ref.gazetteer or words[0] in ref.demonyms:
        return m
    state = state_actor(home, ref)
    return Mention(m.start, m.end, m.text, state, "metonym")


def _with_home(m: Mention, home: str | None) -> Mention:
    if home is None or m.actor.country_code or m.actor.actor_type in ("state",) or m.actor.is_generic:
        return m
    a = m.actor
    return Mention(
        m.start, m.end, m.text, Actor(a.name, a.actor_type, home, a.description, a.is_generic), m.mention_type
    )


def _next_word(text: str, end: int) -> str | None:
    """The word right after `end` (one space between), or None."""
    w = re.match(r" ([A-Z][a-z]+)\b", text[end : end + 20])
    return w.group(1) if w else None


class _Zones:
    """Spans of text that hold no actor mention: `pos in zones` by bisect, not a scan."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.ends: list[int] = []
        top = -1
        for _, b in spans:
            top = max(top, b)
            self.ends.append(top)

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.ends[k - 1] > pos


def find_mentions(
    text: str,
    body_start: int,
    ref: Reference,
    paras: list[Span] | None = None,
    skip: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> DocActors:
    """All actor mentions in a document (headline included, dateline and credit excluded).

    `paras`: the paragraphs to read (default: every line); `skip`: spans that are not body
    (boilerplate, captions, ...: see ingest/layout.py), where no mention is recorded.
    """
    zones = _excluded_zones(text, body_start)
    no_go = _Zones(zones + list(skip))
    treaties = ref.actor_cues.get("treaty_head", frozenset())
    gaz = [
        g for g in gazetteer_mentions(text, ref)
        if g.start not in no_go and not (g.actor.actor_type == "state" and CURRENCY_AFTER.match(text, g.end))
        and not (g.mention_type == "metonym" and _next_word(text, g.end) in treaties)
        and not (g.mention_type == "name" and g.actor.actor_type == "state"
                 and REGION_STATE.match(text, g.end))
        and not _in_place_name(text, g, ref)
    ]  # "45 million U.S. dollars": a currency; "the Vienna Convention": a treaty; "Nigeria's Niger
    # state", "the Niger State Police Command": a region of another state; not the state
    redefined = _redefined_acronyms(text, gaz, ref)
    if redefined:
        gaz = [g for g in gaz if g.text not in redefined]
    paras = paragraphs(text, 0) if paras is None else paras
    sents = [s for p in paras for s in sentences(text, p)]
    toks_by_sent = [tokens(text, s) for s in sents]
    # each rule reads only the mentions of its own sentence: hand it those (a bisect into
    # the sorted gazetteer hits), not every mention of the document (quadratic in length)
    gaz.sort(key=lambda g: (g.start, -g.end))
    gaz_starts = [g.start for g in gaz]
    local_gaz = [
        gaz[bisect.bisect_left(gaz_starts, s.start) : bisect.bisect_left(gaz_starts, s.end)] for s in sents
    ]
    people: list[list[Mention]] = []
    for s, toks, g in zip(sents, toks_by_sent, local_gaz, strict=True):
        here = titled_people(text, toks, ref, g)
        here += [m for m in apposition_people(text, s, ref, g) if not _overlaps(m, here)]
        people.append(here)
    orgs = [
        capitalised_organisations(text, toks, ref, g, here)
        for toks, g, here in zip(toks_by_sent, local_gaz, people, strict=True)
    ]
    named_by_self = [
        self_named(text, toks, ref, g + here + o)
        for toks, g, here, o in zip(toks_by_sent, local_gaz, people, orgs, strict=True)
    ]
    orgs = [o + ms for o, ms in zip(orgs, named_by_self, strict=True)]
    orgs = [
        o + national_bodies(text, toks, ref, g, here + o)
        for toks, g, here, o in zip(toks_by_sent, local_gaz, people, orgs, strict=True)
    ]
    orgs = [
        o + initialled_names(text, toks, ref, g + here + o)
        for toks, g, here, o in zip(toks_by_sent, local_gaz, people, orgs, strict=True)
    ]
    speakers = speaking_words(text, ref)
    persons = [
        person_candidates(text, toks, ref, g + here + o, speakers)
        for toks, g, here, o in zip(toks_by_sent, local_gaz, people, orgs, strict=True)
    ]
    found = [m for group in (people, orgs, persons) for ms in group for m in ms]
    prefixed = prefixed_companies(text, body_start, ref)
    if prefixed:  # `PT Sumber Makmur said`: a company, not the person the capitals looked like
        found = [m for m in found if not _overlaps(m, prefixed)]
        found += [m for m in prefixed if m.start not in no_go]
    found += [m for m in agency_bodies(text, gaz, ref) if m.start not in no_go and not _overlaps(m, found)]
    parties = headed_parties(text, body_start, ref)
    found += [m for m in parties if m.start not in no_go and not _overlaps(m, found)]
    found += [m for m in acronym_bodies(text, body_start, ref) if not _overlaps(m, found)]
    found += [m for m in numbered_outlets(text, body_start, ref) if not _overlaps(m, found)]
    described = [
        described_organisations(text, toks, ref, g + here + o + ps)
        for toks, g, here, o, ps in zip(toks_by_sent, local_gaz, people, orgs, persons, strict=True)
    ]
    found += [m for ms in described for m in ms if not _overlaps(m, found)]
    apposed = [
        apposed_organisations(text, toks, ref, g + here + o + ps)
        for toks, g, here, o, ps in zip(toks_by_sent, local_gaz, people, orgs, persons, strict=True)
    ]
    found += [m for ms in apposed for m in ms if not _overlaps(m, found)]
    media = [
        media_named(text, toks, ref, g + here + o + ps)
        for toks, g, here, o, ps in zip(toks_by_sent, local_gaz, people, orgs, persons, strict=True)
    ]
    found += [m for ms in media for m in ms if not _overlaps(m, found)]
    outlets = [
        reporting_outlets(text, toks, ref, g + here + o + ps)
        for toks, g, here, o, ps in zip(toks_by_sent, local_gaz, people, orgs, persons, strict=True)
    ]
    found += [m for ms in outlets for m in ms if not _overlaps(m, found)]
    # a headline in title case (`Nigeria Central Bank Holds Rate, Warns ...`) capitalises
    # every word: only listed names are read there, no name found by capitals
    titled = _Zones([(p.start, p.end) for p in paras if _title_case(text[p.start : p.end])])
    found = [m for m in found if m.start not in no_go and m.start not in titled]
    # `outside the Karachi Press Club`, `at Government House`: a body's building as a place
    found = [m for m in found if not _a_building(text, m, ref)]
    # a country read as a person's first name ("Jordan Mwale") does not make the story's home
    in_names = [m for m in found if m.actor.actor_type == "person"]
    as_names = {
        (m.start, m.end) for m in _place_first_names(in_names, gaz, ref) if m.mention_type == "surname"
    }
    home_gaz = [g for g in gaz if not _overlaps(g, in_names) and (g.start, g.end) not in as_names]
    home = home_country(text, body_start, home_gaz, ref)
    found = _place_opened_bodies(found, ref)
    found = _seated_bodies(text, found, gaz)
    found = _short_bodies(found, ref)
    found = _of_its_body(text, found, gaz, ref)
    found = _of_named_body(text, found, gaz, ref)
    found = _of_the_body_named(text, found, gaz, ref)
    found = _apposed_nationality(text, found, gaz)
    found = _foreign_outlet_staff(text, found, gaz, home)
    found = _armed_group_spokespeople(text, found, gaz, ref)
    found = _spokesperson_of_before(text, sents, found, gaz, ref)
    found = _scene_opened(text, sents, found, gaz)
    found = _private_people(text, found, ref)
    found = [_rebel_kind(text, _home_state(_member_of(m, ref), home, ref), ref) for m in found]
    named = _join_split_people([_without_marker(_with_home(m, home)) for m in _merge_people(found)])
    named = _join_short_forms(named, ref)
    named = _split_possessors(named, ref)
    # a country in a compound (`Canadian-educated`, `British-registered`) or only in the
    # description of a named person or body (`a Kenyan diplomat`, `ambassador to Spain`) is no actor
    known = [g for g in gaz if g.actor.actor_type != "state" and g.mention_type in ("name", "alias")]
    roles = _Zones(_description_spans(text, named + known))
    fronts = _Zones(_front_roles(text, named))
    gaz = [
        g for g in gaz
        if not _overlaps(g, named)
        and not (g.actor.actor_type == "state" and (
            (g.start in roles and not _possessive_head(text, g, ref)
             and not (g.mention_type == "demonym" and g.start in fronts))
            or _hyphen_suffix(text, g.end)))
    ]
    named = _courts_by_name(named)
    named = [_state_service(m, ref) for m in named]
    doc = DocActors(_place_first_names(named, gaz, ref), home)
    # `Rwanda's army` beside `the Rwanda Defence Force`: the force the story names
    forces: dict[str, Actor] = {}
    for m in sorted(named + gaz, key=lambda m: m.start):
        if m.actor.actor_type == "armed_forces" and m.actor.country_code:
            forces.setdefault(m.actor.country_code, m.actor)
    kept_starts = [g.start for g in gaz]
    for s, toks in zip(sents, toks_by_sent, strict=True):
        here = gaz[bisect.bisect_left(kept_starts, s.start) : bisect.bisect_left(kept_starts, s.end)]
        for m in state_armed_forces(text, toks, ref, here, named):
            if m.start not in no_go:
                doc.recorded.append(_named_force(m, forces))
    link_surnames(text, doc)
    doc.mentions = [m for m in doc.mentions if m.start not in no_go]
    definite_references(text, doc, body_start)
    resolve_pronouns(text, paras, doc, ref.actor_cues.get("locative", frozenset()))
    if skip:
        doc.mentions = [m for m in doc.mentions if m.start not in no_go]
    doc.sort()
    return doc


def country_bound_key(a: Actor, ref: Reference) -> str:
    """The name an actor's ID is made from: its name, but for a state body named without its
    state (`Interior Ministry`, `Ombudsman's Office`, `Supreme Court`) the name and the state,
    so that two countries' ministries of the same name are two actors, each with its own country
    (not one actor whose country the sources vote on)."""
    if a.actor_type != "government_body" or not a.country_code or a.is_generic:
        return a.name
    forms = _state_forms(a.country_code, ref)
    words = re.findall(r"[\w\-]+", a.name)
    if any(w in forms for w in words) or any(f in a.name for f in forms if " " in f):
        return a.name
    return f"{a.name} [{a.country_code}]"


_STATE_FORMS: dict[str, dict[str, frozenset[str]]] = {}  # reference version -> code -> forms


def _state_forms(code: str, ref: Reference) -> frozenset[str]:
    """Every listed form of a state: name, aliases, metonyms, demonyms."""
    table = _STATE_FORMS.get(ref.version)
    if table is None:
        by: dict[str, set[str]] = {}
        for f, e in ref.gazetteer.items():
            if e.actor_type == "state" and e.country_code:
                by.setdefault(e.country_code, set()).add(f)
        for d, c in ref.demonyms.items():
            by.setdefault(c, set()).add(d)
        table = _STATE_FORMS.setdefault(ref.version, {c: frozenset(v) for c, v in by.items()})
    return table.get(code, frozenset())


def _named_force(m: Mention, forces: dict[str, Actor]) -> Mention:
    """A state's armed forces read from `Sudan's army` are the force the story names for that
    state, if it names one (`Rwanda Defence Force`)."""
    named = forces.get(m.actor.country_code or "")
    return m if named is None else Mention(m.start, m.end, m.text, named, m.mention_type)


def state_armed_forces(text: str, toks: list[Token], ref: Reference, gaz: list[Mention],
                       taken: list[Mention]) -> list[Mention]:
    """`Sudan's army`, `Togolese soldiers`, `a Chinese navy helicopter`: a state's possessive or
    demonym right before a noun of `actor_cues.csv` kind `state_armed` names that state's armed
    forces, `<Country> armed forces` (armed_forces, the state's country). The mention spans the
    state's name too; the state keeps its own mention (callers record both)."""
    armed = ref.actor_cues.get("state_armed", frozenset())
    out: list[Mention] = []
    if not armed or not gaz:
        return out
    for g, _, q in _state_mentions(toks, gaz):
        if g.mention_type in ("name", "alias") and q < len(toks) and toks[q].lower in ("'s", "’s"):
            q += 1
        elif g.mention_type != "demonym":
            continue
        two = f"{toks[q].lower} {toks[q + 1].lower}" if q + 1 < len(toks) else ""
        size = 2 if two in armed else 1 if q < len(toks) and toks[q].text in armed else 0
        if size and not any(m.start < toks[q + size - 1].end and g.start < m.end for m in taken + out):
            e = toks[q + size - 1].end
            name = f"{ref.country_names.get(g.actor.country_code, g.actor.name)} armed forces"
            actor = Actor(name, "armed_forces", g.actor.country_code)
            out.append(Mention(g.start, e, text[g.start : e], actor, "name"))
    return out


def _state_service(m: Mention, ref: Reference) -> Mention:
    """`the Nigerian Army`, `Indonesian Navy`: a name made only of a state's name or demonym and
    a service noun (`actor_cues.csv` kind `state_service`) is that state's armed forces,
    `<Country> armed forces`, as `Sudan's army` is; the mention keeps the written name. A
    listed service (organizations.csv) keeps its listed name."""
    a = m.actor
    if a.actor_type != "armed_forces" or a.name in ref.gazetteer:
        return m  # a listed service (`US Navy`) keeps its listed name
    words = a.name.removeprefix("the ").removeprefix("The ").split()
    services = ref.actor_cues.get("state_service", frozenset())
    for n in (1, 2):
        if len(words) <= n or " ".join(words[-n:]).lower() not in services:
            continue
        state = " ".join(words[:-n])
        code = ref.demonyms.get(state)
        if code is None:
            e = ref.gazetteer.get(state)
            code = e.country_code if e is not None and e.actor_type == "state" else None
        if code is not None:
            name = f"{ref.country_names.get(code, state)} armed forces"
            return Mention(m.start, m.end, m.text, Actor(name, "armed_forces", code), m.mention_type)
    return m


def _courts_by_name(named: list[Mention]) -> list[Mention]:
    """`Peru's top court ... The Constitutional Tribunal accepted`: a state's court named by a
    description (`national_bodies`: `Peruvian Top Court`) is the court of that state (same
    country, a judicial head word) the story names next, else the only one it names."""
    described = [
        m for m in named
        if m.actor.actor_type == "government_body" and m.mention_type == "name"
        and m.actor.name.split()[-1] in JUDICIAL_HEADS and m.text.split()[-1].islower()
    ]
    if not described:
        return named
    courts = sorted(
        (m for m in named
         if m.actor.actor_type == "government_body" and JUDICIAL_HEADS & set(m.actor.name.split())
         and m not in described),
        key=lambda m: m.start,
    )
    out = []
    for m in named:
        if m in described:
            same = [c for c in courts if c.actor.country_code == m.actor.country_code]
            # the first court of that state named after the description, else the only one
            nxt = next((c.actor for c in same if c.start > m.start), None)
            only = {c.actor for c in same}
            actor = nxt or (next(iter(only)) if len(only) == 1 else None)
            if actor is not None:
                m = Mention(m.start, m.end, m.text, actor, m.mention_type)
        out.append(m)
    return out


POSSESSOR = re.compile(r"([A-Z][\w\-]+)[’']s\s+(?=[A-Z])")
PARENT_BODY = re.compile(r"((?:[A-Z][\w\-]+ ){0,3}([A-Z][\w\-]+))[’']s\s+(?=[A-Z])")


def _known(ref: Reference, form: str) -> Actor | None:
    """The gazetteer's actor for a surface form (`Treasury Department` -> US Treasury, USA)."""
    e = ref.gazetteer.get(form)
    return Actor(e.name, e.actor_type, e.country_code) if e is not None and e.actor_type != "state" else None


def _split_possessors(named: list[Mention], ref: Reference) -> list[Mention]:
    """`Mbewe's Malawi People's Front`: a body's name read with a person's possessive before
    it is the body alone, when the possessor is the surname of a person the story names;
    `the Treasury Department's Office of Foreign Assets Control`: a body's name read with its
    parent body's possessive before it is two bodies (the parent's head word is an
    organisation head, `org_heads.csv`)."""
    surnames = {
        m.actor.name.split()[-1] for m in named if m.actor.actor_type == "person" and " " in m.actor.name
    }
    renamed: dict[str, tuple[Actor, Actor | None]] = {}
    for m in named:
        a = m.actor
        if a.actor_type in ("person", "state"):
            continue
        p = POSSESSOR.match(a.name)
        if p is not None and p.group(1) in surnames and len(a.name[p.end() :].split()) >= 2:
            rest = a.name[p.end() :]
            renamed[a.key] = (Actor(rest, a.actor_type, a.country_code, a.description, a.is_generic), None)
            continue
        q = PARENT_BODY.match(a.name)
        if q is not None and q.group(2) in ref.org_heads and len(a.name[q.end() :].split()) >= 2:
            rest, parent = a.name[q.end() :], q.group(1)
            renamed[a.key] = (
                _known(ref, rest) or Actor(rest, a.actor_type, a.country_code, a.description, a.is_generic),
                _known(ref, parent) or Actor(parent, ref.org_heads[q.group(2)], a.country_code),
            )
    out = []
    for m in named:
        split = renamed.get(m.actor.key)
        if split is None:
            out.append(m)
            continue
        a, parent = split
        cut = len(m.text) - len(a.name) if m.text.endswith(a.name) else 0
        mark = m.text.find("'s") if "'s" in m.text else m.text.find("’s")
        head = m.text[:mark] if parent is not None and mark > 0 else ""
        if parent is not None and cut and head and not head.endswith(" "):
            out.append(Mention(m.start, m.start + len(head), head, parent, m.mention_type))
        out.append(Mention(m.start + cut, m.end, m.text[cut:], a, m.mention_type))
    return out


def _possessive_head(text: str, g: Mention, ref: Reference) -> bool:
    """`Malta's foreign minister, X, said`: a state's possessive opening a sentence or clause
    before a role of up to three lower-case words and a comma names the state the holder acts for
    (an actor), unlike `a Kenyan diplomat`."""
    if g.mention_type not in ("name", "alias") or text[g.end : g.end + 2] not in ("'s", "’s"):
        return False
    before = text[max(0, g.start - 3) : g.start]
    if not (g.start == 0 or before.endswith(("\n", ". ", ", ", "\" ", "” ")) or before.strip() == ""):
        return False
    role = re.match(r"['’]s((?:\s+[a-z][\w\-]*){1,3}),", text[g.end : g.end + 60])
    # `Iran's foreign ministry spokesman, X,`: the holder speaks for the body, not the state
    return role is not None and not set(role.group(1).split()) & set(ref.actor_cues.get("body_noun", ()))


def _front_roles(text: str, named: list[Mention]) -> list[tuple[int, int]]:
    """The roles written right before a person's name (`Brazilian Foreign Minister X`, `his
    Omani counterpart, X`): a demonym there names the state the holder acts for, an actor."""
    out = []
    for m in named:
        d = m.actor.description
        if m.actor.actor_type != "person" or m.mention_type != "name" or not d:
            continue
        at = text.rfind(d, max(0, m.start - len(d) - 3), m.start)
        if at >= 0:
            out.append((at, at + len(d)))
    return out


def _description_spans(text: str, named: list[Mention]) -> list[tuple[int, int]]:
    """Where a named person's or body's description stands: its role right before the name
    (`Polish Foreign Minister X`, `The head of Y, X`) or an apposition right after it (`X, a
    Kenyan diplomat who ...`)."""
    out = []
    for m in named:
        if m.mention_type not in ("name", "alias") or m.actor.actor_type == "state":
            continue
        d = m.actor.description
        if d and m.actor.actor_type == "person":
            at = text.rfind(d, max(0, m.start - len(d) - 3), m.start)
            if at >= 0:
                out.append((at, at + len(d)))
            at = text.find(d, m.end, m.end + len(d) + 3)
            if at >= 0:
                out.append((at, at + len(d)))
        after = APPOSED_DESC.match(text, m.end)
        if after:
            out.append((after.start(), after.end()))
        if m.actor.actor_type != "person":
            # `The ship's Greek operator, Aegean Star Shipping,`: a role set off before a body,
            # opening its sentence
            before = ROLE_BEFORE_BODY.search(text, max(0, m.start - 90), m.start)
            if before is not None and (
                before.start() == 0
                or text[before.start() - 1] == "\n"
                or text[max(0, before.start() - 2) : before.start()] in (". ", "! ", "? ")
            ):
                out.append((before.start(), m.start))
    return out


ROLE_BEFORE_BODY = re.compile(r"(?:The|A|An|Its|[A-Z][a-z]+['’]s)\s+[^,;:.\n“”\"]{1,60},\s*$")


# `Its spokesman, Lieutenant Colonel `: a role opening with `its`, then up to three title words
OWNER_NOUN = re.compile(r"[Tt]he\s+(?:agency|group|organisation|organization|office|mission|body)['’]s\s")
ITS_ROLE = re.compile(
    r"(?:^|[.;:]\s+|,[\"”’]?\s+)(?:[Ii]ts|[Tt]he\s+(?:agency|group|organisation|organization|office|mission|body)['’]s)"
    r"\s+[a-z][\w\- ]{0,50},\s+(?:[a-z][\w\-]*\s+){0,2}(?:[A-Z][\w.\-]*\s+){0,3}$"
)


_POSSESSED_BODY: dict[str, re.Pattern[str] | None] = {}  # reference version -> `_possessed_bodies`' pattern


def _possessed_bodies(text: str, gaz: list[Mention], ref: Reference) -> list[Mention]:
    """`Belarus's foreign ministry`, `Congo's army`, `The Dominican government`: a state's
    possessive or demonym followed by up to two words and a body noun (`actor_cues.csv` kind
    `body_noun`) names a body of that state."""
    rx = _POSSESSED_BODY.get(ref.version)
    if rx is None:
        nouns = ref.actor_cues.get("body_noun", frozenset())
        rx = _POSSESSED_BODY.setdefault(ref.version, re.compile(
            r"(?:['’]s)?(?:\s+[a-z][\w\-]*){0,2}?\s+(?:" + literal_alternation(set(nouns)) + r")\b", re.I)
            if nouns else None)
    if rx is None:
        return []
    out = []
    for g in gaz:
        if g.actor.actor_type == "state" and g.actor.country_code:
            b = rx.match(text, g.end)
            if b is not None and g.mention_type != "demonym" and not b.group().startswith(("'s", "’s")):
                b = None  # `Kenya police`: a state's name needs its possessive; `The Kenyan government`
                # does not
            if b is not None:
                out.append(Mention(g.start, b.end(), text[g.start : b.end()], g.actor, g.mention_type))
    return out


def _of_its_body(text: str, found: list[Mention], gaz: list[Mention], ref: Reference) -> list[Mention]:
    """`Dakar Ocean Fishing Company, a Spanish-owned firm ... Its managing director, Inigo
    Arrieta,`: a person whose role opens with `its` (or `the agency's`, `the group's`, ...)
    belongs to the body named last before: a body found in the text or listed (`The Rwanda
    Defence Force (RDF) denied ... Its spokesman, Lieutenant Colonel X`), or a state's body named
    by its possessive (`Belarus's foreign ministry denied ... Its spokesman, X`); a body with no
    country yet leaves the person to the home country."""
    def its(m: Mention) -> bool:
        a = m.actor
        return (a.description or "").startswith(("Its ", "its ")) or (
            a.actor_type == "person" and ITS_ROLE.search(text, max(0, m.start - 80), m.start) is not None
        )

    if not any(m.actor.actor_type == "person" and m.actor.country_code is None and its(m) for m in found):
        return found  # (most texts: no such person, and the bodies need not be gathered)
    # a listed body with no country is international (`The International Organization for
    # Migration (IOM) said ... Its head of mission in Haiti, X,`): its staff get no country
    listed = [
        g if g.actor.country_code else Mention(g.start, g.end, g.text, Actor(
            g.actor.name, g.actor.actor_type, NO_COUNTRY, g.actor.description, g.actor.is_generic),
            g.mention_type)
        for g in gaz if g.actor.actor_type not in ("person", "state", "media")
    ]
    bodies = sorted(
        (m for m in found + listed + _possessed_bodies(text, gaz, ref)
         if m.actor.actor_type != "person"),
        key=lambda m: (m.start, -m.end),
    )
    if not bodies:
        return found
    ends = [m.end for m in bodies]
    out = []
    for m in found:
        a = m.actor
        if a.actor_type == "person" and a.country_code is None and its(m):
            k = bisect.bisect_right(ends, m.start)
            b = bodies[k - 1] if k else None
            # an international body owns only the `Its` of its own paragraph (`The commission said
            # ... Its chairwoman` after an earlier paragraph's IMF is the unnamed commission's);
            # `the agency's coordinator` names its kind and may look back past a paragraph break
            noun = OWNER_NOUN.search(text, max(0, m.start - 80), m.start) is not None
            if b is not None and b.actor.country_code == NO_COUNTRY and "\n" in text[b.end : m.start] and (
                not noun
            ):
                b = None
            if b is not None and m.start - b.end < 400 and b.actor.country_code:
                a = Actor(a.name, a.actor_type, b.actor.country_code, a.description, a.is_generic)
                m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


# between a body's name and a person's: lower-case role words, then up to three title words
# (`SSPF leader General `); or after it in `the spokesman of the SSPDF, Brigadier `
ROLE_AFTER_BODY = re.compile(r"\s+((?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*))\s+(?:[A-Z][\w.\-]*\s+){0,3}")
NAME_AFTER_BODY = re.compile(r"(?:\s*\([A-Z][\w&]{1,8}\))?,\s+(?:[A-Z][\w.\-]*\s+){0,3}")
ROLE_OF = re.compile(r"\b([a-z][\w\-]*)\s+of\s+(?:the\s+)?$")
BODY_ROLE_BEFORE = re.compile(
    r"(?<![\w\-])([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,5})\s+((?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*))"
    r"\s+(?:[A-Z][\w.\-]*\s+){0,3}$"
)


def _of_named_body(text: str, found: list[Mention], gaz: list[Mention], ref: Reference) -> list[Mention]:
    """`SSPF leader General Thomas Kuol Malual`, `The spokesman of the Rwanda Defence Force
    (RDF), Colonel X`: a person whose role (a title of `titles.csv`) is held in a body named right
    before it belongs to that body's country, when nothing else ties them to one. Media are
    left out (a reporter's outlet is not their country)."""
    roles = _lower_titles(ref.titles)
    listed = [g for g in gaz if g.actor.actor_type not in ("person", "state")]
    bodies = sorted(
        (m for m in found + listed
         if m.actor.actor_type not in ("person", "state", "media") and m.actor.country_code),
        key=lambda m: m.end,
    )
    if not bodies:
        return found
    ends = [m.end for m in bodies]
    forms = {m.text: m.actor.country_code for m in bodies if m.mention_type in ("name", "alias")}
    for m in bodies:  # `Northern Crest` for `Northern Crest Resources`: a short form without its head
        words = m.actor.name.split()
        if len(words) >= 3 and ref.org_heads.get(words[-1]) == "organization":
            forms.setdefault(" ".join(words[:-1]), m.actor.country_code)
    out = []
    for m in found:
        a = m.actor
        if a.actor_type != "person" or a.country_code is not None:
            out.append(m)
            continue
        code = None
        k = bisect.bisect_right(ends, m.start)
        for b in reversed(bodies[max(0, k - 3) : k]):
            if m.start - b.end > 60:
                break
            r = ROLE_AFTER_BODY.fullmatch(text, b.end, m.start)
            ok = r is not None and (r.group(2) in roles or " ".join(r.group(1).split()[-2:]) in roles)
            if not ok and NAME_AFTER_BODY.fullmatch(text, b.end, m.start):
                of = ROLE_OF.search(text, max(0, b.start - 40), b.start)
                ok = of is not None and of.group(1) in roles
            if ok:
                code = b.actor.country_code
                break
        if code is None:  # a later, bare mention of the body (`SSPF leader X` after `(SSPF)`)
            r = BODY_ROLE_BEFORE.search(text, max(0, m.start - 60), m.start)
            if r is not None and (r.group(3) in roles or " ".join(r.group(2).split()[-2:]) in roles):
                words = r.group(1).split()  # the longest run of capitals: try its tails
                tails = (" ".join(words[j:]) for j in range(len(words)))
                code = next((forms[f] for f in tails if f in forms), None)
        if code is not None:
            a = Actor(a.name, a.actor_type, code, a.description, a.is_generic)
            m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


def _of_the_body_named(text: str, found: list[Mention], gaz: list[Mention], ref: Reference) -> list[Mention]:
    """`India's foreign ministry summoned the envoy, ministry spokesman Arjun Mehra told
    reporters`: a person whose role names a body only by a common noun (`actor_cues.csv` kind
    `body_noun`: `ministry spokesman`, `Army spokesman Colonel`) and ties them to no country
    belongs to the state of the nearest such body named before (a state's possessive or
    demonym and up to three words, then that noun: `Afghanistan's Defense Ministry`, `The Royal
    Thai Army`), within 600 characters."""
    nouns = ref.actor_cues.get("body_noun", frozenset())
    if not nouns:
        return found
    states = [g for g in gaz if g.actor.actor_type == "state" and g.actor.country_code]
    out = []
    for m in found:
        a = m.actor
        # the role is the words right before the name (`, ministry spokesman Arjun Mehra`)
        role = re.split(r"[,.;:\"“(\n]", text[max(0, m.start - 60) : m.start])[-1].lower()
        if a.actor_type != "person" or a.country_code is not None or not role.strip():
            out.append(m)
            continue
        said = [n for n in nouns if re.search(rf"\b{re.escape(n)}\b", role)]
        best: Mention | None = None
        for g in states:
            if g.end > m.start or m.start - g.start > 600 or (best is not None and g.start < best.start):
                continue
            after = text[g.end : min(g.end + 60, m.start)]
            phrase = r"(?:['’]s)?(?:\s+[\w\-]+){0,3}?\s+"
            if any(re.match(phrase + re.escape(n) + r"\b", after, re.I) for n in said):
                best = g
        if best is not None:
            a = Actor(a.name, a.actor_type, best.actor.country_code, a.description, a.is_generic)
            m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


def _spokesperson_of_before(
    text: str, sents: list[Span], found: list[Mention], gaz: list[Mention], ref: Reference
) -> list[Mention]:
    """`The Kremlin rejected the accusation. Spokesman Dmitry Peskov told reporters ...`,
    `Indonesia's foreign ministry said ... Spokesman X told reporters`: a sentence opening with a
    bare speaker word (`actor_cues.csv` kind `bare_spokesperson`) and a name speaks for the first
    state or body the sentence before names (not as a place), and takes its country; an
    international body gives none. Nothing named there: the home country still applies."""
    words = ref.actor_cues.get("bare_spokesperson", frozenset())
    places = ref.actor_cues.get("locative", frozenset())
    starts = [s.start for s in sents]
    out = []
    for m in found:
        a = m.actor
        k = bisect.bisect_right(starts, m.start) - 1
        if a.actor_type != "person" or a.country_code is not None or k < 1:
            out.append(m)
            continue
        prev = sents[k - 1]
        if m.start - sents[k].start > 60 or m.start - prev.end > 300:
            out.append(m)
            continue
        lead = text[sents[k].start : m.start].split()
        if not (1 <= len(lead) <= 3 and lead[0] in words and all(w[:1].isupper() for w in lead)):
            out.append(m)
            continue
        named = sorted(
            (x for x in gaz + found
             if prev.start <= x.start < prev.end and x.actor.actor_type not in ("person", "media")
             and not (x.actor.actor_type == "state" and text[max(0, x.start - 16) : x.start].split()[-1:]
                      and text[max(0, x.start - 16) : x.start].split()[-1] in places)),
            key=lambda x: x.start,
        )
        if named and named[0].actor.country_code:
            a = Actor(a.name, a.actor_type, named[0].actor.country_code, a.description, a.is_generic)
            m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


# the role set off right before a name: from the sentence's or clause's start up to the name
PRIVATE_ROLE_BEFORE = re.compile(r"(?:^|[.;:!?\"“”‘’(]\s*|,\s+)([A-Za-z][\w’'\- ]{0,50}?),?\s+$")
# `X, a 38-year-old primary school teacher`, `X, her lawyer,`: an apposition right after the name
PRIVATE_ROLE_AFTER = re.compile(
    r",\s+(?:(?:his|her|their|the|an?)\s+)([a-z0-9][\w’'\- ]{0,40}?)"
    r"(?=[,.;:]|\s+(?:who|whose|which|said|told|says|at|in|for|of)\b)"
)
AGE_WORD = re.compile(r"^\d{1,3}-year-old\b")


def _private_people(text: str, found: list[Mention], ref: Reference) -> list[Mention]:
    """`His lawyer, X,`, `her daughter X`, `X, a 38-year-old teacher`: a person whose role
    set off right before or after their name is a private one (`actor_cues.csv` kind
    `private_role`: a lawyer, a relative) or only their age, and whom nothing else ties to a
    country, gets none (not the story's home country): the codebook gives a person a country
    only from a title, a national office or words of the text."""
    words = ref.actor_cues.get("private_role", frozenset())
    if not words:
        return found
    titles = _lower_titles(ref.titles)
    out = []
    for m in found:
        a = m.actor
        if a.actor_type != "person" or a.country_code is not None or a.is_generic:
            out.append(m)
            continue
        roles = []
        b = PRIVATE_ROLE_BEFORE.search(text, max(0, m.start - 60), m.start)
        if b is not None:
            roles.append(b.group(1))
        f = PRIVATE_ROLE_AFTER.match(text, m.end, min(len(text), m.end + 60))
        if f is not None:
            roles.append(f.group(1))
        private = False
        for role in roles:
            # lower-case words only, or the role's first (`His lawyer`, `Lawyers for X`): not a
            # word of a body's name (`A spokesman for the Sons of Kordofan, X`)
            ws = [w.strip("’'").lower() for k, w in enumerate(role.split()) if k == 0 or w[:1].islower()]
            if not ws:
                continue
            if any(w in words for w in ws):
                private = True
            elif AGE_WORD.match(ws[0]) and not any(w in titles for w in ws[1:]):
                private = True
        if private:
            a = Actor(a.name, a.actor_type, NO_COUNTRY, a.description, a.is_generic)
            m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


APPOSED_DEMONYM = re.compile(r",\s+an?\s+")


def _apposed_nationality(text: str, found: list[Mention], gaz: list[Mention]) -> list[Mention]:
    """`Rajesh Varghese, an Indian national,`, `UN special envoy Marta Lindqvist, a Swedish
    diplomat,`: a demonym opening an apposition right after a person's name is that person's
    country, whatever their role or body ties them to."""
    demonyms = {g.start: g for g in gaz if g.mention_type == "demonym" and g.actor.country_code}
    out = []
    for m in found:
        a = m.actor
        ap = APPOSED_DEMONYM.match(text, m.end) if a.actor_type == "person" else None
        g = demonyms.get(ap.end()) if ap else None
        if g is not None and not _hyphen_suffix(text, g.end) and a.country_code != g.actor.country_code:
            a = Actor(a.name, a.actor_type, g.actor.country_code, a.description, a.is_generic)
            m = Mention(m.start, m.end, m.text, a, m.mention_type)
        out.append(m)
    return out


def _join_short_forms(found: list[Mention], ref: Reference) -> list[Mention]:
    """`Caspian Drilling Services` after `Caspian Drilling Services Ltd`: a body's name without
    its closing head word (a legal form, `Group`, `Holdings`) is the same body when the full
    name is in the text. A name read as a person with no role that is a body's name of three
    words or more without its first word (`Ansar al-Furat` beside `Harakat Ansar al-Furat`) is
    that body too."""
    full: dict[str, Actor] = {}
    tails: dict[str, Actor] = {}  # `Ansar al-Furat` read as a person beside `Harakat Ansar al-Furat`
    for m in found:
        words = m.actor.name.split()
        if m.actor.actor_type not in ("person", "state") and len(words) >= 3 and words[-1] in ref.org_heads:
            full.setdefault(" ".join(words[:-1]).casefold(), m.actor)
        if m.actor.actor_type not in ("person", "state", "media") and len(words) >= 3:
            tails.setdefault(" ".join(words[1:]).casefold(), m.actor)
    for m in found:  # a bare person (no role) whose name is a body's name without its first word
        a = m.actor
        if a.actor_type == "person" and not a.description and a.key in tails and a.key not in full:
            full[a.key] = tails[a.key]
    if not full:
        return found
    return [
        Mention(m.start, m.end, m.text, full[m.actor.key], m.mention_type)
        if m.actor.key in full and m.actor.actor_type != "state" and full[m.actor.key] != m.actor
        else m
        for m in found
    ]


def _without_marker(m: Mention) -> Mention:
    if m.actor.country_code != NO_COUNTRY:
        return m
    a = m.actor
    return Mention(m.start, m.end, m.text, Actor(a.name, a.actor_type, None, a.description, a.is_generic),
                   m.mention_type)


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def _merge_people(found: list[Mention]) -> list[Mention]:
    """One canonical actor per name; the first description and country win."""
    canon: dict[str, Actor] = {}
    for m in sorted(found, key=lambda m: m.start):
        a = canon.get(m.actor.key)
        if a is None:
            canon[m.actor.key] = m.actor
        elif a.country_code in (None, NO_COUNTRY) and m.actor.country_code not in (None, NO_COUNTRY):
            canon[m.actor.key] = Actor(a.name, a.actor_type, m.actor.country_code, a.description)
    out, seen = [], set()
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        out.append(Mention(m.start, m.end, m.text, canon[m.actor.key], m.mention_type))
    return out


def _place_first_names(named: list[Mention], gaz: list[Mention], ref: Reference) -> list[Mention]:
    """`Jordan Restrepo ... "Jordan returns home"`: a country's name used alone in a text that
    names a person with that first name is the person when the country is never named
    otherwise by a form of its own (a demonym, capital or other alias)."""
    firsts: dict[str, set[str]] = {}
    actors: dict[str, Actor] = {}
    for m in named:
        parts = m.actor.name.split()
        if m.actor.actor_type == "person" and len(parts) >= 2 and parts[0] in ref.gazetteer:
            firsts.setdefault(parts[0], set()).add(m.actor.key)
            actors[m.actor.key] = m.actor
    out = list(named)
    if not firsts:
        return out + gaz
    forms: dict[str | None, set[str]] = {}
    for x in gaz:
        forms.setdefault(x.actor.country_code, set()).add(x.text)
    for g in gaz:
        keys = firsts.get(g.text, set())
        other_forms = forms.get(g.actor.country_code, set()) - {g.text}
        if len(keys) == 1 and g.actor.actor_type == "state" and not other_forms:
            out.append(Mention(g.start, g.end, g.text, actors[next(iter(keys))], "surname"))
        else:
            out.append(g)
    return out


def _join_split_people(found: list[Mention]) -> list[Mention]:
    """`President Kaguta`, `Mr Kaguta` beside `Yoweri Kaguta`: a one-word name that is the
    surname (or, for names written family name first, the first word) of exactly one full
    name in the text is that person, not a second actor."""
    full: dict[str, set[str]] = {}
    actors: dict[str, Actor] = {}
    for m in found:
        parts = [p for p in m.actor.name.split() if not p.endswith(".")]
        if m.actor.actor_type == "person" and not m.actor.is_generic and len(parts) >= 2:
            full.setdefault(parts[-1], set()).add(m.actor.key)
            actors[m.actor.key] = m.actor
            # "De la Vega" after "Carlos de la Vega": a surname opening with a particle
            p = next((k for k in range(1, len(parts) - 1) if parts[k].lower() in NAME_PARTICLES), None)
            if p is not None:
                full.setdefault(" ".join(parts[p:]).casefold(), set()).add(m.actor.key)
    out = []
    for m in found:
        name = m.actor.name if " " not in m.actor.name else m.actor.name.casefold()
        keys = full.get(name, set()) if m.actor.actor_type == "person" else set()
        if len(keys) == 1 and (" " not in m.actor.name or m.actor.key not in keys):
            m = Mention(m.start, m.end, m.text, actors[next(iter(keys))], "surname")
        out.append(m)
    return out


FIRST_NAME_SPEAKS = re.compile(r"(?<![\w\-])([A-Z][\w’'\-]+)\s+(?:said|told|added|says)\b")
MIDDLE_NAME_SPEAKS = re.compile(
    r"(?<![\w\-])([A-Z][\w’'\-]+)\s+(?:(?:had|has|also)\s+)?(?:said|told|added|says|wrote|denied)\b"
)


def link_surnames(text: str, doc: DocActors) -> None:
    """Later (and earlier) repeats of a person's full name or surname point at that person."""
    people: dict[str, Actor] = {}
    for m in doc.mentions:
        if m.actor.actor_type == "person" and not m.actor.is_generic:
            people.setdefault(m.actor.name, m.actor)
    surnames: dict[str, list[Actor]] = {}
    for a in people.values():
        parts = a.name.split()
        if len(parts) >= 2:
            surnames.setdefault(parts[-1], []).append(a)
            # `Karim Hadi al-Zubaidi … Zubaidi said`: the family name without its lower-case
            # particle (`al-`, `el-`, ...) is the same surname
            bare = next((parts[-1][len(x) :] for x in NAME_PREFIXES if parts[-1].startswith(x)), "")
            if len(bare) > 2 and bare[:1].isalpha():
                surnames.setdefault(bare[:1].upper() + bare[1:], []).append(a)
    forms = {a.name: (a, "name") for a in people.values()}
    in_text: dict[str, bool] = {}  # initials -> whether the text uses them (one search each)
    for m in doc.mentions:
        a = m.actor
        if a.actor_type in ("person", "state") or a.is_generic:
            continue
        if m.mention_type == "alias" and m.text.isupper():
            forms.setdefault(m.text, (a, "alias"))
        words = [w for w in a.name.split() if w[:1].isupper()]
        if len(words) >= 2 and m.mention_type == "name":
            initials = "".join(w[0] for w in words)
            if initials not in in_text:  # as a whole word: (?<![\w])initials(?![\w])
                in_text[initials] = bool(whole_forms(text, [initials], also="_"))
            if in_text[initials]:
                forms.setdefault(initials, (a, "alias"))
    forms.update({s: (v[0], "surname") for s, v in surnames.items() if len(v) == 1 and s not in forms})
    # names written family name first ("Wang Lei ... Wang said"): a first word used alone
    # right before a cue verb, unique to one person and no other form, is that person
    firsts: dict[str, list[Actor]] = {}
    for a in people.values():
        parts = a.name.split()
        if len(parts) == 2 and parts[0] not in forms and _is_name_word(parts[0]):
            firsts.setdefault(parts[0], []).append(a)
    if firsts:
        before_cue = {m.group(1) for m in FIRST_NAME_SPEAKS.finditer(text)}  # one pass over the text
        for f, v in firsts.items():
            if len(v) == 1 and f in before_cue:
                forms[f] = (v[0], "surname")
    # Spanish and Portuguese names (`Rosalía Jaimes Ocampo` ... `Jaimes had told`): the
    # paternal surname of a three-word name used alone before a cue verb is that person
    middles: dict[str, list[Actor]] = {}
    for a in people.values():
        parts = a.name.split()
        if len(parts) == 3 and parts[1] not in forms and len(parts[1]) > 2 and _is_name_word(parts[1]):
            middles.setdefault(parts[1], []).append(a)
    if middles:
        speaks = {m.group(1) for m in MIDDLE_NAME_SPEAKS.finditer(text)}
        for f, v in middles.items():
            if len(v) == 1 and f in speaks:
                forms[f] = (v[0], "surname")
    if not forms:
        return
    for start, form in whole_forms(text, list(forms)):  # no pattern compiled per document
        end = start + len(form)
        if doc.overlapping(start, end):
            continue
        actor, kind = forms[form]
        doc.add(Mention(start, end, form, actor, kind))


def possessive(text: str, m: Mention) -> bool:
    """`Banda's`, `Morales'` / `Morales’`: the mention modifies a noun, it is not a subject."""
    nxt = text[m.end : m.end + 2]
    return nxt in ("'s", "’s") or (m.text.endswith("s") and nxt[:1] in ("'", "’") and not nxt[1:].isalpha())


def _kind_ok(m: Mention, kind: str) -> bool:
    return (
        m.mention_type not in ("pronoun", "demonym")
        and not m.actor.is_generic
        and (m.actor.actor_type == "person") == (kind == "person")
    )


FRONTED_OPENERS = frozenset("In On At After During Following Speaking According Before Despite".split())


def _fronted(text: str, sent: Span, m: Mention) -> bool:
    """The mention stands in an adverbial phrase opening its sentence, before its first comma."""
    head = text[sent.start : m.start]
    words = head.split(maxsplit=1)
    return bool(words) and words[0] in FRONTED_OPENERS and "," not in head


def _placed(text: str, m: Mention, places: frozenset[str]) -> bool:
    """The mention follows a word that makes it a place (`in Lusaka`, `from Kyiv`)."""
    before = text[max(0, m.start - 16) : m.start].split()
    return bool(before) and before[-1] in places


def resolve_pronouns(
    text: str, paras: list[Span], doc: DocActors, places: frozenset[str] = frozenset()
) -> None:
    """Subject pronouns outside quotations: he/she -> a person, it -> a state or body.

    A pronoun opening a sentence refers to the first fitting actor of the previous
    sentence (its subject); inside a sentence, to the last fitting actor before it that is
    not named as a place (`Canada's High Commission in Lusaka said it`: after a word of
    `places`, the `locative` actor cues), else to the previous sentence's first.
    """
    doc.sort()
    sents = [s for p in paras for s in sentences(text, p)]
    quotes = sorted((q for p in paras for q in quotations(text, p)), key=lambda q: q.start)
    for idx, s in enumerate(sents):
        for m in re.finditer(r"\b(He|he|She|she|It|it)\b", text[s.start : s.end]):
            pos = s.start + m.start()
            if in_quotes(pos, quotes):
                continue
            kind = SUBJECT_PRONOUNS[m.group().lower()]

            def fits(x: Mention, kind: str = kind) -> bool:
                # a generic role (`the 52-year-old transporter` with no holder) is no antecedent
                return _kind_ok(x, kind) and not in_quotes(x.start, quotes) and not x.actor.is_generic

            opening = not text[s.start : pos].strip(' “"‘(')
            here = [x for x in doc.within(s.start, pos) if fits(x)]
            if opening:
                here = [x for x in here if not possessive(text, x)]
            prev = []
            # the previous sentence's fitting actors; if it names none (a quotation
            # continued, "“…,” she said."), the one before, at most PRONOUN_LOOKBACK back
            for back in range(1, PRONOUN_LOOKBACK + 1):
                if idx - back < 0 or prev:
                    break
                p = sents[idx - back]
                prev = [
                    x for x in doc.within(p.start, p.end)
                    if fits(x) and not possessive(text, x)
                ]
                # "In a statement read on Tele Sahel, the ministry said": a name inside a
                # fronted adverbial is not the sentence's subject
                prev = [x for x in prev if not _fronted(text, p, x)]
            if not opening:
                # "the High Commission in Lusaka said it": a place is no antecedent when
                # something else before the pronoun fits
                unplaced = [x for x in here if not _placed(text, x, places)]
                here = unplaced or here
            if opening or not here:
                target = prev[0].actor if prev else None
            else:
                target = here[-1].actor
            if target is not None:
                doc.add(Mention(pos, pos + len(m.group()), m.group(), target, "pronoun"))
    doc.sort()
