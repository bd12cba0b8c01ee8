"""Events: acts coded with PLOVER's 16 types, one row per distinct act in a sentence."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from factpack.extract.actors import (
    FRONTED_OPENERS,
    MONTHS,
    WEEKDAYS,
    Actor,
    DocActors,
    Mention,
    _excluded_zones,
    _lower_titles,
    is_name_token,
    possessive,
    state_actor,
)
from factpack.extract.dates import DateRange, find_dates, pick_date
from factpack.extract.evidence import readable_span
from factpack.extract.quantities import NUMBER_WORDS, find_fatalities, find_money
from factpack.extract.reference import Reference
from factpack.extract.roles import (
    DETERMINERS,
    HOLDING_MODES,
    LEADING_WORDS,
    NP_BOUNDARY_WORDS,
    TIME_WORDS,
    TWO_SIDED_TYPES,
    Subject,
    _cue_word,
    _light_verb,
    _trim_aux,
    accused_generic,
    between_pair,
    both_parties,
    captor,
    clause_start,
    cue_claimant,
    generic_actor,
    last_two_sided,
    mention_after,
    party_mention,
    pronoun_party,
    recipient,
    resolve_role,
    sentence_subject,
    speech_cue_before,
    stance_on_act,
    subject_before,
)
from factpack.extract.text import QUOTE_MARKS, Span, Token, in_quotes, quotations, sentences, tokens

NEGATORS = frozenset({"not", "no", "never", "n't", "without", "denied", "deny", "denies", "refused"})
ALLEGERS = frozenset({"alleged", "allegedly", "purportedly", "reportedly"})
PLANNERS = frozenset(
    {
        "will",
        "would",
        "plans",
        "plan",
        "planning",
        "planned",
        "preparing",
        "prepare",
        "prepares",
        "set",
        "intends",
        "intend",
        "potential",
        "proposed",
        "threatened",
        "threatens",
        "vowed",
        "pledged",
        "trying",
        "tried",
        "seeking",
        "sought",
        "aims",
        "aim",
        "to",
        "upcoming",
        "possible",
    }
)
HYPOTHETICALS = frozenset({"if", "could", "might", "may", "unless", "whether", "should"})
LOCATION_RE = re.compile(
    r"\b(?:in|off|near|across|at|outside|inside|along|into|over)\s+(?P<loc>(?:the\s+)?"
    r"[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|of|de|del))*(?:\s+(?:coast|border|region|province|waters|sea|area))?)"
)
BACK_REFERENCE_PREPS = frozenset({"in", "of", "by", "from", "since", "after", "during", "over"})


@dataclass(frozen=True)
class Event:
    event_type: str
    event_mode: str | None
    actor: Actor | None
    target: Actor | None
    trigger: str
    trigger_start: int
    location: str | None
    date: DateRange
    fatalities_low: int | None
    fatalities_high: int | None
    amount: float | None
    currency: str | None
    modality: str
    evidence_start: int
    evidence_end: int


GAP_QUOTES = frozenset({'"', "“", "”"})  # a quote opening on the next word (`seeking "clarification"`)
MAX_GAP = 4  # words allowed between the words of a multi-word trigger ("moved ... troops")


def match_triggers(
    toks: list[Token], ref: Reference, quotes: list[Span]
) -> list[tuple[int, int, str, str | None]]:
    """(first token, n tokens, type, mode) for every lexicon trigger outside quotations.

    Contiguous matches win, longest first; a multi-word trigger may also match with up to
    MAX_GAP lowercase words between its words (`released 500 million pesos in funds`).
    """
    index = _trigger_index(ref)
    out = []
    i = 0
    while i < len(toks):
        keys = index.get(toks[i].lower)
        if not keys or in_quotes(toks[i].start, quotes):
            i += 1
            continue
        for key in keys:  # longest first; a one-word trigger only after the gapped ones
            n = len(key)
            if n == 1:
                gapped = _gapped_match(toks, i, [k for k in keys if len(k) > 1])
                if gapped is not None:
                    hit = ref.triggers[gapped[1]]
                    out.append((i, gapped[0], hit[0], hit[1]))
                    i += 1
                    break
            if i + n <= len(toks) and all(toks[i + k].lower == key[k] for k in range(1, n)):
                hit = ref.triggers[key]
                out.append((i, n, hit[0], hit[1]))
                i += n
                break
        else:
            gapped = _gapped_match(toks, i, [k for k in keys if len(k) > 1])
            if gapped is not None:
                n, key = gapped
                hit = ref.triggers[key]
                out.append((i, n, hit[0], hit[1]))
            i += 1
    return out


_INDEX: dict[str, dict[str, list[tuple[str, ...]]]] = {}


def _trigger_index(ref: Reference) -> dict[str, list[tuple[str, ...]]]:
    """Triggers grouped by their first word, longest first (built once per reference data)."""
    if ref.version not in _INDEX:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for k in ref.triggers:
            by_first.setdefault(k[0], []).append(k)
        _INDEX[ref.version] = {w: sorted(v, key=len, reverse=True) for w, v in by_first.items()}
    return _INDEX[ref.version]


def _gapped_match(
    toks: list[Token], i: int, keys: list[tuple[str, ...]]
) -> tuple[int, tuple[str, ...]] | None:
    for key in sorted(keys, key=len, reverse=True):
        j, ok = i + 1, True
        for word in key[1:]:
            k = j
            while (
                k < len(toks)
                and k - j <= MAX_GAP
                and toks[k].lower != word
                and (toks[k].text[:1].isalnum() or toks[k].lower in ("'s", "’s")
                     or (toks[k].text in GAP_QUOTES and k + 1 < len(toks) and toks[k + 1].lower == word))
                and not toks[k].text[:1].isupper()
            ):
                k += 1
            if k < len(toks) and k - j <= MAX_GAP and toks[k].lower == word:
                j = k + 1
            else:
                ok = False
                break
        if ok:
            return 1, key  # the trigger is reported as its first word
    return None


class StoryWords:
    """How often each lower-cased word occurs in the body paragraphs (`.get` as on a dict),
    counted on the first lookup: only a trigger with a story-wide sense rule asks, and most
    stories have none, so most never tokenise their paragraphs a second time."""

    def __init__(self, text: str, paras: list[Span]) -> None:
        self._text, self._paras = text, paras
        self._counts: dict[str, int] | None = None

    def get(self, word: str, default: int = 0) -> int:
        if self._counts is None:
            counts: dict[str, int] = {}
            for p in self._paras:
                for t in tokens(self._text, p):
                    counts[t.lower] = counts.get(t.lower, 0) + 1
            self._counts = counts
        return self._counts.get(word, default)


def _sense(
    trigger: str, etype: str, mode: str | None, doc_words: dict[str, int] | StoryWords, ref: Reference,
    before: str = "", after: str = "", sentence: frozenset[str] = frozenset(),
) -> tuple[str, str | None]:
    """The trigger's event type and mode in context: a rule on the word right before or after it
    or on the words of its sentence (`local_senses.csv`: `drone strikes`, `strikes hit`, `on
    strike`, `summoned the envoy to protest`), else a rule on the story's words
    (`sense_rules.csv`), else the lexicon's."""
    for side, words, ltype, lmode in ref.local_senses.get(trigger.lower(), ()):
        near = {"before": before, "after": after}.get(side)
        if (near in words) if near is not None else bool(words & sentence):
            return ltype, lmode
    rule = ref.senses.get(trigger.lower())
    if rule is None:
        return etype, mode
    context, min_hits, stype, smode = rule
    hits = sum(doc_words.get(w, 0) for w in context)
    return (stype, smode) if hits >= min_hits else (etype, mode)


def modality_of(toks: list[Token], i: int, n: int, reported: bool) -> str:
    """How the sentence presents the act at toks[i:i+n] (first match wins):
    denied (a negation just before), hypothetical (a conditional in the same clause),
    planned (a future or intention marker just before), alleged ("allegedly", "accused ... of"),
    reported (inside what a claim attributes to someone), else asserted."""
    window = [t.lower for t in toks[max(0, i - 4) : i]]
    trigger_words = {t.lower for t in toks[i : i + n]}
    clause = []
    for t in reversed(toks[:i]):
        if t.text in {",", ";", ":"}:
            break
        clause.append(t.lower)
    if NEGATORS & set(window) and not NEGATORS & trigger_words:
        return "denied"
    if HYPOTHETICALS & set(window) or {"if", "unless"} & set(clause):
        return "hypothetical"
    if PLANNERS & set(window[-3:]) or _noun_then_future(toks, i + n):
        return "planned"
    accused_of = _accused_of(toks, i)
    if ALLEGERS & set(window[-2:]) or accused_of:
        return "alleged"
    if reported:
        return "reported"
    return "asserted"


DENIAL_LEMMA = "deny"  # cue_verbs.csv lemma of `denied`, `denies`, `deny`, `denying`


def _denial(t: Token, n: int, ref: Reference) -> bool:
    """A one-word trigger that is a form of `deny` (`cue_verbs.csv` lemma): a denial."""
    return n == 1 and ref.cues.get(t.lower, ("", ""))[0] == DENIAL_LEMMA


DENIAL_REACH = 10  # words between a denial and the act it denies (`denied that any of its boats had`)


def _denier(text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference) -> Actor | None:
    """The named subject of a denial a few words before toks[i] in its clause (`The navy
    denied that ...`, `X, which has denied persecuting ...`); None when there is none."""
    for k in range(i - 1, max(-1, i - DENIAL_REACH - 1), -1):
        if toks[k].text in {";", ":"}:
            return None
        if _denial(toks[k], 1, ref):
            subj = subject_before(text, toks, k, doc, ref)
            return named_party(subj.actor if subj is not None else None, ref)
    return None


def _denies_blame(toks: list[Token], k: int) -> bool:
    """`any` right after a denial: blame denied (`any wrongdoing`, `any involvement`); when it
    names an act (`any shelling`) that act's own row stands for the denial."""
    return k < len(toks) and toks[k].lower == "any"


STARTS = frozenset({"begin", "start", "resume", "open", "take", "be", "go", "get", "continue"})


def _noun_then_future(toks: list[Token], j: int) -> bool:
    """The act word before toks[j] is the subject of a future (`talks on a final agreement would
    begin`, `the vote will take place`): up to five words of its phrase, then will/would and a
    verb of starting or taking place."""
    for k in range(j, min(len(toks) - 1, j + 6)):
        if toks[k].text in {",", ";", ":"} or toks[k].lower in ("that", "and", "but"):
            return False
        if toks[k].lower in ("will", "would", "shall") or toks[k].lower in ("'ll", "’ll"):
            return toks[k + 1].lower in STARTS
    return False


REPORTING = ("said", "says", "told", "reported")
SETTING_STARTS = frozenset({"on", "in", "at", "late", "earlier", "yesterday", "today", "last", "this",
                            "from", "via", "during", "told", "to", "according"})


def _attributed_after(toks: list[Token], j: int, ref: Reference) -> bool:
    """The sentence ends in an attribution after the act (`…, the group and a defence lawyer
    said.`, `…, officials on both sides said on Tuesday.`): the act is reported even when no
    claim row could name its speaker. The attribution is the last comma clause: at most eight
    words, then a verb of speech, then at most a short setting."""
    k = next((k for k in range(len(toks) - 1, j - 1, -1) if toks[k].text == ","), None)
    if k is None:
        return False
    words = [t.lower for t in toks[k + 1 :] if t.text[:1].isalnum()]
    if not words or words[0] in SUBORDINATORS:
        return False  # `…, after the group said it would march`: a clause of its own
    for m, w in enumerate(words[:9]):
        if ref.cues.get(w, ("", ""))[1] == "speech" and w.endswith(REPORTING):
            rest = words[m + 1 :]
            return m > 0 and len(rest) <= 5 and (not rest or rest[0] in SETTING_STARTS or w == "told")
    return False


def _accused_of(toks: list[Token], i: int) -> bool:
    """The act at toks[i] is what someone is accused of: `accused X of hiding ...`, also
    `of violating the truce and shelling ...`; not a later verb of the accuser (`accused X of
    waging war and warned that ...`)."""
    k = i - 1
    while k >= 0 and toks[k].lower != "of":
        if toks[k].text in {";", ":"} or toks[k].lower in ("where", "which", "who", "when", "while"):
            return False  # a clause of its own (`…, where it said 14 members were detained`)
        if toks[k].lower in ("and", "but", "or") and not toks[k + 1].lower.endswith("ing"):
            return False
        k -= 1
    return k > 0 and any(t.lower.startswith("accus") for t in toks[max(0, k - 8) : k])


def _claim_cover(claims: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Claim spans sorted by start, with the running maximum of their ends (for `_inside_claim`)."""
    spans = sorted(claims)
    ends, top = [], -1
    for _, b in spans:
        top = max(top, b)
        ends.append(top)
    return [a for a, _ in spans], ends


def _inside_claim(pos: int, cover: tuple[list[int], list[int]]) -> bool:
    """The act is stated inside what a claim attributes to someone: it is `reported`."""
    starts, ends = cover
    k = bisect.bisect_right(starts, pos)  # the claims starting at or before pos
    return k > 0 and ends[k - 1] > pos


def _location(text: str, s: Span, after: int) -> str | None:
    best = None
    for m in LOCATION_RE.finditer(text, s.start, s.end):
        loc = m.group("loc")
        first = loc.split()[1] if loc.startswith("the ") and len(loc.split()) > 1 else loc.split()[0]
        if first in MONTHS or first in WEEKDAYS:
            continue
        if best is None or (m.start() >= after and best[0] < after):
            best = (m.start(), loc)
    return best[1] if best else None


MODIFIER_ACTOR_TYPES = frozenset({"ASSAULT", "MOBILIZE", "AID", "COOPERATE", "PROTEST"})


ACCUSE_VERBS = {
    "accused": "of",
    "accusing": "of",
    "accuses": "of",
    "accuse": "of",
    "blamed": "for",
    "blaming": "for",
    "blames": "for",
    "blame": "for",
}
RELATIVES = frozenset({"who", "which"})


def _accused_party(text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference) -> Actor | None:
    """`accused police of beating detainees`, `accused Congolese troops of violating a truce by
    shelling ...`: the act in the gerund is the accused party's (alleged) act."""
    if not toks[i].lower.endswith("ing"):
        return None
    for a in range(i - 1, max(-1, i - 16), -1):
        if toks[a].text in {",", ";", ":"}:
            return None
        prep = ACCUSE_VERBS.get(toks[a].lower)
        if prep is not None:
            p = next((k for k in range(a + 1, i) if toks[k].lower == prep), None)
            if p is None or p <= a + 1:
                return None
            who = np_actor(text, toks, a + 1, doc, ref, p)
            if who is None or who.is_generic:
                # "accused the rebels of attacking": the definite noun refers back to the named body
                who = resolve_role(toks[a + 1 : p], doc, ref, toks[a + 1].start) or who
            return who
    return None


NOUN_ENDINGS = ("tion", "ment", "ack", "acks", "aid", "aids", "ike", "ikes", "ing", "ings", "ure", "ures")


def _verb_like(t: Token) -> bool:
    """A past or present participle form (`attacked`, `shelling`): the word may head its own clause."""
    return t.lower.endswith(("ed", "ing"))


def _relative_object_target(
    toks: list[Token], i: int, ref: Reference, prior: list[Event], s: Span, actor: Actor | None
) -> Actor | None:
    """`the army raised its readiness, which Pristina condemned as a threat`: a stance in a
    relative clause whose pronoun is its object is aimed at whoever did the act the clause
    hangs on (the latest act told earlier in the same sentence)."""
    j = _trim_aux("", toks, i)
    k = clause_start(toks, j, ref)
    if not (k >= 2 and k < j and toks[k - 1].lower == "which" and toks[k - 2].text == ","):
        return None
    for ev in reversed(prior):
        if ev.evidence_start != s.start:
            return None
        if ev.trigger_start < toks[k - 2].start and ev.actor is not None:
            return ev.actor if actor is None or ev.actor.key != actor.key else None
    return None


def _relative_antecedent(
    text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference
) -> Actor | None:
    """The act of a relative clause is its antecedent's: `Hungary, which had threatened to veto
    ...`, `Rwanda, which a UN panel says has deployed troops ...` (the reporter inside the
    relative clause is not the actor)."""
    j = _trim_aux(text, toks, i)
    r = j - 1
    if r >= 2 and toks[r].lower in APPOSED_RELATIVES and toks[r - 1].text != ",":
        apposed = _apposed_antecedent(text, toks, r, doc, ref)
        if apposed is not None:
            return apposed
    if r > 0 and toks[r].lower not in RELATIVES and toks[i].text[:1].islower() and not _verb_like(toks[i]):
        # a noun act inside the relative clause: `X, who led the delegation in the talks`
        for k in range(i - 1, max(0, i - 10), -1):
            if toks[k].text in {",", ";", ":"} or toks[k].lower in ref.cues:
                break
            if toks[k].lower in RELATIVES and k > 1 and toks[k - 1].text == ",":
                subj = subject_before(text, toks, k - 1, doc, ref)
                return subj.actor if subj is not None else None
        return None
    if r > 0 and toks[r].lower not in RELATIVES:
        c = r - 1 if toks[r].lower == "that" else r  # "which X says (that) has deployed"
        if c <= 0 or toks[c].lower not in ref.cues:
            return None
        r = next((k for k in range(c - 1, max(0, c - 7), -1) if toks[k].lower in RELATIVES), -1)
        if r < 0 or any(t.text in {",", ";"} for t in toks[r + 1 : c]):
            return None
    if r < 2 or toks[r].lower not in RELATIVES or toks[r - 1].text != ",":
        return None
    subj = subject_before(text, toks, r - 1, doc, ref)
    return subj.actor if subj is not None else None


APPOSED_RELATIVES = frozenset({"that", "which", "who"})
APPOSITION_WORDS = 6  # words of `a militant group` between the comma and the relative pronoun


def _apposed_antecedent(text: str, toks: list[Token], r: int, doc: DocActors, ref: Reference) -> Actor | None:
    """`The X Brigade, a militant group that has attacked power lines`: a relative clause on an
    indefinite apposition (`, a` or `, an` + lower-case words) acts for the name the apposition
    describes, when that name is a named actor; None otherwise."""
    c = next((k for k in range(r - 2, max(0, r - 2 - APPOSITION_WORDS), -1) if toks[k].text == ","), None)
    if c is None or c < 1 or toks[c + 1].lower not in ("a", "an"):
        return None
    if not all(t.text[:1].islower() and t.text.replace("-", "").isalpha() for t in toks[c + 1 : r]):
        return None
    subj = subject_before(text, toks, c, doc, ref)
    if subj is None or subj.actor is None or subj.actor.is_generic:
        return None
    return subj.actor


def _past_leading(toks: list[Token], k: int, stop: int) -> int:
    """The first token from k (before `stop`) that is not `that` or a clause-leading word."""
    while k < stop and toks[k].lower in ("that", *LEADING_WORDS):
        k += 1
    return k


def _clause_subject(
    text: str, toks: list[Token], start: int, i: int, doc: DocActors, ref: Reference
) -> Actor | None:
    """The subject of the clause holding the act, when the act is not its main verb (`said Tajik
    forces had used mortars to attack ...`): the noun phrase before the clause's first auxiliary."""
    k = _past_leading(toks, start, i)
    aux = next((j for j in range(k + 1, i) if toks[j].lower in CLAUSE_AUX), None)
    if aux is None:
        return None
    subj = subject_before(text, toks, aux, doc, ref)
    return subj.actor if subj is not None and subj.start >= toks[k].start else None


COORDINATOR = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?$")
LIST_COMMA = re.compile(r",\s+(?:the\s+)?")


def conjuncts(text: str, m_start: int, m_end: int, doc: DocActors) -> list[Actor]:
    """The named actors coordinated with the one named at [m_start, m_end), in text order:
    `Kenya and Ethiopia`, `China, Brazil and India`, `Baghdad and Erbil` (at most four)."""
    out: list[Actor] = []
    start = m_start
    for step in range(3):
        before = [m for m in doc.within(max(0, start - 80), start) if m.mention_type != "demonym"]
        gap = text[before[-1].end : start] if before else ""
        # "China, Brazil and India": past the last `and`, a bare comma still coordinates
        if not before or not (COORDINATOR.match(gap) or (step and LIST_COMMA.fullmatch(gap))):
            break
        out.insert(0, before[-1].actor)
        start = before[-1].start
    here = next((m.actor for m in doc.within(m_start, m_end)), None)
    if here is not None:
        out.append(here)
    seen: list[Actor] = []
    for a in out:
        if all(a.key != b.key for b in seen):
            seen.append(a)
    return seen


def _first_conjunct(text: str, subj, doc: DocActors) -> Actor | None:  # noqa: ANN001
    """A coordinated subject acts through its first conjunct (`The United States and the
    United Nations urged ...` -> United States), as gold codes it."""
    if subj.mention is None:
        return subj.actor
    parts = conjuncts(text, subj.mention.start, subj.mention.end, doc)
    return parts[0] if len(parts) > 1 else subj.actor


def _demonym_pair(toks: list[Token], i: int, ref: Reference) -> list[Actor]:
    """`Kyrgyz and Tajik border guards exchanged fire`: the two states a coordinated pair of
    country adjectives in the subject before toks[i] names (empty when there is none)."""
    lo = clause_start(toks, i, ref)
    for a in range(lo, i - 2):
        x, y = toks[a].text, toks[a + 2].text
        if toks[a + 1].lower == "and" and x in ref.demonyms and y in ref.demonyms and x != y:
            return [
                state_actor(c, ref) for c in (ref.demonyms[x], ref.demonyms[y])
            ]
    return []


def _demonym_subject(text: str, toks: list[Token], i: int, ref: Reference) -> Actor | None:
    """`Armenian units had fired at ...`, `Russian fighter jets flew ...`: a subject made of a
    country adjective and common nouns acts for that country's state."""
    j = _trim_aux(text, toks, i)
    words = toks[clause_start(toks, j, ref) : j]
    while words and (words[0].lower in DETERMINERS or words[0].lower in ("that", *LEADING_WORDS)):
        words = words[1:]
    if not 2 <= len(words) <= 5 or words[0].text not in ref.demonyms:
        return None
    if not all(w.text[:1].islower() for w in words[1:]):
        return None
    c = ref.demonyms[words[0].text]
    return state_actor(c, ref)


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "as", "if", "since", "until"})


def _owner_subject(
    text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference, s: Span
) -> Actor | None:
    """`Russia's defence ministry said its forces had hit ...`, `the Red Cross said its
    volunteers had distributed ...`: a subject owned by `its`/`their` acts for its owner, the
    speaker of the clause it is reported in (else the sentence's subject)."""
    j = _trim_aux(text, toks, i)
    lv = _light_verb(toks, j) if j == i else None
    if lv is not None:
        j = _trim_aux(text, toks, lv)  # "its forces had carried out two strikes"
    start = clause_start(toks, j, ref)
    k = _past_leading(toks, start, j)
    if not (0 < j - k <= 4 and toks[k].lower in POSSESSIVE_PRONOUNS):
        return None
    c = speech_cue_before(toks, start, ref)
    c = start - 1 if c is None else c
    if c > 0 and toks[c].lower == "that":
        c -= 1
    owner = None
    if c > 0 and toks[c].lower in ref.cues:
        subj = subject_before(text, toks, c, doc, ref)
        if subj is not None and subj.actor is not None:
            owner = subj.actor
    if owner is None:
        subj = sentence_subject(text, s, toks[k].start, doc)
        owner = subj.actor if subj is not None else None
    countrys = k + 2 < j and toks[k + 1].lower == "country" and toks[k + 2].lower in ("'s", "’s")
    if owner is not None and countrys:
        # "his country's troops had closed the border": the speaker's country, not the speaker
        cc = owner.country_code
        return owner if owner.actor_type == "state" else (
            state_actor(cc, ref) if cc else None
        )
    return owner


MEMBER_TYPES = frozenset({"group", "person", "criminal_group", "armed_forces"})


def _member_of(text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference) -> Actor | None:
    """`members of the Los Tiburones gang attacked`, `fighters from JNIM seized`: people of a
    named organisation act for it."""
    j = _trim_aux(text, toks, i)
    start = clause_start(toks, j, ref)
    for p in range(start + 1, j - 1):
        head = toks[p - 1].lower
        if toks[p].lower in ("of", "from") and (
            head in ("members", "member") or ref.generic.get(head) in MEMBER_TYPES
        ):
            for m in doc.within(toks[p + 1].start, toks[j - 1].end):
                if m.mention_type != "demonym" and m.actor.actor_type != "state" and not m.actor.is_generic:
                    return m.actor
            return None
    return None


def _infinitive_subject(text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference) -> Actor | None:
    """`X, which says ..., stopped deliveries to protest a tax`: an act in a purpose clause is
    done by the subject of the verb it depends on."""
    if i < 2 or toks[i - 1].lower != "to":
        return None
    k = clause_start(toks, i, ref)
    if not (0 < k < i - 1 and toks[k - 1].text == ","):
        return None
    subj = subject_before(text, toks, k, doc, ref)
    return subj.actor if subj is not None else None


