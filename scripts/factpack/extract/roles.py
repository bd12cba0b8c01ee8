"""Who does or says something: the subject noun phrase before a verb, and what follows it.

Shared by claims (the claimant before a cue verb) and events (the actor before a trigger).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factpack.extract.actors import (
    Actor,
    DocActors,
    Mention,
    _lower_titles,
    is_name_token,
    possessive,
    state_actor,
)
from factpack.extract.reference import Reference
from factpack.extract.text import QUOTE_MARKS, Span, Token

AUXILIARIES = frozenset(
    "has have had also later previously again repeatedly would will was were is are did does do "
    "then reportedly further publicly separately earlier recently once already has't not never "
    "subsequently meanwhile formally officially initially first finally openly "
    "himself herself itself themselves".split()  # "Rahman himself was arrested": the subject is Rahman
)
PARENTHETICAL_OPENERS = frozenset(
    "who which whose in on at after before during speaking according while when where as "
    "citing quoting writing in a an the".split()
) - {"the", "a", "an"}
LEADING_WORDS = frozenset("with and but while as meanwhile also however so".split())
DETERMINERS = frozenset(
    "the a an some many several most other others two three four five six seven eight nine ten "
    "one few numerous dozens hundreds thousands".split()
)
NP_BOUNDARY_WORDS = frozenset(
    {"that", "which", "who", "whom", "because", "after", "before", "while", "when", "if", "as"}
)


@dataclass(frozen=True)
class Subject:
    actor: Actor | None
    text: str
    start: int
    end: int
    mention: Mention | None = None


TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later "
    "week month year night morning evening".split()
)


def _trim_aux(text: str, toks: list[Token], i: int) -> int:
    """Index after skipping auxiliaries, adverbs, time phrases (`on Tuesday`, `last week`)
    and a parenthetical acronym (`(ANR)`) leftwards from token i (exclusive)."""
    while i > 0:
        t = toks[i - 1]
        if t.lower in AUXILIARIES:
            i -= 1
        elif t.lower in TIME_WORDS:
            i -= 1
            if i > 0 and toks[i - 1].lower in ("on", "last", "this", "next", "late", "early", "earlier"):
                i -= 1
        elif t.text == ")" and i >= 3 and toks[i - 3].text == "(":
            i -= 3
        else:
            break
    return i


SEGMENT_BREAKS = frozenset({",", ";", ":", "—", "–"})  # a dateline's dash ends the phrase too


def _cue_word(t: Token, ref: Reference) -> bool:
    """A lower-case verb of speech or stance (`cue_verbs.csv`); `State` in a name is none."""
    return t.lower in ref.cues and not t.text[:1].isupper()


def clause_start(toks: list[Token], i: int, ref: Reference) -> int:
    """Index of the first token of the noun phrase that ends before token i."""
    j = i
    while j > 0:
        t = toks[j - 1]
        if t.text in {",", ";", ":", "(", ")", "—", "–", "“", "”", '"'} or t.lower in NP_BOUNDARY_WORDS:
            break
        if t.lower in ref.cues and j < i and not t.text[:1].isupper():
            break  # a cue verb ends the noun phrase; "United States", "State Committee" do not
        j -= 1
    return j


STATE_COLLECTIVES = frozenset(
    {"government", "authorities", "administration", "regime", "governments", "police", "policemen", "cabinet"}
)
ARMED_COLLECTIVES = frozenset({"army", "military", "troops", "soldiers", "forces", "armed forces"})
# a country's coast guard polices for its state (as `Philippine Coast Guard` does in events)
POLICING_SERVICES = frozenset({"coast guard", "coastguard"})


HOME_FORCE_MODIFIERS = frozenset({"government", "army", "military", "national", "state", "naval", "navy"})


def generic_actor(
    words: list[Token], ref: Reference, doc: DocActors | None = None, text: str | None = None
) -> tuple[Actor | None, int, int] | None:
    """An actor from a noun phrase whose head is a generic noun ("US media", "the army").

    Returns None when the head is not generic, and (None, start, end) when it is generic
    but names no actor ("reports"). A government or the armed forces of a named (or the
    story's home) country are that country's actors, not generic ones.
    """
    if not words:
        return None
    # "a source close to the negotiations", "officials familiar with the talks"
    for k, w in enumerate(words[:-1]):
        if w.lower in ref.generic and ref.generic[w.lower] and words[k + 1].lower in ("close", "familiar"):
            lo = k
            while lo > 0 and (
                words[lo - 1].lower in ("security", "diplomatic", "government", "military", "senior")
            ):
                lo -= 1
            name = " ".join(t.text for t in words[lo:])
            return (
                Actor(name, ref.generic[w.lower] or "group", None, None, True),
                words[lo].start,
                words[-1].end,
            )
    head = words[-1].lower
    three = " ".join(w.lower for w in words[-3:])
    if len(words) > 2 and three in ref.generic:
        # "air force jets": a three-word generic phrase
        head = three
        joined = Token(" ".join(w.text for w in words[-3:]), words[-3].start, words[-1].end, head)
        words = [*words[:-3], joined]
    elif len(words) > 1 and f"{words[-2].lower} {head}" in ref.generic:
        head = f"{words[-2].lower} {head}"  # "the coast guard", "Sri Lanka's air force"
        joined = Token(f"{words[-2].text} {words[-1].text}", words[-2].start, words[-1].end, head)
        words = [*words[:-2], joined]
    if head not in ref.generic:
        return None
    atype = ref.generic[head]
    if atype is None:
        return None, words[-1].start, words[-1].end
    keep = [words[-1]]
    rest = _join_country_words(words[:-1], ref)
    for w in reversed(rest):
        if (
            w.text in ref.demonyms
            or w.text in ref.gazetteer
            or w.lower
            in (
                "local",
                "senior",
                "foreign",
                "western",
                "regional",
                "international",
                "independent",
                "anti-graft",
                "aid",
                "security",
                "government",
                "opposition",
                "un",
                "expert",
                "civil",
                "interior",
                "defence",
                "defense",
                "electoral",
                "police",
                "military",
                "army",
                "national",
                "ruling",
                "state",
                "navy",
                "naval",
                "presidential",
                "party",
                "ministry",
                "health",
                "justice",
                "finance",
                "energy",
                "prison",
                "union",
                "community",
            )
        ):
            keep.insert(0, w)
        elif w.lower in DETERMINERS or w.text[:1].isdigit():
            continue
        else:
            break
    country = next((ref.demonyms.get(w.text) for w in keep if w.text in ref.demonyms), None)
    armed = atype == "armed_forces" or head.split()[-1] in ARMED_COLLECTIVES
    if country is None and armed and len(keep) < len(rest) + 1:
        # "Chinese maritime forces", "Russian special forces": a country adjective before a
        # modifier not listed still ties armed units to their country
        lead = next((w for w in reversed(rest[: len(rest) - len(keep) + 1]) if w.text in ref.demonyms), None)
        if lead is not None and all(w.text[:1].islower() for w in rest[rest.index(lead) + 1 :]):
            country = ref.demonyms[lead.text]
            keep = [lead, *keep]
    if country is None:
        entry = next((ref.gazetteer[w.text] for w in keep if w.text in ref.gazetteer), None)
        country = entry.country_code if entry and entry.actor_type == "state" else None
    if country is None:
        country = _possessor_state(words, keep[0], ref)
    if country is None and text is not None and doc is not None:
        country = _stationed_in(text, words[-1].end, doc)
    explicit = country is not None
    if country is None and doc is not None:
        country = doc.home
    last = head.split()[-1]  # "riot police" is police
    if head in ("embassy", "embassies", "consulate") and explicit and country:
        # "the US embassy", "the Russian embassy": a state's mission abroad acts for the state
        return state_actor(country, ref), keep[0].start, keep[-1].end
    security = head == "security forces" or (head == "forces" and keep[0].lower == "security")
    if (last in STATE_COLLECTIVES or security or head in POLICING_SERVICES) and country:
        # "security forces": police and army together, the state acting
        return state_actor(country, ref), keep[0].start, keep[-1].end
    own_side = all(w.lower in HOME_FORCE_MODIFIERS for w in keep[:-1])  # "government troops"
    if (last in ARMED_COLLECTIVES or atype == "armed_forces") and country and (explicit or own_side):
        name = f"{ref.country_names.get(country, country)} armed forces"
        return Actor(name, "armed_forces", country), keep[0].start, keep[-1].end
    name = " ".join(w.text for w in keep)
    if len(keep) == 1 or not keep[0].text[:1].isupper():
        name = name[0].lower() + name[1:]
    return Actor(name, atype, country if explicit else None, None, True), keep[0].start, keep[-1].end


STATIONED_IN = re.compile(r"\s+in\s+(?:the\s+)?")
PLACE_WINDOW = 40  # characters after `in` searched for the state (`in Indonesia's Central Sulawesi`)


def _stationed_in(text: str, end: int, doc: DocActors) -> str | None:
    """`Police in Indonesia's Central Sulawesi province`, `the Taliban administration in Kabul`:
    a state's collective placed `in` a state (its name, capital or a region it owns) belongs
    to that state, not to the story's home one. The country code, or None when the place
    names no state (`Police in Blantyre`)."""
    m = STATIONED_IN.match(text, end)
    if m is None:
        return None
    for g in doc.within(m.end(), m.end() + PLACE_WINDOW):
        if g.start != m.end():
            break
        if g.actor.actor_type == "state" and g.mention_type != "demonym" and g.actor.country_code:
            return g.actor.country_code
    return None


def _join_country_words(words: list[Token], ref: Reference) -> list[Token]:
    """Modifier tokens with a multi-word country name or demonym joined into one token
    (`Sri Lankan sailors`, `South Korean troops`), so each modifier is one word to test."""
    out: list[Token] = []
    k = 0
    while k < len(words):
        for n in (3, 2):
            run = words[k : k + n]
            if len(run) == n and all(w.text[:1].isupper() for w in run):
                joined = " ".join(w.text for w in run)
                if joined in ref.demonyms or joined in ref.gazetteer:
                    out.append(Token(joined, run[0].start, run[-1].end, joined.lower()))
                    k += n
                    break
        else:
            out.append(words[k])
            k += 1
    return out


def _possessor_state(words: list[Token], head: Token, ref: Reference) -> str | None:
    """`Iraq's oil ministry`, `Russia's defence ministry`: the state named before `'s` ties
    the generic body to its country."""
    k = next((n for n, w in enumerate(words) if w is head), 0)
    for n in range(k - 1, max(0, k - 4), -1):
        if words[n].lower in ("'s", "’s"):
            # "Iraq's", "Sri Lanka's"; the longest name first ("South Sudan's" is not Sudan's,
            # "Democratic Republic of Congo's" not Republic of Congo's)
            for lo in range(max(0, n - 4), n):
                entry = ref.gazetteer.get(" ".join(w.text for w in words[lo:n]))
                if entry is not None:
                    return entry.country_code if entry.actor_type == "state" else None
            return None
        if not words[n].text[:1].islower():
            break
    return None


PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


ROLE_DETERMINERS = frozenset({"the", "this", "that"})
ROLE_LOOKBACK = 6000  # characters searched back for a role's holder (keeps extraction linear)


def _role_words(words: list[Token]) -> tuple[str, list[str]] | None:
    """(head, modifiers) of a definite role phrase (`the foreign minister`, `the 34-year-old
    activist`, `the airline`); None when the phrase is not definite."""
    while words and not words[0].text[:1].isalnum():
        words = words[1:]  # a closing quotation mark before "the minister said"
    if len(words) < 2 or words[0].lower not in ROLE_DETERMINERS:
        return None
    mods = [w.lower for w in words[1:-1] if w.text[:1].isalpha() and "-" not in w.text]
    return words[-1].lower, mods


def resolve_role(words: list[Token], doc: DocActors, ref: Reference, pos: int) -> Actor | None:
    """A definite role phrase resolves to the named actor it describes, named earlier in the text:
    a person whose description (title or apposition) holds the role noun ("Interior Minister
    Ana Diaz ... the minister said"), or an organisation whose name or description holds it.
    Role nouns of a kind (`the airline`, `the utility`, reference data) resolve to the last
    named organisation of that kind. The latest fitting actor wins; modifiers that match
    (`the foreign minister`) win over those that do not. None when nothing fits."""
    rw = _role_words(words)
    if rw is None:
        return None
    head, mods = rw
    want_person = ref.generic.get(head) == "person" or head in _lower_titles(ref.titles)
    best: tuple[int, int, Actor] | None = None
    kind = ref.role_nouns.get(head)
    for m in doc.within(max(0, pos - ROLE_LOOKBACK), pos):
        a = m.actor
        if a.is_generic or m.mention_type in ("demonym", "pronoun") or a.actor_type == "state":
            continue
        if (a.actor_type == "person") != want_person:
            continue
        about = f"{a.description or ''} {'' if want_person else a.name}".lower()
        desc = re.findall(r"[a-z]+(?:-[a-z]+)*", about)
        if head in desc or (head.endswith("s") and head[:-1] in desc):
            score = 1 + sum(1 for w in mods if w in desc)
        elif kind is not None and a.actor_type == kind and not want_person:
            score = 0
        else:
            continue
        if best is None or (score, m.start) >= (best[0], best[1]):
            best = (score, m.start, a)
    return best[2] if best else None


def _principal(words: list[Token], doc: DocActors, ref: Reference) -> Actor | None:
    """`the president's office`, `Adeyemi's transition team`: a proxy (reference data
    `proxy_nouns.csv`) speaks and acts for the actor named before `'s`, or for the named
    holder of the role (`the president` -> President Tendai Moyo); an office of a title whose
    holder is not named is the story's home state. None otherwise."""
    if len(words) < 3 or words[-1].lower not in ref.proxy_nouns:
        return None
    p = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower == "'s"), None)
    if p is None or any(not w.text[:1].islower() for w in words[p + 1 :]):
        return None
    ms = [m for m in doc.within(words[0].start, words[p - 1].end) if m.end == words[p - 1].end]
    ms = [m for m in ms if m.mention_type != "demonym" and not m.actor.is_generic]
    if ms:
        return ms[-1].actor
    held = resolve_role(words[:p], doc, ref, words[0].start)
    if held is None and words[p - 1].lower in _lower_titles(ref.titles) and doc.home:
        # "the prime minister's office" with no prime minister named: the story's state
        held = state_actor(doc.home, ref)
    return held