def _partner(
    text: str, toks: list[Token], i: int, n: int, doc: DocActors, ref: Reference, actor: Actor | None
) -> Actor | None:
    """The other side of a two-sided act (reference data `reciprocal_triggers.csv`): the next
    conjunct of a coordinated subject (`Kenya and Ethiopia signed` -> Ethiopia), or the
    second of `between A and B`."""
    words = " ".join(t.lower for t in toks[i : i + n])
    if words not in ref.reciprocal or actor is None:
        return None
    pair = _demonym_pair(toks, i, ref)
    if pair and actor.country_code in (pair[0].country_code, pair[1].country_code):
        # "Cambodian and Thai soldiers exchanged fire": whichever side the actor was read as
        return pair[1] if pair[0].country_code == actor.country_code else pair[0]
    subj = subject_before(text, toks, i, doc, ref)
    if subj is not None and subj.mention is not None:
        parts = conjuncts(text, subj.mention.start, subj.mention.end, doc)
        rest = [a for a in parts if a.key != actor.key]
        if len(parts) > 1 and rest:
            return rest[0]
    return _unnamed_conjunct(toks, i, doc, ref, actor)


def _unnamed_conjunct(
    toks: list[Token], i: int, doc: DocActors, ref: Reference, actor: Actor
) -> Actor | None:
    """`Sudan's army and the paramilitary RSF signed`, `Haiti's transitional council and the
    Dominican Republic signed`, `Colombia's government and the FRS agreed`: a conjunct named by
    a generic noun its state owns (`generic_actor`) is the other party of a two-sided act. None
    when the subject has no such conjunct or it is the actor itself."""
    j = _trim_aux("", toks, i)
    lo = clause_start(toks, j, ref)
    ands = [k for k in range(lo, j) if toks[k].lower == "and"]
    if len(ands) != 1:
        return None
    for words in (toks[lo : ands[0]], toks[ands[0] + 1 : j]):
        if not words or any(not m.actor.is_generic for m in doc.within(words[-1].start, words[-1].end)):
            continue  # a named conjunct is `conjuncts`' to find
        gen = generic_actor(words, ref)  # without the document: only a state the words name
        a = named_party(gen[0], ref) if gen is not None else None
        if a is not None and a.key != actor.key:
            return a
    return None


SUBJECT_PRONOUNS = {"they": False, "it": False}  # pronoun -> may stand for a person
PRONOUN_OPENERS = frozenset({"but", "and", "then", "later", "earlier", "instead", "also"})


def _previous_subject(
    toks: list[Token], i: int, prior: list[Event], prev_start: int | None, here: int
) -> Actor | None:
    """`The Tiger Gang kidnapped two engineers. They have demanded a ransom.`: a sentence opened
    by a subject pronoun (`they`, `it`) whose act names no actor continues the previous
    sentence's topic: the actor of its first act, when that actor is no person. None when the
    pronoun does not open the sentence or the previous sentence reported no such act."""
    j = _trim_aux("", toks, i)
    lv = _light_verb(toks, j) if j == i else None
    if lv is not None:
        j = _trim_aux("", toks, lv)  # "They carried out a raid"
    p = j - 1
    if p < 0 or toks[p].lower not in SUBJECT_PRONOUNS or prev_start is None:
        return None
    if any(t.lower not in PRONOUN_OPENERS and t.text != "," for t in toks[:p]):
        return None
    first = None
    for ev in reversed(prior[-BACK_REFERENCE_LOOKBACK:]):
        if ev.evidence_start < prev_start:
            break
        if ev.evidence_start < here:
            first = ev  # walking back: the last one kept is the sentence's first act
    if first is None or first.actor is None or first.actor.is_generic:
        return None
    if first.actor.actor_type == "person" and not SUBJECT_PRONOUNS[toks[p].lower]:
        return None
    return first.actor


POSSESSIVE_MARKS = frozenset({"'s", "’s"})
OBJECT_PREPS = frozenset({"of", "on", "against", "into", "in"})


ANAPHOR_REACH = 3000  # characters searched back for the body `the association` stands for
ANAPHOR_OPENERS = frozenset({"that", "and", "but", ",", "while", "as", "because"})
CALLING_VERBS = frozenset({"called", "declared", "announced", "began", "started", "staged", "held"})


def _word_key(w: str) -> str:
    """A name word for comparing a noun with a name (`Ports` ~ `port`, `Authority` ~ `authority`)."""
    w = w.casefold().strip("’'")
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def _definite_body(
    text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference, speaker: Actor | None
) -> Actor | None:
    """`The association has called a strike`, `said the port authority had offered only 6%`:
    an unnamed definite subject (`the` + at most one modifier + a body noun, `actor_cues.csv`
    kind anaphor_body) opening a clause is the body named last before it (within
    ANAPHOR_REACH) whose name holds that noun (and the modifier, if any). Failing that, a
    collective noun (kind speaker_body: `the group`, `the coalition`) inside what a body or its
    spokesperson says is the body the speaker speaks for. None otherwise."""
    j = _trim_aux(text, toks, i)
    lv = _light_verb(toks, j) if j == i and toks[i].text[:1].islower() else None
    if lv is None and j == i:
        lv = next((k for k in range(j - 1, max(-1, j - 4), -1) if toks[k].lower in CALLING_VERBS), None)
        if lv is not None and any(not t.text[:1].islower() for t in toks[lv:j]):
            lv = None
    if lv is not None:
        j = _trim_aux(text, toks, lv)  # "the association has called an indefinite strike"
    while j > 0 and toks[j - 1].lower in SENTENCE_ADVERBS:
        j = _trim_aux(text, toks, j - 1)
    d = next((k for k in (j - 2, j - 3) if k >= 0 and toks[k].lower == "the"), None)
    if d is None or j - 1 <= d:
        return None
    words = toks[d + 1 : j]
    head = words[-1].lower
    phrase = " ".join(w.lower for w in words)
    team = phrase in ref.actor_cues.get("speaker_team", ()) or (
        len(words) == 1 and head in ref.actor_cues.get("speaker_team", ())
    )
    if (head not in ref.actor_cues.get("anaphor_body", ()) and not team) or not all(
        w.text.isalpha() for w in words
    ):
        return None
    if d > 0 and toks[d - 1].lower not in ANAPHOR_OPENERS and not _cue_word(toks[d - 1], ref):
        return None
    own = [m for m in doc.overlapping(toks[d].start, toks[j - 1].end) if not m.actor.is_generic]
    if own:
        # `the association` read back to its body by `definite_references`; any other mention is
        # a name of its own (`the European Commission`), left to the subject rules
        return next((m.actor for m in own if m.mention_type == "definite"), None)
    keys = {_word_key(w.text) for w in words}
    for m in reversed(doc.within(max(0, toks[d].start - ANAPHOR_REACH), toks[d].start)):
        a = m.actor
        if a.is_generic or a.actor_type in ("person", "state") or m.mention_type not in ("name", "alias"):
            continue
        if keys <= {_word_key(w) for w in a.name.split()}:
            return a
    if len(words) == 1 and head in ref.actor_cues.get("speaker_body", ()) and speaker is not None and (
        speech_cue_before(toks, d, ref) is not None
    ):
        if speaker.actor_type != "person":
            return None if speaker.is_generic else speaker
        from factpack.extract.roles import speaks_for  # here, not in the shared import block

        body = speaks_for(speaker, doc, ref, toks[i].start)
        if body is not None or not team:
            return body
    if team and speaker is not None and speaker.actor_type == "person" and not speaker.is_generic and (
        speech_cue_before(toks, d, ref) is not None
    ):
        # "his lawyer, X, said the defence would ask the judge": the speaker leads the team
        from factpack.extract.roles import speaks_for  # here, not in the shared import block

        return speaks_for(speaker, doc, ref, toks[i].start) or speaker
    return None


SERVICE_NOUNS = frozenset({"navy", "army", "military"})
SERVICE_REACH = 3000  # characters searched back for the state whose service `the navy` is


def _named_service(
    text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference, actor: Actor | None
) -> Actor | None:
    """`Sri Lanka's navy arrested 12 fishermen. ... The navy denied firing`: a bare `the navy`
    (`the army`, `the military`) subject is the armed forces of the state whose service of
    that name the text named last before it (`Sri Lanka's navy`, `the Sri Lankan navy`), not
    the story's home state's. None when no state's service was named, or it is the actor's."""
    j = _trim_aux(text, toks, i)
    if j < 2 or toks[j - 2].lower != "the" or toks[j - 1].lower not in SERVICE_NOUNS:
        return None
    if actor is not None and actor.actor_type != "armed_forces":
        return None
    service = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?" + toks[j - 1].lower + r"\b", re.I)
    for m in reversed(doc.within(max(0, toks[j - 2].start - SERVICE_REACH), toks[j - 2].start)):
        cc = m.actor.country_code
        if m.actor.actor_type != "state" or not cc or not service.match(text, m.end):
            continue
        if actor is not None and actor.country_code == cc:
            return None
        return Actor(f"{ref.country_names.get(cc, cc)} armed forces", "armed_forces", cc)
    return None


OWN_GOVERNMENT = ("the", "government")


def _speakers_government(
    text: str, toks: list[Token], i: int, ref: Reference, speaker: Actor | None, actor: Actor | None
) -> Actor | None:
    """`In Colombo, Sri Lanka's fisheries minister said the government would not release the
    trawlers` (a story placed in India): a bare `the government` opening what a person or a
    state body of one country says is that country's state, not the story's home state. None
    when the speaker has no country, is no official voice or already gives the actor."""
    j = _trim_aux(text, toks, i)
    if j < 2 or tuple(t.lower for t in toks[j - 2 : j]) != OWN_GOVERNMENT:
        return None
    if speaker is None or speaker.is_generic or not speaker.country_code:
        return None
    if speaker.actor_type not in ("person", "government_body", "state"):
        return None
    if speech_cue_before(toks, j - 2, ref) is None:
        return None
    cc = speaker.country_code
    if actor is not None and actor.country_code == cc:
        return None
    return state_actor(cc, ref)


def _act_owner(toks: list[Token], i: int, doc: DocActors, ref: Reference | None = None) -> Actor | None:
    """The named owner of the act noun at toks[i] (`Russia's strike`, `Israel's latest
    offensive`: at most two modifiers between), never for a verb form after `'s` (`Russia's
    attacked` is `has attacked`). None when no named owner precedes it."""
    if toks[i].text[:1].isupper() or (_verb_like(toks[i]) and not (
        i + 1 < len(toks) and toks[i + 1].lower == "of"
    )):
        return None
    k = i - 1
    while k > 0 and i - k <= 3 and (toks[k].text[:1].islower() or NUMBER_MODIFIER.match(toks[k].text)) and (
        toks[k].lower not in POSSESSIVE_MARKS
    ):
        if toks[k].lower in DETERMINERS:
            return None
        k -= 1
    if k < 1 or toks[k].lower not in POSSESSIVE_MARKS:
        return None
    owner = next((m for m in doc.within(max(0, toks[k].start - 80), toks[k].start)
                  if m.end == toks[k].start and m.mention_type != "demonym"), None)
    if owner is None and ref is not None and k >= 2 and toks[k - 2].lower in ROLE_OWNERS:
        # "the party's last street protest", "his party's planned strike": the definite body
        # noun refers back to the named body
        the = Token("the", toks[k - 2].start, toks[k - 2].end, "the")
        return resolve_role([the, toks[k - 1]], doc, ref, toks[k - 2].start)
    return None if owner is None or owner.actor.is_generic else owner.actor


ROLE_OWNERS = frozenset({"the", "his", "her", "its", "their"})
NUMBER_MODIFIER = re.compile(r"\d+-[a-z]+$")  # "48-hour"


def _owner_undergoes(toks: list[Token], i: int, owner: Actor, etype: str) -> bool:
    """`Otieno's arrest`, `the activist's release`: a person owning an act done to people with
    no object after it is the one it was done to."""
    has_object = i + 1 < len(toks) and toks[i + 1].lower in OBJECT_PREPS
    return owner.actor_type == "person" and etype in DONE_TO_TYPES and not has_object


def _possessor(
    toks: list[Token], i: int, doc: DocActors, etype: str, ref: Reference | None = None
) -> Actor | None:
    """`Russia's strike on Ukraine`, `Iran's seizure of the tanker`: the named owner of an act
    noun carries it out, unless it is the one the act was done to (`_owner_undergoes`)."""
    owner = _act_owner(toks, i, doc, ref)
    return None if owner is None or _owner_undergoes(toks, i, owner, etype) else owner


OWNED_BY = re.compile(r"\b(?:of|from|for)\s+(?:(?:the|a|an|its|their)\s+)?$")
HEAD_ENDS = re.compile(r"\s+(?:of|from|for|at|with|who|which|that)\s|,")


def _demonym_state(text: str, doc: DocActors, lo: int, hi: int) -> Actor | None:
    """The state a country adjective before the head noun of text[lo:hi] names (`three Chinese
    workers`; not `employees of a Canadian charity`), else None."""
    if OWNED_BY.search(text, max(0, lo - 12), lo):
        return None  # the subject read was the owner in `employees of a Canadian charity`
    cut = HEAD_ENDS.search(text, lo, hi)
    hi = cut.start() if cut else hi
    return next((m.actor for m in doc.within(lo, hi)
                 if m.mention_type == "demonym" and m.actor.actor_type == "state"), None)


CLAIMED_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:credit|responsibility)\b", re.I)
RESPONSIBILITY_TYPES = frozenset({"ASSAULT", "COERCE"})


def _claimed_by(
    text: str, toks: list[Token], s: Span, doc: DocActors, ref: Reference, prior: list[Event]
) -> None:
    """`Unidentified gunmen killed 12 worshippers ... JNIM claimed responsibility for the
    attack`: a named group claiming responsibility is the actor of the latest earlier attack
    whose actor was not known (updated in `prior`, within the last few events)."""
    m = CLAIMED_RESPONSIBILITY.search(text, s.start, s.end)
    if m is None:
        return
    k = next((j for j, t in enumerate(toks) if t.start >= m.start()), None)
    subj = subject_before(text, toks, k, doc, ref) if k else None
    who = named_party(subj.actor if subj is not None else None, ref)
    if who is None or who.actor_type == "state":
        return
    for idx in range(len(prior) - 1, max(-1, len(prior) - 1 - BACK_REFERENCE_LOOKBACK), -1):
        ev = prior[idx]
        if ev.event_type in RESPONSIBILITY_TYPES and ev.evidence_start < s.start:
            if ev.actor is None:
                prior[idx] = Event(**{**ev.__dict__, "actor": who})
            return


def _noun_agent(text: str, toks: list[Token], i: int, n: int, doc: DocActors, ref: Reference) -> Actor | None:
    """The doer an act noun at toks[i:i+n] names itself: a country adjective before it with
    only lower-case modifiers between (`a Russian drone attack`), else its `by` phrase (`an
    attack by Russian drones`). None for a verb form or when it names neither."""
    if _verb_like(toks[i]) or toks[i].text[:1].isupper():
        return None
    for k in range(i - 1, max(-1, i - 4), -1):
        ms = [m for m in doc.overlapping(toks[k].start, toks[k].end)
              if m.mention_type == "demonym" and m.actor.actor_type == "state"]
        if ms:
            return ms[0].actor
        if not toks[k].text[:1].islower() or toks[k].lower in DETERMINERS:
            break
    if i + n + 1 < len(toks) and toks[i + n].lower == "by":
        who = np_actor(text, toks, i + n + 1, doc, ref)
        if who is None:  # "by Russian drones": the country adjective of the agent
            hi = toks[min(len(toks) - 1, i + n + 3)].end
            who = _demonym_state(text, doc, toks[i + n + 1].start, hi)
        return who if who is not None and not (who.is_generic and who.country_code is None) else None
    return None


def _reports_own_nationals(
    actor: Actor | None, nationals: Actor | None, doc: DocActors, ref: Reference
) -> bool:
    """True when the state body `actor` (read from who reports an agentless act) is of the
    country whose people (`nationals`) underwent it, and that is not the story's home state."""
    who = named_party(actor, ref)
    if who is None or nationals is None or doc.home is None:
        return False
    return who.country_code == nationals.country_code != doc.home


PAIR_WORDS = (("the", "two"), ("the", "pair"), ("both", "men"), ("both", "women"))


def _pair_referent(toks: list[Token], pv: int, prior: list[Event]) -> Actor | None:
    """`The two were being questioned`, `the pair were accused of ...`: a passive whose subject
    is `the two`/`the pair` refers back to the people the latest earlier act was done to (its
    person target). None for another subject or when no such act was reported."""
    k = pv
    while k > 0 and toks[k - 1].lower in PASSIVE_AUX | PASSIVE_ADVERBS | {"had", "has", "have"}:
        k -= 1
    if k < 2 or (toks[k - 2].lower, toks[k - 1].lower) not in PAIR_WORDS:
        return None
    if k > 2 and toks[k - 3].text[:1].isalnum():
        return None  # "of the two": not the subject
    for ev in prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]:
        if ev.target is not None and ev.target.actor_type == "person":
            return ev.target
    return None


PARTITIVES = frozenset({"some", "several", "many", "most", "all", "one", "both", "each", "part", "dozens"})


def _speakers_own(
    text: str, toks: list[Token], i: int, k: int, doc: DocActors, ref: Reference, actor: Actor | None
) -> Actor | None:
    """`The Pakistani military said Indian troops had fired on its posts`: an object owned by
    `its` inside reported speech is the speaker's (the subject of the verb of speech the
    clause hangs on). None when the object is not so owned or the owner is the act's actor."""
    if k + 2 < len(toks) and toks[k + 1].lower == "of" and (
        toks[k].lower in NUMBER_WORDS or toks[k].text.isdigit() or toks[k].lower in PARTITIVES
    ):
        k += 2  # "shelled two of its positions", "hit some of its posts"
    if not any(toks[j].lower == "its" for j in (k - 1, k) if i < j < len(toks)):
        return None  # not `their`: people named in the clause own as often ("seized their laptops")
    start = clause_start(toks, _trim_aux(text, toks, i), ref)
    c = speech_cue_before(toks, _past_leading(toks, start, i), ref)
    if c is None or c == 0:
        return None
    subj = subject_before(text, toks, c, doc, ref)
    owner = named_party(subj.actor if subj is not None else None, ref)
    if owner is None or (actor is not None and (
        owner.key == actor.key or named_party(actor, ref) == owner
    )):
        return None
    return owner


EMPLOYED_AT = re.compile(r"\b(?:at|of|from|for)\s+(?:the\s+)?$")


LABOUR_BODY_WORDS = frozenset({"union", "congress", "association", "federation", "alliance", "syndicate"})


def _strike_parties(  # noqa: PLR0913
    text: str, toks: list[Token], i: int, s: Span, doc: DocActors, ref: Reference,
    actor: Actor | None, target: Actor | None,
) -> tuple[Actor | None, Actor | None]:
    """A labour strike is aimed at the employer: in `Pilots at Air India walked off the job`
    the company the strikers work at is the target, not the actor. (actor, target)."""
    mentions = doc.within(s.start, toks[i].start)
    m = next((m for m in mentions if actor is not None and m.actor.key == actor.key), None)
    if m is not None and m.actor.actor_type == "organization" and EMPLOYED_AT.search(
        text, max(s.start, m.start - 12), m.start
    ):
        actor, target = None, target or m.actor  # "Pilots at Air India walked off"
    if target is None:
        # "Air X cancelled all flights after technicians walked out", "The workers, employees
        # of X, have been on strike": the one company the sentence names is the employer
        civil = ref.actor_cues.get("civil_society", frozenset())
        firms = {
            m.actor.key: m.actor for m in doc.within(s.start, s.end)
            if m.actor.actor_type == "organization" and not m.actor.is_generic
            and (actor is None or m.actor.key != actor.key)
            and not any(w in civil or w.lower() in LABOUR_BODY_WORDS for w in m.actor.name.split())
        }
        if len(firms) == 1:
            target = next(iter(firms.values()))
    return actor, target


def _contact_relative_target(  # noqa: PLR0913
    text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference, prior: list[Event],
    actor: Actor | None,
) -> Actor | None:
    """`..., an accusation Cotonou has repeatedly rejected`: a stance in a relative clause with
    no pronoun (the act noun, its subject, the verb) is aimed at whoever did the act the noun
    names (`_back_reference`). None when the clause has no such shape."""
    j = _trim_aux(text, toks, i)
    while j > 0 and toks[j - 1].lower in SENTENCE_ADVERBS | {"repeatedly", "quickly", "strongly", "swiftly"}:
        j = _trim_aux(text, toks, j - 1)
    subj = subject_before(text, toks, j, doc, ref)
    if subj is None or subj.mention is None:
        return None
    k = next((x for x in range(j) if toks[x].start >= subj.start), None)
    if k is not None and k > 0 and toks[k - 1].lower == "the":
        k -= 1  # "a claim the Joint Command rejected"
    if k is None or k < 3 or toks[k - 2].lower not in ("a", "an", "the") or toks[k - 3].text != ",":
        return None
    hit = ref.triggers.get((toks[k - 1].lower,))
    if hit is None:
        return None
    for ev in prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]:
        if ev.event_type == hit[0] and ev.actor is not None:
            return ev.actor if actor is None or ev.actor.key != actor.key else None
    return None


def _person_before(doc: DocActors, pos: int, actor: Actor | None) -> Actor | None:
    """The named person mentioned last before `pos` (within PRONOUN_REACH), not `actor`."""
    for m in reversed(doc.within(max(0, pos - PRONOUN_REACH), pos)):
        a = m.actor
        if a.actor_type == "person" and not a.is_generic and (actor is None or a.key != actor.key):
            return a
    return None


def _main_act(toks: list[Token], i: int, s: Span, prior: list[Event]) -> Event | None:
    """The act a participle clause (`, accusing him of ...`) hangs on: the latest earlier act of
    the same sentence, with a named actor. None when toks[i] opens no such clause."""
    if not (i > 1 and toks[i].lower.endswith("ing") and toks[i - 1].text == ","):
        return None
    for ev in reversed(prior[-BACK_REFERENCE_LOOKBACK:]):
        if ev.trigger_start < s.start:
            return None
        if ev.trigger_start < toks[i].start and ev.actor is not None:
            return ev
    return None


CLAUSE_AUX = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will", "did"})


def _actor_for(
    text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference, etype: str, s: Span
) -> Actor | None:
    """Who carries out the act at toks[i]."""
    # a country modifier right before a noun trigger: "US airstrikes", "the US military buildup"
    for k in range(i - 1, max(-1, i - 3), -1) if etype in MODIFIER_ACTOR_TYPES else ():
        ms = [m for m in doc.overlapping(toks[k].start, toks[k].end) if m.actor.actor_type == "state"]
        if ms and ms[0].mention_type in ("demonym", "alias", "name"):
            return ms[0].actor
        if not toks[k].text[:1].islower():
            break
    accused = _accused_party(text, toks, i, doc, ref)
    if accused is not None:
        return accused
    owner = _possessor(toks, i, doc, etype, ref)
    if owner is not None:
        return owner
    noun = toks[i].lower.endswith(NOUN_ENDINGS) or (
        i > 0 and toks[i - 1].lower in NOMINAL_DETERMINERS and not _verb_like(toks[i])
    )  # "his arrest by gendarmes"
    if i + 1 < len(toks) and noun and toks[i + 1].lower == "by":
        # "after mediation by Italy", "an attack by the Grand Ravine gang": a noun's agent
        who = np_actor(text, toks, i + 2, doc, ref)
        if who is None or who.is_generic:
            who = _led_by(text, toks, i + 2, doc, ref) or who
        if who is not None and not who.is_generic:
            return who
    # a participle or a coordinated verb shares the sentence's subject:
    # "X rejected the results, accusing Y of ..." / "She said ... and called on supporters"
    joined = i > 0 and (
        toks[i - 1].lower == "and" or (toks[i].lower.endswith("ing") and toks[i - 1].text == ",")
    )
    if joined and etype in MATERIAL_TYPES and _after_speech(toks, i, ref):
        # "X said Thai artillery had hit two villages, killing a farmer", "said troops had
        # repelled an attack and captured 40 fighters": the content clause's own subject
        inner = _content_subject(text, toks, i, doc, ref)
        if inner is not None:
            return inner
    if joined and (etype not in MATERIAL_TYPES or not _after_speech(toks, i, ref)):
        subj = _unquoted_subject(text, s, toks[i].start, doc)
        if subj is None:
            # "The labour ministry said ... and urged workers": no name opens the sentence;
            # the subject of its first verb of speech, an unnamed body, is the one acting
            c = next((k for k in range(i) if _cue_word(toks[k], ref)), None)
            subj = subject_before(text, toks, c, doc, ref) if c else None
        if subj is not None:
            return subj.actor
    rel = _relative_antecedent(text, toks, i, doc, ref)
    if rel is not None:
        return rel
    pair = _demonym_pair(toks, i, ref)
    if pair:
        return pair[0]
    owner = _owner_subject(text, toks, i, doc, ref, s)
    if owner is not None:
        return owner
    member = _member_of(text, toks, i, doc, ref)
    if member is not None:
        return member
    subj = subject_before(text, toks, _before_manner(toks, i), doc, ref)
    if subj is not None and subj.actor is not None:
        return _first_conjunct(text, subj, doc)
    purpose = _infinitive_subject(text, toks, i, doc, ref)
    if purpose is not None:
        return purpose
    start = clause_start(toks, i, ref)
    inner = _clause_subject(text, toks, start, i, doc, ref)
    if inner is not None:
        return inner
    country = _demonym_subject(text, toks, i, ref)
    if country is not None:
        return country
    # the first actor named after the last cue verb, else the first of the clause; never one
    # named before a verb of speech or stance ("Ukraine's ministry said Russian drones struck
    # ...": the speaker is not the actor); a verb whose object is the act ("declared the
    # airspace closed") does not stop the search
    stops = {",", ";", ":", "(", ")"}
    bound = next(
        (k for k in range(start - 1, -1, -1) if toks[k].text in stops and not _acronym_paren(toks, k)), -1
    ) + 1
    crosses_cue = any(
        t.text[:1].islower() and ref.cues.get(t.lower, ("", ""))[1] in ("speech", "stance")
        for t in toks[bound:start]
    )
    own_clause = crosses_cue or (start > 0 and toks[start - 1].lower in SUBORDINATORS)
    said = [
        k
        for k in range(start, i)
        if toks[k].text[:1].islower() and ref.cues.get(toks[k].lower, ("", ""))[1] in ("speech", "stance")
    ]
    if said:
        # "He said talks on a peace deal would begin": the speaker before the verb of speech
        # is not the act's actor; only an actor named after it can be; "told the AP that
        # officers of X seized ...": nor the one spoken to, before `that`
        start, own_clause = said[-1] + 1, True
        start = next((k + 1 for k in range(start, i) if toks[k].lower == "that"), start)
    for lo in (start,) if own_clause else (start, bound):
        for m in doc.within(toks[lo].start if lo < len(toks) else 0, toks[i].start):
            if m.mention_type != "demonym" and not possessive(text, m):
                return m.actor
    # passive: "... by X"
    for k in range(i + 1, min(len(toks) - 1, i + 6)):
        if toks[k].lower == "by":
            m = mention_after(doc, toks[k + 1].start, toks[min(len(toks) - 1, k + 6)].end, None)
            return m.actor if m else None
    return None