MEMBER_TYPES = frozenset({"group", "armed_forces"})  # generic heads for a body's people


def _named_members(words: list[Token], doc: DocActors, ref: Reference) -> Mention | None:
    """`TTP fighters attacked`, `Suspected al-Shabab militants attacked`, `MPF supporters
    blocked`: a generic noun for a body's people or fighters (`generic_actors.csv`) right after
    a named body (not a state, a person or a demonym: `Kenyan police` is the state's) names
    that body. None otherwise."""
    if len(words) < 2 or ref.generic.get(words[-1].lower) not in MEMBER_TYPES:
        return None
    ms = [
        m
        for m in doc.within(words[0].start, words[-2].end)
        if m.end == words[-2].end
        and m.mention_type not in ("demonym", "pronoun")
        and not m.actor.is_generic
        and m.actor.actor_type not in ("state", "person")
    ]
    return ms[-1] if ms else None


# verbs whose object names the act: `Police used water cannon`, `troops launched an offensive`
LIGHT_VERBS = frozenset(
    "used uses use fired fire fires deployed deploy deploys lobbed threw hurled launched launch "
    "launches carried staged stage stages dropped mounted stepped intensified escalated".split()
)
LIGHT_OBJECT_WORDS = 3  # words allowed between the light verb and the act noun ("an armed")


def _light_verb(toks: list[Token], j: int) -> int | None:
    """Index of a light verb right before the act noun ending at toks[j] (a few lower-case
    words between: `used water`, `launched an`, `carried out a`); None when there is none."""
    for k in range(j - 1, max(-1, j - 1 - LIGHT_OBJECT_WORDS), -1):
        t = toks[k]
        if t.lower in LIGHT_VERBS:
            return k
        if not t.text[:1].islower() or t.lower in NP_BOUNDARY_WORDS or t.lower in AUXILIARIES:
            return None
    return None


TAG_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
TAG_WORDS = 4  # words of the speaker in a parenthetical speech tag (`, the minister said,`)


def _speech_tag(toks: list[Token], k: int, ref: Reference) -> int | None:
    """Index of the comma opening a speech tag that closes with the comma at toks[k] (`The
    government, she said, had ...`, `the army, Ms Soto told reporters, had ...`): a pronoun,
    `the` or a capitalised word, then at most TAG_WORDS words ending in a verb of speech (or
    the verb and its addressee). None otherwise."""
    for c in range(k - 2, max(0, k - 2 - TAG_WORDS), -1):
        if toks[c].text in {",", ";", ":", "(", ")"}:
            break
    else:
        return None
    if c < 1 or toks[c].text != "," or c + 2 > k:
        return None
    first = toks[c + 1]
    if not (first.lower in TAG_PRONOUNS or first.lower == "the" or first.text[:1].isupper()):
        return None
    cue = next((x for x in range(c + 2, k) if _cue_word(toks[x], ref)), None)
    if cue is None or ref.cues.get(toks[cue].lower, ("", ""))[1] != "speech" or k - cue > 2:
        return None
    return c