def _acronym_paren(toks: list[Token], k: int) -> bool:
    """Whether the bracket at toks[k] encloses one capitalised word, a name's acronym
    (`The X Mission in Y (XMY) in a statement called on ...`): no clause boundary."""
    if toks[k].text == ")":
        return k >= 2 and toks[k - 2].text == "(" and toks[k - 1].text[:1].isupper()
    if toks[k].text == "(":
        return k + 2 < len(toks) and toks[k + 2].text == ")" and toks[k + 1].text[:1].isupper()
    return False


DATELINE_LEAD = re.compile(  # `ISLAMABAD, Pakistan, Nov. 22 (UPI) --`, `GOMA, Congo, Nov 28 (Reuters) -`
    r"[A-Z][A-Z.'’\-]{2,}(?: [A-Z][A-Z.'’\-]+)*,[^\n()]{0,60}?(?:\([^()\n]{1,30}\))?\s*(?:--|[-–—])\s+"
)


BODY_OWNERS = frozenset({"group", "organization", "criminal_group", "armed_forces", "government_body"})
ORGAN = re.compile(
    r"[’']s\s+(?:[a-z\-]+\s+){0,2}(?:command|leadership|wing|committee|council|secretariat|politburo|"
    r"executive|board|management|headquarters|bureau)\b"
)


def _unquoted_subject(text: str, s: Span, before: int, doc: DocActors) -> Subject | None:
    """The sentence's subject outside its quotations and dateline: `"We will not let Minsk
    ...," the prime minister said, accusing Belarus of ...` is the speaker's act, not Minsk's."""
    d = DATELINE_LEAD.match(text, s.start)
    if d is not None and d.end() < before:
        s = Span(d.end(), s.end)  # `ISLAMABAD, Pakistan, Nov. 22 (UPI) --`: a place, not the subject
    quotes = quotations(text, s)
    subj = sentence_subject(text, s, before, doc)
    comma = _fronted_comma(text, s, before)
    if subj is not None and comma is not None and subj.start < comma:
        # "Addressing parents at the school, the governor said ... and pleaded": a name in a
        # fronted phrase is not the subject
        subj = sentence_subject(text, Span(comma + 1, s.end), before, doc)
    while subj is not None and in_quotes(subj.start, quotes):
        subj = sentence_subject(text, Span(subj.end, s.end), before, doc)
    for m in doc.within(s.start, subj.start if subj is not None else before):
        if m.actor.actor_type in BODY_OWNERS and not in_quotes(m.start, quotes) and ORGAN.match(text, m.end):
            # "the ELN's central command said ... and accused": a body's organ speaks for it
            return Subject(m.actor, m.text, m.start, m.end, m)
    return subj


def _fronted_comma(text: str, s: Span, before: int) -> int | None:
    """The comma closing a phrase that opens the sentence with a preposition or a participle
    (`In a statement, ...`, `Addressing parents at the school, ...`), before `before`; None when
    the sentence opens otherwise."""
    words = text[s.start : s.end].split(maxsplit=1)
    first = words[0] if words else ""
    if not (first in FRONTED_OPENERS or (first[:1].isupper() and first.endswith("ing"))):
        return None
    comma = text.find(",", s.start, before)
    return comma if comma >= 0 else None


NOT_MANNER = frozenset({"early", "daily", "weekly", "monthly", "yearly", "likely", "family", "rally"})


def _before_manner(toks: list[Token], i: int) -> int:
    """Index of the verb at i moved left past manner adverbs (`X strongly condemned`, `Y firmly
    rejected`), so that the subject before them is found."""
    while i > 1 and toks[i - 1].text[:1].islower() and toks[i - 1].lower.endswith("ly") and (
        len(toks[i - 1].text) > 4 and toks[i - 1].lower not in NOT_MANNER
    ):
        i -= 1
    return i


ACT_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})
SENTENCE_ADVERBS = frozenset({"also", "then", "later", "reportedly", "allegedly", "apparently", "further"})


def _act_subject(text: str, toks: list[Token], i: int, ref: Reference, prior: list[Event]) -> Event | None:
    """The earlier event a definite act noun before the verb at i names (`the strikes also
    destroyed`, `the raid killed`): the latest reported act of that noun's type with an actor."""
    j = _trim_aux(text, toks, i)
    while j > 0 and toks[j - 1].lower in SENTENCE_ADVERBS:
        j = _trim_aux(text, toks, j - 1)
    if j < 2 or toks[j - 2].lower not in ACT_DETERMINERS:
        return None
    hit = ref.triggers.get((toks[j - 1].lower,))
    if hit is None:
        return None
    recent = prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]
    return next((ev for ev in recent if ev.event_type == hit[0] and ev.actor is not None), None)


DEAL_NOUNS = frozenset({"agreement", "deal", "accord", "contract", "pact", "treaty", "memorandum"})


def _deal_subject(toks: list[Token], pv: int, prior: list[Event]) -> Event | None:
    """The two-sided act a sentence opening with `the agreement`/`the deal` before a passive
    verb refers to: the latest AGREE or SUPPORT event with both an actor and a target."""
    opener = [t.lower for t in toks[: min(pv, 3)]]
    if not any(w in DEAL_NOUNS for w in opener) or not any(w in ("the", "this", "that") for w in opener):
        return None
    recent = [
        ev for ev in prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]
        if ev.evidence_start < toks[0].start and ev.actor and ev.target and ev.actor.key != ev.target.key
    ]  # an earlier sentence's deal: an agreement first, else a signing or backing
    return next((ev for ev in recent if ev.event_type == "AGREE"), None) or next(
        (ev for ev in recent if ev.event_type == "SUPPORT"), None
    )


# material acts: joined by `and` after `X said that ...`, they belong to the content clause
# (a verbal act so joined is the speaker's own: `X said that ... and urged Y to ...`)
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID", "SANCTION"})


def _after_speech(toks: list[Token], i: int, ref: Reference) -> bool:
    """A verb of speech or stance comes before toks[i] in its sentence, followed by `that`
    (`X told the AP that officers took ... and seized ...`) or by a clause with its own subject
    and auxiliary (`X said navy sailors had fired ... and rammed ...`): the verb at i is in the
    content clause, so the sentence's subject (the speaker) is not its subject."""
    cues = [
        k for k in range(i - 1, -1, -1)
        if toks[k].text[:1].islower() and ref.cues.get(toks[k].lower, ("", ""))[1] in ("speech", "stance")
    ]
    if not cues:
        return False
    if any(t.lower == "that" for t in toks[cues[0] + 1 : i]):
        return True
    for cue in cues:
        # a content clause without `that` whose own subject (no pronoun: it may be the
        # speaker) comes before its auxiliary
        aux = next((k for k in range(cue + 1, i) if toks[k].lower in CLAUSE_AUX), None)
        if aux is not None and aux > cue + 1 and all(
            t.lower not in CONTENT_PRONOUNS and t.text not in {",", ";", ":"} for t in toks[cue + 1 : aux]
        ):
            return True
    return False


CONTENT_SUBJECT_WORDS = 5  # words of a content clause's subject before its auxiliary


def _content_subject(text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference) -> Actor | None:
    """The subject of the content clause a joined act at toks[i] belongs to (`said Thai
    artillery had hit two villages, killing ...`): the words between the last verb of speech
    (and `that`) and the clause's first auxiliary, read as a named actor (no demonym alone, no
    possessive) or a generic phrase tied to a state (`Thai artillery`, `government troops`).
    None when there is no such clause or its subject names no party."""
    cue = next(
        (k for k in range(i - 1, -1, -1)
         if toks[k].text[:1].islower() and ref.cues.get(toks[k].lower, ("", ""))[1] == "speech"),
        None,
    )
    if cue is None:
        return None
    lo = cue + 2 if cue + 1 < i and toks[cue + 1].lower == "that" else cue + 1
    aux = next((k for k in range(lo, i) if toks[k].lower in CLAUSE_AUX), None)
    if aux is None or not 0 < aux - lo <= CONTENT_SUBJECT_WORDS:
        return None
    words = toks[lo:aux]
    if any(t.text in {",", ";", ":"} or t.lower in CONTENT_PRONOUNS for t in words):
        return None
    named = [
        m for m in doc.within(words[0].start, words[-1].end)
        if m.mention_type != "demonym" and not m.actor.is_generic and not possessive(text, m)
    ]
    if named:
        return named[0].actor
    gen = generic_actor(words, ref, doc, text)
    if gen is not None and gen[0] is not None and not gen[0].is_generic:
        return gen[0]
    lead = [w for w in words if w.lower not in DETERMINERS]
    if 2 <= len(lead) and lead[0].text in ref.demonyms and all(w.text[:1].islower() for w in lead[1:]):
        c = ref.demonyms[lead[0].text]  # `Thai artillery`: a country adjective and common nouns
        return state_actor(c, ref)
    return None


CONTENT_PRONOUNS = frozenset(
    {"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our", "my"}
)


DEMONYM_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
OBJECT_LEAD = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "with", "to", "against", "on", "at", "upon", "between"}
)
BACK_REFERENCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
BACK_REFERENCE_LOOKBACK = 50  # events searched back for the act a stance refers to


def _object_span(toks: list[Token], i: int, n: int, end: int) -> tuple[int, int]:
    """Token range of the noun phrase right after the trigger (its object, or the object of
    the frame's preposition: `sanctions on X`, `talks with X`, `fired at X`)."""
    k = i + n
    while k < len(toks) and toks[k].start < end and toks[k].lower in OBJECT_LEAD:
        k += 1
    e = k
    while (
        e < len(toks)
        and toks[e].start < end
        and e - k < 8
        and (toks[e].text[:1].isalnum() or toks[e].text in ("'s", "’s", "-"))
        and toks[e].lower not in NP_STOP
        and toks[e].lower != "of"
    ):
        e += 1
    return k, e


RECIPROCAL_OBJECTS = (("each", "other"), ("one", "another"))
RECIPROCAL_REACH = 3  # words between an act and its `each other` ("accused each other", "blamed one another")


def _each_other(toks: list[Token], k: int) -> bool:
    """`A and B accused each other of ...`: a reciprocal object within a few words after the
    act makes it two-sided, whatever the verb."""
    for j in range(k, min(k + RECIPROCAL_REACH, len(toks) - 1)):
        if (toks[j].lower, toks[j + 1].lower) in RECIPROCAL_OBJECTS:
            return True
        if not toks[j].text[:1].isalnum():
            return False
    return False


MEDIATED_TYPES = frozenset({"state", "armed_forces", "group", "organization", "government_body"})


def _mediates(mode: str | None) -> bool:
    """A third-party act (`mediated by Qatar`, `brokered by`): its target is the parties it
    goes between."""
    return mode == "third-party"


def _mediated_party(prior: list[Event], ref: Reference, mediator: Actor | None) -> Actor | None:
    """The parties a mediation with no named party goes between: those of the latest
    two-sided act, else of the latest act of one party against another (not the mediator's)."""
    pair = last_two_sided(prior, ref)
    if pair is None:
        pair = next(
            (
                (e.actor, e.target) for e in prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]
                if e.actor is not None and e.target is not None and e.actor.key != e.target.key
                and e.actor.actor_type in MEDIATED_TYPES and e.target.actor_type in MEDIATED_TYPES
            ),
            None,
        )
    if pair is None:
        return None
    keys = {a.key for a in pair}
    if mediator is not None and mediator.key in keys:
        return None
    return pair[0]


RELEASE_WORDS = frozenset({"release", "releasing", "freedom", "freeing"})
RELEASED_WORDS = frozenset({"released", "freed", "free"})
RELEASE_REACH = 8  # words after a demand searched for what it asks for ("for the immediate release")


def _holder(
    toks: list[Token], i: int, k: int, end: int, prior: list[Event], held: Actor | None, actor: Actor | None
) -> Actor | None:
    """A demand for someone's release (`demanded his immediate release`, `called for X to be
    freed`) is addressed to whoever holds them: the doer of the latest earlier arrest or
    abduction of that person (`held`), else of the latest one (not a person, not the demand's
    own actor). None when the demand asks for no release or the story reports no such act."""
    words = [t.lower for t in toks[i + 1 : k + RELEASE_REACH] if t.start < end]  # trigger's own words too
    asks = any(w in RELEASE_WORDS for w in words) or any(
        a in ("be", "to") and b in RELEASED_WORDS for a, b in zip(words, words[1:], strict=False)
    )
    if not asks:
        return None
    holds = [
        e for e in prior
        if e.event_mode in HOLDING_MODES and e.actor is not None and e.actor.actor_type != "person"
        and (actor is None or e.actor.key != actor.key)
    ]
    same = [e for e in holds if held is not None and e.target is not None and e.target.key == held.key]
    holds = same or holds
    return holds[-1].actor if holds else None


FORCES_STANCE_TYPES = frozenset({"ACCUSE", "REJECT"})  # condemnations, complaints, protests, rejections


def _forces_state(target: Actor | None, doc: DocActors, ref: Reference, start: int, end: int) -> Actor | None:
    """A stance on an act by a foreign state's armed forces that does not name them
    (`condemned the strike`, `called the seizure an act of piracy`, `would file a complaint`)
    is aimed at their state: `<Country> armed forces` of another country than the story's
    home becomes that country. Forces named in the clause (`accused the army of ...`) and
    the home country's own (a coup, a civil war) stay as they are."""
    if target is None or target.actor_type != "armed_forces" or not target.country_code:
        return target
    cc = target.country_code
    state = ref.country_names.get(cc, cc)
    if cc == doc.home or target.name != f"{state} armed forces":
        return target
    if any(m.actor.country_code == cc for m in doc.within(start, end)):
        return target  # the forces or their state named in the clause ("accused Chile's navy of")
    return Actor(state, "state", cc)


def _attackers(  # noqa: PLR0913
    toks: list[Token], i: int, n: int, end: int, s: Span, prior: list[Event],
    actor: Actor | None, ref: Reference,
) -> Actor | None:
    """Fighters an act is done to with no group named (`killed more than 30 militants`,
    `captured 40 fighters`, `pursued the attackers and killed three of them`; reference data
    `actor_cues.csv` kind `combatants`) are those of the armed group of the latest earlier
    attack (not the act's own actor). None for any other object or with no such attack."""
    k, e = _object_span(toks, i, n, end)
    words = [t.lower for t in toks[k:e]]
    fighters = ref.actor_cues.get("combatants", frozenset())
    named = bool(words) and words[-1] in fighters
    if not named and e + 1 < len(toks) and toks[e].lower == "of" and toks[e + 1].lower == "them":
        # "three of them": fighters named before in the sentence
        j = i - 1
        while j >= 0 and toks[j].start >= s.start and toks[j].lower not in fighters:
            j -= 1
        named = j >= 0 and toks[j].start >= s.start
    if not named:
        return None
    for ev in prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]:
        if (
            ev.event_type in ("ASSAULT", "COERCE") and ev.actor is not None and ev.actor.actor_type == "group"
            and (actor is None or ev.actor.key != actor.key)
        ):
            return ev.actor
    return None


INJURY_PARTICIPLES = frozenset({"injured", "wounded", "hurt"})
INJURED_BY_REACH = 4  # words between `injured by` and the act noun ("by protesters throwing stones")


def _injured_by(text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference) -> Actor | None:
    """`Nine officers were injured by stones thrown by protesters`: the subject of the passive
    injury before an act noun is that act's target (unnamed police or troops: the home state
    or its forces). None when the act follows no `injured by` or the subject names no party."""
    for j in range(i - 1, max(0, i - INJURED_BY_REACH) - 1, -1):
        if toks[j].lower == "by":
            if j < 1 or toks[j - 1].lower not in INJURY_PARTICIPLES:
                return None
            subj = subject_before(text, toks, j - 1, doc, ref)
            return named_party(_home_authority(subj.actor, doc, ref), ref) if subj is not None else None
        if not toks[j].text[:1].isalnum():
            return None
    return None


ENVOY_WORDS = frozenset({"ambassador", "envoy", "affaires", "commissioner", "consul", "consul-general"})
ENVOY_ACTS = frozenset({"ACCUSE", "SANCTION", "REDUCE", "REQUEST", "PROTEST", "REJECT"})
ENVOY_REACH = 6  # words from a diplomatic act to its envoy ("summoned the acting high commissioner")
OWN_ENVOY = frozenset({"its", "his", "her", "their", "our"})
HOST_PREPS = frozenset({"to", "from", "in"})


def _envoy_state(  # noqa: PLR0913
    toks: list[Token], i: int, n: int, end: int, doc: DocActors, ref: Reference, actor: Actor | None
) -> Actor | None:
    """An act on an envoy is an act on a state: a foreign envoy (`summoned Chile's ambassador,
    X`, `the Iranian ambassador`) stands for the state that sent them, one's own envoy
    (`recalled its ambassador to Chile`, `its charge d'affaires from Kigali`) for the host state.
    None when no envoy word follows the act closely or no state is named with it."""
    j = next(
        (j for j in range(i + 1, min(i + n + ENVOY_REACH, len(toks)))
         if toks[j].start < end and toks[j].lower in ENVOY_WORDS),
        None,
    )
    if j is None:
        return None
    def other(a: Actor) -> bool:
        return a.actor_type == "state" and (actor is None or a.country_code != actor.country_code)
    before = [m for m in doc.within(toks[i].end, toks[j].start) if other(m.actor)]
    if before:
        return before[-1].actor
    for a in range(j - 1, i, -1):  # a state name or adjective read into the envoy's description
        for b in range(a + 1, min(a + 4, j + 1)):
            e = ref.gazetteer.get(" ".join(t.text for t in toks[a:b]))
            if e is not None and e.actor_type == "state" and e.country_code is not None:
                st = Actor(ref.country_names.get(e.country_code, e.name), "state", e.country_code)
                return st if other(st) else None
    own = any(t.lower in OWN_ENVOY for t in toks[i + 1 : j])
    if not own:
        return None
    k = j + 1
    while k < len(toks) and toks[k].start < end and k - j <= 3 and toks[k].lower not in HOST_PREPS:
        k += 1
    if k >= len(toks) or toks[k].lower not in HOST_PREPS:
        return None
    after = [m for m in doc.within(toks[k].end, min(end, toks[k].end + 40)) if other(m.actor)]
    if after:
        return after[0].actor
    for b in range(k + 2, min(k + 5, len(toks) + 1)):  # a host state read into the envoy's description
        e = ref.gazetteer.get(" ".join(t.text for t in toks[k + 1 : b]))
        if e is not None and e.actor_type == "state" and e.country_code is not None:
            st = Actor(ref.country_names.get(e.country_code, e.name), "state", e.country_code)
            return st if other(st) else None
    return None


def _co_party(text: str, toks: list[Token], i: int, s: Span, doc: DocActors, actor: Actor) -> Actor | None:
    """The party coordinated with the actor's mention before the act in its sentence."""
    ms = [m for m in doc.within(s.start, toks[i].start) if m.actor.key == actor.key]
    for m in ms[:1]:
        rest = [a for a in conjuncts(text, m.start, m.end, doc) if a.key != actor.key]
        if rest:
            return rest[0]
        after = [x for x in doc.within(m.end, min(toks[i].start, m.end + 60)) if x.mention_type != "demonym"]
        if after and re.match(r"\s+(?:and|or)\s+(?:the\s+)?$", text[m.end : after[0].start]):
            return after[0].actor if after[0].actor.key != actor.key else None
    return None


def _member_noun(t: Token, ref: Reference) -> bool:
    """`leaders`, `members`, `fighters`, `supporters`: people who belong to a body."""
    belong = ("members", "member", "leaders", "leader", "supporters")
    return t.lower in belong or ref.generic.get(t.lower) in ("person", "group")


# places a party holds: an act on them is aimed at that party (`hideouts of the Pakistani
# Taliban`, `positions of the army`, `the headquarters of the union`)
HELD_PLACES = frozenset(
    "hideouts hideout positions position camps camp bases base strongholds stronghold headquarters "
    "offices office posts outposts checkpoints checkpoint convoy convoys".split()
)


PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|from)\s+(?:the\s+)?$", re.I)
# verbal acts whose place is no party (a meeting `in Colombo` is hosted by Sri Lanka, troops
# deployed `in` a country are aimed at it: those types keep the place as their target)
PLACE_NOT_PARTY_TYPES = frozenset({"AGREE", "SUPPORT", "ACCUSE", "REJECT", "REQUEST", "CONCEDE", "COOPERATE"})


TAIL_SPEAKER = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,9}\)\s*)?,?\s*([a-z]+)\b")
# `..., Lebanon's health ministry said`, `..., the UN's humanitarian office (OCHA) said`: the
# speaker's owner before its body, up to three lower-case words, an acronym, then the verb
OWNER_TAIL = re.compile(r"[’']s\s+(?:[a-z][a-z\-]*\s+){1,3}(?:\([A-Z][A-Za-z]{1,9}\)\s*)?([a-z]+)\b")


def _attribution_tail(text: str, m: Mention, ref: Reference) -> int | None:
    """`..., the rights group (LTDH) said.`: the speaker of a trailing attribution (a comma
    before the name, a verb of speech right after it) is no party to the act it reports. The
    end of the attribution (its verb), or None when the mention opens none."""
    if not re.search(r",\s*(?:the\s+|an?\s+)?[^,]*$", text[max(0, m.start - 40) : m.start]):
        return None
    for rx in (TAIL_SPEAKER, OWNER_TAIL):
        v = rx.match(text, m.end)
        if v is not None and ref.cues.get(v.group(1), ("", ""))[1] == "speech":
            return v.end()
    return None


def _place_phrase(text: str, m: Mention) -> bool:
    """A state named as the place of an act (`in Seoul`, `near Ulaanbaatar`, `in the Qatari
    capital Doha`), not its party."""
    return m.actor.actor_type == "state" and bool(
        PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)
        or NAMED_PLACE_BEFORE.search(text, max(0, m.start - 40), m.start)
    )


# `in the Qatari capital Doha`, `at the port city Mombasa`: a place noun right before the name
NAMED_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|from)\s+the\s+(?:\S+\s+){0,2}(?:capital|city|town|port|village)\s+$", re.I
)


OWNED_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|off)\s+(?:the\s+)?$", re.I)
OWNED_PLACE_AFTER = re.compile(
    r"[’']s\s+(?:[\w\-]+\s+){0,3}?(?:province|region|district|county|governorate|state|coast|"
    r"coastline|city|town|village|capital|territory|waters|border|area)\b"
)


def _owned_place(text: str, m: Mention) -> bool:
    """`killed 11 people in Afghanistan's Paktika province`, `a boat off Venezuela's coast`: a
    state named as the owner of the place an act happened in is its location, not its target
    (`fired mortar rounds into Rwanda's Rubavu district` is aimed at it: `into` is no place)."""
    return (
        m.actor.actor_type == "state"
        and bool(OWNED_PLACE_BEFORE.search(text, max(0, m.start - 12), m.start))
        and OWNED_PLACE_AFTER.match(text, m.end) is not None
    )