def subject_before(text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference) -> Subject | None:
    """The subject of the verb at token i: the actor named by the noun phrase before it; for an
    act noun after a light verb (`Police used water cannon`), the subject of that verb."""
    j = _trim_aux(text, toks, i)
    lv = _light_verb(toks, j) if j == i and toks[i].text[:1].islower() else None
    if lv is not None and lv > 0:
        return subject_before(text, toks, lv, doc, ref)
    tag = _speech_tag(toks, j - 1, ref) if j > 0 and toks[j - 1].text == "," else None
    if tag is not None:
        # "The government, she said, had already offered": the speech tag set off by commas
        # stands between the subject and its verb
        return subject_before(text, toks, tag, doc, ref)
    if j > 0 and toks[j - 1].text == ",":
        # "X, who ..., said" / "X, in a letter, accused": skip the parenthetical;
        # "The head of Y, Lina Haddad, met": the apposition is the subject
        k = j - 1
        k0 = k
        while k0 > 0 and toks[k0 - 1].text not in SEGMENT_BREAKS and not _cue_word(toks[k0 - 1], ref):
            k0 -= 1  # "a rebel group linked to the Islamic State": a name's "State" is no cue
        if k0 > 0 and _cue_word(toks[k0 - 1], ref):
            # "X, which says it represents 12,000 owners, stopped ...": a relative clause
            # holding a speech verb is still a parenthetical; so is "X, when asked by
            # journalists, noted"
            k1 = k0 - 1
            while k1 > 0 and toks[k1 - 1].text not in {",", ";", ":"}:
                k1 -= 1
            if k1 > 0 and toks[k1].lower in ("who", "which", "when", "while") and toks[k1 - 1].text == ",":
                k0 = k1
        seg = toks[k0:k]
        named = len(seg) >= 2 and seg[0].lower == "the" and seg[1].text[:1].isupper() and any(
            m.start == seg[1].start and m.end == seg[-1].end and not m.actor.is_generic
            for m in doc.within(seg[1].start, seg[-1].end)
        )
        if named and k0 > 0 and toks[k0 - 1].text == ",":
            # "Khan's party, the Pakistan Tehreek-e-Insaf, called": a name in apposition is
            # the subject the noun before it describes
            start, j = k0 + 1, k
        elif (
            seg
            and (seg[0].lower in PARENTHETICAL_OPENERS or not seg[0].text[:1].isupper())
            and k0 > 0
            and toks[k0 - 1].text == ","
        ):
            j = _trim_aux(text, toks, k0 - 1)
            start = clause_start(toks, j, ref)
        elif (
            seg
            and seg[0].text[:1].isupper()
            and k0 > 0
            and toks[k0 - 1].text == ","
            and seg[-1].text[:1].islower()
            and not any(m.end == seg[-1].end for m in doc.within(seg[0].start, seg[-1].end))
        ):
            # "China, Ghana's largest creditor, agreed": a description names no one; the
            # subject is the noun phrase before it
            j = _trim_aux(text, toks, k0 - 1)
            start = clause_start(toks, j, ref)
        elif seg and seg[0].text[:1].isupper():
            start, j = k0, k
        else:
            return None
    else:
        start = clause_start(toks, j, ref)
        w = start - 1
        if w > 0 and toks[w].lower in ref.cues and toks[w - 1].lower == "who":
            w -= 1  # the relative clause's own verb ("who asked ...") stopped the scan
        if 0 <= w and start < j and toks[w].lower == "who":
            # "a senior officer who asked not to be named said": the subject precedes `who`
            j = w
            start = clause_start(toks, j, ref)
        elif start == j and j >= 2 and toks[j - 1].lower == "who" and toks[j - 2].text == ",":
            # "Marco Silva, who was kidnapped in May": the verb right after `, who` is the
            # antecedent's own
            return subject_before(text, toks, j - 2, doc, ref)
    words = toks[start:j]
    while words and words[0].lower in LEADING_WORDS:
        words = words[1:]
    if not words:
        return None
    s, e = words[0].start, words[-1].end
    principal = _principal(words, doc, ref)
    if principal is not None:
        return Subject(principal, text[s:e], s, e)
    mentions = [m for m in doc.within(s, e) if m.mention_type != "demonym"]
    ending = [m for m in mentions if m.end == e]
    if ending:
        m = max(ending, key=lambda m: m.end - m.start)
        p = next((k for k, w in enumerate(words) if w.start >= m.start), 0)
        if (
            1 < p < len(words)
            and words[p - 1].lower in PLACE_PREPS
            and m.actor.actor_type == "state"
            and (p == 2 or words[p - 2].text[:1].islower())  # not "the Mission in Armenia"
        ):
            # "The US embassy in Lilongwe urged", "Police in Monrovia detained": the place
            # where the subject is, not the subject
            head = subject_before(text, words, p - 1, doc, ref)
            if head is not None:
                return head
        if 1 < p < len(words) and words[p - 1].lower in PLACE_PREPS and m.actor.actor_type == "state":
            # "The Labour Court in Nairobi ordered": a named body placed in a state's city
            named = [x for x in mentions if x.end == words[p - 2].end and x.actor.actor_type != "state"]
            if named:
                return Subject(named[0].actor, named[0].text, named[0].start, named[0].end, named[0])
        return Subject(m.actor, m.text, m.start, m.end, m)
    heads = [m for m in mentions if m.actor.actor_type == "person" and text[m.end : m.end + 4] == " of "]
    if heads:
        # "senator Julian Vargas of the Democratic Centre party accused": the person heads it
        m = heads[0]
        return Subject(m.actor, m.text, m.start, m.end, m)
    conj = [m for m in mentions if re.match(r"\s+(?:and|or)\s", text[m.end : m.end + 5])]
    if conj:
        m = conj[0]
        return Subject(m.actor, m.text, m.start, m.end, m)
    members = _named_members(words, doc, ref)
    if members is not None:
        return Subject(members.actor, text[s:e], s, e, members)
    gen = generic_actor(words, ref, doc, text)
    if gen is None:
        # "a lawyer for the group", "a source in the ministry": the head comes before the preposition
        p = next((k for k, w in enumerate(words) if w.lower in ("for", "of", "in", "at", "with")), 0)
        ends_in_noun = words[-1].lower in ref.generic or words[-1].lower in ref.role_nouns
        place = (  # "Police in Karachi", "troops near the border": a state's forces somewhere
            p > 0
            and words[p].lower in PLACE_PREPS
            and words[p - 1].lower in STATE_COLLECTIVES | ARMED_COLLECTIVES
        )
        if p > 0 and (words[p - 1].text[:1].islower() or p == 1) and (ends_in_noun or place):
            gen = generic_actor(words[:p], ref, doc, text)
    if gen is None and (words[-1].lower in _lower_titles(ref.titles) or words[-1].lower in ref.role_nouns):
        # "the 61-year-old president", "the group said", "the rebels seized"
        held = resolve_role(words, doc, ref, words[0].start)
        if held is not None:
            return Subject(held, text[words[0].start : words[-1].end], words[0].start, words[-1].end)
    if gen is not None:
        # "a figure the unions rejected": the definite phrase right before the verb
        last = max((k for k, w in enumerate(words) if w.lower in ROLE_DETERMINERS), default=0)
        held = resolve_role(words[last:], doc, ref, words[0].start)
        if held is not None:
            return Subject(held, text[words[0].start : words[-1].end], words[0].start, words[-1].end)
        return Subject(gen[0], text[gen[1] : gen[2]], gen[1], gen[2])
    # an unknown capitalised name right before the verb: a person new to the gazetteer
    n = 0
    while n < len(words) and is_name_token(words[-1 - n]):
        n += 1
    if (
        n == 0
        and words
        and words[-1].text.isupper()
        and words[-1].text.isalpha()
        and 3 <= len(words[-1].text) <= 8
    ):
        w = words[-1]  # an acronym new to the gazetteer: "PAGASA said"
        return Subject(Actor(w.text, "organization", doc.home), w.text, w.start, w.end)
    if n >= 2 and len(words) > n + 1 and words[-1 - n].lower in PLACE_PREPS:
        # "A senior UN official in New York, …, told": a name after a place preposition is a
        # place; the generic noun phrase before the preposition speaks
        gen = generic_actor(words[: len(words) - n - 1], ref, doc, text)
        if gen is not None and gen[0] is not None:
            return Subject(gen[0], text[gen[1] : gen[2]], gen[1], gen[2])
        return None
    if n >= 2:
        name_toks = words[len(words) - n :]
        name = text[name_toks[0].start : name_toks[-1].end]
        actor = Actor(name, "person")
        return Subject(actor, name, name_toks[0].start, name_toks[-1].end)
    return None