# nouns that name an act without naming its kind: a stance on them is on the latest act
GENERIC_ACT_NOUNS = frozenset({"measures", "measure", "move", "moves", "decision", "step", "steps", "action"})
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"})


THIRD_PARTY_TYPES = frozenset({"REQUEST", "SUPPORT", "AID"})
BOTH_SIDES = re.compile(
    r"\s+(?:on\s+|to\s+|with\s+|between\s+|among\s+)?(?:both|the\s+two|all)\s+"
    r"(?:sides|parties|countries|neighbou?rs|nations|governments|states|capitals)\b"
)


STATE_SIDES = frozenset(
    {"countries", "nations", "governments", "states", "capitals", "neighbours", "neighbors"}
)
SIDES_MENTIONS = 3  # mentions of each of two states that make "both sides" those states
STATES_LOOKBACK = 6000  # characters of the story counted for its two states (keeps extraction linear)


def _named_states(doc: DocActors, pos: int, actor: Actor | None, least: int = 1) -> Actor | None:
    """The state the story names most before pos, other than the act's own actor's country; None
    unless it names at least two states at least `least` times each."""
    counts: dict[str, int] = {}
    states: dict[str, Actor] = {}
    for m in doc.within(max(0, pos - STATES_LOOKBACK), pos):
        if m.actor.actor_type == "state" and m.actor.country_code:
            counts[m.actor.key] = counts.get(m.actor.key, 0) + 1
            states.setdefault(m.actor.key, m.actor)
    if sum(1 for c in counts.values() if c >= least) < 2:
        return None
    own = actor.country_code if actor is not None else None
    ranked = sorted(counts, key=lambda key: -counts[key])  # stable: ties keep the first named
    return next((states[key] for key in ranked if states[key].country_code != own), None)


def _both_sides(
    text: str, toks: list[Token], k: int, end: int, prior: list[Event], actor: Actor | None,
    doc: DocActors | None = None,
) -> Actor | None:
    """`called on both sides to ...`, `mediated a ceasefire between the two neighbours`: the
    parties are those of the latest act with an actor and a target (the first of them that
    is not the act's own actor)."""
    near = [j for j in range(k, min(len(toks), k + 4)) if toks[j - 1].start < end]
    hits = [h for h in (BOTH_SIDES.match(text, toks[j - 1].end) for j in near) if h is not None]
    if k > len(toks) or not hits:
        return None
    noun = hits[0].group(0).split()[-1].lower()
    if doc is not None and (noun in STATE_SIDES or noun == "sides"):
        # "urged both countries to ...": the two states the story names most; "both sides" too
        # when the story is about two states (each named a few times), not a strike's parties
        side = _named_states(doc, toks[k - 1].start, actor, 1 if noun in STATE_SIDES else SIDES_MENTIONS)
        if side is not None:
            return side
    recent = prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]
    ev = next(
        (ev for ev in recent if ev.actor and ev.target and ev.actor.key != ev.target.key
         and ev.event_type not in THIRD_PARTY_TYPES),
        None,
    )  # a dispute's sides: not a third party's appeal, backing or aid
    if ev is None:
        return None
    return ev.actor if actor is None or ev.actor.key != actor.key else ev.target


STEM = 4  # letters a noun and its verb share (`attack`/`attacked`, `arrest`/`arrested`)


def _back_reference(
    toks: list[Token], k: int, e: int, ref: Reference, prior: list[Event], actor: Actor | None
) -> Actor | None:
    """`condemned the detention`, `rejected the demand`: a stance on an act the story already
    reported is aimed at whoever carried that act out."""
    if e <= k or toks[k - 1].lower not in ("the", "this", "these", "that") if k > 0 else True:
        return None
    hit = ref.triggers.get((toks[e - 1].lower,))
    recent = prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]  # the latest few: extraction stays linear
    if hit is None and toks[e - 1].lower in GENERIC_ACT_NOUNS:
        # "condemned the measures", "welcomed the decision": the latest act of another party, a
        # material one (the sanctions) before a verbal one (talks about them)
        others = [ev for ev in recent if ev.event_type not in STANCE_TYPES and ev.actor is not None
                  and (actor is None or ev.actor.key != actor.key)]
        ev = next((ev for ev in others if ev.event_type in MATERIAL_TYPES), others[0] if others else None)
        return ev.actor if ev is not None else None
    if hit is None:
        return None
    same = [ev for ev in recent if ev.event_type == hit[0] and ev.actor is not None]
    # "condemned the attack" after an ambush and a shelling: the act the same word reported
    # ("militants attacked a base ... troops repelled the attack and killed 30": the attack,
    # not the reply), else the act of the same kind (mode) the noun names, else the latest
    stem = toks[e - 1].lower[:STEM]
    ev = next((ev for ev in same if ev.trigger.lower().startswith(stem)), None) or next(
        (ev for ev in same if ev.event_mode == hit[1]), same[0] if same else None
    )
    if ev is None:
        return None
    return ev.actor if actor is None or ev.actor.key != actor.key else None


def _object_actor(
    text: str, toks: list[Token], k: int, e: int, doc: DocActors, ref: Reference, actor: Actor | None
) -> Actor | None:
    """The actor the object noun phrase names: a named actor in it, else a country modifier
    (`attack Kyrgyz villages`, `fired at Azerbaijani positions`), else a definite role that
    resolves to a named actor (`with the unions`), else a generic head tied to a state."""
    if e <= k:
        return None
    lo, hi = toks[k].start, toks[e - 1].end
    ms = [m for m in doc.within(lo, hi) if (actor is None or m.actor.key != actor.key)]
    ms = [m for m in ms if party_mention(text, m)]
    named = [m for m in ms if m.mention_type != "demonym"]
    if not named:
        # "accused the opposition African Party for the Renewal of X (PARGB) of ...": a name that
        # opens inside the object phrase and runs past its last word is the object
        named = [
            m for m in doc.overlapping(lo, hi)
            if lo <= m.start < hi < m.end and m.mention_type in ("name", "alias")
            and (actor is None or m.actor.key != actor.key) and party_mention(text, m)
        ]
    if named:
        return _np_head(text, named).actor
    holder = _apposed_holder(text, toks, k, e, doc, ref, actor)
    if holder is not None:
        return holder
    if e + 1 < len(toks) and toks[e].lower in ("of", "from") and (
        _member_noun(toks[e - 1], ref) or toks[e - 1].lower in HELD_PLACES
    ):
        # "arrested two leaders of the union", "killed three members of the gang": the body
        # whose people they are
        body = np_actor(text, toks, e + 1, doc, ref)
        if body is None or body.is_generic:
            # "two leaders of the union": the definite body noun refers back to the named body
            body = resolve_role(toks[e + 1 : e + 3], doc, ref, toks[e + 1].start) or body
        if body is not None and not body.is_generic and (actor is None or body.key != actor.key):
            return body
    if e - k >= 2 and _member_noun(toks[e - 1], ref) and ref.generic.get(toks[e - 2].lower) == "organization":
        # "detained 14 union members": people of the body the noun before them refers back to
        the = Token("the", toks[e - 2].start, toks[e - 2].start, "the")
        body = resolve_role([the, toks[e - 2]], doc, ref, toks[e - 2].start)
        if body is not None and (actor is None or body.key != actor.key):
            return body
    if e + 1 < len(toks) and toks[e].text == ",":
        # "held a phone call with his Japanese counterpart, Takeshi Ono": the apposition
        after = [
            m for m in doc.overlapping(toks[e + 1].start, toks[e + 1].end) if m.actor.actor_type == "person"
        ]
        if after:
            return after[0].actor
    words = toks[max(0, k - 1) : e] if k > 0 and toks[k - 1].lower == "the" else toks[k:e]
    gen = None
    for end in range(len(words), 0, -1):
        gen = generic_actor(words[:end], ref, doc, text)
        if gen is not None:
            break
    if (
        words
        and words[0].lower == "the"
        and len(words) <= 3
        and not any(w.lower in ("'s", "’s") for w in words)
    ):
        # "with the unions"; not "the world's largest aircraft carrier" (a description)
        held = resolve_role(words, doc, ref, words[0].start)
        if held is not None and (actor is None or held.key != actor.key):
            return held
    owner = next((p for p, w in enumerate(words) if w.lower in ("'s", "’s")), None)
    if owner is not None and 2 <= owner <= 3 and words[0].lower == "the":
        # "blocked the group's website", "invited the federation's leaders": the definite
        # owner refers back to the named body
        held = resolve_role(words[:owner], doc, ref, words[0].start)
        if held is not None and (actor is None or held.key != actor.key):
            return held
    if gen is not None and gen[0] is not None and not gen[0].is_generic:
        return gen[0]
    states = [m for m in ms if m.actor.actor_type == "state"]
    if states:
        return states[0].actor
    if gen is not None and gen[0] is not None and (actor is None or gen[0].key != actor.key):
        return gen[0]
    return None


HEAD_GAP = re.compile(r"\s+(?:[a-z][a-z\-]*\s+){1,3}")  # `the UN peacekeeping mission MINUSCA`
NOT_IN_HEAD_GAP = frozenset({"and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "from",
                             "by", "than", "as", "the", "a", "an", "its", "their", "his", "her", "after"})


def _np_head(text: str, named: list[Mention]) -> Mention:
    """The name an object noun phrase is about: `the United Nations peacekeeping mission
    MINUSCA`, `the Reuters correspondent Ana Ruiz`, `the Shell subsidiary Nigeria Agip`: a name
    followed, after one to three lowercase nouns (no conjunction, preposition or article), by
    another name only modifies it; the last such name is the head. The first name otherwise."""
    head = named[0]
    for m in named[1:]:
        gap = HEAD_GAP.fullmatch(text, head.end, m.start)
        if gap is None or any(w in NOT_IN_HEAD_GAP for w in gap.group(0).split()):
            break
        head = m
    return head


HOLDER_PREPS = frozenset({"of", "in", "to", "at", "from", "for"})
HOLDER_REACH = 14  # words of `of the party (NCF)` / `in Zagreb` between a role noun and its holder
APPOSITION_ENDS = frozenset({",", ".", ";", ")", "—", "–"})


def _apposed_holder(
    text: str, toks: list[Token], k: int, e: int, doc: DocActors, ref: Reference, actor: Actor | None
) -> Actor | None:
    """`arrested the spokesman of the party (NCF), Rezaul Sarker,`, `summoned the ambassador
    in Zagreb, Vesna Kostic,`: a role noun whose holder is named in an apposition after its
    prepositional phrase is aimed at that person, not at the body the phrase names."""
    if e <= k or e >= len(toks) or toks[e].lower not in HOLDER_PREPS or not toks[e - 1].text[:1].islower():
        return None
    for j in range(e + 1, min(len(toks) - 1, e + HOLDER_REACH)):
        t = toks[j]
        if t.text == ",":
            ms = [m for m in doc.overlapping(toks[j + 1].start, toks[j + 1].end)
                  if m.start == toks[j + 1].start and m.actor.actor_type == "person"]
            if not ms or (actor is not None and ms[0].actor.key == actor.key):
                return None
            after = text[ms[0].end : ms[0].end + 2].lstrip()
            return ms[0].actor if after[:1] in APPOSITION_ENDS or not after else None
        if t.lower in NP_BOUNDARY_WORDS or t.lower in ("and", "or", "said") or _cue_word(t, ref):
            return None
        if not (t.text[:1].isalnum() or t.text in ("(", ")", "'s", "’s", "-", "'", "’")):
            return None
    return None


def _target_for(
    text: str,
    toks: list[Token],
    i: int,
    n: int,
    end: int,
    doc: DocActors,
    ref: Reference,
    actor: Actor | None,
    etype: str | None = None,
    prior: list[Event] | None = None,
) -> Actor | None:
    """Whom the act at toks[i:i+n] is directed at: a stance on an act already reported aims at
    that act's actor; else the actor its object noun phrase names; else the first actor named
    after it in the clause."""
    k, e = _object_span(toks, i, n, end)
    held = _pronoun_object(toks, i + n, doc, prior or [], actor)
    if held is not None:
        return held
    if _it_object(toks, i + n, etype):
        return _it_antecedent(text, toks, i, doc, prior or [], actor)
    bare, accused = accused_generic(toks, i, n, doc, ref)
    if bare:
        return accused
    if etype in BACK_REFERENCE_TYPES:
        back = _back_reference(toks, k, e, ref, prior or [], actor)
        if back is not None:
            return back
    sides = _both_sides(text, toks, i + n, end, prior or [], actor, doc)
    if sides is not None:
        return sides
    owner = _speakers_own(text, toks, i, k, doc, ref, actor)
    if owner is not None:
        return owner
    after = toks[i + n - 1].end
    if etype == "MOBILIZE" and _moved_units(toks, k, e, doc, ref):
        after = toks[e - 1].end  # the units moved are the mover's own: look past them
    else:
        obj = _object_actor(text, toks, k, e, doc, ref, actor)
        if obj is not None:
            return obj
    # the rest of the clause, up to a subordinate clause (", as demonstrations against ...")
    end = next(
        (
            toks[j].start
            for j in range(i + n + 1, len(toks))
            if toks[j].start < end and toks[j].lower in SUBORDINATORS and toks[j - 1].text == ","
        ),
        end,
    )
    tgt = mention_after(doc, after, end, actor, text)
    while tgt is not None and (
        (etype in PLACE_NOT_PARTY_TYPES and _place_phrase(text, tgt)) or _attribution_tail(text, tgt, ref)
    ):
        # "agreed to build a plant near Ulaanbaatar with X", "was signed in Seoul": a place;
        # "..., the rights group (LTDH) said": the speaker (and its acronym after it)
        skipped = tgt.actor.key
        tgt = mention_after(doc, _attribution_tail(text, tgt, ref) or tgt.end, end, actor, text)
        while tgt is not None and tgt.actor.key == skipped:
            tgt = mention_after(doc, tgt.end, end, actor, text)
    if tgt is not None and actor is None and _owned_place(text, tgt):
        # an unattributed act's place ("drone strikes killed 11 people in Afghanistan's Paktika
        # province"): no target, and what follows is another clause's; a foreign actor's strike
        # there ("Pakistani jets struck villages in Afghanistan's Khost province") is aimed at it
        return None
    if tgt is not None:
        return tgt.actor
    if etype in DEMONYM_TARGET_TYPES:
        # "imposed tariffs of up to 50% on a range of Brazilian goods": the country adjective
        for m in doc.within(toks[i + n - 1].end, end):
            if m.mention_type == "demonym" and m.actor.actor_type == "state":
                if actor is None or (m.actor.key != actor.key and m.actor.country_code != actor.country_code):
                    return m.actor
    return None


IT_OBJECT_FRAMES = {"ACCUSE": frozenset({"of", "for"}), "REQUEST": frozenset({"to"})}


def _it_object(toks: list[Token], k: int, etype: str | None) -> bool:
    """`accusing it of failing to protect civilians`, `blamed it for`, `ordered it to leave`:
    `it` as the object of an accusation or a demand (not `warned it would`, `rejected it`)."""
    frame = IT_OBJECT_FRAMES.get(etype or "")
    return (
        frame is not None and k + 1 < len(toks) and toks[k].lower == "it" and toks[k + 1].lower in frame
    )


def _it_antecedent(
    text: str, toks: list[Token], i: int, doc: DocActors, prior: list[Event], actor: Actor | None
) -> Actor | None:
    """The body `it` stands for as an object: the target (no person) of the latest act reported
    before it in the same sentence (`ordered MINUSCA to leave, accusing it of ...`), else the
    last body or state named before it in the sentence (not the act's actor, no person)."""
    here = toks[i].start
    for ev in reversed(prior):
        if not ev.evidence_start <= ev.trigger_start < here < ev.evidence_end:
            continue
        if ev.target is not None and ev.target.actor_type != "person" and not ev.target.is_generic and (
            actor is None or ev.target.key != actor.key
        ):
            return ev.target
    for m in reversed(doc.within(toks[0].start, here)):
        a = m.actor
        if a.actor_type == "person" or a.is_generic or m.mention_type in ("demonym", "pronoun"):
            continue
        if (actor is None or a.key != actor.key) and party_mention(text, m):
            return a
    return None


OFFER_REACH = 3  # words from an offer to the act offered (`offered to mediate`, `ready to help them`)


def _offer_to_mediate(toks: list[Token], k: int, ref: Reference) -> bool:
    """`has offered to mediate between the two`: the act offered is a third party's (a lexicon
    row of mode `third-party`, as `mediated`, `mediation`), made to both parties, not one."""
    for t in toks[k : k + OFFER_REACH]:
        for form in (t.lower, t.lower + "d", t.lower + "ed"):
            hit = ref.triggers.get((form,))
            if hit is not None and hit[1] == "third-party":
                return True
    return False


HOME_ORGANS = frozenset({"state", "government_body", "armed_forces"})


def _demanded_of_home(actor: Actor | None, doc: DocActors, ref: Reference) -> Actor | None:
    """The story's home state, as the one a demand naming no one is made to, when the demander
    is no organ of that state (a union, a party, a person, a foreign state or its embassy).
    None otherwise."""
    party = named_party(actor, ref)
    if party is None or not doc.home:
        return None
    if party.country_code == doc.home and party.actor_type in HOME_ORGANS:
        return None
    return state_actor(doc.home, ref)


def _offered_to_home(actor: Actor | None, doc: DocActors, ref: Reference) -> Actor | None:
    """The story's home state, as the one an offer by a party of another country (or of none:
    an international body) is made to. None when the offerer is of the home country or
    unknown, or the story has no home state."""
    party = named_party(actor, ref)
    if party is None or not doc.home or party.country_code == doc.home:
        return None
    return state_actor(doc.home, ref)


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
PRONOUN_REACH = 400  # characters searched back for the person `him`/`her` stands for
AFTER_OBJECT = frozenset({"on", "in", "at", "after", "for", "to", "from", "over", "with", "late", "early",
                          "last", "free", "and", "without", "until", "before", "as", "into"})


def _pronoun_object(
    toks: list[Token], k: int, doc: DocActors, prior: list[Event], actor: Actor | None
) -> Actor | None:
    """`released them on bail`, `a court fined him 5,000 lari`: an object pronoun stands for
    the person named last before it (`him`, `her`; not the act's own actor), or for the people
    the latest earlier act was done to (`them`: not a state). None for any other object, and
    for `her` as a possessive (`her lawyer`)."""
    if k >= len(toks) or toks[k].lower not in OBJECT_PRONOUNS:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    possessive_her = nxt is not None and nxt.text[:1].isalpha() and nxt.lower not in AFTER_OBJECT
    if toks[k].lower == "her" and possessive_her:
        return None  # "her lawyer", "her 5,000 lari" read as possessive
    if toks[k].lower == "them":
        done_to = [
            ev.target for ev in prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]
            if ev.target is not None and ev.target.actor_type != "state"
            and (actor is None or ev.target.key != actor.key)
        ]  # people first: "reporters of the Ledger were arrested ... released them"
        return next((t for t in done_to if t.actor_type == "person"), done_to[0] if done_to else None)
    pos = toks[k].start
    for m in reversed(doc.within(max(0, pos - PRONOUN_REACH), pos)):
        other = actor is None or m.actor.key != actor.key
        if m.actor.actor_type == "person" and not m.actor.is_generic and other:
            return m.actor
    return None


def _relative_demand_target(
    toks: list[Token], i: int, prior: list[Event], s: Span, actor: Actor | None
) -> Actor | None:
    """`The arrest ... was condemned by the Editors' Forum, which demanded that the charges be
    dropped`, `the arrest ... was confirmed by Bogota, which demanded consular access`: a
    demand in a relative clause on the sentence's earlier act is addressed to whoever that act
    is about: the target of a stance, else the act's doer (not the demand's own actor)."""
    j = i
    while j > 0 and toks[j - 1].lower in ("also", "then", "immediately"):
        j -= 1
    if j < 2 or toks[j - 1].lower != "which" or toks[j - 2].text != ",":
        return None
    here = [e for e in prior if e.evidence_start == s.start and e.trigger_start < toks[i].start]
    for e in reversed(here):
        who = e.target if e.event_type in BACK_REFERENCE_TYPES else e.actor
        if who is not None and (actor is None or who.key != actor.key):
            return who
    return None


# acts whose noun takes the one it is done to after `of` (`the arrest of X`, `the release of X`);
# a verbal act's `of` names its author (`at the request of the Somali government`)
DONE_TO_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT", "SANCTION"})
NOMINAL_DETERMINERS = frozenset({"the", "a", "an", "this", "its", "their", "his", "her"})
NOMINAL_WINDOW = 10  # words between `of` and the `by` of a nominal act ("the arrest of X by Y")


def _nominal_parties(
    text: str, toks: list[Token], i: int, n: int, doc: DocActors, ref: Reference
) -> tuple[Actor | None, Actor | None] | None:
    """`the arrest of two Colombian citizens by Venezuelan military counterintelligence`: an
    act named by a noun (a determiner before it, `of` after it) is done to the `of` phrase and
    by the `by` phrase: (actor or None, target or None). None when the trigger is no such noun
    or names neither party."""
    if i == 0 or toks[i - 1].lower not in NOMINAL_DETERMINERS or i + n + 1 >= len(toks):
        return None
    if toks[i + n].lower != "of":
        return None
    by = None
    for j in range(i + n + 1, min(len(toks) - 1, i + n + 1 + NOMINAL_WINDOW)):
        if toks[j].text in {",", ";", ":"} or toks[j].lower in PASSIVE_AUX:
            break
        if toks[j].lower == "by":
            by = j
            break
    target = np_actor(text, toks, i + n + 1, doc, ref, stop=by)
    if target is None:
        # "the confiscation of an Iranian oil cargo": the state whose goods or people they are
        hi = toks[by - 1].end if by is not None else toks[min(len(toks) - 1, i + n + 4)].end
        owner = [m for m in doc.within(toks[i + n + 1].start, hi)
                 if m.mention_type == "demonym" and m.actor.actor_type == "state"]
        target = owner[0].actor if owner else None
    actor = _home_authority(np_actor(text, toks, by + 1, doc, ref), doc, ref) if by is not None else None
    if actor is None and target is None:
        return None
    return actor, target


CLIENT_WORDS = frozenset({"client", "clients"})


def _client_of(toks: list[Token], pv: int, doc: DocActors, speaker: Actor | None) -> Actor | None:
    """`his client had been beaten during the arrest`, `her client was being questioned`: the
    lawyer's client is the person named last before it other than the speaker (the lawyer).
    None when the subject is not `his/her/their client` or no other person is named."""
    k = pv
    while k > 0 and toks[k - 1].lower in PASSIVE_AUX | {"had", "has", "have"} | PASSIVE_ADVERBS:
        k -= 1
    if k < 2 or toks[k - 1].lower not in CLIENT_WORDS or toks[k - 2].lower not in ("his", "her", "their"):
        return None
    pos = toks[k - 2].start
    for m in reversed(doc.within(max(0, pos - PRONOUN_REACH), pos)):
        a = m.actor
        if a.actor_type == "person" and not a.is_generic and (speaker is None or a.key != speaker.key):
            return a
    return None


def _moved_units(toks: list[Token], k: int, e: int, doc: DocActors, ref: Reference) -> bool:
    """`has deployed 2,000 soldiers to the border with Guyana`, `reinforced its own troops`,
    `sent Russian troops`: the object of a military move is troops or units (a generic armed
    noun, `generic_actors.csv`) that no name ties to another party: the mover's own forces,
    not whom the move is aimed at."""
    if e <= k or ref.generic.get(toks[e - 1].lower) != "armed_forces":
        return False
    return not any(m.mention_type != "demonym" for m in doc.within(toks[k].start, toks[e - 1].end))


PASSIVE_AUX = frozenset({"was", "were", "been", "be", "being", "is", "are"})
PASSIVE_ADVERBS = frozenset(
    {"also", "later", "reportedly", "allegedly", "subsequently", "then", "briefly", "since"}
)


# past participles that do not end in -ed/-en/-wn/-ht ("was shot dead", "were struck by")
IRREGULAR_PARTICIPLES = frozenset(
    {"shot", "hit", "struck", "held", "hurt", "cut", "set", "put", "led", "fought", "sent", "kept",
     "left", "beat", "shut", "bound", "found", "sold", "told", "won", "lost", "spread", "slain"}
)


IRREGULAR_PAST = frozenset({"fought", "took", "threw", "drove", "seized", "shot", "struck", "hit", "beat"})


def _participle(t: Token) -> bool:
    """A past participle form: `detained`, `beaten`, `thrown`, `caught`, `shot`."""
    return t.lower.endswith(("ed", "en", "wn", "ht")) or t.lower in IRREGULAR_PARTICIPLES


def _adverb(t: Token) -> bool:
    """An adverb that may stand between `was` and its participle (`also`, `briefly`, `violently`)."""
    return t.lower in PASSIVE_ADVERBS or (t.lower.endswith("ly") and t.text[:1].islower() and len(t.text) > 4)


GET_PASSIVE = frozenset({"got", "get", "gets", "getting"})  # "got arrested"


def _passive(toks: list[Token], i: int) -> bool:
    """A past participle after a form of "be" (or `got`): `were detained`, `had been killed`,
    `was briefly held`."""
    k = i - 1
    while k > 0 and _adverb(toks[k]):
        k -= 1  # "were also arrested", "was later freed", "was violently arrested"
    return k >= 0 and (toks[k].lower in PASSIVE_AUX or toks[k].lower in GET_PASSIVE) and _participle(toks[i])


def _passive_subject(text: str, toks: list[Token], pv: int, doc: DocActors, ref: Reference) -> Subject | None:
    """The subject of the passive participle at toks[pv], past a perfect or progressive
    `been`/`being` (`he had been beaten`, `was being held`), which is no part of it."""
    k = pv
    while k > 0 and (toks[k - 1].lower in ("been", "being") or _adverb(toks[k - 1])):
        k -= 1  # "had been briefly detained"
    if k > 0 and toks[k - 1].lower in GET_PASSIVE:
        k -= 1  # "got arrested": `got` stands where `was` would
    if k > 2 and toks[k].lower == "being" and toks[k - 1].lower in SUBORDINATORS | {"following"} and (
        toks[k - 2].text[:1].islower() and toks[k - 2].text.isalpha()
    ):
        # "X died after being beaten by soldiers": the subject of the verb the clause hangs on
        return subject_before(text, toks, k - 2, doc, ref)
    shared = _shared_passive_subject(text, toks, k, doc, ref)
    if shared is not None:
        return shared
    return subject_before(text, toks, k, doc, ref)


SHARED_SUBJECT_REACH = 4  # tokens before the subject of the first clause (`the former minister X`)
PERFECT_AUX = frozenset({"was", "were", "is", "are", "had", "has", "have"})


def _shared_passive_subject(
    text: str, toks: list[Token], k: int, doc: DocActors, ref: Reference
) -> Subject | None:
    """`X left Peru in 2024 and was detained in Lima`: a passive whose auxiliary follows `and`
    right after an active clause shares that clause's subject, the actor named first at its
    start (not a demonym or a possessive). None when the passive has no such `and`."""
    j = k
    while j > 0 and (toks[j - 1].lower in PERFECT_AUX or _adverb(toks[j - 1])):
        j -= 1
    if j == k or j < 2 or toks[j - 1].lower != "and" or not toks[j - 2].text[:1].isalnum():
        return None
    seg = clause_start(toks, j - 1, ref)
    # the subject opens the clause: its first capitalised word (past `The`, `A`) starts the name
    cap = next((t for t in toks[seg : min(seg + SHARED_SUBJECT_REACH + 1, j - 1)]
                if t.text[:1].isupper() and t.lower not in DETERMINERS), None)
    if cap is None:
        return None
    for m in doc.within(cap.start, toks[j - 1].start):
        if m.start != cap.start or m.mention_type in ("demonym", "pronoun"):
            return None
        if text[m.end : m.end + 2] in ("'s", "’s"):
            return None
        return Subject(m.actor, m.text, m.start, m.end, m)
    return None


def _passive_at(toks: list[Token], i: int) -> int | None:
    """Index of the passive participle governing the trigger at i: the trigger itself (`were
    detained`) or the verb before a noun trigger (`were declared persona non grata`)."""
    if _passive(toks, i):
        return i
    if toks[i].lower in ("been", "being") and i + 1 < len(toks) and _passive(toks, i + 1):
        return i + 1  # a trigger read with its `being`/`been`: "were being questioned"
    if i > 1 and toks[i].text[:1].islower() and _passive(toks, i - 1):
        return i - 1
    if i > 2 and toks[i - 1].lower in ("under", "into") and _passive(toks, i - 2):
        return i - 2  # "was placed under house arrest": the participle before the act noun
    return None


def named_party(a: Actor | None, ref: Reference) -> Actor | None:
    """Events name their parties: a generic noun phrase (`gunmen`, `officials`, `protesters`)
    is no actor or target of an act. One the text ties to a country (`Indonesian
    prosecutors`, `Afghan soldiers`) stands for that country's state or armed forces."""
    if a is None:
        return None
    if not a.is_generic:
        return _national_force(a, ref) or _state_organ(a, ref) or a
    cc = a.country_code
    if cc and a.actor_type in ("government_body", "state"):
        return state_actor(cc, ref)
    if cc and a.actor_type == "armed_forces":
        return Actor(f"{ref.country_names.get(cc, cc)} armed forces", "armed_forces", cc)
    return None


def _national_force(a: Actor, ref: Reference) -> Actor | None:
    """A name that is a country's armed service (`Serbian Army`, `Armed Forces of Azerbaijan`;
    `Royal Navy` is not: no country in it) stands for that country's armed forces, as the
    codebook names them; a country's coast guard (`Philippine Coast Guard`) for its state."""
    if a.actor_type == "person" or a.actor_type == "state":
        return None
    name = a.name
    m = re.fullmatch(r"(?:the\s+)?(.+?)\s+of\s+(?:the\s+)?(.+)", name, re.I)
    pairs = [(m.group(1), m.group(2))] if m else []
    words = name.split()
    pairs += [(" ".join(words[k:]), " ".join(words[:k])) for k in range(1, len(words))]
    for service, country in pairs:
        if ref.generic.get(service.lower()) != "armed_forces":
            continue
        cc = ref.demonyms.get(country)
        entry = ref.gazetteer.get(country)
        cc = cc or (entry.country_code if entry is not None and entry.actor_type == "state" else None)
        if cc and service.lower() in STATE_SERVICES:
            return state_actor(cc, ref)  # a coast guard polices for its state
        if cc:
            return Actor(f"{ref.country_names.get(cc, cc)} armed forces", "armed_forces", cc)
    return None


STATE_SERVICES = frozenset({"coast guard", "coastguard"})


def _state_organ(a: Actor, ref: Reference) -> Actor | None:
    """A state's executive organ that acts for it abroad or in its name (`India's Ministry of
    External Affairs summoned`, `the German Foreign Office`, `Canada's High Commission`;
    `actor_cues.csv` kind `state_organ`) is that state as an act's party: the codebook has one
    actor per government. None for any other body (courts, regulators, an ombudsman's office)."""
    if a.actor_type != "government_body" or not a.country_code or a.country_code not in ref.country_names:
        return None
    organs = ref.actor_cues.get("state_organ", frozenset())
    words = a.name.split()
    grams = {" ".join(words[k : k + n]) for n in (1, 2) for k in range(len(words) - n + 1)}
    if not grams & organs:
        return None
    return Actor(ref.country_names[a.country_code], "state", a.country_code)


# a release of captives only when people are released
HUMAN_PATIENT = frozenset({"released", "release", "releases", "releasing"})
PEOPLE_TYPES = frozenset({"person", "group"})


def _inside_name(toks: list[Token], i: int, doc: DocActors) -> bool:
    """A capitalised trigger word inside a longer name (`Amnesty International`) is no act."""
    t = toks[i]
    return t.text[:1].isupper() and any(
        m.mention_type in ("name", "alias") and m.end - m.start > t.end - t.start
        for m in doc.overlapping(t.start, t.end)
    )


def _people_undergo(
    text: str, toks: list[Token], i: int, pv: int | None, doc: DocActors, ref: Reference
) -> bool:
    """Whoever is released is a person or a group of people: the subject of the passive
    (`Two of those detained, A and B, were released`), else the object (`released three
    journalists`)."""
    if pv is not None:
        subj = _passive_subject(text, toks, pv, doc, ref)
        if subj is not None and subj.actor is not None:
            return subj.actor.actor_type in PEOPLE_TYPES or subj.actor.is_generic
        j = _trim_aux(text, toks, pv)
        return j > 0 and (ref.generic.get(toks[j - 1].lower) in PEOPLE_TYPES or is_name_token(toks[j - 1]))
    if i + 1 < len(toks) and toks[i + 1].lower in OBJECT_PRONOUNS:
        return True  # "released them", "freed him"
    k, e = _object_span(toks, i, 1, 1 << 60)
    if e <= k:
        return False
    if any(m.actor.actor_type == "person" for m in doc.within(toks[k].start, toks[e - 1].end)):
        return True
    return ref.generic.get(toks[e - 1].lower) in PEOPLE_TYPES


CAPTIVE_WORDS = frozenset(
    {"vessel", "vessels", "ship", "ships", "tanker", "tankers", "trawler", "trawlers", "boat", "boats",
     "longliner", "longliners", "crew", "crews", "hostage", "hostages", "captive", "captives", "both",
     "prisoners", "detainees"}
)
CAPTURE_TYPES = frozenset({"SEIZE", "COERCE"})
CAPTIVE_WINDOW = 8  # words before the passive (or after the verb) naming what was released


def _captive_released(toks: list[Token], i: int, pv: int | None, before: list[str]) -> bool:
    """A release from capture that is not of people: a seized ship or crew (`the vessel, the
    Ocean Jade, was released`, `Both were released after their owners paid fines`), or whatever
    the same sentence reports seized or detained first (`a tanker that was seized by Iran ...
    was released`)."""
    if CAPTURE_TYPES & set(before):
        return True
    words = [t.lower for t in toks[max(0, pv - CAPTIVE_WINDOW) : pv]] if pv is not None else [
        t.lower for t in toks[i + 1 : i + 1 + CAPTIVE_WINDOW]
    ]
    return bool(CAPTIVE_WORDS & set(words))


def _refers_back(toks: list[Token], i: int) -> bool:
    """The act word at toks[i] names an act the story refers back to: `in the strikes`, `since
    the October 14 attack`, `after the Sunday raid` (a preposition, `the`, then at most three
    words of a date: numbers, months, weekdays)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (toks[k].text.isdigit() or toks[k].text in MONTHS
                                      or toks[k].text in WEEKDAYS):
        k -= 1
    return k >= 1 and toks[k].lower == "the" and toks[k - 1].lower in BACK_REFERENCE_PREPS


SPEAKING_INSTITUTIONS = frozenset({"state", "government_body", "armed_forces"})


def _institutional_speaker(pos: int, speakers: dict[tuple[int, int], Actor | None]) -> Actor | None:
    """An agentless passive inside what a state body says (`Police said four suspects had been
    arrested`, `the ministry announced that two diplomats were declared persona non grata`)
    reports that body's (or its state's) own act: the speaker is the actor, for the acts an
    authority does (AUTHORITY_ACTS; a state body reporting a killing is no agent of it). People
    and outlets relaying such news are not."""
    for (a, b), who in _speaker_index(speakers).get(pos, ()):
        if a <= pos < b and who is not None and who.actor_type in SPEAKING_INSTITUTIONS:
            return who
    return None


def _claimant_at(pos: int, speakers: dict[tuple[int, int], Actor | None]) -> Actor | None:
    """The claimant of the innermost claim holding `pos` (None outside claims)."""
    best = None
    for (a, b), who in _speaker_index(speakers).get(pos, ()):
        if a <= pos < b and (best is None or b - a < best[0]):
            best = (b - a, who)
    return best[1] if best else None


def _speaker_index(speakers: dict[tuple[int, int], Actor | None]) -> _SpeakerLookup:
    # keyed by the dict itself (held here), not its id(): a freed dict's id is reused by the
    # next document's, which would read a stale index
    if _SPEAKER_CACHE.get("of") is not speakers:
        _SPEAKER_CACHE["of"] = speakers
        _SPEAKER_CACHE["index"] = _SpeakerLookup(speakers)
    return _SPEAKER_CACHE["index"]


class _SpeakerLookup:
    """Claim spans sorted by start: the spans holding a position by bisection (linear time)."""

    def __init__(self, speakers: dict[tuple[int, int], Actor | None]) -> None:
        self.items = sorted(speakers.items(), key=lambda kv: kv[0])
        self.starts = [a for (a, _), _ in self.items]
        self.longest = max((b - a for (a, b), _ in self.items), default=0)

    def get(self, pos: int, default: tuple = ()) -> list:
        lo = bisect.bisect_left(self.starts, pos - self.longest)
        hi = bisect.bisect_right(self.starts, pos)
        return self.items[lo:hi] or list(default)


_SPEAKER_CACHE: dict[str, object] = {}


AGENT_NOUNS = frozenset({"fighting", "fight", "clashes", "clash", "battles", "battle", "gunfight"})
NP_STOP = frozenset(
    {
        "in",
        "on",
        "at",
        "near",
        "after",
        "before",
        "during",
        "since",
        "for",
        "to",
        "into",
        "from",
        "with",
        "who",
        "which",
        "that",
        "when",
        "while",
        "as",
        "and",
        "but",
        "because",
        "over",
        "under",
    }
)


def np_actor(
    text: str, toks: list[Token], k: int, doc: DocActors, ref: Reference, stop: int | None = None
) -> Actor | None:
    """The actor a noun phrase starting at toks[k] (and ending before `stop`) names: the first
    named actor in it (`fighters of JNIM` -> JNIM), else its generic head (`Ugandan forces`)."""
    e, stop = k, len(toks) if stop is None else stop
    while e < stop and e - k < 10 and toks[e].text[:1].isalnum() and not (e > k and toks[e].lower in NP_STOP):
        e += 1
    if e == k:
        return None
    # a name may run past the words read (`the Uganda Editors' Forum`: the apostrophe ends them)
    for m in doc.overlapping(toks[k].start, toks[e - 1].end):
        if m.start >= toks[k].start and m.mention_type != "demonym":
            return m.actor
    for end in range(e, k, -1):
        gen = generic_actor(toks[k:end], ref, doc)
        if gen is not None and gen[0] is not None:
            return gen[0]
    return None


AGENT_BREAKS = frozenset(
    {"after", "following", "through", "amid", "despite", "thanks", "when", "while", "as"}
)
AGENT_WINDOW = 10  # words between a passive participle and its `by` ("kidnapped from ... on March 2 by")
LEADER_LINKS = re.compile(r"\s+(?:loyal to|led by|commanded by|under the command of|working for)\s+")


def _led_by(text: str, toks: list[Token], k: int, doc: DocActors, ref: Reference) -> Actor | None:
    """`gunmen loyal to X`, `fighters led by X`: the named leader or body of a generic agent
    (the first named actor within the next few words after the link)."""
    for j in range(k, min(len(toks), k + 6)):
        if toks[j].text in {",", ";"}:
            break
        link = LEADER_LINKS.match(text, toks[j].end)
        if link is not None:
            stop = toks[min(len(toks) - 1, j + 12)].end
            m = next((m for m in doc.within(link.end(), stop) if m.mention_type != "demonym"), None)
            return m.actor if m is not None else None
    return None


def _agent(text: str, toks: list[Token], k: int, doc: DocActors, ref: Reference) -> Actor | None:
    """The agent of a passive: `... by X` within a few words, or the other side of the
    fighting a death is reported in (`killed in fighting with the Ugandan army`)."""
    for j in range(k, min(len(toks) - 1, k + AGENT_WINDOW)):
        if toks[j].text in {",", ";"} or toks[j].lower in AGENT_BREAKS:
            break  # "freed after mediation by Italy": the `by` of a noun, not of the passive
        if toks[j].lower == "by":
            who = np_actor(text, toks, j + 1, doc, ref)
            if who is None and j + 2 < len(toks):  # "by Russian drones": the agent's country
                who = _demonym_state(text, doc, toks[j + 1].start, toks[j + 2].end)
            if who is None or who.is_generic:
                # "by gunmen loyal to a bandit leader known as X", "by fighters led by X"
                who = (_led_by(text, toks, j + 1, doc, ref) or _apposed_name(text, toks, j + 1, doc, ref)
                       or who)
            return _home_authority(who, doc, ref)
        if toks[j].lower == "with" and toks[j - 1].lower in AGENT_NOUNS:
            return np_actor(text, toks, j + 1, doc, ref)
    return None


APPOSED_NAME = re.compile(r",\s+(?:the\s+)?")
PERSON_STATE = frozenset({"person", "state"})


def _apposed_name(text: str, toks: list[Token], k: int, doc: DocActors, ref: Reference) -> Actor | None:
    """`criticised by a seafarers' union, the Associated Marine Officers' Union, which said`:
    an unnamed agent followed by its name in apposition is that named body (not a person or
    a state). None when no name follows the agent's first comma within a few words, or when
    the name opens a trailing attribution (`set ablaze by the attackers, the association
    said`: the speaker, not the agent)."""
    for j in range(k, min(len(toks), k + 6)):
        if toks[j].text in {";", "."} or toks[j].lower in AGENT_BREAKS:
            return None
        if toks[j].text == ",":
            m = APPOSED_NAME.match(text, toks[j].start)
            hit = [x for x in doc.overlapping(m.end(), m.end() + 1) if x.start == m.end()] if m else []
            ok = [x for x in hit if x.mention_type == "name" and x.actor.actor_type not in PERSON_STATE]
            return ok[0].actor if ok and _attribution_tail(text, ok[0], ref) is None else None
    return None


def _place_state(text: str, toks: list[Token], doc: DocActors) -> Actor | None:
    """The state a sentence places its act in: a state (or its capital) named right after
    `in`/`at` (`was arrested in Moscow on Friday`); None when it names none."""
    if not toks:
        return None
    for m in doc.within(toks[0].start, toks[-1].end):
        if m.actor.actor_type == "state" and m.mention_type != "demonym":
            if re.search(r"\b(?:in|at)\s+$", text[max(0, m.start - 5) : m.start]):
                return m.actor
    return None


def _home_authority(a: Actor | None, doc: DocActors, ref: Reference) -> Actor | None:
    """`detained by officers`, `arrested by plain-clothes police`, `by soldiers`: unnamed
    police or troops acting on someone are the story's home state (or its armed forces), the
    country the dateline or the names place the story in; a generic agent of another kind
    (`by gunmen`) stays generic."""
    if a is None or not a.is_generic or a.country_code is not None or doc.home is None:
        return a
    name = ref.country_names.get(doc.home, doc.home)
    if a.actor_type == "government_body":
        return Actor(name, "state", doc.home)
    if a.actor_type == "armed_forces":
        return Actor(f"{name} armed forces", "armed_forces", doc.home)
    return a


STATE_ONLY_MODES = frozenset({"arrest", "investigate"})  # agentless: the state's (arrests, charges)
AUTHORITY_ACTS = frozenset({"COERCE", "RETREAT", "SANCTION", "ACCUSE"})
AUTHORITY_TYPES = frozenset({"government_body", "armed_forces"})


def _named_authority(text: str, doc: DocActors, lo: int, hi: int, undergoer: Actor | None) -> Actor | None:
    """An agentless arrest, release or ban: the authority the sentence names before the act
    (`accused the Nigeria Police Force of ..., where it said 14 members were detained`);
    None when it names none (the person held is never the actor of their own arrest), or only
    as a possessor (`outside the commission's office`: a place)."""
    found = None
    for m in doc.within(lo, hi):
        a = m.actor
        if a.actor_type in AUTHORITY_TYPES and m.mention_type != "demonym" and not a.is_generic and (
            not possessive(text, m)
        ):
            if undergoer is None or a.key != undergoer.key:
                found = a
    return found


def _acting_body(a: Actor | None, ref: Reference) -> Actor | None:
    """A ministry reporting an act it did not name an agent for speaks for its state (`the
    Interior Ministry said 224 people had been detained` -> the state)."""
    if (
        a is not None
        and a.actor_type == "government_body"
        and a.country_code
        and re.search(r"\bministry\b", a.name, re.I)
    ):
        return state_actor(a.country_code, ref)
    return a


ACTIVE_OBJECT_LEADS = frozenset({"the", "a", "an", "his", "her", "its", "their", "him", "them", "it", "us"})


def _coordinated_passive(toks: list[Token], i: int) -> int | None:
    """`were freed and flown to Niger`: a participle joined by `and` to a passive one shares
    its passive voice; the index of the first participle."""
    if i < 3 or toks[i - 1].lower != "and" or not _participle(toks[i]):
        return None
    if i + 1 < len(toks) and (toks[i + 1].lower in ACTIVE_OBJECT_LEADS or toks[i + 1].text[:1].isupper()):
        return None  # "denied that anyone had been hurt and accused Manila of ...": an object, active
    for k in range(i - 2, max(0, i - 12), -1):
        if toks[k].text in {",", ";"}:
            break
        if _passive(toks, k):
            return k
    return None


NOT_NOUN_BEFORE = frozenset({"who", "which", "that", "and", "or", "had", "has", "have", "not", "it", "they"})


def _reduced_passive(toks: list[Token], i: int, n: int) -> bool:
    """`Twelve Kenyan fishermen detained by Ugandan soldiers were released`, `the tanker seized
    by Iran`, `X, arrested by police on Monday, was freed`: a participle right after a noun (or
    its comma) and right before `by` (no form of `be`) is a passive reduced to a modifier."""
    if i < 1 or n != 1 or i + 2 >= len(toks) or toks[i + 1].lower != "by":
        return False
    if not _participle(toks[i]) or toks[i].text[:1].isupper():
        return False
    prev, agent = toks[i - 1], toks[i + 2]
    if prev.text == "," and i > 1 and toks[i - 2].text[:1].isalpha():
        prev = toks[i - 2]  # "Raila Mwangi, arrested by police on Monday, was freed"
    if not prev.text[:1].isalpha() or prev.lower in NOT_NOUN_BEFORE | PASSIVE_AUX | PASSIVE_ADVERBS:
        return False
    return not (agent.lower in TIME_WORDS or agent.text[:1].isdigit())  # not "detained by Monday"


def _nearest_mention(doc: DocActors, actor: Actor | None, s: Span, anchor: int) -> tuple[int, int] | None:
    if actor is None:
        return None
    ms = [m for m in doc.within(s.start, s.end) if m.actor.key == actor.key]
    if not ms:
        return None
    m = min(ms, key=lambda m: abs(m.start - anchor))
    return m.start, m.end


def _tighten(
    text: str, s: Span, ev: Event, doc: DocActors, fatalities: list, money: list,  # noqa: ANN001
    within: tuple[int, int] | None = None,
) -> Event:
    """Evidence = the clauses of the sentence holding every piece the row was built from (the
    trigger, the actor and target as named, the date phrase, the death toll, the sum and the
    place), in whole clauses so that it reads on its own (see `evidence.readable_span`);
    pieces outside `within` (the row's side of a sentence telling two acts of one type) are left out."""
    parts = [(ev.trigger_start, ev.trigger_start + len(ev.trigger))]
    for a in (ev.actor, ev.target):
        span = _nearest_mention(doc, a, s, ev.trigger_start)
        if span:
            parts.append(span)
    if ev.date.text and s.start <= ev.date.char_start < s.end:
        parts.append((ev.date.char_start, ev.date.char_start + len(ev.date.text)))
    if ev.fatalities_low is not None or ev.fatalities_high is not None:
        q = min(fatalities, key=lambda x: abs(x.char_start - ev.trigger_start))
        parts.append((q.char_start, q.char_start + len(q.text)))
    if ev.amount is not None:
        q = min(money, key=lambda x: abs(x.char_start - ev.trigger_start))
        parts.append((q.char_start, q.char_start + len(q.text)))
    if ev.location:
        at = text.find(ev.location, s.start, s.end)
        if at >= 0:
            parts.append((at, at + len(ev.location)))
    if within is not None:
        parts = [p for p in parts if within[0] <= p[0] and p[1] <= within[1]] or parts[:1]
    lo, hi = readable_span(text, s.start, s.end, parts)
    return Event(**{**ev.__dict__, "evidence_start": lo, "evidence_end": hi})


def _clause_dates(toks: list[Token], i: int, dates: list[DateRange]) -> list[DateRange]:
    """Date phrases in the trigger's own clause (between commas or semicolons), when it has any:
    `The group, founded in 2008, was banned in 2014` dates the ban 2014. Otherwise the others,
    except those of a clause opened by a contrasting conjunction (`_in_contrast_clause`)."""
    lo = next((toks[k].end for k in range(i - 1, -1, -1) if toks[k].text in {",", ";"}), -1)
    hi = next((toks[k].start for k in range(i + 1, len(toks)) if toks[k].text in {",", ";"}), 1 << 60)
    own = [d for d in dates if lo <= d.char_start < hi and not _dates_a_noun(d, toks, i)]
    usable = [d for d in dates if not _in_contrast_clause(toks, d.char_start, i)]
    return own or [d for d in usable if not _dates_a_noun(d, toks, i)] or usable


CONTRAST_OPENERS = frozenset({"while", "whereas", "but", "although", "though", "meanwhile"})


def _in_contrast_clause(toks: list[Token], pos: int, i: int) -> bool:
    """The date at `pos` sits in another comma clause than the trigger at toks[i], and that
    clause opens with a contrasting conjunction (`shelled the town, while on Sunday the ministry
    had announced ...`): its date is that clause's, not the act's."""
    k = next((k for k, t in enumerate(toks) if t.start >= pos), len(toks))
    j = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].text in {",", ";"}), 0)
    if j <= i <= k:
        return False
    return j < len(toks) and toks[j].lower in CONTRAST_OPENERS