def mention_after(
    doc: DocActors, start: int, end: int, exclude: Actor | None, text: str | None = None
) -> Mention | None:
    """The first actor named in [start, end), other than `exclude`, skipping modifiers (and,
    given the text, mentions that name no party: `party_mention`)."""
    for m in doc.within(start, end):
        if exclude is not None and m.actor.key == exclude.key:
            continue
        if m.mention_type == "demonym" or (text is not None and not party_mention(text, m)):
            continue
        return m
    return None


PLACE_OF = re.compile(r"\b(?:Gulf|Sea|Strait|Straits|Bay|Bight|Horn|Isle|Gulf) of (?:the )?$")
FLAG_SUFFIXES = ("-flagged", "-registered")  # "a Marshall Islands-flagged tanker": a ship's flag


def party_mention(text: str, m: Mention) -> bool:
    """Whether a mention can name a party to an act: not a ship's flag state
    (`Panama-flagged`), not a country inside a sea's name (`the Gulf of Oman`) and not a bare
    `it` (`boarded it`: mostly a thing; its antecedent is a guess)."""
    if text[m.end : m.end + 12].lower().startswith(FLAG_SUFFIXES):
        return False
    if m.actor.actor_type == "state" and PLACE_OF.search(text, max(0, m.start - 40), m.start):
        return False  # "in the Gulf of Oman", "the Sea of Japan": part of a place name
    return not (m.mention_type == "pronoun" and m.text.lower() == "it")