def _apposed_patient(toks: list[Token], pv: int, doc: DocActors) -> Actor | None:
    """`Hilario Mamani, 57, the secretary general of the federation, was questioned`, `Its
    secretary general, Israel Mushi, and its treasurer, Halima Said, were detained`: when the
    subject is broken up by appositions, the first person the clause names undergoes the act."""
    j = _trim_aux("", toks, pv)
    if j == 0 or toks[j - 1].text != ",":
        return None
    stops = {";", ":", "that"}
    lo = next((k + 1 for k in range(j - 2, -1, -1) if toks[k].lower in stops), 0)
    for m in doc.within(toks[lo].start, toks[j - 1].start):
        if m.mention_type in ("name", "alias", "surname") and m.actor.actor_type == "person":
            return m.actor
    return None


def _named_thing(toks: list[Token], subj: Subject, doc: DocActors) -> bool:
    """`the Kapitan Lebedev was detained`: a capitalised name after "the" that the document
    never names as a person elsewhere is a thing (a ship, a building), not a person who undergoes
    the act."""
    if subj.actor is None or subj.actor.actor_type != "person" or subj.mention is not None:
        return False
    k = next((k for k, t in enumerate(toks) if t.start == subj.start), None)
    if k is None or k == 0 or toks[k - 1].lower != "the":
        return False
    return not any(m.actor.actor_type == "person" and m.actor.name == subj.actor.name for m in doc.mentions)


RELATIVE_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def _event_date(toks: list[Token], i: int, dates: list[DateRange]) -> DateRange:
    """The date of the act at toks[i]. In `withdrew the tax on Monday, two days after thousands
    protested`, the protest is not dated Monday: an act in a clause opened by "<N> days/weeks
    after/before" is N days before/after the date outside that clause (a day phrase shifted; any
    coarser one leaves it undated). A date inside that clause dates the act itself."""
    d = pick_date(_clause_dates(toks, i, dates), toks[i].start)
    lo = next((k + 1 for k in range(i - 1, -1, -1) if toks[k].text in {",", ";"}), 0)
    hi = next((toks[k].start for k in range(i + 1, len(toks)) if toks[k].text in {",", ";"}), 1 << 60)
    for k in range(lo, i - 2):
        n_word, unit, rel = toks[k].lower, toks[k + 1].lower, toks[k + 2].lower
        n = 1 if n_word in ("a", "an", "one") else NUMBER_WORDS.get(n_word) or (
            int(n_word) if n_word.isdigit() and len(n_word) < 4 else None)
        if n is None or unit not in RELATIVE_UNITS or rel not in ("after", "before"):
            continue
        if toks[k].start <= d.char_start < hi:
            return d  # "two days after the march on Saturday": its own date
        if d.precision != "day" or d.start is None:
            return DateRange(None, None, "unknown", None, -1)
        step = dt.timedelta(days=n * RELATIVE_UNITS[unit] * (-1 if rel == "after" else 1))
        return DateRange(d.start + step, d.start + step, "day", toks[k].text, toks[k].start)
    return d


def _other_day(a: DateRange, b: DateRange) -> bool:
    """Two resolved date phrases that do not overlap: `Belarus expelled ... on Friday, after
    Poland expelled ... on Thursday` tells two acts of one type, not two words for one act."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    return a.end < b.start or b.end < a.start


def _dates_a_noun(d: DateRange, toks: list[Token], i: int) -> bool:
    """`last week's election`, `Sunday's vote`: a possessive date phrase dates the noun after
    it, not an act elsewhere in the clause (it does date a trigger right after it)."""
    end = d.char_start + len(d.text)
    k = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    return k < len(toks) and toks[k].lower in ("'s", "’s") and k + 1 != i and k + 2 != i


TAIL_WORDS = frozenset({"on", "late", "early", "this", "last", "in", "a", "statement"})


def _bare_tail(rest: list[Token]) -> bool:
    """Nothing but punctuation, or a short time phrase, after a postposed cue (`, state media
    reported on Friday.`, `, officials said late on Monday.`)."""
    words = [t for t in rest if t.text[:1].isalnum()]
    return not words or (len(words) <= 4 and all(t.lower in TAIL_WORDS | TIME_WORDS for t in words))


def _opens_clause(toks: list[Token], k: int, ref: Reference) -> bool:
    while k < len(toks) and toks[k].text in '”"’':
        k += 1
    # ", the Daily Nation reported." / ", rights groups said.": a postposed attribution
    for m in range(k, min(len(toks), k + 7)):
        if (toks[m].lower in ref.cues or toks[m].lower == "according") and (
            toks[m].lower == "according" or _bare_tail(toks[m + 1 :])
        ):
            return True
    return k < len(toks) and (toks[k].lower in ("which", "who", "while", "but") or toks[k].lower in ref.cues)


STOPPERS = frozenset(
    {"halt", "end", "stop", "cease", "ending", "halting", "stopping", "ended", "halted", "stopped"}
)
OBLIGATION = frozenset({"must", "should"})
# acts whose complement names the act asked for, agreed to or threatened, not one done:
# "urged both sides to return to talks", "agreed to resume talks", "threatened to withdraw"
GOVERNING_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN"})
TO_GOVERNED = frozenset({"AGREE", "THREATEN"})  # only with a `to` complement ("agreed to meet")
GOVERNED_GAP = 12  # words between the governing trigger and the act it asks for
COMPLEMENT_BREAKS = frozenset(
    {";", ".", "after", "before", "when", "since", "because", "as", "following", "amid", "which",
     "who", "whom", "whose", "said", "says", "but", "while", "where", "though", "although"}
)
PRENOMINAL_LEAD = frozenset(
    {"the", "a", "an", "all", "other", "of", "its", "their", "his", "her", "these", "those", "two",
     "three", "four", "five", "six", "remaining", "newly", "recently", "some", "many", "several"}
)
NOT_NOUNS = frozenset(
    {"on", "in", "at", "by", "for", "from", "to", "with", "and", "or", "but", "the", "a", "an",
     "last", "this", "that", "since", "after", "before", "during", "over", "under", "into", "as",
     "overnight", "earlier", "later", "yesterday", "today", "without", "near", "outside", "of"}
)
FINAL_MARKS = frozenset('.!?')
HALTED = frozenset({"suspended", "halted", "cancelled", "canceled", "stopped", "paused", "interrupted"})
PROTESTERS = frozenset({"protesters", "protestors", "demonstrators", "strikers", "marchers", "rioters"})
HEADLINE_MAX_WORDS = 40


ASK_VERBS = frozenset({"ask", "asks", "asked", "asking"})
ASK_NOT_OBJECT = frozenset({"not", "to", "for", "about", "if", "whether", "by", "why", "how", "what", "when",
                            "where", "who", "that", "questions", "question", "reporters", "journalists"})
ASK_SPAN = 8  # words between `asked` and the `to`/`for` of what is asked


def ask_hits(toks: list[Token], quotes: list[Span], hits: list[tuple]) -> list[tuple]:
    """`asked X to do Y` / `asked X for Y`: a request of X (issue 11: "had asked Tripoli to allow
    consular access", "asked the United States and Brazil for help"); not `asked not to be named`,
    `asked about`, `asked reporters`, nor a verb the lexicon already reads."""
    taken = {k for i, n, _, _ in hits for k in range(i, i + n)}
    out = []
    for i, t in enumerate(toks):
        if t.lower not in ASK_VERBS or i in taken or in_quotes(t.start, quotes) or i + 1 >= len(toks):
            continue
        if toks[i + 1].lower in ASK_NOT_OBJECT or not toks[i + 1].text[:1].isalpha():
            continue
        for j in range(i + 2, min(len(toks), i + 1 + ASK_SPAN)):
            w = toks[j].lower
            if w in (",", ";", ".", "said", "and", "or"):
                break
            if w in ("to", "for"):
                out.append((i, 1, "REQUEST", None))
                break
    return sorted(hits + out)


NAMING_VERBS = frozenset({"called", "calls", "calling", "described", "describes", "describing",
                          "branded", "brands", "branding", "termed", "terms"})
NAMED_PRONOUNS = frozenset({"it", "them"})  # a thing named before, with a verdict right after
NAMED_LEADS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
VERDICT_OPENERS = frozenset({"as", "a", "an", '"', "“", "‘", "'"})
PRAISE_WORDS = frozenset({"step", "steps", "victory", "win", "welcome", "positive", "historic",
                          "breakthrough", "milestone", "success", "achievement", "landmark", "progress",
                          "good", "great"})
DENIED_NOUNS = frozenset({"accusation", "accusations", "allegation", "allegations", "charge", "charges",
                          "claim", "claims", "report", "reports"})
NAMED_SPAN = 5  # words of the named noun phrase (`the deployment`, `their arrest`)
VERDICT_SPAN = 8  # words of the verdict read for praise


def _plain_word(t: Token) -> bool:
    """A lower-case word (no name, number or punctuation)."""
    return t.text[:1].islower() and t.text.isalpha()


def _verdict_at(toks: list[Token], i: int) -> int | None:
    """Where the verdict starts after a naming verb at toks[i] and the definite noun phrase it
    names (`called the seizure "an act of piracy"`: the quotation mark), else None."""
    if toks[i].lower not in NAMING_VERBS or i + 2 >= len(toks):
        return None
    if toks[i + 1].lower in NAMED_PRONOUNS and toks[i + 2].lower in VERDICT_OPENERS - {"a", "an"}:
        return i + 2  # `described it as "a national shame"`, `called them "fabricated"` (not `a day`)
    if toks[i + 1].lower not in NAMED_LEADS:
        return None
    j = i + 2
    while j < len(toks) and j - i <= NAMED_SPAN and _plain_word(toks[j]) and (
        toks[j].lower not in VERDICT_OPENERS
    ):
        j += 1
    if j == i + 2 or j >= len(toks) or toks[j].lower not in VERDICT_OPENERS:
        return None
    return j


def _named_act_doer(
    toks: list[Token], i: int, ref: Reference, prior: list[Event], actor: Actor | None
) -> Actor | None:
    """The doer of the act a verdict names (`called the seizure "an act of piracy"`): whoever
    did the latest earlier act told with the same word, else of that noun's lexicon type (its
    mode first); never the speaker."""
    j = _verdict_at(toks, i)
    noun = toks[j - 1].lower if j is not None else ""
    hit = ref.triggers.get((noun,))
    if hit is None:
        return None
    recent = [e for e in prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]
              if e.actor is not None and (actor is None or e.actor.key != actor.key)]
    same_word = [e for e in recent if e.trigger.lower().split()[-1] == noun]
    same_type = [e for e in recent if e.event_type == hit[0]]
    ev = next(iter(same_word), None) or next(
        (e for e in same_type if hit[1] and e.event_mode == hit[1]), same_type[0] if same_type else None
    )
    return ev.actor if ev is not None else None


def naming_hits(toks: list[Token], quotes: list[Span], hits: list[tuple]) -> list[tuple]:
    """`called the seizure "an act of piracy"`, `described the arrest as a provocation`, `called
    the deployment a threat`: a verdict on a named act or thing is a stance, ACCUSE (disapprove);
    SUPPORT when the verdict praises (`called the deal "an important step"`); REJECT when what
    is named is an accusation (`called the accusation "a fabrication"`). Not `called the police`,
    `called the meeting for May`: a definite noun phrase must be followed by `as`, `a`/`an` or a
    quotation."""
    taken = {k for i, n, _, _ in hits for k in range(i, i + n)}
    out = []
    for i, t in enumerate(toks):
        if t.lower not in NAMING_VERBS or i in taken or in_quotes(t.start, quotes):
            continue
        j = _verdict_at(toks, i)
        if j is None:
            continue
        verdict = {x.lower.strip("\"“”‘’'") for x in toks[j : j + VERDICT_SPAN]}
        # the act named by `the`/`their` is one the story knows (`called their arrest "a
        # provocation"`), the accusation rejected no new one: only the verdict is a row
        hits = [h for h in hits if not i + 1 < h[0] < j]
        if toks[j - 1].lower in DENIED_NOUNS:
            out.append((i, 1, "REJECT", None))
        elif verdict & PRAISE_WORDS:
            out.append((i, 1, "SUPPORT", None))
        else:
            out.append((i, 1, "ACCUSE", "disapprove"))
    return sorted(hits + out)


WARN_WORDS = frozenset({"warned", "warns", "warning", "warn"})
MODALS = frozenset({"would", "will", "could", "may", "might", "'ll", "shall"})
CONSEQUENCE_VERBS = frozenset({"face", "be", "pay", "respond", "retaliate", "suffer", "regret"})
THREAT_SUBJECTS = frozenset({"government", "authorities", "those", "anyone", "we", "whoever", "army",
                             "military", "troops", "forces", "police"})
PARTY_TYPES = frozenset({"state", "government_body", "armed_forces", "person", "group"})


def _prediction(toks: list[Token], i: int, n: int, doc: DocActors) -> bool:
    """`warned that X` is a threat only when X says a party will act or someone will bear the
    consequences ("warned that Moscow would respond", "that those who stayed away would be
    dismissed", "could face penalties"); a forecast ("warned that stocks would run out", "that
    buyers could move orders", "that reporters remained in custody") is commentary, no act."""
    if n != 1 or toks[i].lower not in WARN_WORDS:
        return False
    that = next((k for k in range(i + 1, min(len(toks), i + 7)) if toks[k].lower == "that"), None)
    if that is None:
        return False  # "warned the companies", "warned of retaliation": read as before
    end = next((k for k in range(that + 1, len(toks)) if toks[k].text in {";", "."}), len(toks))
    modal = next((k for k in range(that + 1, end) if toks[k].lower in MODALS), None)
    if modal is None:
        return True  # no act to come: "warned that eight reporters remained in custody"
    skip = ("not", "also", "still", "then")
    verb = next((t.lower for t in toks[modal + 1 : end] if t.lower not in skip), "")
    if verb in CONSEQUENCE_VERBS:
        return False
    subject = toks[that + 1 : modal]
    if THREAT_SUBJECTS & {t.lower for t in subject}:
        return False
    if subject and any(m.actor.actor_type in PARTY_TYPES
                       for m in doc.overlapping(subject[0].start, subject[-1].end)):
        return False
    return True


DEMAND_WORDS = frozenset({"must", "should", "needed", "needs", "need"})


def _warned_demand(toks: list[Token], i: int, n: int) -> bool:
    """`warned that X needed to / must / should ...`: what X is told to do, a demand (REQUEST)."""
    if n != 1 or toks[i].lower not in WARN_WORDS:
        return False
    that = next((k for k in range(i + 1, min(len(toks), i + 7)) if toks[k].lower == "that"), None)
    if that is None:
        return False
    end = next((k for k in range(that + 1, len(toks)) if toks[k].text in {";", ".", ","}), len(toks))
    return bool(DEMAND_WORDS & {t.lower for t in toks[that + 1 : end]})


def _governed(toks: list[Token], i: int, hits: list[tuple], k: int) -> bool:
    """True when the act at toks[i] is the complement of a request, agreement or threat before it
    in the same clause ("urged X to hold talks", "called for an inquiry", "agreed to resume talks",
    "threatened to withdraw"): the act asked for is not an act done (issue 11)."""
    for gi, gn, gtype, _ in reversed(hits[:k]):
        if gtype not in GOVERNING_TYPES:
            continue
        end = gi + gn
        if end > i or i - end > GOVERNED_GAP:
            return False
        gap = [t.lower for t in toks[end:i]]
        if COMPLEMENT_BREAKS & set(gap):
            return False
        if _new_predicate(toks, end, i) or _reported_clause(toks, end, i):
            return False
        if "," in gap:
            last = len(gap) - 1 - gap[::-1].index(",")
            if not {"to", "for"} & set(gap[last + 1 :]):
                # "urged Niamey to reopen the border, closed since 2023", "In a separate call
                # later on Wednesday, Amaral spoke with ...": the comma ends the complement (a
                # list of addressees before `to` does not: "urged Israel, Egypt and Qatar to ...")
                return False
        return gtype not in TO_GOVERNED or "to" in gap or toks[end - 1].lower == "to"  # `ready to`
    return False


PREDICATE_MODALS = frozenset({"would", "will", "could", "can", "might", "may"})


def _new_predicate(toks: list[Token], start: int, i: int) -> bool:
    """`called on the government to intervene and accused the police of ...`, `ordered the
    suspension of all work and would open an investigation`: `and` before a past verb or a
    modal starts a second predicate of the subject; the complement asked for ended before it
    (`urged both sides to cease fire and return to talks` goes on: a bare verb)."""
    for k in range(start, i):
        if toks[k].lower != "and" or k + 1 > i:
            continue
        nxt = toks[k + 1]
        if nxt.lower in PREDICATE_MODALS or (_past_verb(nxt) and not nxt.lower.endswith("ing")):
            return True
    return False


PEOPLE_NOUN_TYPES = frozenset({"person", "group"})
VERB_LEADS = CLAUSE_AUX | {"to", "will", "would", "could", "can", "may", "might", "must", "should"}
PARTICLES = frozenset({"on", "with", "for", "to", "at", "off", "up", "out", "down", "into", "over"})


def _noun_modifier(toks: list[Token], i: int, n: int, ref: Reference) -> bool:
    """An act noun modifying a noun for people (`generic_actors.csv`, `titles.csv`: `aid
    workers`, `protest leader`, `strike organisers`) names who they are, not an act."""
    if i + n >= len(toks) or not toks[i].text[:1].islower():
        return False
    words = tuple(t.lower for t in toks[i : i + n])
    if words not in ref.triggers or words[-1].endswith(("ed", "ing", "en", "wn")) or words[-1] in PARTICLES:
        return False  # "called on supporters", "had beaten demonstrators": a verb and its object
    if i > 0 and toks[i - 1].lower in VERB_LEADS:
        return False  # "to allow aid ...", "would strike ..."
    if words[-1] in IRREGULAR_PARTICIPLES or words[-1] in IRREGULAR_PAST:
        return False  # "Soldiers shot protesters": a verb
    before = toks[i - 1] if i > 0 else None
    if before is not None and before.lower not in DETERMINERS and (
        before.text[:1].isupper() or before.lower in ref.generic
    ):
        return False  # "Rebels attack villages", "Kenya struck camps": after its subject, a verb
    nxt = toks[i + n]
    return nxt.text[:1].islower() and (
        ref.generic.get(nxt.lower) in PEOPLE_NOUN_TYPES or nxt.lower in _lower_titles(ref.titles)
    )


def _prenominal(toks: list[Token], i: int, n: int) -> bool:
    """A participle used as an adjective before its noun ("all detained candidates", "the two
    abducted teachers", "thousands of striking workers"): it describes people, it does not report an
    act."""
    if n != 1 or i == 0 or i + 1 >= len(toks):
        return False
    w, nxt = toks[i].lower, toks[i + 1]
    # past participles only: an -ing word before a noun is as often a gerund with its object
    # ("accused police of beating detainees") or the act's own noun ("the bombing campaign")
    return (
        w.endswith("ed")
        and toks[i - 1].lower in PRENOMINAL_LEAD
        and nxt.text[:1].islower()
        and nxt.text.isalpha()
        and nxt.lower not in NOT_NOUNS
        and not nxt.lower.endswith("ly")
    )


PRONOUN_SUBJECTS = frozenset({"they", "we", "it", "he", "she"})  # not `the two sides`
FORUM_PREPS = frozenset({"to", "at", "with", "before"})
FORUM_TYPES = frozenset({"organization", "government_body"})


def _forum(text: str, toks: list[Token], i: int, end: int, doc: DocActors, target: Actor) -> bool:
    """The target of an accusation at toks[i] is a body it is taken to (`take the case to the
    ICJ`, `file a complaint with the EAC secretariat`, `raise the issue at the OAS`): its first
    mention after the act word follows `to`, `at`, `with` or `before`."""
    if target.actor_type not in FORUM_TYPES:
        return False
    m = next((m for m in doc.within(toks[i].start, end) if m.actor.key == target.key), None)
    if m is None:
        return False
    before = text[toks[i].start : m.start].split()
    before = [w for w in before if w.lower() not in ("the", "a", "an")]
    return bool(before) and before[-1].lower() in FORUM_PREPS


def _grievance_party(prior: list[Event], actor: Actor | None) -> Actor | None:
    """The doer of the latest material act (BACK_REFERENCE_LOOKBACK events back) by a party
    other than `actor` and its state: whom a grievance taken to a court or body is against."""
    for e in prior[: -BACK_REFERENCE_LOOKBACK - 1 : -1]:
        if e.event_type not in MATERIAL_TYPES or e.actor is None:
            continue
        if actor is not None and (e.actor.key == actor.key or (
            actor.country_code is not None and e.actor.country_code == actor.country_code
        )):
            continue
        return e.actor
    return None


HISTORY = re.compile(
    r"\bfor (?:more than |over |nearly |almost |about |some )?(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|a dozen|several|many)\s+(?:years|decades)\b|\bin the (?:19|20)\d0s\b|"
    r"\bbetween (?:19|20)\d\d and (?:19|20)\d\d\b",
    re.I,
)


def _history(text: str, toks: list[Token], i: int, n: int) -> bool:
    """Fighting told as the parties' history, not an act reported: its clause spans years (`has
    fought the government for more than 15 years`, `fought a war in the 1990s`, `fought a
    series of clashes between 2008 and 2011`)."""
    end = next((t.start for t in toks[i + n :] if t.text in {",", ";", "."}), toks[-1].end)
    return bool(HISTORY.search(text, toks[i].start, end))


def _shared_subject(
    text: str, toks: list[Token], i: int, s: Span, doc: DocActors, ref: Reference, prior: list[Event]
) -> Actor | None:
    """`the two sides will halt all hostilities and exchange prisoners`: a verb joined by `and`
    with no subject of its own shares the actor of the act before it in the sentence, over any
    name met earlier in the clause (`Under the deal, seen by AFP, ...`)."""
    if i < 2 or toks[i - 1].lower != "and" or toks[i - 2].text == ",":
        return None  # ", and called on supporters": a verb of the sentence's own subject
    if subject_before(text, toks, i, doc, ref) is not None:
        return None
    prev = next((e for e in reversed(prior) if e.evidence_start == s.start), None)
    return prev.actor if prev is not None else None


VENUE_SPEECH = frozenset({"told", "tells", "telling", "addressed", "addresses", "addressing"})


def _speech_venue(toks: list[Token], i: int) -> bool:
    """`told a rally in Durban`, `addressed the demonstration`: the gathering spoken to is
    where a speaker spoke, not a protest the story reports."""
    return i >= 2 and toks[i - 1].lower in ("a", "an", "the") and toks[i - 2].lower in VENUE_SPEECH


MONTH_WORDS = frozenset({"March"})  # a month that is also an act word (`march`)
SECOND_ACT_LEADS = frozenset({"then", "also", "later"})
VERBAL_SECOND = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE", "CONSULT"})
VERBAL_SECOND_OBJECT = 4  # a verbal act's own object before `and` (`called for calm and urged ...`: one act)
SECOND_ACT_OBJECT = 2  # words the first verb needs after it (its own object) before `and`


def _second_act(toks: list[Token], i: int, first_start: int, etype: str) -> bool:
    """A second material act of the same type in a sentence: a past verb joined by `and` after
    the first act's verb and its own object (`killed 30 fighters in a counter-offensive and
    destroyed two of their bases`, `fired water cannon at and then rammed a vessel`). Verbs that
    share one object (`shot and killed`, `condemned and denounced`), a noun or participle for the
    same act (`killed in an attack`, `..., killing seven`) and a verb told again stay one act."""
    first = next((k for k in range(i) if toks[k].start == first_start), None)
    if (etype not in MATERIAL_TYPES and etype not in VERBAL_SECOND) or not _past_verb(toks[i]):
        return False
    j = i - 1
    while j > 0 and toks[j].lower in SECOND_ACT_LEADS:
        j -= 1
    if j <= 0 or toks[j].lower != "and" or toks[j - 1].lower in CLAUSE_AUX:
        return False
    least = SECOND_ACT_OBJECT if etype in MATERIAL_TYPES else VERBAL_SECOND_OBJECT
    if first is None or first >= j or j - first - 1 < least or not _past_verb(toks[first]):
        return False
    # the same verb again, or a verb on `them`/`it`, tells the first act again (`expelled four
    # diplomats on Monday, and expelled them within hours`)
    again = toks[i].lower == toks[first].lower
    # a verbal act on `it` names the first act's object again (`condemned the decision ... and
    # called it "a violation"`): one stance
    back = OBJECT_PRONOUNS if etype in MATERIAL_TYPES else OBJECT_PRONOUNS | {"it"}
    return not again and not (i + 1 < len(toks) and toks[i + 1].lower in back)


def _past_verb(t: Token) -> bool:
    """A past-tense form (`destroyed`, `struck`): a verb that heads its own clause."""
    return t.text[:1].islower() and (t.lower.endswith("ed") or t.lower in IRREGULAR_PAST)


def _headline_like(text: str, p: Span) -> bool:
    """A short line that does not end a sentence (a headline, a standfirst bullet, `UPDATE 2-...`
    with its `(Adds ...)` line) that the layout kept as body."""
    body = text[p.start : p.end].rstrip().rstrip("\"'”’»)]").rstrip()
    return bool(body) and body[-1] not in FINAL_MARKS and len(body.split()) <= HEADLINE_MAX_WORDS


def drop_headline_repeats(text: str, paras: list[Span], events: list[Event]) -> list[Event]:
    """An act in a headline-like line that a later body paragraph reports again (same type) is
    the same act: keep the body's row only."""
    heads = [p for p in paras if _headline_like(text, p)]
    if not heads:
        return events
    def head_of(e: Event) -> Span | None:
        return next((p for p in heads if p.start <= e.evidence_start < p.end), None)
    out = []
    for e in events:
        h = head_of(e)
        if h is not None and any(
            o.event_type == e.event_type and o.evidence_start >= h.end and head_of(o) is None for o in events
        ):
            continue
        out.append(e)
    return out


def find_events(
    text: str,
    paras: list[Span],
    doc: DocActors,
    ref: Reference,
    pub,
    claims: list[tuple[int, int]] = (),  # noqa: ANN001
    speakers: dict[tuple[int, int], Actor | None] | None = None,
) -> list[Event]:
    """Every event in the body paragraphs; `claims` are the (start, end) spans of claim texts,
    `speakers` their claimants."""
    out: list[Event] = []
    zones = _excluded_zones(text, paras[0].start) if paras else []
    if len(paras) > 1 and not any(a == paras[0].start for a, _ in zones):
        # a headline or standfirst read as the first paragraph: the dateline opens the next
        zones += [z for z in _excluded_zones(text, paras[1].start) if z[0] == paras[1].start]
    cover = _claim_cover(list(claims))
    doc_words = StoryWords(text, paras)
    last_start: int | None = None  # start of the sentence before the current one
    for p in paras:
        quotes = quotations(text, p)
        for s in sentences(text, p):
            prev_start, last_start = last_start, s.start
            toks = tokens(text, s)
            _claimed_by(text, toks, s, doc, ref, out)
            hits = naming_hits(toks, quotes, ask_hits(toks, quotes, match_triggers(toks, ref, quotes)))
            hits = base_form_hits(toks, quotes, feeling_hits(toks, quotes, hits, ref), ref)
            hits = quoted_move_hits(toks, quotes, first_person_hits(toks, quotes, hits, ref), ref)
            hits = penalty_hits(toks, fragment_hits(toks, quotes, hits, ref), ref)
            hits = deadline_hits(toks, quotes, hits, ref)
            sent = text[s.start : s.end]
            fatalities = find_fatalities(sent, s.start)
            if not hits and not any(not in_quotes(f.char_start, quotes) for f in fatalities):
                continue  # no act named and no death reported ("one protester died in hospital")
            dates = [
                d  # a date inside a name ("6 April Youth Movement") or the dateline dates nothing
                for d in find_dates(sent, pub, s.start)
                if not any(a <= d.char_start < b for a, b in zones)
                and not any(
                    m.actor.actor_type != "state" and m.mention_type == "name"
                    for m in doc.overlapping(d.char_start, d.char_start + len(d.text))
                )
            ]
            money = find_money(sent, s.start)
            seen_types: dict[str, int] = {}
            bounds: dict[int, tuple[int, int]] = {}
            sentence_words = frozenset(t.lower for t in toks)
            hits = [
                (i, n, *_sense(text[toks[i].start : toks[i + n - 1].end], et, md, doc_words, ref,
                               toks[i - 1].lower if i else "",
                               toks[i + n].lower if i + n < len(toks) else "", sentence_words))
                for i, n, et, md in hits
            ]
            no_act = len(hits)
            hits = [h for h in hits if h[2] != "NONE"]  # a sense rule: no act in this story
            no_act -= len(hits)  # words a sense rule read as no act ("killed" in an earthquake)
            if len(hits) > 1:
                # "The navy denied that any boat had been rammed": the denied act's own row
                # stands for the denial; a denial is a row of its own only when the sentence
                # names no act ("Pakistan has denied crossing into Afghan territory")
                hits = [h for h in hits if not _denial(toks[h[0]], h[1], ref)] or hits
            # "denied any wrongdoing", "denies any role in the flights": a denial of blame with
            # no act named is no act ("denied any shelling": the shelling's row stands for it)
            hits = [h for h in hits if not (_denial(toks[h[0]], h[1], ref) and _denies_blame(toks, h[0] + 1))]
            if fatalities and not no_act and not any(et == "ASSAULT" for _, _, et, _ in hits):
                # a death toll with no attack word still reports a use of force ("left dozens dead")
                k = next(k for k, t in enumerate(toks) if t.start >= fatalities[0].char_start)
                hits.append((k, 1, "ASSAULT", None))
                hits.sort()
            for k_hit, (i, n, etype, mode) in enumerate(hits):
                if toks[i].text in MONTH_WORDS:
                    continue  # "in March", "March 3": the month, not a march
                if etype == "ASSAULT" and _history(text, toks, i, n):
                    continue  # "has fought the government for more than 15 years": background
                if etype == "PROTEST" and _speech_venue(toks, i):
                    continue  # "the president told a rally in Tamale": where he spoke, no protest
                if _inside_name(toks, i, doc):
                    continue  # "Amnesty International", "Strike Force Delta": part of a name
                if etype not in GOVERNING_TYPES and _governed(toks, i, hits, k_hit):
                    continue  # "urged both sides to return to talks": the talks are asked for
                if _prenominal(toks, i, n):
                    continue  # "demanded the release of all detained candidates"
                if _noun_modifier(toks, i, n, ref):
                    continue  # "two foreign aid workers", "protest leaders": people, no act
                if etype == "THREATEN" and _warned_demand(toks, i, n):
                    etype, mode = "REQUEST", None  # "warned that the government needed to ...": a demand
                elif etype == "THREATEN" and _prediction(toks, i, n, doc):
                    continue  # "warned that stocks would run out": a forecast, not a threat
                if etype == "REQUEST" and toks[i].lower.endswith("ing") and (
                    "PROTEST" in {h[2] for h in hits[:k_hit]}
                    or PROTESTERS & {t.lower for t in toks[:i]}
                ):
                    continue  # "marched through Kumasi demanding better pay": the protest's aim
                before = [t.lower for t in toks[max(0, i - 2) : i]]
                if etype == "ASSAULT" and STOPPERS & set(before):
                    continue  # "committing to halt fighting": the opposite of an attack
                demand = bool(OBLIGATION & set(before))
                if demand:
                    etype, mode = "REQUEST", None  # "fighters must withdraw": a demand
                if i > 0 and toks[i - 1].lower in ("those", "these"):
                    continue  # "relatives of those killed": a reference back, not a new act
                if etype in ("ASSAULT", "COERCE") and _refers_back(toks, i):
                    continue  # "killed in the strikes": an act already reported
                if (
                    i > 0
                    and toks[i - 1].lower in ("the", "this", "these")
                    and any(e.event_type == etype for e in out)
                ):
                    continue  # "the sanctions", "the protests": the act reported earlier in the story
                if etype in seen_types:
                    prev = out[seen_types[etype]]
                    # two acts of one type on two days, each date in its own clause: two rows,
                    # each row's evidence keeps to its side of the clause boundary
                    cut = next((toks[k].start for k in range(i - 1, -1, -1)
                                if toks[k].text in {",", ";"} and toks[k].start > prev.trigger_start),
                               toks[i].start)
                    new_date = _event_date(toks, i, dates)
                    other_day = (
                        prev.date.char_start < cut <= new_date.char_start and _other_day(prev.date, new_date)
                    )
                    if other_day:
                        bounds[seen_types[etype]] = (bounds.get(seen_types[etype], (s.start, s.end))[0], cut)
                        bounds[len(out)] = (cut, s.end)
                    second = _second_act(toks, i, prev.trigger_start, etype) or _passive_clause_act(
                        toks, i, prev.trigger_start, etype)
                    other_mode = bool(mode and prev.event_mode and mode != prev.event_mode)
                    if not other_mode and not other_day and not second:
                        if mode and prev.event_mode is None:
                            prev = out[seen_types[etype]] = Event(**{**prev.__dict__, "event_mode": mode})
                        if prev.actor is None and _passive_at(toks, i) is None:
                            # "a driver was killed when police fired tear gas": the second word
                            # for the act may name who did it
                            subj = subject_before(text, toks, i, doc, ref)
                            own = subj is not None and subj.start > prev.trigger_start
                            who = named_party(subj.actor if own and toks[i - 1].text != "," else None, ref)
                            noun_agent = None if who is not None else named_party(_noun_agent(
                                text, toks, i, n, doc, ref), ref)
                            if noun_agent is not None:
                                # "were killed in a Russian drone attack", "in an attack by
                                # Russian drones": the act noun names its doer, who is no target
                                who = noun_agent
                                if prev.target is not None and prev.target.key == who.key:
                                    prev = Event(**{**prev.__dict__, "target": None})
                            if who is not None and (prev.target is None or who.key != prev.target.key):
                                tgt = prev.target
                                if tgt is not None and tgt.actor_type == "state" and (
                                    tgt.country_code == who.country_code
                                ):
                                    tgt = None  # read while the doer was unknown: not its own state
                                upd = {"actor": who, "target": tgt}
                                prev = out[seen_types[etype]] = Event(**{**prev.__dict__, **upd})
                        if prev.target is None and _coordinated_passive(toks, i) is None:
                            # "called for calm and urged the authorities to ...": the second
                            # word for the act may name whom it is aimed at
                            tgt = _target_for(text, toks, i, n, s.end, doc, ref, prev.actor, etype, out)
                            tgt = named_party(tgt, ref)
                            if tgt is not None:
                                out[seen_types[etype]] = Event(**{**prev.__dict__, "target": tgt})
                        continue  # same act, another word for it
                start = toks[i].start
                pv = _passive_at(toks, i)
                if pv is None:
                    pv = _coordinated_passive(toks, i)
                    if pv is not None and mode == "visit":
                        continue  # "were freed and flown to Niger": carried there, not a visit
                if pv is None and _reduced_passive(toks, i, n):
                    pv = i  # "Twelve fishermen detained by Ugandan soldiers were released"
                passive = pv is not None
                if passive and etype == "SANCTION" and toks[i].lower in HALTED and _agent(
                    text, toks, i + n, doc, ref
                ) is None:
                    undergoer = subject_before(text, toks, pv, doc, ref)
                    if undergoer is None or undergoer.actor is None:
                        continue  # "pumping had been suspended as a precaution": a stoppage, no sanction
                if (
                    etype == "RETREAT"
                    and n == 1
                    and toks[i].lower in HUMAN_PATIENT
                    and not _people_undergo(text, toks, i, pv, doc, ref)
                    and not _captive_released(toks, i, pv, [h[2] for h in hits[:k_hit]])
                ):
                    continue  # "the report was released": only captives are released from captivity
                if passive:
                    # "14 union members were detained by police": the subject undergoes the act;
                    # the agent is the `by` phrase, else a state body reporting it, else the
                    # authority the sentence names; never the one who undergoes it
                    undergoer = _passive_subject(text, toks, pv, doc, ref)
                    thing = undergoer is not None and _named_thing(toks, undergoer, doc)
                    patient = undergoer.actor if undergoer and not thing else None
                    apposed = _apposed_patient(toks, pv, doc)
                    coordinated = any(t.lower == "and" for t in toks[max(0, pv - 12) : pv])
                    if apposed is not None and (undergoer is None or (
                        coordinated and patient is not None and patient.actor_type == "person"
                    )):
                        # "Its secretary general, X, and its treasurer, Y, were detained": the
                        # first person of a subject broken by appositions
                        patient = apposed
                    if patient is None:
                        patient = _pair_referent(toks, pv, out)  # "The two were being questioned"
                    if patient is None or patient.is_generic:
                        # "Her lawyer said her client had been beaten in custody"
                        patient = _client_of(toks, pv, doc, _claimant_at(start, speakers or {})) or patient
                    actor = _agent(text, toks, i + n, doc, ref) or (_acting_body(
                        _institutional_speaker(start, speakers or {}), ref
                    ) if etype in AUTHORITY_ACTS else None)
                    lo, hi = (undergoer.start, undergoer.end) if undergoer is not None else (
                        toks[clause_start(toks, pv, ref)].start, toks[pv].start
                    )
                    unnamed = not thing and named_party(patient, ref) is None
                    nationals = _demonym_state(text, doc, lo, hi) if unnamed else None
                    if _reports_own_nationals(actor, nationals, doc, ref) and _agent(
                        text, toks, i + n, doc, ref
                    ) is None:
                        # "Three Bolivian drivers were detained at the border, Bolivia's government
                        # said" (a story from Lima): a foreign state reporting its own people held
                        # did not hold them
                        actor = None
                    if named_party(actor, ref) is None:
                        # "The interior ministry said 48 people had been detained": a reporting
                        # body that names no party leaves the agent to the rules below
                        actor = None
                    if actor is None and etype in AUTHORITY_ACTS:
                        actor = _named_authority(text, doc, s.start, start, patient)
                    if actor is None and mode in STATE_ONLY_MODES and doc.home and not (
                        patient is not None and patient.actor_type == "state"
                    ):
                        # "Eleven fishermen were arrested in January": an arrest that names no
                        # one who made it is the state where it happened (`arrested in Moscow`),
                        # else the home state's (only states arrest)
                        where = _place_state(text, toks, doc)
                        cc = where.country_code if where is not None else doc.home
                        if not (patient is not None and patient.actor_type == "armed_forces"
                                and patient.country_code == cc and toks[i].lower.startswith("captur")):
                            # "two Rwandan soldiers had been captured": a state's troops are
                            # captured by its enemy, not by their own state (they may be
                            # arrested by it: "soldiers were arrested after the coup attempt")
                            actor = state_actor(cc, ref)
                    if actor is None and patient is None and etype in ("SUPPORT", "AGREE"):
                        # "The agreement ... was signed in Seoul": signed by the parties of the
                        # deal the story reported
                        deal = _deal_subject(toks, pv, out)
                        if deal is not None:
                            actor, patient = deal.actor, deal.target
                    if actor is None and mode == "release":
                        actor, patient = captor(out, toks, pv, patient)
                    own = _home_authority(patient, doc, ref)
                    if own is not None and own is not patient:
                        # "eight officers were wounded": unnamed police or troops undergoing an
                        # act are their state's; the state reporting it is not its actor
                        patient = own
                        if actor is not None and named_party(actor, ref) is not None and (
                            named_party(actor, ref).country_code == own.country_code
                        ):
                            actor = None
                    if etype == "MOBILIZE" and actor is None and patient is not None and (
                        patient.actor_type == "armed_forces"
                        or (patient.actor_type == "state" and undergoer is not None
                            and undergoer.mention is None)
                    ):
                        # "Rwandan troops, who have been deployed in the province", "security
                        # forces were placed on alert": the units moved are their own side's,
                        # the mover, not the move's target
                        actor, patient = patient, None
                    doer = named_party(actor, ref)
                    own_people = doer is not None and nationals is not None and (
                        doer.country_code == nationals.country_code
                    )
                    if named_party(patient, ref) is None and not thing and not own_people:
                        # "Three Chinese workers were kidnapped": unnamed people of a country are
                        # that state's, as the object of the active verb is (`_object_actor`);
                        # not when their own state acts on them
                        patient = nationals or patient
                    passive_target = patient
                    if etype in BACK_REFERENCE_TYPES:
                        named_act, doer = stance_on_act(text, toks, pv, doc, ref, out, actor)
                        passive_target = doer if named_act else passive_target
                else:
                    actor, passive_target = _actor_for(text, toks, i, doc, ref, etype, s), None
                    nominal = _nominal_parties(text, toks, i, n, doc, ref) if etype in DONE_TO_TYPES else None
                    if nominal is not None:
                        # "the arrest of two Colombian citizens by military counterintelligence"
                        actor = nominal[0] or actor
                    said_by = _claimant_at(start, speakers or {})
                    party = pronoun_party(toks, i, said_by, doc, ref)
                    if party is not None:
                        actor = party
                    elif said_by is not None and actor is not None and actor.key == said_by.key and (
                        toks[_trim_aux(text, toks, i) - 1].lower in ("they", "we")
                    ):
                        actor = None  # "they" in a person's words is not the speaker
                    if actor is None or actor.is_generic:
                        actor = _definite_body(text, toks, i, doc, ref, said_by) or actor
                    actor = _speakers_government(text, toks, i, ref, said_by, actor) or actor
                    actor = _named_service(text, toks, i, doc, ref, actor) or actor
                    shared = _shared_subject(text, toks, i, s, doc, ref, out)
                    if shared is not None:
                        actor = shared
                    main = _main_act(toks, i, s, out)
                    if main is not None:
                        # "The Kenyan government deported X, accusing him of ...": a participle
                        # after a comma shares the actor of the act it follows
                        actor = main.actor
                    act = _act_subject(text, toks, i, ref, out) if actor is None else None
                    if act is not None:
                        # "the strikes also destroyed a mosque": the act named as the subject
                        # was reported before; its actor did this too
                        actor = act.actor
                    if named_party(actor, ref) is None and etype in ("ACCUSE", "REJECT"):
                        actor = cue_claimant(toks[i + n - 1].end, s.end, speakers or {}) or actor
                    if actor is None:
                        actor = _previous_subject(toks, i, out, prev_start, s.start)
                    ja = _trim_aux(text, toks, i)
                    if actor is None and ja > 0 and toks[ja - 1].lower == "and":
                        # "seized three trawlers and detained the crews", "had offered 6% and
                        # had refused to ...": a verb joined by `and` (its auxiliaries too)
                        # shares the subject of the act before it in the sentence
                        actor = next((e.actor for e in reversed(out) if e.evidence_start == s.start), None)
                    counted = toks[i].text.isdigit() or toks[i].lower in NUMBER_WORDS
                    if actor is not None and actor.actor_type == "government_body" and not counted:
                        # "the gendarmerie arrested", "officers exchanged fire": an unnamed state
                        # body acting is the story's home state's (not the agent of a death
                        # count: "Three officers were injured and one protester died"); unnamed
                        # troops are the home side's only as `generic_actor` decides
                        # ("government troops", not "foreign troops")
                        actor = _home_authority(actor, doc, ref)
                    units_first = ref.generic.get(toks[i].lower) == "armed_forces"
                    if actor is None and etype == "MOBILIZE" and units_first:
                        # "2,500 troops had been sent to Arauca" (the trigger opens with the units
                        # moved): the units' own side moved them, as `generic_actor` reads them
                        units = generic_actor(toks[max(0, i - 3) : i + 1], ref, doc, text)
                        if units is not None and units[0] is not None and not units[0].is_generic:
                            actor = units[0]
                clause_end = next(
                    (
                        toks[k].start
                        for k in range(i + n, len(toks))
                        if toks[k].text == ";" or (toks[k].text == "," and _opens_clause(toks, k + 1, ref))
                    ),
                    s.end,
                )
                target = (
                    passive_target
                    if passive
                    else (nominal[1] if nominal is not None else None)
                    or _partner(text, toks, i, n, doc, ref, actor)
                    or _target_for(text, toks, i, n, clause_end, doc, ref, actor, etype, out)
                )
                if not passive and etype == "ASSAULT":
                    hurt = _injured_by(text, toks, i, doc, ref)
                    if hurt is not None:
                        # "nine officers were injured by stones thrown by protesters": those
                        # injured are the act's target (unnamed police: the home state's)
                        target = hurt
                        if actor is not None and named_party(actor, ref) is not None and (
                            named_party(actor, ref).key == hurt.key
                        ):
                            actor = None
                if not passive and etype in ENVOY_ACTS and (target is None or target.actor_type == "person"):
                    # "summoned Chile's ambassador, X", "recalled its ambassador to Chile": the
                    # envoy's state (a foreign envoy) or the host state (one's own envoy)
                    target = _envoy_state(toks, i, n, clause_end, doc, ref, actor) or target
                if not passive and etype == "ACCUSE" and target is not None and _forum(
                    text, toks, i, clause_end, doc, target
                ):
                    # "would take the case to the International Court of Justice", "raise the
                    # issue at the OAS": the body is where the grievance goes; it is against the
                    # party of the latest act another party did
                    target = _grievance_party(out, actor)
                if not passive and etype in DONE_TO_TYPES and i > 0 and toks[i - 1].lower in ("his", "her"):
                    # "two days after his arrest by soldiers": the person `his` stands for
                    target = _person_before(doc, toks[i - 1].start, actor) or target
                if not passive and target is None and etype in DONE_TO_TYPES:
                    # "Otieno's arrest drew condemnation": the person owning the act underwent it
                    owner = _act_owner(toks, i, doc)
                    if owner is not None and _owner_undergoes(toks, i, owner, etype):
                        target = owner
                if not passive and named_party(target, ref) is None and etype in ("ASSAULT", "COERCE"):
                    # "repelled the attack and killed more than 30 militants": the attackers
                    target = _attackers(toks, i, n, clause_end, s, out, actor, ref) or target
                if not passive and etype in BACK_REFERENCE_TYPES and toks[i].lower in NAMING_VERBS:
                    # "called the seizure an act of piracy": aimed at whoever seized
                    target = _named_act_doer(toks, i, ref, out, actor) or target
                if not passive and target is None and etype in BACK_REFERENCE_TYPES:
                    target = _relative_object_target(toks, i, ref, out, s, actor)
                    target = target or _contact_relative_target(text, toks, i, doc, ref, out, actor)
                if not passive and target is None and etype == "REQUEST":
                    target = _relative_demand_target(toks, i, out, s, actor)
                if not passive and etype == "REQUEST" and (target is None or target.actor_type == "person"):
                    # "called for his immediate release": addressed to whoever holds them
                    target = _holder(toks, i, i + n, clause_end, out, target, actor) or target
                trig_words = " ".join(t.lower for t in toks[i : i + n])
                two_sided = (
                    trig_words in ref.reciprocal or toks[i].lower in ref.reciprocal
                    or _each_other(toks, i + n)
                )
                if not passive and (two_sided or (etype in TWO_SIDED_TYPES and mode != "third-party")):
                    # two-sided acts: "talks between A and B", "the two sides agreed"
                    pair = between_pair(toks, i, n, doc) if two_sided else None
                    pair = pair or both_parties(toks, i, out, ref)
                    if pair is None and two_sided and actor is None and not _verb_like(toks[i]):
                        # "talks on a final peace deal would begin": no party named, the
                        # process the story is about (its latest two-sided act)
                        pair = last_two_sided(out, ref, fighting=etype == "ASSAULT")
                    if pair is not None:
                        actor, target = pair
                    elif two_sided and actor is not None:
                        # "Brazil and China held a first round of negotiations": the other
                        # conjunct of the subject the act's actor was named in (before any
                        # name after the act: "A and B agreed ... after talks mediated by C")
                        target = _co_party(text, toks, i, s, doc, actor) or target
                elif not passive and toks[_trim_aux(text, toks, i) - 1].lower not in PRONOUN_SUBJECTS:
                    # "the two sides will halt all hostilities": a subject standing for both
                    # parties names the two of the latest two-sided act, whatever the act
                    pair = both_parties(toks, i, out, ref)
                    if pair is not None:
                        actor, target = pair
                if not passive and named_party(target, ref) is None and etype == "AGREE" and (
                    toks[i].lower in ref.actor_cues["offer_word"] and not _offer_to_mediate(toks, i + n, ref)
                ):
                    # "Chile and Ecuador offered to send rescue teams", "Washington was ready to
                    # send experts": a foreign party's offer that names no one is made to the
                    # story's home state
                    target = _offered_to_home(actor, doc, ref)
                if not passive and named_party(target, ref) is None and etype == "REQUEST" and (
                    toks[i].lower in ref.actor_cues["demand_word"]
                ):
                    # "The unions are demanding that the minimum wage be raised", "the embassy
                    # demanded consular access": a demand by a party other than the home state's
                    # own organs that names no one is made to the story's home state
                    target = _demanded_of_home(actor, doc, ref) or target
                f = (
                    min(fatalities, key=lambda x: abs(x.char_start - start))
                    if fatalities and etype == "ASSAULT"
                    else None
                )
                mon = min(money, key=lambda x: abs(x.char_start - start)) if money else None
                if target is None and _mediates(mode):
                    # "The truce, brokered by Malaysia", "talks mediated by Qatar": between the
                    # parties of the story's latest two-sided act (or of one against the other)
                    target = _mediated_party(out, ref, actor)
                if etype == "PROTEST" and mode == "strike" and not passive:
                    actor, target = _strike_parties(text, toks, i, s, doc, ref, actor, target)
                if target is None:
                    target = recipient(etype, mon.amount if mon else None, actor, doc, ref)
                if (
                    target is not None and actor is not None and target.actor_type == "state"
                    and actor.actor_type in ("state", "armed_forces") and actor.key != target.key
                    and target.country_code == actor.country_code
                ):
                    target = None  # "Togolese soldiers fired shots ... urged Lome": not their own state
                if (
                    target is not None and actor is not None and target.actor_type == "armed_forces"
                    and actor.actor_type in ("state", "person", "government_body")
                    and target.country_code is not None and target.country_code == actor.country_code
                    and etype in ("REQUEST", "MOBILIZE")
                ):
                    target = None  # "ordered 800 soldiers to the frontier": its own forces, not a party
                if mode == "visit" and target is None:
                    continue  # "visited the site", "flown to a hospital": a place, no host to consult
                if named_party(actor, ref) is None and not _denial(toks[i], n, ref):
                    # "The navy denied that any boat had been rammed", "denied firing on the
                    # boats": an act denied with no doer named is the denier's own (denied)
                    denier = _denier(text, toks, i, doc, ref)
                    if denier is not None and (target is None or named_party(target, ref) != denier):
                        actor = denier
                seen_types[etype] = len(out)
                out.append(
                    Event(
                        event_type=etype,
                        event_mode=mode,
                        actor=named_party(actor, ref),
                        target=(
                            _forces_state(named_party(target, ref), doc, ref, toks[i].start, clause_end)
                            if not passive and etype in FORCES_STANCE_TYPES
                            else named_party(target, ref)
                        ),
                        trigger=text[start : toks[i + n - 1].end],
                        trigger_start=start,
                        location=_location(text, s, start),
                        date=_event_date(toks, i, dates),
                        fatalities_low=f.low if f else None,
                        fatalities_high=f.high if f else None,
                        amount=mon.amount if mon else None,
                        currency=mon.currency if mon else None,
                        # a demand is the speaker's own act, stated by the text: asserted
                        modality=("asserted" if demand
                                  else modality_of(toks, i, n, _inside_claim(start, cover)
                                                   or _attributed_after(toks, i + n, ref))),
                        evidence_start=s.start,
                        evidence_end=s.end,
                    )
                )
            # money stated in a sentence belongs to one event only: the nearest
            if money and len(seen_types) > 1:
                for idx in list(seen_types.values()):
                    ev = out[idx]
                    nearest = min(
                        seen_types.values(), key=lambda j: abs(out[j].trigger_start - money[0].char_start)
                    )
                    if idx != nearest and ev.amount is not None:
                        out[idx] = Event(**{**ev.__dict__, "amount": None, "currency": None})
            for idx in sorted(set(seen_types.values()) | set(bounds)):
                out[idx] = _tighten(text, s, out[idx], doc, fatalities, money, bounds.get(idx))
    out = first_person_actors(text, out, speakers or {}, doc, ref)
    return named_forces(drop_headline_repeats(text, paras, out), doc, ref)


ACT_OPENING = re.compile(r"(?:the|these|this|those)\s+(\w+)")


def named_forces(events: list[Event], doc: DocActors, ref: Reference) -> list[Event]:
    """`Rwandan troops shelled ...` in a story that names `the Rwanda Defence Force (RDF)`: a
    state's armed forces read from a common noun are the one armed force of that state the story
    names with its country in the name (`Kenya Defence Forces`, `Royal Thai Army`); not a force
    named without it (`National Guard`), nor when the story names two of the state's forces."""
    found: dict[str, set[str]] = {}
    actors: dict[str, Actor] = {}
    for m in doc.mentions:
        a = m.actor
        cc = a.country_code
        if (m.mention_type not in ("name", "alias") or a.is_generic or a.actor_type != "armed_forces"
                or cc is None or cc not in ref.country_names or a.name == _forces_name(cc, ref)):
            continue
        if _names_its_country(a.name, cc, ref) and _national_force(a, ref) is None:
            # (`Sudanese Armed Forces`, `Armed Forces of Azerbaijan` are the common name's own form)
            found.setdefault(cc, set()).add(a.key)
            actors[a.key] = a
    one = {cc: actors[next(iter(keys))] for cc, keys in found.items() if len(keys) == 1}
    if not one:
        return events

    def named(a: Actor | None) -> Actor | None:
        if a is None or a.actor_type != "armed_forces" or a.country_code not in one:
            return a
        return one[a.country_code] if a.name == _forces_name(a.country_code, ref) else a

    return [
        e if named(e.actor) is e.actor and named(e.target) is e.target
        else Event(**{**e.__dict__, "actor": named(e.actor), "target": named(e.target)})
        for e in events
    ]


def _forces_name(cc: str, ref: Reference) -> str:
    return f"{ref.country_names.get(cc, cc)} armed forces"


def _names_its_country(name: str, cc: str, ref: Reference) -> bool:
    """The name holds its state's name or a demonym of it (`Rwanda Defence Force`, `Royal Thai Army`)."""
    words = f" {name} "
    forms = [ref.country_names[cc], *(d for d, c in ref.demonyms.items() if c == cc)]
    return any(f" {f} " in words for f in forms)


def _condemned_act_doer(content: str, before: int, events: list[Event], actor: Actor | None) -> Actor | None:
    """`Kremlin spokesman X said the measures were "illegal"`, `dismissed the measures as
    illegal`: a condemning statement about `the measures`, `the decision`, `the move` is aimed at
    whoever did the latest earlier act (a material one first: the sanctions) of another party.
    None when the statement opens with no such noun."""
    m = ACT_OPENING.match(content)
    if m is None or m.group(1) not in GENERIC_ACT_NOUNS:
        return None
    def other(e: Event) -> bool:  # another party: not the speaker, nor the speaker's state
        own = actor is not None and (e.actor.key == actor.key or (
            actor.country_code is not None and e.actor.country_code == actor.country_code))
        return not own

    earlier = [e for e in events[: -BACK_REFERENCE_LOOKBACK - 1 : -1]
               if e.trigger_start < before and e.actor is not None and other(e)]
    ev = next((e for e in earlier if e.event_type in MATERIAL_TYPES), None) or next(
        (e for e in earlier if e.event_type not in STANCE_TYPES), None
    )
    return ev.actor if ev is not None else None


@functools.cache
def _accusation_rx(terms: frozenset[str]) -> re.Pattern[str]:
    """One alternation of every accusation term, as whole words (longest first)."""
    alts = "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
    return re.compile(r"\b(?:" + alts + r")\b")


def accusation_events(text: str, claims: list, events: list[Event], ref: Reference, pub) -> list[Event]:  # noqa: ANN001
    """A statement that condemns ("could be characterised as murder") is itself an ACCUSE act.

    For each attributed claim whose content uses a term from `accusation_terms.csv`, an
    ACCUSE event by the claimant against the claim's subject, unless one is already coded
    for that statement.
    """
    out = []
    for c in claims:
        if c.claimant is None:
            continue
        content = text[c.claim_start : c.claim_end].lower()
        if not _accusation_rx(ref.accusation_terms).search(content):
            continue
        if any(
            e.event_type == "ACCUSE"
            and e.evidence_start < c.evidence_end
            and c.evidence_start < e.evidence_end
            for e in events
        ):
            continue
        if not text.startswith(c.cue, c.cue_start):
            continue
        sent = text[c.evidence_start : c.evidence_end]
        dates = find_dates(sent, pub, c.evidence_start)
        actor = named_party(c.claimant, ref)
        target = named_party(c.subject, ref) or _condemned_act_doer(content, c.cue_start, events, actor)
        out.append(
            Event(
                event_type="ACCUSE",
                event_mode="disapprove",
                actor=actor,
                target=target,
                trigger=c.cue,
                trigger_start=c.cue_start,
                location=None,
                date=pick_date(dates, c.cue_start),
                fatalities_low=None,
                fatalities_high=None,
                amount=None,
                currency=None,
                modality="asserted",
                evidence_start=c.evidence_start,
                evidence_end=c.evidence_end,
            )
        )
    return out


# --- round 12 (s12-recall): acts the trigger match misses -------------------------------------

FEELING_COPULAS = frozenset({"was", "is", "are", "were", "been", "be", "remains", "remained", "felt",
                             "feels"})
FEELING_DEGREES = frozenset({"deeply", "gravely", "very", "extremely", "seriously", "profoundly", "greatly",
                             "particularly", "increasingly", "so", "most", "absolutely", "utterly"})
FEELING_SPAN = 4  # words of a quoted fragment that a feeling word may open (`"gravely alarmed"`)


def _after_copula(toks: list[Token], i: int) -> int | None:
    """Where the copula stands before toks[i] across degree words and an opening quotation
    mark (`was deeply`, `is "gravely`), else None."""
    k = i - 1
    while k >= 0 and (toks[k].lower in FEELING_DEGREES or toks[k].text in QUOTE_MARKS) and i - k <= 3:
        k -= 1
    return k if k >= 0 and toks[k].lower in FEELING_COPULAS else None


def feeling_hits(toks: list[Token], quotes: list[Span], hits: list[tuple], ref: Reference) -> list[tuple]:
    """`said it was "gravely alarmed" by the shelling`, `said she was appalled`: a feeling stated by
    a party (`local_senses.csv` rows with a copula `before`: concerned, alarmed, appalled,
    horrified, disappointed, dismayed, outraged, saddened) is a stance, ACCUSE (disapprove), even
    when the feeling is a short quoted fragment after an unquoted `was`; elsewhere (`the parties
    concerned`) the word names no act (its sense rule reads NONE)."""
    if not quotes:
        return hits
    taken = {k for i, n, _, _ in hits for k in range(i, i + n)}
    out = []
    for i, t in enumerate(toks):
        if t.lower not in ref.local_senses or i in taken or (t.lower,) not in ref.triggers:
            continue
        if not in_quotes(t.start, quotes):
            continue
        rules = ref.local_senses[t.lower]
        if not any(side == "before" and FEELING_COPULAS & words for side, words, _, _ in rules):
            continue
        k = _after_copula(toks, i)
        if k is None or in_quotes(toks[k].start, quotes):
            continue
        # the quotation opens between the copula and the word: a quoted fragment, not a quote
        q = next((x for x in quotes if x.start <= t.start < x.end), None)
        if q is None or q.start < toks[k].end:
            continue
        if sum(1 for x in toks if q.start <= x.start < q.end) > FEELING_SPAN + 2:
            continue
        etype, mode = ref.triggers[(t.lower,)]
        out.append((i, 1, etype, mode))
    return sorted(hits + out) if out else hits


BASE_MODALS = frozenset({"would", "will", "could", "may", "might", "shall", "must", "should", "'ll"})
BASE_LEADS = frozenset({"not", "also", "soon", "then", "now", "still", "immediately", "jointly", "never"})


def _past_form(word: str, ref: Reference) -> tuple[str, str | None] | None:
    """The lexicon row of a bare verb's past form (`demand` -> `demanded`, `jail` -> `jailed`,
    `free` -> `freed`, `bar` -> `barred`, `deny` -> `denied`), else None."""
    forms = (word + "ed", word + "d", word + word[-1:] + "ed")
    if word.endswith("y"):
        forms += (word[:-1] + "ied",)
    for f in forms:
        hit = ref.triggers.get((f,))
        if hit is not None:
            return hit
    return None


def base_form_hits(toks: list[Token], quotes: list[Span], hits: list[tuple], ref: Reference) -> list[tuple]:
    """`the kidnappers would demand a payment`, `said it would suspend the licences`: a bare verb after a
    modal (`would`, `will`, `could`, `must`; `not` and an adverb may stand between) names the act
    its past form names in the lexicon (`demanded`, `suspended`), as a planned act; the lexicon
    need not list every bare form. Not `to` (`urged X to ...` is read by the request), nor a
    capitalised word."""
    taken = {k for i, n, _, _ in hits for k in range(i, i + n)}
    out = []
    for i, t in enumerate(toks):
        if i == 0 or (toks[i - 1].lower not in BASE_MODALS and toks[i - 1].lower not in BASE_LEADS):
            continue
        if i in taken or in_quotes(t.start, quotes) or not _plain_word(t):
            continue
        if (t.lower,) in ref.triggers:
            continue
        k = i - 1
        while k > 0 and toks[k].lower in BASE_LEADS and i - k <= 2:
            k -= 1
        if toks[k].lower not in BASE_MODALS:
            continue
        hit = _past_form(t.lower, ref)
        if hit is not None:
            out.append((i, 1, hit[0], hit[1]))
    return sorted(hits + out) if out else hits


def _reported_clause(toks: list[Token], start: int, i: int) -> bool:
    """`said she had ordered a probe and that soldiers had held 40 suspects`: `and that` opens a
    second reported statement; the act after it is no complement of the request before it."""
    return any(toks[k].lower == "and" and toks[k + 1].lower == "that" for k in range(start, i - 1))


FIRST_PERSON = frozenset({"we", "i"})
FIRST_PERSON_LEADS = frozenset({"will", "would", "shall", "must", "'ll", "’ll", "have", "had", "not",
                                "also", "strongly", "firmly", "hereby", "do", "cannot", "can", "again", "now",
                                "therefore", "once", "today", "fully", "already"})


# PLOVER's verbal types: what a speaker does by saying it (`"We will deploy our members"` reports
# no deployment by the quote itself)
SPEECH_ACT_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                              "THREATEN"})