STATE_INSTITUTION = re.compile(
    r"[’']s\s+(?:[a-z]+\s+){0,2}(?:ministry|government|embassy|cabinet|presidency|foreign office)\b"
)


def sentence_subject(text: str, s: Span, before: int, doc: DocActors) -> Subject | None:
    """The first actor named in the sentence before `before`, skipping possessive modifiers,
    except a state's before its institution (`Ghana's foreign ministry said ... and urged`)."""
    for m in doc.within(s.start, before):
        if m.mention_type == "demonym":
            continue
        institution = m.actor.actor_type == "state" and STATE_INSTITUTION.match(text, m.end)
        if possessive(text, m) and not institution:
            continue
        return Subject(m.actor, m.text, m.start, m.end, m)
    return None


HOLDING_MODES = frozenset({"arrest", "abduct"})  # event modes that leave someone held
PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})


def captor(
    prior: list, toks: list[Token], pv: int, patient: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """(actor, target) of a release that names no agent (`Mushi and Said were freed on bail`,
    `They were freed hours later`; the participle at toks[pv]): whoever held them frees them,
    the actor of the latest earlier arrest or abduction of the same person, else of the latest
    one. The target is the patient, or the held party when the subject is a bare pronoun (a
    state read as the held party, `detained two Serbian citizens`, is not carried over). (None,
    patient) when the story reports no such act."""
    held = [
        e
        for e in prior
        if e.event_mode in HOLDING_MODES
        and e.actor is not None
        and e.actor.actor_type != "person"  # a person named as the captor is a misreading
    ]
    if patient is not None:
        same = [e for e in held if e.target is not None and e.target.key == patient.key]
        held = same or held
    if not held:
        return None, patient
    e = max(held, key=lambda e: e.trigger_start)
    j = _trim_aux("", toks, pv)
    pronoun = j > 0 and toks[j - 1].lower in PERSONAL_PRONOUNS
    held_party = e.target if e.target is not None and e.target.actor_type != "state" else None
    return e.actor, patient if patient is not None or not pronoun else held_party


def recipient(
    etype: str, amount: float | None, actor: Actor | None, doc: DocActors, ref: Reference
) -> Actor | None:
    """Money given or pledged (`Japan pledged $2 million in emergency relief`, `would send
    EUR 1.5 million in aid`) that names no recipient goes to the story's home state (the
    country its dateline or its names place it in), when an outside party gives it. None
    when no sum is stated, the giver is unknown or of the home state itself, or the story
    has no home."""
    if doc.home is None or actor is None or actor.country_code == doc.home:
        return None
    if etype not in ("AID", "AGREE") or amount is None:
        return None
    return state_actor(doc.home, ref)


TWO_SIDED_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts with a counterpart
BETWEEN_GAP = 4  # words allowed between a two-sided trigger and its `between` ("talks in Doha between")


def between_pair(toks: list[Token], i: int, n: int, doc: DocActors) -> tuple[Actor, Actor] | None:
    """`talks between Belgrade and Pristina`, `clashes between the army and M23`: the two
    parties a two-sided act names after `between` (the first two actors joined by `and`)."""
    k = i + n
    while k < len(toks) and k - (i + n) <= BETWEEN_GAP and toks[k].lower != "between":
        if not toks[k].text[:1].isalnum():
            return None
        k += 1
    if k >= len(toks) or toks[k].lower != "between":
        return None
    e = k + 1
    while e < len(toks) and toks[e].text not in {",", ";", ".", ":", "(", ")"} and e - k < 16:
        e += 1
    if e <= k + 1:
        return None
    ms = [m for m in doc.within(toks[k + 1].start, toks[e - 1].end) if not possessive_text(m, toks)]
    for a, b in zip(ms, ms[1:], strict=False):
        gap = [t.lower for t in toks if a.end <= t.start < b.start]
        if "and" in gap and a.actor.key != b.actor.key:
            return a.actor, b.actor
    return None


def possessive_text(m: Mention, toks: list[Token]) -> bool:
    """A mention right before `'s` (`Serbia's army`): a modifier, not a party itself."""
    nxt = next((t for t in toks if t.start >= m.end), None)
    return nxt is not None and nxt.lower in ("'s", "’s")


def both_parties(
    toks: list[Token], i: int, prior: list, ref: Reference, lookback: int = 30
) -> tuple[Actor, Actor] | None:
    """`the two sides agreed to meet again`, `They discussed the seizure`: a subject phrase
    standing for both parties (reference data `party_phrases.csv`) of a two-sided act names
    the two parties of the latest two-sided act the story reported (the latest few only)."""
    j = _trim_aux("", toks, i)
    k = j
    while k > 0 and (toks[k - 1].text[:1].isalnum() or toks[k - 1].lower in ("'", "'s")) and j - k < 6:
        k -= 1
    words = [t.lower for t in toks[k:j]]
    while words and words[0] in LEADING_WORDS:
        words = words[1:]
    # an ending of the phrase that is listed ("... and the two sides agreed"), or its owner
    # ("the two countries' security chiefs held talks")
    ends = any(" ".join(words[s:]) in ref.party_phrases for s in range(len(words)) if j - k <= 3 or s > 0)
    owner = next((p for p in range(1, len(words)) if words[p] in ("'", "'s")), None)
    if not ends and not (owner is not None and " ".join(words[:owner]) in ref.party_phrases):
        return None
    return last_two_sided(prior, ref, lookback)


def last_two_sided(
    prior: list, ref: Reference, lookback: int = 30, fighting: bool | None = None
) -> tuple[Actor, Actor] | None:
    """The two parties of the latest two-sided act the story reported (the latest few only);
    `fighting` True/False: only a two-sided use of force / only a two-sided non-violent act."""
    for e in prior[: -lookback - 1 : -1]:
        if fighting is not None and (e.event_type == "ASSAULT") != fighting:
            continue
        if e.event_mode == "third-party":
            continue  # a mediator is no party of the act it mediates ("talks mediated by Qatar")
        if (
            e.actor is not None
            and e.target is not None
            and e.actor.key != e.target.key
            and (e.event_type in TWO_SIDED_TYPES or " ".join(e.trigger.lower().split()) in ref.reciprocal)
        ):
            return e.actor, e.target
    return None


GROUP_PRONOUNS = frozenset({"they", "we"})
PERSON_PRONOUNS = frozenset({"he", "she"})
FELT_COPULAS = frozenset({"was", "is", "were", "are", "remained", "remains"})


def _feeling_subject(toks: list[Token], i: int) -> int | None:
    """Index after the subject of a feeling word at toks[i] stated with a copula across degree
    adverbs and an opening quotation mark (`it was "deeply alarmed"`, `she was "appalled"`),
    else None."""
    k = i
    while k > 0 and i - k < 3 and (
        toks[k - 1].text in QUOTE_MARKS
        or (toks[k - 1].lower.endswith("ly") and toks[k - 1].text[:1].islower())
    ):
        k -= 1
    if k == i or k == 0 or toks[k - 1].lower not in FELT_COPULAS:
        return None
    return k - 1


# words of a setting between a speech verb and its content ("in a statement on Wednesday")
CUE_SETTING_WORDS = 8


def speech_cue_before(toks: list[Token], k: int, ref: Reference) -> int | None:
    """Index of the verb of speech whose content clause opens at toks[k] (`said it had`,
    `said that its forces`, `said in a statement on Wednesday that its forces`, `said on
    Saturday it had`): back over `that` and a short setting without a comma. None otherwise."""
    c = k - 1
    if c >= 0 and toks[c].lower == "that":
        c -= 1
    for n in range(c, max(-1, c - CUE_SETTING_WORDS), -1):
        t = toks[n]
        if t.text in {",", ";", ":", "(", ")"} or t.text[:1] in "\"“”'‘’":
            return None
        if t.text[:1].islower() and ref.cues.get(t.lower, ("", ""))[1] == "speech":
            return n
    return None
SPEAKS_FOR = re.compile(r"\b(?:for|of)\s+(?:the\s+)?([A-Za-z][\w’'\- ]*)$")


def speaks_for(person: Actor, doc: DocActors, ref: Reference, pos: int) -> Actor | None:
    """The organisation a person speaks for, from their description (`a spokesman for the
    rebels` -> the group `the rebels` stands for, `a lawyer for the Cusco Federation` -> that
    federation); None when the description names none."""
    m = SPEAKS_FOR.search(person.description or "")
    if m is None:
        return None
    phrase = m.group(1).strip()
    entry = ref.gazetteer.get(phrase)
    if entry is not None and entry.actor_type != "person":
        return Actor(entry.name, entry.actor_type, entry.country_code)
    for mm in doc.within(max(0, pos - ROLE_LOOKBACK), pos):
        if mm.actor.name == phrase and mm.actor.actor_type != "person":
            return mm.actor
    noun = phrase.split()[-1].lower()
    if noun not in ref.role_nouns:
        return None
    words = [Token("the", pos, pos, "the"), Token(noun, pos, pos, noun)]
    return resolve_role(words, doc, ref, pos)


def pronoun_party(
    toks: list[Token], i: int, claimant: Actor | None, doc: DocActors, ref: Reference
) -> Actor | None:
    """`…told AFP that they had taken two officers hostage`, `the union said we will strike`:
    a plural pronoun subject inside what a body says is that body; inside what its spokesman
    or lawyer says, the body the speaker speaks for. None otherwise (never the speaker)."""
    j = _trim_aux("", toks, i)
    lv = _light_verb(toks, j) if j == i else None
    if lv is not None:
        j = _trim_aux("", toks, lv)  # "it had carried out an airstrike"
    felt = _feeling_subject(toks, i)
    if felt is not None:
        j = felt  # `said it was "deeply alarmed"`: back over the quoted fragment's degree word
    if j == 0 or claimant is None:
        return None
    if felt is not None and toks[j - 1].lower in PERSON_PRONOUNS and claimant.actor_type == "person":
        # `X said she was "appalled" by the attack`: a feeling stated in the third person in
        # what a person says is the speaker's own
        if speech_cue_before(toks, j - 1, ref) is not None:
            return claimant
    if toks[j - 1].lower == "it" and j >= 2 and speech_cue_before(toks, j - 1, ref) is not None:
        # "the company said it had held talks", "the ministry indicated that it had ...": `it`
        # opening what a body says is that body, never a person; an unnamed body (`the company`)
        # stays unnamed rather than the nearest name (`a joint venture of X Group`)
        return None if claimant.actor_type == "person" else claimant
    if toks[j - 1].lower not in GROUP_PRONOUNS:
        return None
    if claimant.actor_type != "person":
        return None if claimant.is_generic else claimant
    return speaks_for(claimant, doc, ref, toks[i].start)


ACT_NOUN_LEAD = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
STANCE_LOOKBACK = 50  # earlier events searched for the act a stance names (keeps extraction linear)


def stance_on_act(
    text: str, toks: list[Token], pv: int, doc: DocActors, ref: Reference, prior: list, actor: Actor | None
) -> tuple[bool, Actor | None]:
    """`The seizure of the tanker was condemned by the United Kingdom`, `the detention of the
    captain by the coast guard was criticised by ...`: a passive stance (participle at
    toks[pv]) whose subject is an act noun (`event_lexicon.csv`) is aimed at whoever carried
    that act out, not at the act's patient: the `by` agent inside the noun phrase, else the
    actor of the latest earlier act of the noun's type (its mode first). (False, None) when the
    subject is no act noun; (True, None) when it is one but its doer is unknown."""
    j = _trim_aux(text, toks, pv)
    start = clause_start(toks, j, ref)
    words = toks[start:j]
    while words and words[0].lower in LEADING_WORDS:
        words = words[1:]
    if len(words) < 2 or words[0].lower not in ACT_NOUN_LEAD:
        return False, None
    hit = ref.triggers.get((words[1].lower,))
    if hit is None or (len(words) > 2 and words[2].lower not in ("of", "by", "on", "against")):
        return False, None
    by = next((k for k, w in enumerate(words) if w.lower == "by"), None)
    if by is not None and by + 1 < len(words):
        m = mention_after(doc, words[by + 1].start, words[-1].end, actor, text)
        if m is not None:
            return True, m.actor
        gen = generic_actor(words[by + 1 :], ref, doc)
        if gen is not None and gen[0] is not None:
            return True, gen[0]
    # the latest act of that kind (its mode first, when the noun names one), whether or not its
    # doer is known: "the killing of the aid workers" after an air strike no one was named for
    recent = [e for e in prior[: -STANCE_LOOKBACK - 1 : -1] if e.event_type == hit[0]]
    ev = next((e for e in recent if hit[1] and e.event_mode == hit[1]), recent[0] if recent else None)
    if ev is None or ev.actor is None or (actor is not None and ev.actor.key == actor.key):
        return True, None
    return True, ev.actor


CUE_REACH = 60  # characters from a stance verb to the start of the claim it introduces


class _ClaimStarts:
    """Claim spans sorted by start, for finding the claim a cue introduces by bisection."""

    def __init__(self, speakers: dict[tuple[int, int], Actor | None]) -> None:
        self.speakers = speakers  # held, so a freed dict's reused id never reads a stale index
        self.items = sorted(speakers.items(), key=lambda kv: kv[0])
        self.starts = [a for (a, _), _ in self.items]


_CLAIM_STARTS: list[_ClaimStarts] = []


def cue_claimant(after: int, stop: int, speakers: dict[tuple[int, int], Actor | None]) -> Actor | None:
    """`The 54-year-old former police officer accused Moldova of joining ...`, `the head of state
    accused Benin of allowing ...`: a stance verb whose subject names no actor is the cue of the
    claim that starts right after it (within CUE_REACH characters of `after`, before `stop`, the
    sentence end); the claim's speaker, as the claim rules resolved it, is the act's actor.
    None when no such claim follows or its speaker is unknown."""
    if not speakers:
        return None
    if not _CLAIM_STARTS or _CLAIM_STARTS[0].speakers is not speakers:
        _CLAIM_STARTS[:] = [_ClaimStarts(speakers)]
    idx = _CLAIM_STARTS[0]
    k = bisect.bisect_left(idx.starts, after)
    if k < len(idx.items):
        (a, _), who = idx.items[k]
        if a - after <= CUE_REACH and a < stop:
            return who
    return None


ACCUSE_VERBS = frozenset({"accused", "accusing", "accuses", "accuse"})
ACCUSED_WORDS = 4  # words of a bare accused noun phrase before `of` ("criminal networks")
BODY_PEOPLE = frozenset({"members", "member", "leaders", "leader", "supporters"})


def accused_generic(
    toks: list[Token], i: int, n: int, doc: DocActors, ref: Reference
) -> tuple[bool, Actor | None]:
    """`accused guards of opening fire`, `accused police of beating detainees`, `accused criminal
    networks of using the lake to move gold to Bolivia`: a bare, unnamed noun phrase accused of
    an act. Unnamed police, guards or troops are the story's home state (or its armed forces);
    other unnamed people are no party, and the search for a target stops there (not `Bolivia`).
    (False, None) for any other shape: a named, definite or counted object (`the ministry`,
    `two men`) or people of a body (`union leaders`), left to the object rules."""
    if n != 1 or toks[i].lower not in ACCUSE_VERBS:
        return False, None
    k = e = i + 1
    while e < len(toks) and e - k < ACCUSED_WORDS and toks[e].text.isalpha() and toks[e].text.islower():
        if toks[e].lower == "of":
            break
        e += 1
    if e == k or e >= len(toks) or toks[e].lower != "of":
        return False, None
    words = toks[k:e]
    if words[0].lower in DETERMINERS or any(w.lower in BODY_PEOPLE for w in words):
        return False, None
    if doc.within(words[0].start, words[-1].end):
        return False, None
    gen = generic_actor(words, ref, doc)
    a = gen[0] if gen is not None else None
    if a is None:
        return True, None
    if not a.is_generic:
        return True, a  # "accused police of ...": the home state's police, read as the state
    if a.actor_type in ("government_body", "armed_forces") and a.country_code is None and doc.home:
        name = ref.country_names.get(doc.home, doc.home)
        if a.actor_type == "armed_forces":
            return True, Actor(f"{name} armed forces", "armed_forces", doc.home)
        return True, Actor(name, "state", doc.home)
    return True, None