def first_person_hits(
    toks: list[Token], quotes: list[Span], hits: list[tuple], ref: Reference
) -> list[tuple]:
    """`"We demand that Accra free our boats," the minister said`, `"We will not
    negotiate with them"`: inside a quotation, an act word whose subject is `we` or `I` (modals,
    `not` and adverbs may stand between; no passive) is the speaker's own act, read like an act
    outside quotes (a bare verb through its past form, as `base_form_hits`); only a verbal act
    (`SPEECH_ACT_TYPES`), which the words themselves perform."""
    if not quotes:
        return hits
    taken = {k for i, n, _, _ in hits for k in range(i, i + n)}
    out = []
    for i, t in enumerate(toks):
        if i == 0 or (toks[i - 1].lower not in FIRST_PERSON and toks[i - 1].lower not in FIRST_PERSON_LEADS):
            continue
        if i in taken or not in_quotes(t.start, quotes) or not _plain_word(t):
            continue
        k = i - 1
        while k > 0 and toks[k].lower in FIRST_PERSON_LEADS and i - k <= 3:
            k -= 1
        if toks[k].lower not in FIRST_PERSON or not in_quotes(toks[k].start, quotes):
            continue
        negated = ref.triggers.get(("not", t.lower)) if toks[i - 1].lower == "not" else None
        if negated is not None and negated[0] in SPEECH_ACT_TYPES and i - 1 not in taken:
            out.append((i - 1, 2, negated[0], negated[1]))  # `"We will not recognise this result"`
            continue
        hit = ref.triggers.get((t.lower,)) or _past_form(t.lower, ref)
        if hit is not None and hit[0] in SPEECH_ACT_TYPES:
            out.append((i, 1, hit[0], hit[1]))
    return sorted(hits + out) if out else hits


PENALTY_BEFORE = re.compile(r"\b(?:will|would|shall)\b[^.;]{0,30}$", re.IGNORECASE)
FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:we|i)\s+(?:(?:"
    + "|".join(sorted(w for w in FIRST_PERSON_LEADS if w.isalpha()))
    + r")\s+){0,3}$",
    re.IGNORECASE,
)


def first_person_actors(
    text: str, events: list[Event], speakers: dict[tuple[int, int], Actor | None], doc: DocActors,
    ref: Reference,
) -> list[Event]:
    """An act in a quotation with `we`/`I` as its subject and no actor read (`first_person_hits`)
    is the speaker's: the body a spokesperson speaks for, else the speaker. So is a threat of a
    penalty for whoever acts (`penalty_hits`: `those who ... will be punished`), in or out of
    quotes, and a verbal act quoted from its verb on (`fragment_hits`: `said it "regretted"`)."""
    from factpack.extract.roles import speaks_for  # here, not in the shared import block

    penalties = ref.actor_cues.get("penalty", frozenset())
    out = []
    for e in events:
        penalty = bool(
            e.event_type == "THREATEN" and e.trigger.lower() in penalties
            and PENALTY_BEFORE.search(text, max(0, e.trigger_start - 40), e.trigger_start)
        )
        if penalty and e.modality == "planned":
            e = Event(**{**e.__dict__, "modality": "asserted"})  # the threat is made now
        lo = max(0, e.trigger_start - 60)
        before = penalty or FIRST_PERSON_BEFORE.search(text, lo, e.trigger_start) or (
            e.event_type in SPEECH_ACT_TYPES and FRAGMENT_BEFORE.search(text, lo, e.trigger_start)
        )
        if e.actor is None and before:
            who = _claimant_at(e.trigger_start, speakers)
            if who is not None:
                who = named_party(speaks_for(who, doc, ref, e.trigger_start) or who, ref)
            if who is not None and (e.target is None or e.target.key != who.key):
                # the speaker's own act, stated by the speaker: not only reported
                mod = "asserted" if e.modality == "reported" else e.modality
                e = Event(**{**e.__dict__, "actor": who, "modality": mod})
        out.append(e)
    return out


CLAUSE_PASSIVE_AUX = frozenset({"was", "were"})
CLAUSE_SUBJECT_SPAN = 4  # words of the new subject between `and` and its passive verb


def _passive_clause_act(toks: list[Token], i: int, first_start: int, etype: str) -> bool:
    """`Police broke up the march and 12 people were detained`: a passive clause with a subject
    of its own after `and` (a number or a plain noun phrase, `and its leaders were held`) tells a
    second material act, not another word for the first. Casualties (`killed 40 and 12 others
    were wounded`, `and three were killed`) are the first act's toll, no act of their own."""
    if etype not in MATERIAL_TYPES or i < 3 or not _past_verb(toks[i]):
        return False
    if toks[i].lower in INJURY_PARTICIPLES or toks[i].lower == "killed":
        return False
    if toks[i - 1].lower not in CLAUSE_PASSIVE_AUX:
        return False
    for j in range(i - 2, max(0, i - 2 - CLAUSE_SUBJECT_SPAN), -1):
        if toks[j].lower == "and":
            subject = toks[j + 1 : i - 1]
            return bool(subject) and toks[j - 1].start > first_start and all(
                t.text.isalnum() or t.text.replace(",", "").isdigit() for t in subject
            )
        if not toks[j].text.isalnum():
            return False
    return False


PERFECT_PASSIVE = frozenset({"have", "has"})


GIVE_WORDS = frozenset({"give", "gives", "gave", "given", "giving"})
DEADLINE_COUNTS = frozenset({"a", "an", "the"})  # `given him a week to`; other counts: NUMBER_WORDS, digits
DEADLINE_SPAN = 10  # words between `given` and the deadline's unit


def deadline_hits(toks: list[Token], quotes: list[Span], hits: list[tuple], ref: Reference) -> list[tuple]:
    """`has given the authorities in Kabul one month to open the dam gates`: `give` a party a
    number of hours, days, weeks or months (`deadline_unit` in actor_cues.csv) `to` do something
    sets a deadline, a demand (REQUEST); to leave (`leave_verb`: `has been given 72 hours to leave
    the country`) it is an expulsion order (COERCE). Outside quotes; the verb after `to` is the
    act demanded, no act of its own."""
    units = ref.actor_cues.get("deadline_unit", frozenset())
    if not units or not any(t.lower in GIVE_WORDS for t in toks):
        return hits
    leave = ref.actor_cues.get("leave_verb", frozenset())
    taken = {k for i, n, _, _ in hits for k in range(i, i + n)}
    out = []
    for i, t in enumerate(toks):
        if t.lower not in GIVE_WORDS or i in taken or in_quotes(t.start, quotes):
            continue
        for k in range(i + 1, min(len(toks) - 2, i + DEADLINE_SPAN)):
            if toks[k].text in {",", ";", ".", ":"}:
                break
            if toks[k].lower in units and toks[k + 1].lower == "to" and (
                toks[k - 1].text[:1].isdigit() or toks[k - 1].lower in NUMBER_WORDS
                or toks[k - 1].lower in DEADLINE_COUNTS
            ):
                etype = "COERCE" if toks[k + 2].lower in leave else "REQUEST"
                out.append((i, 1, etype, None))
                break
    return sorted(hits + out) if out else hits


FRAGMENT_LEADS = frozenset({"would", "will", "could", "may", "might", "shall", "must", "should", "was", "is",
                            "were", "are", "had", "has", "have", "did", "does", "it", "they", "he", "she",
                            "not", "also", "to"})
FRAGMENT_WORDS = 6  # words of a quoted fragment read for a trigger opening it
FRAGMENT_BEFORE = re.compile(  # a quote opening on a reported verb, right after its subject (`fragment_hits`)
    r"(?:\b(?:" + "|".join(sorted(FRAGMENT_LEADS)) + r")|\b[A-Z][a-z]+)\s*[\"“]$"
)


def fragment_hits(toks: list[Token], quotes: list[Span], hits: list[tuple], ref: Reference) -> list[tuple]:
    """`said Warsaw "reserves the right to respond"`, `said Minsk would "take mirror measures"`,
    `said it "regretted" the move`: a quotation that opens inside a reported clause, right after
    its subject (a pronoun or a capitalised name) or an auxiliary, quotes the reported act's own
    verb; a trigger opening it is read as outside quotes. Not after a speech verb, `as` or an
    article (`called it "a provocation"`, `described them as "fabricated"`): those quote words,
    not acts."""
    if not quotes:
        return hits
    taken = {k for i, n, _, _ in hits for k in range(i, i + n)}
    out = []
    for f in range(2, len(toks)):
        mark, lead = toks[f - 1], toks[f - 2]
        if mark.text not in QUOTE_MARKS or f in taken or not in_quotes(toks[f].start, quotes):
            continue
        if in_quotes(mark.start - 1, quotes) or in_quotes(lead.start, quotes):
            continue  # a closing mark, or a quote already running
        if not (lead.lower in FRAGMENT_LEADS or (lead.text[:1].isupper() and lead.text.isalpha() and f > 2)):
            continue
        window = [t for t in toks[f : f + FRAGMENT_WORDS] if t.text not in QUOTE_MARKS]
        first = next((h for h in match_triggers(window, ref, []) if h[0] == 0), None)
        if first is not None and first[2] in SPEECH_ACT_TYPES:
            out.append((f, first[1], first[2], first[3]))
    return sorted(hits + out) if out else hits


THOSE_NEXT = frozenset({"who", "responsible", "found", "caught", "behind", "involved"})
THREAT_MODALS = frozenset({"will", "would", "shall", "'ll"})
PARTY_OBJECT_LEADS = frozenset({"of", "to", "for", "with", "by", "on", "from", "against", "among", "at", "in",
                                "all", "about", "like", "than", "warn", "warned", "warning"})
PENALTY_LEADS = frozenset({"be", "found", "and", "then"})
PENALTY_LEADS_SPAN = 5
PENALTY_SPAN = 12  # words between the party (`anyone caught ...`) and its modal


def penalty_hits(toks: list[Token], hits: list[tuple], ref: Reference) -> list[tuple]:
    """`those who shelter pirates will be treated as pirates`, `anyone caught violating the curfew
    would be dealt with`, `Those who break the law will lose their licences`: a clause whose
    subject is whoever will do something (`warned_party` in actor_cues.csv; not after a
    preposition, `for those who ...`) and whose verb, after `will`/`would`/`shall` (and `be`), is
    a penalty (`penalty`) is a threat, in or out of quotes. A penalty word the lexicon reads as an
    act (`arrested`) is read as the threat, and the acts between the subject and its modal are
    the threat's condition (`anyone caught looting`), no acts of their own."""
    parties = ref.actor_cues.get("warned_party", frozenset())
    penalties = ref.actor_cues.get("penalty", frozenset())
    if not parties or not any(t.lower in parties for t in toks):
        return hits
    out: list[tuple] = []
    condition: set[int] = set()
    for i, t in enumerate(toks):
        if t.lower not in parties or (i > 0 and toks[i - 1].lower in PARTY_OBJECT_LEADS):
            continue
        if t.lower == "those" and (i + 1 >= len(toks) or toks[i + 1].lower not in THOSE_NEXT):
            continue
        modal = next((k for k in range(i + 1, min(len(toks), i + PENALTY_SPAN))
                      if toks[k].lower in THREAT_MODALS or toks[k].text in {".", ";", "?"}), None)
        if modal is None or toks[modal].lower not in THREAT_MODALS:
            continue
        k = modal + 1
        while k < min(len(toks), modal + PENALTY_LEADS_SPAN) and (
            toks[k].lower in PENALTY_LEADS or toks[k].text in QUOTE_MARKS or toks[k].lower.endswith("ly")
        ):
            k += 1  # `would be "dealt with"`, `will be found and punished`, `will be severely punished`
        if k < len(toks) and toks[k].lower in penalties:
            out.append((k, 1, "THREATEN", None))
            condition.update(range(i + 1, modal))
    if not out:
        return hits
    at = {h[0] for h in out} | condition
    return sorted([h for h in hits if h[0] not in at] + out)


def quoted_move_hits(toks: list[Token], quotes: list[Span], hits: list[tuple], ref: Reference) -> list[tuple]:
    """`"Additional troops have been deployed to the area," the spokesman said`: inside a
    quotation, a military or police move told as a present-perfect passive (`have been
    deployed`, `has been dispatched`) is the speaker's side's move, read as outside quotes."""
    if not quotes:
        return hits
    taken = {k for i, n, _, _ in hits for k in range(i, i + n)}
    out = []
    for i, t in enumerate(toks):
        if i < 2 or toks[i - 1].lower != "been" or toks[i - 2].lower not in PERFECT_PASSIVE or i in taken:
            continue
        hit = ref.triggers.get((t.lower,))
        if hit is not None and hit[0] == "MOBILIZE" and in_quotes(t.start, quotes):
            out.append((i, 1, hit[0], hit[1]))
    return sorted(hits + out) if out else hits
