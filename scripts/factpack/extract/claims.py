"""Claims: attributed statements (direct quotes, reported speech, mixed) with their speakers."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from factpack.extract.actors import NAMED_AGENCY_HEADS, Actor, DocActors, Mention, _lower_titles, state_actor
from factpack.extract.dates import WEEKDAYS
from factpack.extract.evidence import readable_span
from factpack.extract.reference import Reference
from factpack.extract.roles import (
    ARMED_COLLECTIVES,
    AUXILIARIES,
    NP_BOUNDARY_WORDS,
    PARENTHETICAL_OPENERS,
    STATE_COLLECTIVES,
    TIME_WORDS,
    Subject,
    clause_start,
    generic_actor,
    mention_after,
    resolve_role,
    sentence_subject,
    subject_before,
)
from factpack.extract.text import (
    QUOTE_CHARS,
    Span,
    Token,
    in_quotes,
    literal_alternation,
    quotations,
    sentences,
    strip_span,
    tokens,
)

DATELINE_PREFIX = re.compile(
    r"^\s*[A-Z][A-Z.'’\- ]+(?:,[^:\n]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?::|[-–—])\s*$"
)
STANCE_CONTENT = re.compile(r"\b(?:of|for)\s+\w+ing\b|\bthat\b|\bwhat\b|\bas\s+\w+|\b\w+ing\b")
TELL_OBJECT_MAX = 4  # "told reporters", "told a news conference", "told AFP"
TELL_SETTING_MAX = 10  # "told a news conference in the city on Monday that"
POSTPOSED_TAIL_MAX = 8  # words after a cue that still make "..., X said." postposed
POSTPOSED_SPEAKER_MAX = 14  # tokens back from a postposed cue to its comma (`…, the UN office (OCHA) said`)
TAIL_CUE_MAX = 12  # `," military spokesman Lt. Col. Avi Dror told`: a cue this far after the quote
LEADING_TIME = re.compile(
    r"(?:(?:late|early)\s+)?(?:on|last|this|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|night|week|month|year)(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+"
    r"|(?:yesterday|today|on\s+\w+\s+\d{1,2}|in\s+a\s+(?:statement|briefing|post|interview|speech))\s*,?\s+"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+"  # US style: "said Friday"
)
SKIP_AFTER_CUE = ("that, ", "that ", "on social media that ", "in a statement that ", "in a statement: ")
# "said in a post on X that", "told a rally in the capital on Sunday that": a setting phrase
# (a preposition and at most SETTING_MAX_WORDS words, no clause break) before `that`
SETTING_THAT = re.compile(
    r"(?:on|in|at|during|after|before|via|through|to|from|outside|inside|late|early"
    r"|(?:read|carried|published|broadcast|aired|issued|released|posted|sent|emailed)\s(?:out\s)?(?:on|by|in|to))\s"
    r"(?:[^\s,;:“”\"]+\s){0,9}?that\s"
)
SETTING_WORDS_STOP = frozenset(
    "he she it they we i was were is are had has would will".split()
)  # a subject or verb before `that`: a clause, not a setting


# `in a statement read on state television`, `a statement carried by the news agency KCNA`:
# the outlet that carried the words is their channel (`via`), not their author
CARRIED_BY = re.compile(
    r"\b(?:read(?:\s+out)?|carried|broadcast|aired)\s+(?:on|by|in|through)\s+"
)


def _carried_by(text: str, lo: int, hi: int, doc: DocActors) -> Actor | None:
    """The media outlet named in `read on X` / `carried by X` between lo and hi, else None."""
    m = CARRIED_BY.search(text, lo, hi)
    if m is None:
        return None
    for x in doc.within(m.end(), min(hi, m.end() + 60)):
        if x.actor.actor_type == "media":
            return x.actor
    # "read on state-run BTV": a capitalised name no gazetteer holds, after at most two
    # lower-case modifiers, names the outlet
    name = CARRIER_NAME.match(text, m.end(), hi)
    if name is None or doc.overlapping(name.start(1), name.end(1)):
        return None
    return Actor(name.group(1), "media", None)


CARRIER_NAME = re.compile(r"(?:[a-z][\w\-]*\s+){0,2}((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,3})(?=[\s,.;:]|$)")


CITING_ASIDE = re.compile(
    r",?\s*(?:citing|quoting|referring to|speaking\s+(?:to|on|in|at|from|during|after))"
    r"\s[^,;:“”\"]{1,60},\s+that\s+"
)  # "said, citing its own intelligence, that", "said, speaking to Teleamazonas, that"
SPEAKING_TO = re.compile(r"\b[Ss]peaking\s+(?:to|with|on)\s+")


def _skip_setting(text: str, start: int, end: int) -> int:
    """Start of what was said after a cue: past time phrases and settings (`on Monday`, `in a
    statement on Tuesday`, `on social media that`), which are not what was said."""
    for _ in range(3):  # "in a statement on Tuesday ...": phrases come in short runs
        lead = LEADING_TIME.match(text, start, end)
        if not (lead and text[lead.end() : lead.end() + 1].isalnum()):
            break
        start = lead.end()
    aside = CITING_ASIDE.match(text, start, end)
    if aside:
        return aside.end()  # "said, citing its own intelligence, that ..."
    setting = SETTING_THAT.match(text, start, end)
    if setting and not SETTING_WORDS_STOP & set(setting.group().lower().split()):
        return setting.end()
    rest = text[start:end]
    for prefix in SKIP_AFTER_CUE:
        if rest.startswith(prefix):
            return start + len(prefix)
    return start


@dataclass(frozen=True)
class Claim:
    claimant: Actor | None
    claimant_text: str | None
    claimant_start: int
    cue: str
    claim_start: int
    claim_end: int
    quote_type: str
    subject: Actor | None
    evidence_start: int
    evidence_end: int
    cue_start: int
    via: Actor | None = None  # the outlet or person the statement was relayed through
    via_start: int = -1  # where an outlet first found here (`told The Hindu`) is named


# `urged 'restraint on all sides'`: straight single quotes used as quotation marks (aggregator
# and British copy): one opening after a space or bracket and closing before a non-letter;
# an apostrophe (`Kenya's`, `the doctors' union`) opens nothing
STRAIGHT_QUOTED = re.compile(r"(?:^|(?<=[\s(\[]))'[^'\n]{2,}?'(?![A-Za-z])")


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] quotes words (curly or double quotes, or straight single ones)."""
    if any(c in QUOTE_CHARS for c in text[start:end]):
        return True
    return "'" in text[start:end] and STRAIGHT_QUOTED.search(text, start, end) is not None


def quote_type_of(text: str, start: int, end: int, direct: bool) -> str:
    if direct:
        return "direct"
    return "mixed" if _quoted(text, start, end) else "indirect"


def _cue_at(toks: list[Token], i: int, ref: Reference) -> tuple[str, str, int] | None:
    """(cue text, strength, n tokens) for a cue starting at token i."""
    t = toks[i]
    if t.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
        return "according to", "speech", 2
    if i + 1 < len(toks) and not t.text[:1].isupper():
        # a two-word cue of `cue_verbs.csv` (`pointed out`, `lashed out`, `ruled out`)
        two = ref.cues.get(f"{t.lower} {toks[i + 1].lower}")
        if two is not None:
            return f"{t.text} {toks[i + 1].text}", two[1], 2
    hit = ref.cues.get(t.lower)
    if hit is None or (i > 0 and t.text[:1].isupper()):
        return None  # "Minister of State", "United States": a capitalised word inside a name
    if hit[0] in ("respond", "reply") and i + 1 < len(toks) and toks[i + 1].lower == "to":
        return None  # "its forces had responded to provocations": an act, no words said
    return t.text, hit[1], 1


def _located_speaker(
    text: str, toks: list[Token], j: int, doc: DocActors, ref: Reference
) -> Subject | None:
    """`Amnesty International in Kenya said`, `police in Monrovia said`: a place after `in`
    locates the speaker named before it; it is not the speaker."""
    if j < 3:
        return None
    places = [m for m in doc.overlapping(toks[j - 1].start, toks[j - 1].end) if m.actor.actor_type == "state"]
    if not places:
        return None
    k = j - 1
    while k > 0 and toks[k - 1].start >= places[0].start:
        k -= 1
    if k < 2 or toks[k - 1].lower != "in":
        return None
    before = [
        m for m in doc.overlapping(toks[k - 2].start, toks[k - 2].end)
        if m.end == toks[k - 2].end and m.actor.actor_type != "state" and m.mention_type != "demonym"
    ]
    if not before:
        # "The European Union's delegation in Tunis said", "the US embassy in Quito said"
        held = _speaker_before(text, toks, k - 1, doc, ref)
        if held is not None and held.actor is not None and held.actor.is_generic:
            if held.actor.actor_type == "government_body":
                m = places[0]  # "the junta in Niamey", "officials in Kyiv": that place's state
                return Subject(m.actor, m.text, m.start, m.end, m)
        return held if held is not None and held.actor is not None else None
    m = before[0]
    return Subject(m.actor, m.text, m.start, m.end, m)


def _antecedent(text: str, toks: list[Token], comma: int, doc: DocActors, ref: Reference) -> Subject | None:
    """What a relative clause after the comma at token `comma` describes: the name (or
    generic source) ending there, or the one before an apposition (`X, the state firm,`)."""
    if comma >= 3 and toks[comma - 1].text.isdigit() and toks[comma - 2].text == ",":
        comma -= 2  # "Rahman Lamba, 52, whose brother ...": the age is no name
    prev = max((k for k in range(comma) if toks[k].text == ","), default=-1)
    appos = prev > 0 and toks[prev + 1].lower in ("the", "a", "an")
    if appos:
        # "a seafarers' union, the X Union of Y, which said": a generic description before the
        # apposition gives way to the name the apposition holds
        named = _apposed_name(toks, prev, doc)
        if named is not None and named.end == toks[comma - 1].end:
            before = subject_before(text, toks, prev, doc, ref)
            if before is None or (before.actor is not None and before.actor.is_generic):
                return Subject(named.actor, named.text, named.start, named.end, named)
    for end in (prev, comma) if appos else (comma,):
        if end == 0:
            continue
        anon = _generic_before_place(text, toks, end, doc, ref)
        if anon is not None and anon.actor is not None and anon.actor.actor_type == "person":
            return anon  # "A senior official at the finance ministry, who asked not to be named,"
        ms = [m for m in doc.within(max(0, toks[end - 1].start - 80), toks[end - 1].end)
              if m.end == toks[end - 1].end and m.mention_type != "demonym" and not m.actor.is_generic]
        if ms:
            m = max(ms, key=lambda m: m.end - m.start)
            return Subject(m.actor, m.text, m.start, m.end, m)
        subj = subject_before(text, toks, end, doc, ref)
        if subj is not None:
            return subj
    return None


APPOSITION_LEAD_MAX = 2  # words before the name in `, the X Union,` / `, Valletta-based X.`


def _apposed_name(toks: list[Token], comma: int, doc: DocActors) -> Mention | None:
    """`a seafarers' union, the X Union of Y, which said`, `according to the ship's manager,
    Valletta-based X.`, `said a spokesman for the Y, Ana Diaz.`: the name (not a state, not a
    generic source) that fills the whole phrase set off by the comma at token `comma`, after at
    most two leading words, names the speaker a description before the comma describes."""
    k = comma + 1
    end = next((x for x in range(k, len(toks)) if toks[x].text in (",", ";", ":", ".", "(")), len(toks))
    if end <= k or (end < len(toks) and toks[end].text in (":", "(")):
        return None
    hi = toks[end - 1].end
    ms = [
        m for m in doc.within(toks[k].start, hi)
        if m.end == hi and m.mention_type in ("name", "alias") and not m.actor.is_generic
        and m.actor.actor_type != "state"
    ]
    if not ms:
        return None
    m = max(ms, key=lambda m: m.end - m.start)
    lead = [t for t in toks[k:end] if t.end <= m.start]
    if len(lead) > APPOSITION_LEAD_MAX or any(not t.text.replace("-", "").isalpha() for t in lead):
        return None
    return m


def _possessive_state_body(toks: list[Token], j: int, doc: DocActors, ref: Reference) -> Subject | None:
    """`Tajikistan's government said`, `Ethiopia's foreign ministry denied`, `the United States
    embassy said`: a state's government body named by a lower-case description after the
    state's name (or its possessive) speaks for that state (`Ukraine's army`: that state's
    armed forces)."""
    k = j
    # `Peru's energy and mines ministry`: two fields joined by `and` are one description
    reach = 4 if j >= 4 and toks[j - 3].lower == "and" else 3
    while k > 0 and toks[k - 1].text.islower() and toks[k - 1].text.isalpha() and j - k < reach:
        k -= 1
    head = toks[j - 1].lower if j > 0 else ""
    if k == j or k < 1 or ref.generic.get(head) is None:
        return None
    owner = k - 2 if k >= 2 and toks[k - 1].lower in ("'s", "’s") else k - 1
    institution = (
        ref.generic.get(head) == "government_body"
        and not head.endswith("s")
        and ref.generic.get(f"{toks[j - 2].lower} {head}") in (None, "government_body")  # not `news agency`
    )
    states = [
        m for m in doc.overlapping(toks[owner].start, toks[owner].end)
        if m.actor.actor_type == "state" and m.end == toks[owner].end
        # `the Saudi foreign ministry said`: a demonym before an institution is its state too
        and (m.mention_type != "demonym" or (institution and owner == k - 1))
    ]
    if not states:
        return None
    m = states[0]
    state = m.actor
    if head in ARMED_COLLECTIVES:
        name = f"{ref.country_names.get(state.country_code, state.name)} armed forces"
        actor = Actor(name, "armed_forces", state.country_code)
    elif head in STATE_COLLECTIVES or (ref.generic.get(head) == "government_body" and not head.endswith("s")):
        actor = state  # an institution (`ministry`, `embassy`), not its people (`US officials`)
    else:
        return None  # "Kenya's opposition leaders": not the state
    return Subject(actor, m.text, m.start, m.end, m)


def _manner_adverb(toks: list[Token], k: int, ref: Reference) -> bool:
    """`X, Y, strongly condemned`, `the ministry firmly rejected`: a lower-case `-ly` word right
    before the cue that no determiner opens (`the family`, `an ally` are nouns) modifies the verb."""
    w = toks[k]
    return (
        w.text.islower()
        and w.lower.endswith("ly")
        and len(w.lower) > 5
        and w.lower not in ref.generic
        and w.lower not in ref.role_nouns
        and not (k > 0 and toks[k - 1].lower in DETERMINER_BEFORE)
    )


def _sub_body(text: str, toks: list[Token], j: int, doc: DocActors, ref: Reference) -> Subject | None:
    """`the UN human rights office said`, `the U.N. refugee agency said`: a named organisation,
    then one to three lower-case modifiers and an institution's head word (`org_heads.csv`)
    speaks for the organisation: with `agency` or `office` (the actors' rule for a body of its
    own, `actors.NAMED_AGENCY_HEADS`) as a body named by the whole phrase, with another head
    (`the African Union observer mission said`) as the organisation itself."""
    if j < 3 or not toks[j - 1].text.islower() or toks[j - 1].text.title() not in ref.org_heads:
        return None
    k = j - 1
    while k > 0 and j - 1 - k < 3 and toks[k - 1].text.islower() and toks[k - 1].text.isalpha():
        k -= 1
    if k == j - 1 or k < 1 or toks[k - 1].text in ("'s", "’s"):
        return None
    if any(toks[x].lower in ref.cues or toks[x].lower in NP_BOUNDARY_WORDS for x in range(k, j - 1)):
        return None
    ms = [
        m for m in doc.overlapping(toks[k - 1].start, toks[k - 1].end)
        if m.end == toks[k - 1].end and m.mention_type in ("name", "alias") and not m.actor.is_generic
        and m.actor.actor_type not in ("state", "person", "media")
    ]
    if not ms:
        return None
    m = max(ms, key=lambda m: m.end - m.start)
    if toks[j - 1].text not in NAMED_AGENCY_HEADS:
        return Subject(m.actor, m.text, m.start, m.end, m)
    name = text[m.start : toks[j - 1].end]
    kind = m.actor.actor_type
    if kind != "organization":
        kind = ref.org_heads[toks[j - 1].text.title()]
    return Subject(Actor(name, kind, m.actor.country_code), name, m.start, toks[j - 1].end)


def _named_body(doc: DocActors, lo: int, end: int) -> Mention | None:
    """The longest mention within [lo, end) that ends at `end` and names a body by its name or
    alias (no person, state or generic actor), or None."""
    ms = [m for m in doc.within(lo, end)
          if m.end == end and m.mention_type in ("name", "alias") and not m.actor.is_generic
          and m.actor.actor_type not in ("person", "state")]
    return max(ms, key=lambda m: m.end - m.start) if ms else None


BODY_PART_TYPES = frozenset({"armed_forces", "government_body", "organization", "group"})


def _possessive_body_part(toks: list[Token], j: int, doc: DocActors, ref: Reference) -> Subject | None:
    """`the ELN's central command said`, `the union's executive committee said`: a lower-case
    part of a named body (an organisation head word or role noun that is no person) after the
    body's possessive speaks for that body. States are `_possessive_state_body`'s."""
    if j < 3:
        return None
    head = toks[j - 1]
    kind = ref.org_heads.get(head.text.title()) or ref.role_nouns.get(head.lower)
    if not head.text.islower() or kind not in BODY_PART_TYPES:
        return None
    k = j - 1
    while k > 0 and j - k < 3 and toks[k - 1].text.islower() and toks[k - 1].text.isalpha():
        k -= 1
    if k < 2 or toks[k - 1].lower not in ("'s", "’s"):
        return None
    return _body_named_up_to(toks[k - 2], doc)


def _body_named_up_to(tok: Token, doc: DocActors) -> Subject | None:
    """The longest named body (no state, no person, nothing generic) whose name ends with `tok`."""
    ms = [
        m for m in doc.overlapping(tok.start, tok.end)
        if m.end == tok.end and m.mention_type in ("name", "alias") and not m.actor.is_generic
        and m.actor.actor_type not in ("state", "person")
    ]
    if not ms:
        return None
    m = max(ms, key=lambda m: m.end - m.start)
    return Subject(m.actor, m.text, m.start, m.end, m)


def _press_unit_owner(text: str, toks: list[Token], j: int, doc: DocActors, ref: Reference) -> Subject | None:
    """`the embassy's press service informed`, `the president's office said`: a unit that speaks
    for its owner (`actor_cues.csv` kind `press_unit`) gives the owner, read as if the owner
    spoke; `…, his office said`: the person named before in the sentence."""
    units = ref.actor_cues.get("press_unit", frozenset())
    n = 2 if j >= 3 and f"{toks[j - 2].lower} {toks[j - 1].lower}" in units else 1
    if j < n + 1 or " ".join(t.lower for t in toks[j - n : j]) not in units:
        return None
    if not all(t.text.islower() for t in toks[j - n : j]):
        return None  # `the Prime Minister's Office`: a name, read elsewhere
    k = j - n  # the unit's first word
    if toks[k - 1].lower in ("his", "her"):
        people = [
            m for m in doc.within(toks[0].start, toks[k - 1].start)
            if m.actor.actor_type == "person" and not m.actor.is_generic
            and m.mention_type in ("name", "surname")
        ]
        if not people:
            return None
        m = people[-1]
        return Subject(m.actor, m.text, m.start, m.end, m)
    if k >= 2 and toks[k - 1].lower in ("'s", "’s") and toks[j - 1].lower not in ref.proxy_nouns:
        # (`the president's office`: a proxy noun, `roles._principal` reads it)
        found = _speaker_before(text, toks, k - 1, doc, ref)
        if found is not None and found.actor is not None:
            return found
    return None


def _in_name(t: Token, doc: DocActors) -> bool:
    """A comma or `and` inside a body's name (`Commission for Conciliation, Mediation and
    Arbitration`): no clause boundary."""
    return any(
        m.start < t.start and t.end < m.end and m.mention_type in ("name", "alias")
        for m in doc.overlapping(t.start, t.end)
    )


def _name_with_comma(toks: list[Token], j: int, doc: DocActors) -> Subject | None:
    """`The Commission for Conciliation, Mediation and Arbitration said`: a name that holds a
    comma of its own (`actors._listed_in_name`) and ends right before the cue is the speaker;
    its comma opens no clause or apposition."""
    if j < 3:
        return None
    ms = [
        m for m in doc.within(max(0, toks[j - 1].end - 160), toks[j - 1].end)
        if m.end == toks[j - 1].end and "," in m.text and m.mention_type in ("name", "alias")
        and not m.actor.is_generic
    ]
    if not ms:
        return None
    m = max(ms, key=lambda m: m.end - m.start)
    return Subject(m.actor, m.text, m.start, m.end, m)


# `…, former Liberian foreign minister X, said`: lower-case title words (and a demonym) before a
# name set off by commas
TITLE_WORDS_MAX = 5
IDENTIFIED_AS = frozenset({"identified", "named"})  # `the officer, later identified as X,`
# `The agency, known as SNAI, said`, `A spokesman, who gave his name as X, said`: the apposition
# gives the speaker's own name (a body or a person)
NAMED_AS = re.compile(r"^(?:(?:also|locally|widely|officially)\s+)?known|identified|named|name$")
NAMED_AS_MAX = 8  # words of the apposition before the name (`who gave only his first name as`)


def _named_as(toks: list[Token], p: int, j: int, doc: DocActors) -> Subject | None:
    """The actor an apposition set off by commas (tokens p+1 .. j-2, the cue at j) names with
    `known as`, `identified as`, `named as` or `gave his name as` right before it: the speaker."""
    if p < 0:
        return None
    ends = [
        m for m in doc.within(toks[p + 1].start, toks[j - 2].end)
        if m.end == toks[j - 2].end and not m.actor.is_generic
        and m.mention_type not in ("demonym", "pronoun") and m.actor.actor_type != "state"
    ]
    m = max(ends, key=lambda m: m.end - m.start) if ends else None
    start = m.start if m is not None else toks[j - 2].start
    before = [t for t in toks[p + 1 : j - 1] if t.end <= start]
    if len(before) < 2 or len(before) > NAMED_AS_MAX or before[-1].lower != "as":
        return None
    if not any(NAMED_AS.match(t.lower) for t in before[:-1]):
        return None
    if m is not None:
        return Subject(m.actor, m.text, m.start, m.end, m)
    w = toks[j - 2]
    if len(before) == j - 3 - p and w.text.isupper() and w.text.isalpha() and 3 <= len(w.text) <= 8:
        # an acronym no list knows (`known as SNAI`): a body of the story's country
        return Subject(Actor(w.text, "organization", doc.home), w.text, w.start, w.end)
    return None


ADJUNCT_MAX = 12  # words of a setting between a subject and its verb
ADJUNCT_PREPS = frozenset({"in", "on", "at", "during", "via", "through"})
PARTICIPLE_PREPS = ADJUNCT_PREPS | {"to", "from", "with", "after", "before"}
NOT_PARTICIPLES = frozenset({"according", "including", "regarding", "concerning", "following", "during"})


def _setting_adjunct(words: list[Token]) -> bool:
    """`in a statement published on the newspaper's website`, `on Monday`: a preposition and a
    determiner or weekday opening a phrase with no clause of its own (no pronoun or auxiliary)."""
    if words and words[-1].text == ",":
        words = words[:-1]
    if len(words) >= 3 and words[0].text.islower() and words[0].lower.endswith("ing") and (
        words[0].lower not in NOT_PARTICIPLES
    ):
        # `writing on Telegram`, `reporting from Port Sudan`, `speaking to reporters`
        if words[1].lower not in PARTICIPLE_PREPS:
            return False
    elif len(words) < 2 or words[0].lower not in ADJUNCT_PREPS:
        return False
    elif words[1].lower not in OBJECT_DETERMINERS and words[1].lower not in WEEKDAYS:
        return False
    return not any(w.lower in SETTING_WORDS_STOP or w.text in (",", ";", ":") for w in words[1:])


SUBJECT_LEADS = frozenset("the a an its their his her , and but while meanwhile".split())


def _leads_subject(lead: list[Token]) -> bool:
    """The words before a speaker are only determiners or a linking word (`Meanwhile, the`), or
    describe a body by its maker (`The council set up by the`): the speaker is the subject."""
    if all(t.lower in SUBJECT_LEADS for t in lead):
        return True
    return (
        lead[0].lower in ("the", "a", "an")
        and any(t.lower == "by" for t in lead)
        and all(t.text.isalpha() and (t is lead[0] or t.text.islower()) for t in lead)
    )


OWNER_KINDS = {"its": False, "their": False, "his": True, "her": True}  # a person's possessive?


def _sentence_owner(toks: list[Token], i: int, doc: DocActors, person: bool) -> Subject | None:
    """The first actor named (a name or alias, not generic, no state as a body) in the sentence
    before token i: a person for `his`/`her`, else a body."""
    for m in doc.within(toks[0].start, toks[i].start):
        if m.mention_type not in ("name", "alias") or m.actor.is_generic:
            continue
        if (m.actor.actor_type == "person") == person and m.actor.actor_type != "state":
            return Subject(m.actor, m.text, m.start, m.end, m)
    return None


ACCUSATION_END = re.compile(r",\s+(?:after|as|while|amid|when|before|following)\b")
PLACE_ADVERBS = frozenset({"there", "here", "locally"})
AUTHORED_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "report"})
BRANCH_PLACE_MAX = 3  # capitalised words naming the branch's place (`Malawi`, `South Sudan`)


def _branch_of_body(toks: list[Token], j: int, doc: DocActors, ref: Reference) -> Subject | None:
    """`the Media Institute of Southern Africa (MISA) Malawi chapter said`, `Amnesty
    International's Kenya branch said`, `the party's youth wing said`: a branch noun
    (`actor_cues.csv` branch_noun) after a named body, a place or lower-case modifier and an
    optional possessive or bracketed acronym, speaks for that body (not a state, not a person)."""
    if j < 3 or toks[j - 1].lower not in ref.actor_cues.get("branch_noun", frozenset()):
        return None
    k = j - 1
    while k > 0 and j - 1 - k < BRANCH_PLACE_MAX and toks[k - 1].text.isalpha() and (
        toks[k - 1].text.islower() or doc.overlapping(toks[k - 1].start, toks[k - 1].end)
    ) and toks[k - 1].lower not in ("the", "a", "an", "its", "their", "his", "her"):
        if toks[k - 1].text.islower() and k < j - 1:
            break  # one lower-case modifier (`youth`), right before the noun
        k -= 1
    if k > 0 and toks[k - 1].lower in ("'s", "’s"):
        k -= 1
    elif k > 0 and toks[k - 1].text == ")":
        k -= 1  # `(MISA) Malawi chapter`: the acronym closes the name
    if k == 0:
        return None
    return _body_named_up_to(toks[k - 1], doc)


def _speaker_before(text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference) -> Subject | None:
    """The speaker before the cue at token i (`_speaker_before_core`); when none is found there,
    `Amnesty International in a statement on Monday said`: the speaker before a setting that no
    comma sets off (`_setting_adjunct`, from its first preposition), when it is the sentence's
    subject (`_leads_subject`)."""
    found = _speaker_before_core(text, toks, i, doc, ref)
    if found is not None and found.actor is not None and not found.actor.is_generic:
        return found
    j = i
    while j > 0 and (toks[j - 1].lower in AUXILIARIES or _manner_adverb(toks, j - 1, ref)):
        j -= 1
    branch = _branch_of_body(toks, j, doc, ref)
    if branch is not None:
        return branch  # `the X Front's youth wing said`: the body, over the generic `youth wing`
    if found is not None and found.actor is not None:
        return found
    if j >= 2 and toks[j - 1].lower in PLACE_ADVERBS and toks[j - 2].text.isalpha() and (
        toks[j - 2].lower not in AUXILIARIES and toks[j - 2].lower not in ("and", "but", "or", "that")
    ):
        # `officials there insist`, `residents there said`: the place adverb after the subject
        there = _speaker_before_core(text, toks, j - 1, doc, ref)
        if there is not None and there.actor is not None:
            return there
    if j >= 3 and toks[j - 1].lower in AUTHORED_DOCUMENTS and toks[j - 2].text[:1].isalpha():
        # `A Pakistani military statement said`, `a UN report said`: the words before the
        # document name its author, who speaks
        author = _speaker_before_core(text, toks, j - 1, doc, ref)
        if author is not None and author.actor is not None and author.end == toks[j - 2].end:
            return author
    if j < 3 or toks[j - 1].lower == "to":
        return found  # `rallied on Monday to demand`: an infinitive, not a setting before a verb
    for k in range(max(1, j - ADJUNCT_MAX), j - 1):
        if toks[k].lower not in ADJUNCT_PREPS or not toks[k].text.islower() or _in_name(toks[k], doc):
            continue  # (`the UN Mission in X`: a preposition inside a name)
        if toks[k - 1].text in (",", "(", ":") or not _setting_adjunct(toks[k:j]):
            break  # the first preposition opens no setting: leave it
        before = _speaker_before_core(text, toks, k, doc, ref)
        if before is None or before.actor is None:
            break
        # (`The X Mission in Y (XMY) in a statement said`: the name before its acronym leads)
        lead = [
            t for t in toks[:k]
            if t.end <= before.start and t.text not in "()"
            and not any(m.mention_type in ("name", "alias") for m in doc.overlapping(t.start, t.end))
        ]
        if _leads_subject(lead):
            return before
        break
    return found


RELATIVE_SPEECH_MIN = 4  # words said inside `X, which says it is in contact with relatives, said`


def _relative_speech(toks: list[Token], i: int, ref: Reference) -> bool:
    """`X, which says it is in contact with relatives, said …`: a relative clause whose verb is
    `say` with a clause of its own before the comma is a claim of the antecedent too (not an
    aside like `who asked not to be named` or `who had threatened to block it`)."""
    if ref.cues.get(toks[i].lower, ("",))[0] != "say":
        return False
    end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";")), len(toks))
    words = [t for t in toks[i + 1 : end] if t.text[:1].isalnum()]
    return len(words) >= RELATIVE_SPEECH_MIN and words[0].lower not in ("to", "on", "in", "at", "so")


def _speaker_before_core(
    text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference
) -> Subject | None:
    """The speaker before the cue at token i (`roles.subject_before`), where a named body
    stands beside a description of it: `the electoral commission (NEC) announced` gives the
    body named by the acronym; `the Daily Monitor newspaper reported`, `the ruling Zanu-PF party
    said` (a role noun from `role_nouns.csv` after a name) the named body, not the noun."""
    j = i
    while j > 0 and (toks[j - 1].lower in AUXILIARIES or _manner_adverb(toks, j - 1, ref)):
        j -= 1
    described = _described_speaker(text, toks, j, doc, ref)
    if described is not None:
        return described
    k = max((k for k in range(max(0, j - ADJUNCT_MAX - 1), j - 2) if toks[k].text == ","), default=-1)
    if k >= 2 and _setting_adjunct(toks[k + 1 : j]):
        # `The editor, X, in a statement on its website rejected …`, `Mayor X, writing on
        # Telegram, said …`: the subject is before the setting set off after it (its closing
        # comma may be missing)
        found = _speaker_before(text, toks, k + 1, doc, ref) or _speaker_before(text, toks, k, doc, ref)
        if found is not None:
            return found
    if j >= 4 and toks[j - 1].text == ",":
        named_as = _named_as(toks, max((k for k in range(j - 1) if toks[k].text == ","), default=-1), j, doc)
        if named_as is not None:
            return named_as  # `The agency, known as SNAI, said`
    relative = _relative_antecedent(text, toks, j, doc, ref)
    if relative is not None:
        return relative
    listed = _name_with_comma(toks, j, doc)
    if listed is not None:
        return listed
    owner = _press_unit_owner(text, toks, j, doc, ref)
    if owner is not None:
        return owner
    opener = (
        next((k for k in range(j - 3, max(0, j - 6), -1) if toks[k].text == "("), None) if j >= 3 else None
    )
    if opener is not None and toks[j - 1].text == ")":
        # "the electoral commission (NEC) announced", "(Komnas HAM) said": the body named in
        # brackets, else the name the brackets follow
        named = [m for m in doc.within(toks[opener + 1].start, toks[j - 2].end) if not m.actor.is_generic]
        if not named:
            named = [m for m in doc.within(max(0, toks[opener].start - 120), toks[opener].start)
                     if m.end == toks[opener - 1].end and not m.actor.is_generic]
        if named and named[0].mention_type != "demonym":
            m = named[0]
            return Subject(m.actor, m.text, m.start, m.end, m)
    if j >= 2 and toks[j - 1].lower in ("who", "which") and toks[j - 2].text == ",":
        if any(
            toks[k].text == "," and _cue_at(toks, k + 1, ref) is not None for k in range(i + 1, len(toks) - 1)
        ):
            if not _relative_speech(toks, i, ref):
                return None  # "X, who had threatened to block it, said ...": the main verb speaks
        return _antecedent(text, toks, j - 2, doc, ref)  # "the Corporation, the firm, which said"
    if j >= 1 and toks[j - 1].text == ",":
        # "A senior Emirati official, who asked not to be named, told": the relative clause
        # holds a cue of its own ("asked"), so the subject is the phrase before its comma
        k = max((k for k in range(j - 1) if toks[k].text == ","), default=-1)
        if k > 0 and toks[k + 1].lower in ("who", "which", "whose"):
            found = _antecedent(text, toks, k, doc, ref)
            if found is not None:
                return found
    if j >= 4 and toks[j - 1].text == ",":
        # "The head of the OAS mission, the former foreign minister Enrique Castillo, declared":
        # a person named at the end of the phrase set off by commas is the speaker
        p = max((k for k in range(j - 1) if toks[k].text == ","), default=-1)
        ends = [
            m for m in doc.within(toks[p + 1].start, toks[j - 2].end)
            if m.end == toks[j - 2].end and m.actor.actor_type == "person" and not m.actor.is_generic
        ] if p > 0 else []
        # "…,' Kenya's chief mediator, former vice-president X, told": a short lower-case title
        # before the name opens the apposition too
        lead_words = sum(1 for t in toks[p + 1 : j - 1] if ends and t.end <= ends[0].start)
        titled = bool(ends) and lead_words <= TITLE_WORDS_MAX
        if p > 0 and (toks[p + 1].lower in ("the", "a", "an") or toks[p + 1].text[:1].isupper() or titled):
            if ends and toks[p + 1].lower not in PARENTHETICAL_OPENERS:
                m = max(ends, key=lambda m: m.end - m.start)
                return Subject(m.actor, m.text, m.start, m.end, m)
        if p > 0 and ends:
            # "The officer, later identified by state television as Brigadier General X, added":
            # the person the apposition identifies the speaker as
            m = max(ends, key=lambda m: m.end - m.start)
            before = [t for t in toks[p + 1 : j - 1] if t.end <= m.start]
            lead = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower == "as"), None)
            if lead is not None and any(t.lower in IDENTIFIED_AS for t in before[:lead]):
                return Subject(m.actor, m.text, m.start, m.end, m)
        if p > 2 and toks[0].lower == "one" and toks[1].lower == "of" and p <= 4:
            # "One of them, a 34-year-old shopkeeper, said": the apposition names the speaker
            gen = generic_actor(toks[p + 1 : j - 1], ref, doc)
            if gen is not None:
                return Subject(gen[0], text[gen[1] : gen[2]], gen[1], gen[2])
    if j >= 4 and toks[j - 1].text == ",":
        # "Ecopetrol, the state oil company, insisted": the name before the apposition
        p = max((k for k in range(j - 1) if toks[k].text == ","), default=-1)
        cs = clause_start(toks, p, ref) if p > 0 else 0
        if p > 0 and toks[p + 1].lower == "the" and (
            toks[cs].lower in ("a", "an")
            # "The main opposition party, the Malawi Democratic Alliance (MDA), said": a
            # definite description that names no one gives way to the name set off after it
            # (`Her party, the X (ACG), said`: a possessive determiner names no one either)
            or (toks[cs].lower in ("the", "his", "her", "its", "their") and not any(
                not m.actor.is_generic and m.mention_type != "pronoun"
                for m in doc.within(toks[cs].start, toks[p - 1].end)
            ))
        ):
            # "A local militia allied to the army, the Kibumba Self-Defence Group (GAPK), said": an
            # indefinite description gives way to the name set off after it
            ms = [
                m for m in doc.within(toks[p + 1].start, toks[j - 2].end)
                if m.start == toks[p + 2].start and m.mention_type in ("name", "alias")
                and not m.actor.is_generic and m.actor.actor_type != "state"
            ]
            if ms:
                m = max(ms, key=lambda m: m.end - m.start)
                return Subject(m.actor, m.text, m.start, m.end, m)
        if p > 0 and toks[p + 1].lower in ("the", "a", "an"):
            ms = [
                m for m in doc.within(max(0, toks[p - 1].start - 80), toks[p - 1].end)
                if m.end == toks[p - 1].end and m.mention_type != "demonym" and not m.actor.is_generic
            ]
            if ms:
                m = max(ms, key=lambda m: m.end - m.start)
                return Subject(m.actor, m.text, m.start, m.end, m)
        if p > 0 and toks[p + 1].text[:1].isupper():
            # "The state energy firm, Societe Nigerienne des Hydrocarbures (SONIHY), said": the
            # name set off by commas (its acronym in brackets) is the speaker
            ms = [
                m for m in doc.within(toks[p + 1].start, toks[j - 2].end)
                if m.mention_type in ("name", "alias") and not m.actor.is_generic
            ]
            if ms and ms[0].start == toks[p + 1].start:
                m = max(ms, key=lambda m: m.end - m.start)
                if ms[0].actor.actor_type == "person" and text.startswith(" of ", ms[0].end):
                    m = ms[0]  # "The runner-up, X of the Alliance for Change (CAC), says": the member
                if m.actor.actor_type != "state":  # "Pakistan Tehreek-e-Insaf (PTI)": not Pakistan
                    return Subject(m.actor, m.text, m.start, m.end, m)
    located = _located_speaker(text, toks, j, doc, ref)
    if located is not None:
        return located
    state = _possessive_state_body(toks, j, doc, ref)
    if state is not None:
        return state
    body = _possessive_body_part(toks, j, doc, ref)
    if body is not None:
        return body
    if j >= 2 and toks[j - 1].lower == "side" and toks[j - 2].text[:1].isupper():
        # "the Chinese side countered that", "the Moroccan side": that state (translated copy)
        dem = [m for m in doc.overlapping(toks[j - 2].start, toks[j - 2].end)
               if m.actor.actor_type == "state" and m.end == toks[j - 2].end]
        if dem:
            m = dem[0]
            return Subject(m.actor, m.text, m.start, m.end, m)
    if j >= 2 and toks[j - 1].lower in ref.role_nouns:
        m = _named_body(doc, max(0, toks[j - 2].start - 80), toks[j - 2].end)
        if m is not None:
            return _member_of(text, m, doc) or Subject(m.actor, m.text, m.start, m.end, m)
    sub = _sub_body(text, toks, j, doc, ref)
    if sub is None and j >= 5 and toks[j - 1].text[:1].isupper():
        # "the UN human rights office in Geneva said": the place after `in` locates the body
        k = j - 2 if toks[j - 2].lower == "in" else j - 3 if toks[j - 3].lower == "in" else None
        if k is not None:
            m = _named_body(doc, max(0, toks[k - 1].end - 120), toks[k - 1].end)
            sub = (_sub_body(text, toks, k, doc, ref) if m is None
                   else Subject(m.actor, m.text, m.start, m.end, m))
    if sub is not None:
        return sub
    pair = f"{toks[j - 2].text} {toks[j - 1].text}".title() if j >= 3 else ""
    noun = j >= 3 and (toks[j - 1].lower in ref.role_nouns or pair in ref.org_heads)
    if noun and toks[j - 2].text.islower():
        # "the TASS news agency reported": one modifier between the name and the role noun
        m = _named_body(doc, max(0, toks[j - 3].start - 80), toks[j - 3].end)
        if m is not None:
            return Subject(m.actor, m.text, m.start, m.end, m)
    last = toks[j - 1].lower if j > 0 else ""
    pair = f"{toks[j - 2].lower} {last}" if j > 1 else ""
    if "media" in (ref.generic.get(last), ref.role_nouns.get(last), ref.generic.get(pair)):
        outlet = _unknown_outlet(text, toks, j, doc, ref)
        if outlet is not None:
            return outlet
    if j >= 4 and toks[j - 2].lower == "of":
        body = _body_of_state(text, toks, j, doc)
        if body is not None:
            return body
    found = subject_before(text, toks, i, doc, ref)
    if (
        found is not None and found.mention is not None and found.actor is not None
        and not found.actor.is_generic and found.actor.actor_type not in ("person", "state")
        and found.mention.end == toks[j - 1].end
    ):
        # "Joseph Okello of the ruling National Resistance Movement said": the member speaks
        found = _member_of(text, found.mention, doc) or found
    if found is None and not toks[i].lower.endswith("ing"):
        found = _generic_before_place(text, toks, j, doc, ref)
    if found is None or (found.actor is not None and found.actor.is_generic and found.mention is None):
        # "Aid groups said": a generic source of several words (`generic_actors.csv` phrases);
        # "a human rights group said": the longest listed phrase names it
        for n in (3, 2):
            if j >= n and all(t.text[:1].isalpha() for t in toks[j - n : j]):
                phrase = " ".join(t.lower for t in toks[j - n : j])
                if ref.generic.get(phrase) and (found is None or phrase.endswith(found.text.lower())):
                    a, b = toks[j - n].start, toks[j - 1].end
                    name = text[a:b]  # as written, without a sentence-initial capital ("state TV")
                    if not toks[j - n].text.isupper():
                        name = name[:1].lower() + name[1:]
                    country = None
                    if j > n:
                        # "Iranian state media reported": the country adjective before the phrase
                        # belongs to it (`state`, a cue word, cut it from the noun phrase)
                        dem = [m for m in doc.overlapping(toks[j - n - 1].start, toks[j - n - 1].end)
                               if m.mention_type == "demonym" and m.end == toks[j - n - 1].end]
                        if dem:
                            a, country = dem[0].start, dem[0].actor.country_code
                            name = text[a:b]
                    actor = Actor(name, ref.generic[phrase] or "group", country, None, True)
                    phrased = Subject(actor, text[a:b], a, b)
                    return _seat_of_power(phrased, doc, ref) or phrased
    seat = _seat_of_power(found, doc, ref)
    if seat is not None:
        return seat
    loose = found is not None and found.actor is not None and (
        found.actor.is_generic
        or (
            found.mention is not None
            and found.mention.mention_type == "definite"
            and found.actor.actor_type != "person"
        )
    )
    if loose and j >= 2:
        held = _described_nearby(text, toks[j - 1].lower, toks[j - 2].lower, doc, ref, toks[j - 1].start)
        if held is not None:
            return Subject(held.actor, found.text, found.start, found.end, held)
        state = _state_body_before(text, toks[j - 1].lower, toks[j - 2].lower, doc, ref, toks[j - 1].start)
        if state is not None:
            return Subject(state, found.text, found.start, found.end)
    if found is None and j >= 2 and toks[j - 1].lower in ref.role_nouns:
        # "the group warned", "the company said": a role noun no generic list holds refers
        # back to the last named body of its kind (`roles.resolve_role`)
        words = toks[clause_start(toks, j, ref) : j]
        held = resolve_role(words, doc, ref, words[0].start) if words else None
        if held is not None:
            return Subject(held, text[words[0].start : words[-1].end], words[0].start, words[-1].end)
    if found is None and j >= 2 and toks[j - 1].text.islower() and toks[j - 1].text.title() in ref.org_heads:
        k = j - 1
        while k > 0 and j - k < 5 and toks[k].lower not in ("the", "this") and (
            toks[k - 1].text.islower() or toks[k - 1].lower in ("the", "this")
        ):
            k -= 1  # back to the determiner, past modifiers that may be cue words (`state`)
        return _institution_described(text, toks[k:j], doc, ref)
    return found


SUBJECT_DETERMINERS = frozenset({"a", "an", "the", "one"})
RELATIVE_NP_MAX = 8  # words of the noun phrase a `who` clause describes (`A doctor at X Hospital`)


def _relative_antecedent(
    text: str, toks: list[Token], j: int, doc: DocActors, ref: Reference
) -> Subject | None:
    """`A rescuer who asked not to be identified because he was not authorised to speak to the
    press told Reuters`, `A doctor at X Hospital who declined to be named said`, `A diplomat who
    attended the hearing, and who asked not to be named, told`: a subject noun phrase opening
    its clause (a determiner first) and described by a relative clause without commas is the
    speaker; nothing named inside the relative clause (`the press`) or inside the noun phrase
    after a preposition (`X Hospital`) speaks. The verb right after `who` is the relative
    clause's own (`a man who said ...`), so a cue there is left to the other rules."""
    lo = max((k for k in range(j) if toks[k].text in (";", ":") or toks[k].text in QUOTE_CHARS),
             default=-1) + 1
    who = next((k for k in range(lo, j - 1) if toks[k].lower == "who" and toks[k - 1].text != ","), None)
    if who is None or who == lo or toks[j - 1].lower in DETERMINER_BEFORE | {"for", "to", "with", "in"}:
        return None  # "who declined to be named for fear of …": `fear` is a noun, `to speak` no verb
    if any(toks[c].text == "," and toks[c + 1].lower not in ("who", "and") for c in range(who, j - 1)):
        return None  # "A man who was held was freed, police said": the cue has a subject of its own
    start = who
    while start > lo and toks[start - 1].text not in (",", "(", ")") and who - start < RELATIVE_NP_MAX:
        start -= 1
    if start > lo and toks[start - 1].text not in (",",):
        return None  # a long phrase: not a subject noun phrase
    words = [t for t in toks[start:who] if t.text[:1].isalnum() or t.text in ("'s", "’s")]
    if len(words) < 2 or words[0].lower not in SUBJECT_DETERMINERS:
        return None
    if any(w.lower in ref.cues and not w.text[:1].isupper() for w in words):
        return None  # "Police arrested a man who ...": a verb before the noun phrase
    if start > 0 and not (start == lo or (toks[start - 1].text == "," and _opener_before(toks, start - 1))):
        return None
    p = next((x for x, w in enumerate(words) if w.lower in PLACE_OR_BODY_PREPS), len(words))
    if p < 2:
        return None
    ends = [m for m in doc.within(words[0].start, words[p - 1].end)
            if m.end == words[p - 1].end and m.mention_type in ("name", "alias") and not m.actor.is_generic]
    if ends:
        m = max(ends, key=lambda m: m.end - m.start)
        return Subject(m.actor, m.text, m.start, m.end, m)
    gen = generic_actor(words[:p], ref, doc)
    if gen is None or gen[0] is None:
        head = words[p - 1]
        if head.lower not in _lower_titles(ref.titles) or not head.text.islower() or words[0].lower == "the":
            return None
        # "An NCF leader who did not want to be named": a title with no holder named is an
        # anonymous person, named by its phrase
        a, b = words[1].start, head.end
        return Subject(Actor(text[a:b], "person", None, None, True), text[a:b], a, b)
    return Subject(gen[0], text[gen[1] : gen[2]], gen[1], gen[2])


def _opener_before(toks: list[Token], comma: int) -> bool:
    """`One of them, a 34-year-old shopkeeper, said`, `On Monday, a witness who …`: the phrase
    before the comma is a short opener (no verb of its own), so the noun phrase after it is the
    clause's subject."""
    return (
        0 < comma <= 4
        and toks[0].lower in SHORT_OPENERS
        and all(t.text[:1].isalnum() for t in toks[:comma])
    )


SHORT_OPENERS = frozenset(
    "one two some on in at after before earlier later separately meanwhile however yesterday today".split()
)  # `One of them,`, `On Monday,`: a sentence opener, not a noun phrase an apposition describes


def _institution_described(text: str, words: list[Token], doc: DocActors, ref: Reference) -> Subject | None:
    """`…, the authority said.`, `…, the state police command has confirmed.`: a definite
    description whose head is an institution's head word (`org_heads.csv`: authority, command,
    council, alliance) and that no list knows is the body named earlier whose name or description
    holds the word (`Ecuador's prison authority, SNAI,`), else an unnamed body of that kind (a
    generic actor named by the phrase without its determiner)."""
    if len(words) < 2 or words[0].lower not in ("the", "this") or not all(
        w.text.islower() and w.text.replace("-", "").isalpha() for w in words[1:]
    ):
        return None
    a, b = words[0].start, words[-1].end
    held = resolve_role(words, doc, ref, a)
    if held is not None and held.actor_type != "person":
        return Subject(held, text[a:b], a, b)
    head = re.compile(r"\b" + re.escape(words[-1].lower) + r"\b")
    for m in reversed(doc.within(max(0, a - HOLDER_LOOKBACK), a)):
        if m.mention_type not in ("name", "alias") or m.actor.is_generic:
            continue
        if m.actor.actor_type not in ("person", "state") and head.search(_office_context(text, m)):
            return Subject(m.actor, text[a:b], a, b, m)  # `Ecuador's prison authority, SNAI,`
    name = text[words[1].start : b]
    actor = Actor(name, ref.org_heads[words[-1].text.title()], None, None, True)
    return Subject(actor, text[a:b], a, b)


def _state_body_before(
    text: str, head: str, det: str, doc: DocActors, ref: Reference, pos: int
) -> Actor | None:
    """`the ministry said` after `Senegal's fisheries ministry suspended …`: a definite state
    institution noun (`ministry`, `embassy`; `generic_actors.csv` government bodies) refers back to
    the latest one named with its state's possessive (or demonym: `the Russian embassy`), and
    speaks for that state."""
    if det != "the" or ref.generic.get(head) != "government_body" or head.endswith("s"):
        return None
    lo = max(0, pos - HOLDER_LOOKBACK)
    best = None
    for m in re.finditer(r"['’]s\s+(?:[a-z][\w\-]*\s+){0,2}" + re.escape(head) + r"\b", text[lo:pos]):
        owner = lo + m.start()
        states = [x for x in doc.within(max(0, owner - 40), owner) if x.end == owner]
        states = [x for x in states if x.actor.actor_type == "state"]
        if states:
            best = (owner, states[-1].actor)
    # `the Russian embassy in Poland rejected …, the embassy said`: the state's demonym before it
    for m in re.finditer(r"\b" + re.escape(head) + r"\b", text[lo:pos]):
        at = lo + m.start()
        dem = [x for x in doc.within(max(0, at - 40), at) if x.end == at - 1 and text[x.end] == " "
               and x.mention_type == "demonym" and x.actor.actor_type == "state"]
        if dem and (best is None or best[0] < at):
            best = (at, dem[-1].actor)
    return best[1] if best is not None else None


SEATS_OF_POWER = frozenset({"presidential palace", "presidency", "presidential office"})


def _seat_of_power(found: Subject | None, doc: DocActors, ref: Reference) -> Subject | None:
    """`the presidential palace said`: an unnamed seat of power is its state (a metonym, like
    `the Kremlin`): the country the phrase names, else the story's home country."""
    if found is None or found.actor is None or not found.actor.is_generic:
        return None
    code = found.actor.country_code or doc.home
    if found.actor.name.lower() not in SEATS_OF_POWER or not code:
        return None
    state = state_actor(code, ref)
    return Subject(state, found.text, found.start, found.end)
PLACE_OR_BODY_PREPS = frozenset({"at", "in", "from", "near", "inside", "on", "with", "for", "of"})


def _generic_before_place(
    text: str, toks: list[Token], j: int, doc: DocActors, ref: Reference
) -> Subject | None:
    """`A senior officer at the border, speaking on condition of anonymity, said`, `The Chinese
    embassy in Jakarta said`: a generic head (`generic_actors.csv`) before a preposition of place
    or body is the speaker (a parenthetical between commas before the cue is passed over)."""
    k = j
    if k > 0 and toks[k - 1].text == ",":
        k = max((x for x in range(k - 1) if toks[x].text == ","), default=-1)
        if k <= 0:
            return None
    start = clause_start(toks, k, ref)
    words = [t for t in toks[start:k] if t.text[:1].isalnum() or t.text in ("'s", "’s")]
    p = next((x for x, w in enumerate(words) if w.lower in PLACE_OR_BODY_PREPS), None)
    if not p or p > 4 or len(words) - p > 8:
        return None  # a short noun phrase, then a short place or body: no clause
    if any(w.lower in ref.cues or w.lower in ("that", "who", "which") for w in words):
        return None
    gen = generic_actor(words[:p], ref, doc)
    if gen is None or gen[0] is None:
        return None
    return Subject(gen[0], text[gen[1] : gen[2]], gen[1], gen[2])


HOLDER_LOOKBACK = 1500  # characters searched back for the person a role noun describes


def _described_nearby(
    text: str, head: str, det: str, doc: DocActors, ref: Reference, pos: int
) -> Mention | None:
    """`the spokeswoman said`, `the teacher told`: a definite person noun (a title or a person
    noun of `generic_actors.csv`) resolves to the latest person named beside a description
    holding that noun, in the words right before the name (`the ministry's spokeswoman, Lt Gen
    X`, `Liberal Party candidate X`) or in an apposition after it (`X, a 33-year-old teacher at
    a nearby school,`). None when no named person is so described."""
    person_noun = ref.generic.get(head) == "person" or head in _lower_titles(ref.titles)
    if det not in ("the", "this") or not person_noun:
        return None
    people = [
        m for m in doc.within(max(0, pos - HOLDER_LOOKBACK), pos)
        if m.actor.actor_type == "person" and not m.actor.is_generic and m.mention_type in ("name", "alias")
    ]
    for m in reversed(people):
        before = text[max(0, m.start - 60) : m.start]
        before = re.split(r"[.;:!?\n“”\"]", before)[-1]
        after = re.match(r",\s*([^,.;:\n“”\"]{1,80})", text[m.end : m.end + 90])
        words = re.findall(r"[a-z]+", before.lower())
        words += re.findall(r"[a-z]+", after.group(1).lower()) if after else []
        if head in words:
            return m
    return None


def _body_of_state(text: str, toks: list[Token], j: int, doc: DocActors) -> Subject | None:
    """`The National Electoral Council (CNE) of Honduras announced`: a state named after `of`
    locates the body named before it; the body speaks, not the state."""
    if j < 4 or toks[j - 2].lower != "of":
        return None
    states = [m for m in doc.within(toks[j - 1].start, toks[j - 1].end) if m.actor.actor_type == "state"]
    if not states or states[0].start != toks[j - 1].start:
        return None
    k = j - 3
    if toks[k].text == ")":
        k = next((x for x in range(k - 1, max(-1, k - 5), -1) if toks[x].text == "("), -1) - 1
    if k < 0:
        return None
    bodies = [
        m for m in doc.within(max(0, toks[k].start - 120), toks[k].end)
        if m.end == toks[k].end and m.actor.actor_type not in ("state", "person") and not m.actor.is_generic
        and m.mention_type in ("name", "alias")
    ]
    if not bodies:
        return None
    m = max(bodies, key=lambda m: m.end - m.start)
    return Subject(m.actor, m.text, m.start, m.end, m)


def _unknown_outlet(text: str, toks: list[Token], j: int, doc: DocActors, ref: Reference) -> Subject | None:
    """`the Bernama news agency`, `the Dawn newspaper`: a capitalised name no gazetteer holds
    before a media noun (`generic_actors.csv` / `role_nouns.csv` rows of type media) names an
    outlet of that name."""
    for n in (2, 1):
        if j - n < 2:
            continue
        phrase = " ".join(t.lower for t in toks[j - n : j])
        if ref.generic.get(phrase) != "media" and ref.role_nouns.get(phrase) != "media":
            continue
        k = j - n
        while k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha() and j - n - k < 3:
            k -= 1
        if k == j - n or k == 0 or toks[k - 1].lower not in ("the", "a", "an"):
            return None
        a, b = toks[k].start, toks[j - n - 1].end
        if doc.overlapping(a, b):
            return None  # a known name: the other rules place it
        name = text[a:b]
        return Subject(Actor(name, "media", None), name, a, b)
    return None


# `the 61-year-old`, `the head of State`: a description by age or office (both regexes below)
DESCRIPTION_HEAD = r"[Tt]he\s+(?:(?P<age>\d{1,3})-year-old|head\s+of\s+(?P<office>[Ss]tate|[Gg]overnment))"
# `the 58-year-old said`, `the 63-year-old lawyer, a former head of ..., said`, `the head of
# state said`: a speaker described, not named, right before the cue
DESCRIBED = re.compile(
    r"(?:^|(?<=[\s,(“\"‘]))" + DESCRIPTION_HEAD +
    r"(?P<noun>(?:\s+[a-z][a-z\-]+){0,3}?)(?:\s*,[^,;“”\"]{1,90},)?(?:\s+(?:also|then|later))?\s*$"
)
DESCRIBED_LOOKBACK = 2000  # characters before the description where its holder may be named
# `"…," wrote the head of State in …`, `"…," said the 61-year-old lawyer.`: the same description
# right after an inverted cue
DESCRIBED_AFTER = re.compile(
    r"\s*" + DESCRIPTION_HEAD +
    r"(?P<noun>(?:\s+(?!in\b|on\b|at\b|during\b|from\b|after\b|before\b)[a-z][a-z\-]+){0,3}?)(?=\s*[,.;]|\s+(?:in|on|at|during|from|after|before)\b|\s*$)"
)
HOLDER_CONTEXT = 60  # characters before a name (and an apposition after it) read for an office title


def _described_speaker(
    text: str, toks: list[Token], j: int, doc: DocActors, ref: Reference
) -> Subject | None:
    """A speaker described by age or office resolves to the person named earlier: the one whose
    age is given (`Seitkali, 47,`), else whose description holds the noun or the office's titles
    (`actor_cues.csv`: head_of_state, head_of_government), else the latest person named as a
    subject (not as an object: `who represents Ben Salah`). None when the text names nobody."""
    if j == 0:
        return None
    lo = max(0, toks[j - 1].start - 160)
    m = DESCRIBED.search(text, lo, toks[j - 1].end)
    if m is None or m.end() != toks[j - 1].end:
        return None
    return _described_holder(text, m, doc, ref)


def _described_after(text: str, pos: int, doc: DocActors, ref: Reference) -> Subject | None:
    """`"…," wrote the head of State in his account`, `"…," said the 47-year-old.`: a speaker
    described by age or office right after an inverted cue (at `pos`) is resolved like one before
    it (`_described_holder`)."""
    m = DESCRIBED_AFTER.match(text, pos)
    return _described_holder(text, m, doc, ref) if m is not None else None


def _office_context(text: str, x: Mention) -> str:
    """The words describing a person at one mention: its description, the words before the name
    in its sentence (`The head of the military government, General X`) and an apposition after
    it (`X, the junta leader,`), lower-cased."""
    before = re.split(r"[.;:!?\n“”\"]", text[max(0, x.start - HOLDER_CONTEXT) : x.start])[-1]
    after = re.match(r",\s*([^,.;:\n“”\"]{1,80})", text[x.end : x.end + HOLDER_CONTEXT + 30])
    return f"{x.actor.description or ''} {before} {after.group(1) if after else ''}".lower()


def _described_holder(text: str, m: re.Match[str], doc: DocActors, ref: Reference) -> Subject | None:
    """The person a `DESCRIBED` / `DESCRIBED_AFTER` match describes (see `_described_speaker`)."""
    pos = m.start()
    people = [
        x for x in doc.within(max(0, pos - DESCRIBED_LOOKBACK), pos)
        if x.actor.actor_type == "person" and not x.actor.is_generic and x.mention_type in ("name", "surname")
    ]
    if not people and not m.group("office"):
        return None
    noun = m.group("noun").split()
    if m.group("age"):
        age = re.compile(r"\s*(?:,\s*|\(\s*|aged\s+)" + m.group("age") + r"\b")
        aged = [x for x in people if age.match(text, x.end)]
        if aged:
            return _subject(text, m, aged[-1])
        # `The president-elect, a 58-year-old lawyer ...`: the age describes a role's holder
        role_age = re.compile(
            r"\b[Tt]he\s+([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?),\s+an?\s+" + m.group("age") + r"-year-old\b"
        )
        for r in role_age.finditer(text, max(0, pos - DESCRIBED_LOOKBACK), pos):
            words = tokens(text, Span(r.start(), r.end(1)))
            held = resolve_role(words, doc, ref, r.start())
            if held is None and r.group(1).endswith("-elect"):
                won = _declared_winner(text, people, r.start())
                held = won.actor if won is not None else None
            if held is not None and held.actor_type == "person":
                return Subject(held, text[m.start() : m.end()].strip(), m.start(), m.end())
    if m.group("office"):
        titles = ref.actor_cues.get(f"head_of_{m.group('office').lower()}", frozenset())
        held = [x for x in people if any(t in (x.actor.description or "").lower() for t in titles)]
        if not held:
            # the title stands beside the name, not in its description (`The head of the
            # military government, General X,`)
            fits = [re.compile(r"\b" + re.escape(t) + r"\b") for t in titles]
            held = [x for x in people if any(f.search(_office_context(text, x)) for f in fits)]
        if held:
            return _subject(text, m, held[-1])
        # nobody so titled: the generic role (`head of state`), never a head noun alone
        role = Actor(f"head of {m.group('office').lower()}", "person", None, None, True)
        return Subject(role, text[m.start() : m.end()].strip(), m.start(), m.end())
    if noun:
        fits = [x for x in people if noun[-1] in (x.actor.description or "").lower()]
        if fits:
            return _subject(text, m, fits[-1])
        won = _declared_winner(text, people, pos) if noun[-1].endswith("-elect") else None
        if won is not None:
            return _subject(text, m, won)
    subjects = [x for x in people if not _object_position(text, x.start)]
    return _subject(text, m, subjects[-1]) if subjects else None


# `declared X the winner`, `X had won 52% of the vote`, `X, the opposition leader, has been
# declared the winner`: the person an election result names as its winner
WON_AFTER = re.compile(
    r"(?:,[^,.;]{1,90},)?\s+(?:(?:had|has|have)\s+)?(?:won\b|been\s+declared\s+(?:the\s+)?winner\b"
    r"|(?:as\s+)?the\s+winner\b)"
)


def _declared_winner(text: str, people: list[Mention], pos: int) -> Mention | None:
    """`the president-elect` (a role whose title ends in `-elect`) before its holder is given the
    title: the latest person named earlier as an election's winner (`WON_AFTER`), else None."""
    won = [x for x in people if x.end <= pos and WON_AFTER.match(text, x.end)]
    return won[-1] if won else None


def _object_position(text: str, start: int) -> bool:
    """A name right after a lower-case word that is no title or person noun (`represents X`,
    `arrested X`) names an object, not a speaker."""
    w = re.search(r"([A-Za-z\-]+)[ \t]+$", text[max(0, start - 30) : start])
    return bool(w) and w.group(1).islower() and w.group(1) not in ("and",)


def _subject(text: str, m: re.Match[str], x: Mention) -> Subject:
    start = m.start() if text[m.start()] != " " else m.start() + 1
    phrase = text[start : m.end()].strip()
    return Subject(x.actor, phrase, start, start + len(phrase), x)


def _member_of(text: str, org: Mention, doc: DocActors) -> Subject | None:
    """`senator Julian Vargas of the Democratic Centre party accused`: the person before `of
    (the)` the body speaks, not the body."""
    before = text[max(0, org.start - 60) : org.start]
    m = re.search(r"\s+of\s+(?:the\s+(?:[a-z]+\s+){0,2})?$", before)  # `of the ruling`
    if m is None:
        return None
    end = org.start - (len(before) - m.start())
    people = [x for x in doc.within(max(0, end - 60), end) if x.end == end and x.actor.actor_type == "person"]
    if not people:
        return None
    x = people[-1]
    return Subject(x.actor, x.text, x.start, x.end, x)


QUOTING_VERBS = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})
PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being"})


def _quoted_as_saying(toks: list[Token], i: int) -> int | None:
    """Index of `quoted` in `X quoted Y as saying ...` when the cue at i is that `saying`."""
    if toks[i].lower != "saying" or i < 3 or toks[i - 1].lower != "as":
        return None
    return next((k for k in range(i - 2, max(-1, i - 15), -1) if toks[k].lower in QUOTING_VERBS), None)


def _reduced_relative(between: list[Token], ref: Reference) -> bool:
    """`…, a figure Chisinau disputes.`, `…, a claim Moscow denies.`: an indefinite noun that
    names no speaker (no title, person noun or role noun) before the name: a relative clause
    about the content, not its attribution."""
    if len(between) < 3 or between[0].lower not in ("a", "an"):
        return False
    noun = between[1].lower
    return (
        between[1].text.islower()
        and between[2].text[:1].isupper()
        and not ref.generic.get(noun)
        and noun not in ref.role_nouns
        and noun not in _lower_titles(ref.titles)
    )


def _comma_before(toks: list[Token], i: int) -> bool:
    """A comma right before token i, or a closing quotation mark after a comma (`…,” adding`)."""
    k = i - 1
    while k > 0 and toks[k].text in QUOTE_CHARS:
        k -= 1
    return k >= 0 and (toks[k].text == "," or toks[k].text.endswith(","))


COORDINATED_NP_MAX = 4  # words in each of `police and party sources`, `the group and a defence lawyer`


def _coordinated_speakers(
    text: str, toks: list[Token], comma: int, i: int, doc: DocActors, ref: Reference
) -> Subject | None:
    """`CONTENT, police and party sources said.`, `…, the group and a defence lawyer said.`: two
    short noun phrases joined by one `and` between the comma and the cue are the sources; the
    first that names an actor is the claimant (None when the words are no such pair)."""
    between = toks[comma + 1 : i]
    ands = [k for k, t in enumerate(between) if t.lower == "and"]
    if len(ands) != 1 or not _setting_tail(toks, i + 1, ref.cues.get(toks[i].lower, ("",))[0], ref):
        return None  # "…, India and the UAE accused of helping …": a list, then a clause
    left, right = between[: ands[0]], between[ands[0] + 1 :]
    if not (0 < len(left) <= COORDINATED_NP_MAX and 0 < len(right) <= COORDINATED_NP_MAX):
        return None
    if any(not t.text[:1].isalnum() and t.text not in ("'s", "’s") for t in between):
        return None
    if any(t.lower in NP_BOUNDARY_WORDS or (t.lower in ref.cues and t.text.islower()) for t in between):
        return None
    at = comma + 1 + ands[0]
    for end in (at, i):
        subj = _speaker_before(text, toks, end, doc, ref)
        if subj is not None and subj.actor is not None and subj.start >= toks[comma + 1].start:
            return subj
    return None


def _denial_aside(between: list[Token]) -> bool:
    """`…, a charge the defence ministry rejected.`, `…, a claim the police denied.`: the aside
    says that someone disputes what came before; it attributes nothing to them (the words are
    the other side's)."""
    return len(between) >= 3 and between[0].lower in ("a", "an") and between[1].lower in ANAPHORIC_OBJECTS


CLAUSE_AFTER_CUE = frozenset({"as", "while", "whereas", "amid", "but"})  # `…, X said, as Y warned that …`


def _that_scope(toks: list[Token], after: int, next_comma: int, ref: Reference) -> int:
    """Where a `that` after a postposed cue would open what was said: nowhere when a comma follows
    the cue at once (`…, officials said, the latest in a series of attacks that …`: an aside
    whose `that` is a relative pronoun), else up to a participle's comma or the sentence end."""
    if next_comma == after and after < len(toks) and toks[after].text == ",":
        nxt = toks[after + 1].lower if after + 1 < len(toks) else ""
        if nxt in ("the", "a", "an") or nxt.endswith("ing") or nxt in CLAUSE_AFTER_CUE:
            return after  # (`…, his family said, as rights groups warned that …`: a new clause)
    return _participle_comma(toks, next_comma, ref)


def _participle_comma(toks: list[Token], comma: int, ref: Reference) -> int:
    """`..., a source told AFP, adding that ...`: where the attribution ends when a participial
    cue follows its comma (the `that` after it is the participle's); else the sentence end."""
    if comma + 1 < len(toks) and toks[comma + 1].lower.endswith("ing") and toks[comma + 1].lower in ref.cues:
        return comma
    return len(toks)


def _only_setting(words: str) -> bool:
    """`on Wednesday`, `late on Friday`, `in a statement on Monday`: a time or setting phrase
    with nothing said after it."""
    rest = words.strip() + " "
    for _ in range(3):
        m = LEADING_TIME.match(rest)
        if m is None:
            return False
        rest = rest[m.end() :]
        if not rest.strip():
            return True
    return False


def _fronted_content(text: str, s: Span, subj: Subject | None, ref: Reference) -> tuple[int, int] | None:
    """`CONTENT, Brigadier X, a spokesman for the army, said on Wednesday.`: nothing is said
    after the cue, and a comma ends the content before the speaker (and its title): the
    content is the sentence up to that comma."""
    if subj is None or subj.actor is None or subj.start <= s.start:
        return None
    k = text.rfind(",", s.start, subj.start)
    if k < 0 or not re.fullmatch(r"(?:\s+[A-Z][\w.’'\-]*)*\s*", text[k + 1 : subj.start]):
        return None  # only a title may stand between the comma and the speaker
    content = strip_span(text, s.start, k, " ,;:—–.")
    # "CONTENT, the EU special representative, X, said.": the description set off before the
    # name is the speaker's, not part of what was said
    cut = _description_start(text, content, ref)
    if cut is not None:
        content = strip_span(text, content[0], cut, " ,;:—–.")
    words = text[content[0] : content[1]].split()
    if len(words) < 3:
        return None
    last = words[-1].strip(".,;:").lower()
    if cut is None and words[0].lower() in ("a", "an", "the", "its", "his", "her", "their") and (
        last in _lower_titles(ref.titles) or ref.generic.get(last) or " of " in f" {' '.join(words).lower()} "
    ):
        return None  # "A spokeswoman for the ministry, Yelena Orlova, ...": the speaker's description
    return content


DESCRIPTION_MAX_WORDS = 9  # `the head of the ICRC's delegation in Colombia`


def _description_start(text: str, span: tuple[int, int], ref: Reference) -> int | None:
    """The comma opening a speaker's description that ends `span` (`…, his lawyer`, `…, the
    head of the ICRC's delegation in Colombia`, `…, Kenya's chief mediator`): a determiner or
    possessive first, then within three words a title, a generic person noun or a role noun;
    None when the last phrase is no such description."""
    a, b = span
    k = text.rfind(",", a, b)
    if k < 0:
        return None
    tail = re.findall(r"[\w’'\-]+", text[k + 1 : b])
    if not tail or len(tail) > DESCRIPTION_MAX_WORDS:
        return None
    first = tail[0].lower()
    if first not in ("the", "a", "an", "his", "her", "its", "their") and not first.endswith(("'s", "’s")):
        return None
    titles = _lower_titles(ref.titles)
    head = [w.lower() for w in tail[1:4]]
    if any(w in titles or ref.generic.get(w) == "person" or w in ORG_HEAD_ROLES for w in head):
        return k
    return None


SETTING_OPENERS = frozenset(
    "in on at during after before late early yesterday today last this from via outside inside".split()
)


def _setting_tail(toks: list[Token], after: int, lemma: str, ref: Reference) -> bool:
    """Nothing is said after the cue: the sentence ends there, or only a setting follows
    (`said on Monday`, `told a press briefing in Phnom Penh`: no `that`, no clause)."""
    rest = [t for t in toks[after:] if t.text[:1].isalnum()]
    if not rest:
        return True
    if any(t.lower in SETTING_WORDS_STOP or t.lower == "that" or t.lower in ref.cues for t in rest):
        return False
    if any(t.text in {",", ";", ":"} or t.text in QUOTE_CHARS for t in toks[after:]):
        return False
    if lemma == "tell":
        return len(rest) <= TELL_SETTING_MAX
    if rest[0].lower == "to" and len(rest) > 1 and rest[1].lower in ADDRESSEE_STARTS:
        return len(rest) <= TELL_SETTING_MAX  # "declared to the AA correspondent", "said to journalists"
    return rest[0].lower in SETTING_OPENERS or rest[0].lower in WEEKDAYS


ADDRESSEE_STARTS = frozenset({"the", "a", "an", "reporters", "journalists", "correspondents", "local"})


def _trim_description(text: str, span: tuple[int, int], ref: Reference) -> tuple[int, int]:
    """Fronted content that ends in the speaker's description (`…, the ministry's spokeswoman`):
    the description is cut (it names who speaks, not what was said)."""
    a, b = span
    k = text.rfind(",", a, b)
    if k < 0:
        return span
    tail = text[k + 1 : b].split()
    if not tail or len(tail) > 8:
        return span
    first, last = tail[0].lower(), tail[-1].strip(".,;:").lower()
    determined = first in ("the", "a", "an", "its", "his", "her", "their") or first.endswith(("'s", "’s"))
    if determined and (last in _lower_titles(ref.titles) or ref.generic.get(last) or last in ref.role_nouns):
        return strip_span(text, a, k, " ,;:—–.")
    return span


# `In its turn, the candidate denied …`, `For his part, X said …`: a discourse phrase before the
# speaker is no content of a postposed attribution
DISCOURSE_OPENER = re.compile(
    r"^\W*(?:(?:in|for)\s+(?:its|his|her|their|our|my)\s+(?:turn|part)|however|meanwhile|separately"
    r"|in\s+(?:response|reply|turn|contrast|addition)|on\s+the\s+other\s+hand|for\s+(?:its|his|her|their)\s+side)\W*$",
    re.I,
)


# `In a message on social media, the group said …`: a fronted setting (a preposition and an
# article, no comma, a few words) before the speaker is no postposed content
FRONTED_SETTING = re.compile(
    r"\W*(?:(?:In|On|At|During|Via|Through)\s+(?:a|an|the|its|his|her|their)\s+[^,;:]{0,40}"
    r"|(?:Speaking|Writing|Addressing|Responding|Reacting|Commenting|Asked|Questioned|Pressed)\s[^,;:]{1,80})$"
)  # `In a statement, X said …`; `Speaking to reporters in Kumasi, X said …`: a setting, not content
# `denied the accusation, saying …`: a bare noun that only points back at what was said, its
# reason given by the participle after it (`denied the report and said …` keeps both claims)
PARTICIPLE_AFTER = re.compile(r"\s*,\s*(?:saying|adding|insisting|arguing|noting|stressing)\b")
ANAPHORIC_OBJECTS = frozenset(
    "accusation accusations allegation allegations claim claims charge charges report reports "
    "criticism".split()
)


CLAUSE_OPENERS = frozenset({"but", "while", "whereas", "although", "though", "yet", ";"})


def _prior_verb_subject(
    text: str, toks: list[Token], i: int, doc: DocActors, ref: Reference
) -> Subject | None:
    """`..., but the ruling party rejected the result and said ...`: the subject of the cue
    verb (`rejected`) that opens the coordinated clause; None when the clause holds none."""
    lo = max((k for k in range(i) if toks[k].lower in CLAUSE_OPENERS), default=-1) + 1
    for k in range(lo, i - 1):
        if _cue_at(toks, k, ref) is not None and k > lo and toks[k - 1].text != ",":
            subj = _speaker_before(text, toks, k, doc, ref)
            if subj is not None and subj.start >= toks[lo].start:
                return subj
            return None
    return None


OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
NOT_VERBS = frozenset(
    {"and", "or", "but", "by", "to", "as", "that", "than", "of", "into", "onto", "over", "under", "after",
     "before", "against", "between", "about", "across", "through", "toward", "towards", "via", "also"}
) | PLACE_OR_BODY_PREPS


def _verb_before_object(text: str, s: Span, start: int) -> int | None:
    """Start of the lower-case verb whose object is the name at `start` (`asked the Supreme
    Court`, `urged Ecuador`), past a determiner; None when the name opens the sentence or
    follows a preposition, a conjunction or a capitalised word."""
    words = list(re.finditer(r"[A-Za-z][\w'’\-]*|[^\w\s]", text[s.start : start]))
    while words and words[-1].group().lower() in OBJECT_DETERMINERS:
        words.pop()
    if len(words) < 2:
        return None
    w = words[-1].group()
    if not w.isalpha() or not w.islower() or w in NOT_VERBS or not w.endswith(("ed", "s")):
        return None
    return s.start + words[-1].start()


def _generic_subject(text: str, toks: list[Token], k: int, ref: Reference) -> Subject | None:
    """`Two Dominican human rights lawyers asked`: the generic noun right before the verb
    (`generic_actors.csv`), as a generic actor named by it."""
    j = k
    while j > 0 and toks[j - 1].lower in AUXILIARIES:
        j -= 1
    if j < 1 or not ref.generic.get(toks[j - 1].lower) or not toks[j - 1].text.islower():
        return None
    t = toks[j - 1]
    return Subject(Actor(t.lower, ref.generic[t.lower], None, None, True), t.text, t.start, t.end)


def _clause_subject(text: str, s: Span, before: int, doc: DocActors, ref: Reference) -> Subject | None:
    """The subject of a participle's clause (`X rejected the demand, telling Reuters that ...`):
    the sentence's first actor (`roles.sentence_subject`), passing over a modifier of the name
    that follows it (`M23 spokesman Désiré Mutombo`: the spokesman, not M23)."""
    subj = sentence_subject(text, s, before, doc)
    if subj is None or subj.mention is None:
        return subj
    verb = _verb_before_object(text, s, subj.start)
    if verb is not None:
        # "Two lawyers asked the Supreme Court to ..., arguing that ...": the first name is the
        # object of the clause's verb; the verb's subject is the participle's
        toks = tokens(text, s)
        k = next((k for k, t in enumerate(toks) if t.start == verb), None)
        found = subject_before(text, toks, k, doc, ref) if k else None
        if found is None:
            found = _generic_subject(text, toks, k, ref) if k else None
        if found is None and k:
            # an unnamed subject no list holds (`Two retired surveyors asked …`): the claim
            # stays, its claimant null, rather than the object's
            t = toks[k - 1]
            found = Subject(None, t.text, t.start, t.end)
        return found
    lower_titles = _lower_titles(ref.titles)
    nxt = [m for m in doc.within(subj.end, min(before, subj.end + 60)) if m.mention_type != "demonym"]
    if nxt:
        between = re.findall(r"[\w'’\-]+|[^\w\s]", text[subj.end : nxt[0].start])
        if between and all(w.lower() in lower_titles or ref.generic.get(w.lower()) for w in between):
            m = nxt[0]
            return Subject(m.actor, m.text, m.start, m.end, m)
    return subj


def _speaker_after(toks: list[Token], i: int, doc: DocActors) -> Mention | None:
    """Inverted attribution: `..., said Defense Minister X.`"""
    if i >= len(toks):
        return None
    end = toks[min(len(toks), i + 6) - 1].end
    for m in doc.within(toks[i].start, end):
        if m.mention_type != "demonym":
            return m
    return None


def _content_after(
    text: str, toks: list[Token], i: int, lemma_tell: bool, end: int, ref: Reference
) -> tuple[int, int]:
    """Span of what is said after the cue ending at token i (exclusive)."""
    if i >= len(toks):
        return end, end
    start = toks[i].start
    if lemma_tell:
        # "told reporters that", "told a news conference in the city on Monday that": the
        # addressee and a setting (no clause: no pronoun, auxiliary or comma) before `that`
        that = next(
            (
                k
                for k in range(i, min(len(toks), i + TELL_SETTING_MAX + 1))
                if toks[k].lower == "that"
                and (
                    k <= i + TELL_OBJECT_MAX
                    or not any(t.text in {",", ";", ":"} or t.lower in SETTING_WORDS_STOP for t in toks[i:k])
                )
            ),
            None,
        )
        if that is not None:
            start = toks[that].start
        else:
            k = i
            while (
                k < len(toks)
                and k < i + TELL_OBJECT_MAX
                and toks[k].text not in {",", ":"}
                and (not toks[k].text[:1].isupper() or k == i)
                and toks[k].lower not in {"the", "he", "she", "it", "they", "we"}
            ):
                k += 1
            start = toks[k].start if k < len(toks) else end
    start = _skip_setting(text, start, end)
    # content stops where a new participial attribution starts: ", insisting ..."
    for k in range(i, len(toks) - 1):
        nxt = [t for t in toks[k + 1 : k + 7] if t.text not in '”"’']
        if (
            toks[k].lower in ("but", "and")
            and toks[k].start > start
            and _cue_at(toks, k + 1, ref) is not None
            and not toks[k + 1].lower.endswith("ing")
            and (_cue_at(toks, k + 1, ref) or ("", ""))[1] in ("speech", "stance", "request")
        ):
            # "said X but insisted that Y": the second verb has its own claim; "condemned X and
            # urged Y to ...": a request of its own (a REQUEST event, or a claim when it quotes)
            end = toks[k].start
            break
        if (
            toks[k].text == ","
            and toks[k].start > start
            and (
                any(t.lower in ref.cues and t.lower.endswith("ing") for t in nxt[:4])
                or (nxt and nxt[0].lower in ("which", "who") and any(t.lower in ref.cues for t in nxt[1:5]))
            )
        ):
            end = toks[k].start
            break
    start, end = strip_span(text, start, end, " ,;:—–.")
    if text.count("“", start, end) > text.count("”", start, end):
        close = text.find("”", end, end + 3)
        if close >= 0:
            end = close + 1  # keep a quotation that the clause boundary cut open
    return start, end


def find_claims(text: str, paras: list[Span], doc: DocActors, ref: Reference) -> list[Claim]:
    """Every claim in the body paragraphs."""
    out: list[Claim] = []
    last: Claim | None = None
    firsts = {k.split()[0] for k in ref.cues if " " in k}  # `pointed` of `pointed out`
    for p in paras:
        quotes = quotations(text, p)
        sents = sentences(text, p)
        used_cues: set[int] = set()
        # 1. direct quotes standing as utterances
        for q in quotes:
            claim = _direct_claim(text, q, sents, doc, ref, used_cues, last)
            if claim is not None:
                out.append(claim)
                last = claim
        # 2. reported speech around cue verbs outside quotations
        for s in sents:
            toks = tokens(text, s)
            sent_claims: list[Claim] = []
            for i, t in enumerate(toks):
                if t.lower not in ref.cues and t.lower != "according" and t.lower not in firsts:
                    continue  # the cheap test first: no cue word (see `_cue_at`)
                if t.start in used_cues or in_quotes(t.start, quotes):
                    continue
                cue = _cue_at(toks, i, ref)
                if cue is None or _adjectival(toks, i) or _coordinated_next(toks, i, ref) is not None:
                    continue  # "denounced and condemned the ...": the last verb carries the claim
                first = _coordinated_first(toks, i, ref)
                claim = _reported_claim(text, s, toks, i, cue, doc, ref, quotes, sent_claims, last, first)
                if claim is not None:
                    used_cues.add(t.start)
                    if not _absorb_relay(claim, out, sent_claims):
                        sent_claims.append(claim)
            out.extend(sent_claims)
            if sent_claims:
                last = sent_claims[-1]
    unique: dict[tuple[int, int, int, int], Claim] = {}
    out = [c for c in out if any(ch.isalnum() for ch in text[c.claim_start : c.claim_end])]
    if paras:
        # cut-off copy (`… said hospitals had enough fuel for only`): what runs into the end of an
        # unfinished last paragraph is incomplete, and is not coded
        tail = text[paras[-1].start : paras[-1].end].rstrip()
        last_stop = max(tail.rfind(x) for x in ".!?")
        if tail and tail[-1].isalnum() and len(tail[last_stop + 1 :].split()) > CREDIT_MAX_WORDS:
            end = paras[-1].start + len(tail)  # (`on Monday. – AFP` ends in a credit: complete)
            out = [c for c in out if c.claim_end < end]
    out = [_role_named_later(text, _elect_speaker(text, _told_outlet(text, c, doc, ref), doc), doc, ref)
           for c in out]
    out = [_speaking_to_outlet(text, c, doc) for c in out]
    out.sort(key=lambda c: (c.evidence_start, c.cue_start))
    out = _services_named_before(text, [_mission_of_state(text, c, doc, ref) for c in out], doc, ref)
    out = [_impersonal_passive(text, c, doc) for c in out]
    out = _body_speakers(text, _document_speakers(text, _outer_claims(text, out), doc), ref, doc)
    out = _bodies_named_after(text, out, ref)
    for k in range(1, len(out)):  # `'…,' he said` after an anonymous speaker's claim
        before = out[k]
        out[k] = _pronoun_chain(text, out[k], out[k - 1], doc, ref)
        # `He said …, adding that …`: the participle shares the subject the chain changed
        n = k + 1
        while (
            out[k] is not before and n < len(out)
            and (out[n].claimant_start < 0 or out[n].claimant_start == before.claimant_start)
            and out[n].claimant is not None and before.claimant is not None
            and out[n].claimant.key == before.claimant.key
            and "." not in text[out[k].claim_end : out[n].cue_start].replace("..", "")
            and out[n].cue_start - out[k].cue_start < CHAIN_GAP
        ):
            out[n] = replace(out[n], claimant=out[k].claimant)
            n += 1
    for c in sorted(out, key=lambda c: (c.evidence_start, c.cue_start)):
        unique.setdefault((c.evidence_start, c.evidence_end, c.claim_start, c.claim_end), c)
    return list(unique.values())


# `police said`, `authorities say`, `according to police in X`: a bare collective with no state
# named in its words is recorded as spoken (`police`), not as the story's home state
BARE_COLLECTIVES = frozenset({"police", "authorities", "policemen", "police officers", "riot police"})


# `Sri Lanka's navy has arrested … The navy said …`: a bare service noun refers back to the
# armed forces last named with their state, not to the story's home state's forces
BARE_SERVICES = frozenset(
    {"navy", "army", "military", "air force", "coast guard", "coastguard", "armed forces"}
)
SERVICE_LOOKBACK = 3000  # characters searched back for the armed forces a bare service noun names


# `The United States Embassy in Harare said`, `Canada's High Commission said`: a state's mission
# abroad (`actor_cues.csv` state_mission) speaks for its state (as `the US embassy` does,
# `roles.generic_actor`)
MISSION_BEFORE = 20  # characters before a mission's name read for its state (`Canada's `)
_MISSION_RX: dict[str, re.Pattern[str]] = {}  # reference version -> the mission words as a regex


def _mission_rx(ref: Reference) -> re.Pattern[str]:
    rx = _MISSION_RX.get(ref.version)
    if rx is None:
        words = set(ref.actor_cues.get("state_mission", frozenset()))
        pattern = r"\b(?:" + literal_alternation(words) + r")\b" if words else r"(?!)"
        rx = _MISSION_RX.setdefault(ref.version, re.compile(pattern))
    return rx


def _mission_of_state(text: str, c: Claim, doc: DocActors, ref: Reference) -> Claim:
    """A claimant that is a named diplomatic mission (`Embassy`, `High Commission`, `Consulate`)
    of a state named in or right before its name is that state; unchanged otherwise."""
    a, mission = c.claimant, _mission_rx(ref)
    if a is None or a.actor_type == "state" or c.claimant_start < 0 or not mission.search(a.name):
        return c
    end = c.claimant_start + len(c.claimant_text or "")
    states = [
        m for m in doc.within(max(0, c.claimant_start - MISSION_BEFORE), end)
        if m.actor.actor_type == "state" and m.actor.country_code
        and (m.start >= c.claimant_start or re.fullmatch(r"['’]s\s+|\s+", text[m.end : c.claimant_start]))
    ]
    if states:
        return replace(c, claimant=states[0].actor)
    # the state's name or demonym inside the mission's own name (`United States Embassy`)
    owner = mission.split(a.name)[0].strip().removeprefix("the ").removeprefix("The ")
    code = ref.demonyms.get(owner)
    entry = ref.gazetteer.get(owner)
    if code is None and entry is not None and entry.actor_type == "state":
        code = entry.country_code
    if code is None:
        return c
    return replace(c, claimant=state_actor(code, ref))


def _services_named_before(text: str, out: list[Claim], doc: DocActors, ref: Reference) -> list[Claim]:
    """`_service_named_before` on each claim (in reading order); a participle or chained claim of
    the same sentence with no speaker words of its own (`…, saying its sailors …`) follows the
    claim it continues."""
    res: list[Claim] = []
    moved: tuple[str, Actor, int] | None = None  # (old key, new actor, cue position)
    for c in out:
        new = _service_named_before(text, c, doc, ref)
        if new is not c and c.claimant is not None and new.claimant is not None:
            moved = (c.claimant.key, new.claimant, c.cue_start)
        elif (
            moved is not None and c.claimant_start < 0 and c.claimant is not None
            and c.claimant.key == moved[0] and 0 <= c.cue_start - moved[2] < CHAIN_GAP
            and "." not in text[moved[2] : c.cue_start]
        ):
            new = replace(c, claimant=moved[1])
        res.append(new)
    return res


def _service_named_before(text: str, c: Claim, doc: DocActors, ref: Reference) -> Claim:
    """A claimant read as the home state's armed forces from a bare `the navy`, `the army` (no
    state named in the speaker's words) is the armed forces of the state named latest before it
    with that service (`Sri Lanka's navy`, `the Sri Lankan navy`), when that is another state.
    Unchanged otherwise."""
    a, words = c.claimant, (c.claimant_text or "").lower().split()
    if words and words[0] == "the":
        words = words[1:]
    noun = " ".join(words)
    if a is None or a.actor_type != "armed_forces" or c.claimant_start < 0 or noun not in BARE_SERVICES:
        return c
    service = re.compile(r"(?:['’]s)?\s+" + re.escape(noun) + r"\b", re.IGNORECASE)
    named = [
        m for m in doc.within(max(0, c.claimant_start - SERVICE_LOOKBACK), c.claimant_start)
        if m.actor.actor_type == "state" and m.actor.country_code and service.match(text, m.end)
    ]
    if not named or named[-1].actor.country_code == a.country_code:
        return c
    code = named[-1].actor.country_code
    forces = Actor(f"{ref.country_names.get(code, code)} armed forces", "armed_forces", code)
    return replace(c, claimant=forces)


CITY_POLICE = re.compile(r"\s+(police|authorities)\b(?!\s+(?:force|service|department|command))")


def bare_collective(c: Claim, ref: Reference | None = None, text: str = "") -> Claim:
    """A claimant the tool made the home state from a bare `police` or `authorities` (no demonym,
    no state's name or possessive in the speaker's words) is the generic collective instead: the
    text says the police spoke, not which state's police (and not the state itself). Applied to
    the rows only, after events are read: `police said they arrested …` stays the state's act."""
    a, words = c.claimant, (c.claimant_text or "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and words[0].lower() == "local":
        words = words[1:]  # `local police`: still no state named
    city = (
        ref is not None and c.claimant_start >= 0 and len(words) == 1
        and (words[0] in ref.cities or getattr(ref.gazetteer.get(words[0]), "mention_type", "") == "metonym")
    )
    after = CITY_POLICE.match(text, c.claimant_start + len(c.claimant_text or "")) if city else None
    if a is not None and a.actor_type == "state" and after is not None:
        # `…, Kathmandu police said`: a city's police (a capital is no metonym of its state here)
        return replace(c, claimant=Actor(after.group(1).lower(), "government_body", None, None, True))
    if a is None or a.actor_type != "state" or " ".join(words).lower() not in BARE_COLLECTIVES:
        return c
    name = " ".join(c.claimant_text.split()[-len(words):]).lower()
    return replace(c, claimant=Actor(name, "government_body", None, None, True))


def _elect_speaker(text: str, c: Claim, doc: DocActors) -> Claim:
    """`The president-elect, a 58-year-old lawyer …, told supporters`: an unnamed `-elect` speaker
    is the person named earlier as the election's winner (`_declared_winner`)."""
    a = c.claimant
    if a is None or not a.is_generic or a.actor_type != "person" or not a.name.lower().endswith("-elect"):
        return c
    people = [
        x for x in doc.within(max(0, c.claimant_start - DESCRIBED_LOOKBACK), c.claimant_start)
        if x.actor.actor_type == "person" and not x.actor.is_generic and x.mention_type in ("name", "surname")
    ]
    won = _declared_winner(text, people, c.claimant_start)
    return c if won is None else replace(c, claimant=won.actor)


ROLE_FORWARD_REACH = 1000  # characters after a role speaker searched for its holder named later
DEFINITE_ROLE = re.compile(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|['’]s)\s+(?:[A-Za-z][\w\-]*\s+){0,3}$"
)


ORG_HEAD_ROLES = frozenset({"executive", "head", "chief", "chairman", "chairwoman", "chair", "director"})
BODY_HEAD_TITLES = ORG_HEAD_ROLES | {"director-general", "chief-executive"}  # a head's title in a description
WHO_HEADS = re.compile(r",\s+who\s+(?:heads|head|leads|chairs|runs|directs)\s")  # `X, who heads the board,`


SET_OFF_ROLE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*),\s+"
    r"(?:[A-Z][a-z]{0,5}\.?\s+){0,2}$"
)


def _set_off_before(text: str, m: Mention) -> str:
    """`the spokesman, Cmdr. X`, `its spokeswoman, Lt X`: the lower-case role set off by a comma
    right before a name (after at most two short ranks), lower-cased; empty when there is none."""
    r = SET_OFF_ROLE.search(text, max(0, m.start - 80), m.start)
    return r.group(1).lower() if r is not None and r.end() == m.start else ""


def _role_named_later(text: str, c: Claim, doc: DocActors, ref: Reference) -> Claim:
    """`…, the labour minister said.` then `Employment and Labour Minister X told …`; `…, his
    lawyer said. …, lawyer X told …`: a definite role speaker (a title or person noun) whose
    holder was not named before is the next person named within ROLE_FORWARD_REACH characters
    whose title or apposition holds the role noun (one that also holds a modifier of the role,
    `labour`, wins), or, for the head of a body (`the body's chief executive`), who is said to
    head one (`X, who heads the Cocoa Board,`). An indefinite speaker (`a senior officer said`)
    stays anonymous."""
    a = c.claimant
    if a is None or not a.is_generic or a.actor_type != "person" or not c.claimant_text:
        return c
    head = a.name.split()[-1].lower()
    titles = _lower_titles(ref.titles)
    if not any(w in titles or ref.generic.get(w) == "person" for w in (head, a.name.lower())):
        return c
    lead = text[max(0, c.claimant_start - 60) : c.claimant_start]
    np = c.claimant_text.split()
    if np[0].lower() not in ("the", "his", "her", "its", "their") and not DEFINITE_ROLE.search(lead):
        return c
    end = c.claimant_start + len(c.claimant_text)
    definite = DEFINITE_ROLE.search(lead)
    lo = c.claimant_start - len(lead) + definite.start() if definite else c.claimant_start
    words = [w for w in tokens(text, Span(lo, end)) if w.text[:1].isalpha()]
    held = resolve_role(words, doc, ref, lo) if words else None
    if held is not None and held.actor_type == "person":
        # `According to the minister, …` after `Defence Minister X denounced …`: a holder named
        # before wins over one named later
        return replace(c, claimant=held)
    phrase = lead.rsplit(",", 1)[-1] + " " + c.claimant_text
    mods = {w.lower() for w in re.findall(r"[A-Za-z]+", phrase)} - {head}
    best: tuple[int, Actor] | None = None
    for m in doc.within(end, end + ROLE_FORWARD_REACH):
        x = m.actor
        if x.actor_type != "person" or x.is_generic or m.mention_type != "name":
            continue
        desc = set(re.findall(r"[a-z]+(?:-[a-z]+)*", (x.description or "").lower()))
        if head not in desc and head in OFFICIAL_NOUNS:
            # `the spokesman, Cmdr. X, told`: the role set off right before the name
            desc |= set(re.findall(r"[a-z]+(?:-[a-z]+)*", _set_off_before(text, m)))
        if head not in desc and not (
            head in ORG_HEAD_ROLES and (WHO_HEADS.match(text, m.end) or desc & BODY_HEAD_TITLES)
        ):
            continue  # (`the agency's chief said` … `MMEA director-general X told`: a head's title)
        score = len(mods & desc)
        if best is None or score > best[0]:
            best = (score, x)
    return c if best is None else replace(c, claimant=best[1])


NESTED_LINKS = re.compile(r"(?:,|\b(?:where|while|whereas|when|after|but|as|and))\s+(?:\S+\s+){0,4}$")


def _outer_claims(text: str, out: list[Claim]) -> list[Claim]:
    """Reported speech nested in what another claim says (`accused the government of ignoring
    forecasts that warned of …`, `said her husband had written only what …`) is part of that
    claim, not a claim of its own: a claim whose cue and words (and speaker, when named) lie
    inside another's words goes, unless a clause of its own (`…, where she said`, `while the EU
    said`) holds it."""
    spans = sorted((c.claim_start, c.claim_end) for c in out)
    starts = [a for a, _ in spans]

    def nested(c: Claim) -> bool:
        unnamed = c.claimant is None or c.claimant.is_generic
        k = bisect.bisect_right(starts, c.cue_start)
        return any(
            a < c.cue_start < b and c.claim_end <= b
            and (unnamed or (c.claimant_text is not None and a <= c.claimant_start))
            and not NESTED_LINKS.search(text, a, max(a, c.claimant_start if c.claimant_text else c.cue_start))
            for a, b in spans[max(0, k - 8) : k]
        )

    return [c for c in out if not nested(c)]


DOCUMENT_SPEAKER = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[a-z]+\s+)?(statement|communiqu[eé]|report|release|note|letter)$"
)
DOCUMENT_AFTER = re.compile(
    r"\s+((?:the|this|its)\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|release|note|letter))(?=\s*[.,;]|\s*$)"
)  # `"…," indicated the communique.`: an inverted cue before a document
DOCUMENT_READ_BEFORE = re.compile(  # `The statement read: "…"`: a document's words quoted after it
    r"((?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|letter|note|message|notice))"
    r"\s+(read|reads|added|continued)\s*:\s*[\"“‘']?$"
)
DOCUMENT_READ = re.compile(
    r"[,\s]*((?:the|its|this)\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|letter|note|message|notice))"
    r"\s+(read|reads|added|continued)\b"
)  # `"…," the statement read.`: a document as the speaker of a quotation
DOCUMENT_LOOKBACK = 1500  # characters back to the claim that named the document
DOCUMENT_SENTENCE_REACH = 400  # characters before a claim's evidence read for the document it names


IMPERSONAL_BEFORE = re.compile(r"\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+$")
IMPERSONAL_AFTER = re.compile(
    r"\s+(?:(in\s+((?:the|its|this)\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|release|note|letter)))"
    r"|by\s+(?=[A-Z]))"
)
ISSUED_DOCUMENT = re.compile(
    r"\b(?:issued|released|published|put\s+out|circulated)\s+(?:a|an|its)\s+(?:[a-z]+\s+){0,2}"
    r"(statement|communiqu[eé]|release|note|letter)\b"
)


SIGNED_DOCUMENT = re.compile(
    r"\b(statement|communiqu[eé]|release|note|letter)\s+(?:jointly\s+)?(?:signed|issued|released)\s+by\s+"
)
SIGNATORY_REACH = 160  # characters after `signed by` read for the signatory's name


def _impersonal_passive(text: str, c: Claim, doc: DocActors) -> Claim:
    """`It was underlined in the statement that …`, `…, it was informed by ANAMA.`: an impersonal
    passive cue names its speaker after it: a document (`in the statement`; its author, see
    `_document_speakers`) or the agent after `by`. `It` is no pronoun for an earlier actor here."""
    if (c.claimant_text or "").lower() != "it" or c.claimant_start < 0:
        return c
    if not IMPERSONAL_BEFORE.search(text, max(0, c.cue_start - 20), c.cue_start):
        return c
    m = IMPERSONAL_AFTER.match(text, c.cue_start + len(c.cue))
    if m is None:
        return c
    if m.group(1):
        return replace(c, claimant=None, claimant_text=m.group(2), claimant_start=m.start(2))
    agents = [x for x in doc.overlapping(m.end(), m.end() + 1) if x.start == m.end()]
    if not agents:
        return c
    a = max(agents, key=lambda x: x.end - x.start)
    return replace(c, claimant=a.actor, claimant_text=a.text, claimant_start=a.start)


def _named_party(m: Mention) -> bool:
    """A mention naming an actor (by name or alias) that is no place and not generic."""
    return not m.actor.is_generic and m.actor.actor_type != "place" and m.mention_type in ("name", "alias")


def _document_issuer(
    text: str, noun: re.Pattern[str], lo: int, hi: int, doc: DocActors
) -> tuple[int, Actor] | None:
    """`X issued a statement.`: the subject before the latest issuing verb between `lo` and `hi`
    whose document is `noun`, with its position: the last actor (no place, not generic) named
    before the verb in its sentence."""
    found = None
    for m in ISSUED_DOCUMENT.finditer(text, lo, hi):
        if noun.match(m.group(1)):
            found = m
    signed = None
    for m in SIGNED_DOCUMENT.finditer(text, lo, hi):
        if noun.match(m.group(1)):
            signed = m
    if signed is not None and (found is None or signed.start() > found.start()):
        # `in a statement signed by the governor's spokesman, X,`: the signatory (a person named
        # in the phrase after `by`, else the first body named there)
        stop = min(x for x in (text.find(". ", signed.end()), text.find("\n", signed.end()), hi) if x >= 0)
        reach = min(stop, signed.end() + SIGNATORY_REACH)
        after = [x for x in doc.within(signed.end(), reach) if _named_party(x)]
        person = next((x for x in after if x.actor.actor_type == "person"), None)
        pick = person or (after[0] if after else None)
        return (signed.start(), pick.actor) if pick is not None else None
    if found is None:
        return None
    start = max(text.rfind(". ", lo, found.start()), text.rfind("\n", lo, found.start()), lo)
    subjects = [x for x in doc.within(start, found.start()) if _named_party(x)]
    if not subjects:
        return None
    return found.start(), subjects[-1].actor


def _document_speakers(text: str, out: list[Claim], doc: DocActors | None = None) -> list[Claim]:
    """`…, the statement said.`, `the communique precised`: a document as speaker is the author of
    the latest earlier claim (in reading order) whose sentence names that document (`said in its
    policy statement that`, `indicated in a communique`), or the subject of a later sentence that
    says it issued one (`X issued a statement.`)."""
    done: list[Claim] = []
    for c in out:
        phrase = text[max(0, c.claimant_start - 20) : c.claimant_start + len(c.claimant_text or "")]
        m = DOCUMENT_SPEAKER.search(phrase) if c.claimant_text else None
        if m is not None and (c.claimant is None or c.claimant.is_generic):
            noun = re.compile(r"\b" + m.group(1)[:8])
            issuer = None
            if doc is not None:
                issuer = _document_issuer(text, noun, max(0, c.claimant_start - DOCUMENT_LOOKBACK),
                                          c.claimant_start, doc)
            for e in reversed(done):
                if issuer is not None and e.evidence_end < issuer[0]:
                    break
                if e.claimant is None or c.claimant_start - e.evidence_end > DOCUMENT_LOOKBACK:
                    break
                # the sentence may name the document outside the evidence's clauses (`The
                # communique read on TV by the spokesman, X, accuses …`)
                floor = max(0, e.evidence_start - DOCUMENT_SENTENCE_REACH)
                lo = 1 + max(
                    text.rfind("\n", floor, e.evidence_start),
                    text.rfind(". ", floor, e.evidence_start),
                    floor - 1,
                )
                if not e.claimant.is_generic and noun.search(text, lo, e.evidence_end):
                    c = replace(c, claimant=e.claimant)
                    issuer = None
                    break
            if issuer is not None:
                c = replace(c, claimant=issuer[1])
        done.append(c)
    return done


BODY_LOOKBACK = 1500  # characters back to the claim whose speaker `the agency` refers to
BODY_CONTEXT = 40  # characters before a speaker's name read for its head word (`prison authority, SNAI`)


def _body_named_before(text: str, c: Claim, noun: str, doc: DocActors) -> Actor | None:
    """`According to the information of the Agency, …` after `Two employees of the Mine Action
    Agency (ANAMA) were killed`: with no speaker before it, a definite institution noun is the
    latest body named before it (within BODY_LOOKBACK) whose name holds that noun as a word."""
    word = re.compile(r"\b" + re.escape(noun) + r"\b", re.I)
    hits = [
        m for m in doc.within(max(0, c.claimant_start - BODY_LOOKBACK), c.claimant_start)
        if not m.actor.is_generic and m.actor.actor_type in ("government_body", "organization")
        and m.mention_type in ("name", "alias") and word.search(m.actor.name)
    ]
    return hits[-1].actor if hits else None


def _body_speakers(text: str, out: list[Claim], ref: Reference, doc: DocActors | None = None) -> list[Claim]:
    """`…, the U.N. refugee agency said. The agency said …`, `Ecuador's prison authority, SNAI,
    says … the authority said`: a definite bare institution noun as speaker (`the agency`, `the
    union`, `the authority`) is the latest earlier speaker (in reading order) named by, or
    described with, that noun."""
    done: list[Claim] = []
    resolved: dict[str, tuple[Actor, int]] = {}  # a bare noun resolved here -> (body, where)
    for c in out:
        a = c.claimant
        was = resolved.get(a.key) if a is not None and a.is_generic else None
        pronoun = (c.claimant_text or "").lower() == "it"
        if was is not None and pronoun and c.claimant_start - was[1] < BODY_LOOKBACK:
            done.append(replace(c, claimant=was[0]))  # `The agency said … It said …`: the same body
            continue
        chained = (was is not None and c.claimant_start < 0 and 0 <= c.cue_start - was[1] < CHAIN_GAP
                   and ". " not in text[was[1] : c.cue_start])
        if was is not None and (c.claimant_start == was[1] or chained):
            done.append(replace(c, claimant=was[0]))  # `the agency said …, adding that …`: the same words
            continue
        noun = a.name.lower() if a is not None and a.is_generic else ""
        definite = False
        if noun and c.claimant_text is not None and c.claimant_start >= 0:
            phrase = text[max(0, c.claimant_start - 4) : c.claimant_start + len(c.claimant_text)].lower()
            definite = phrase.endswith((f"the {noun}", f"its {noun}"))
        institution = ref.generic.get(noun) in ("government_body", "organization") or (
            ref.org_heads.get(noun.title()) in ("government_body", "organization")
        )
        kind = ref.generic.get(noun)
        owner = None
        if noun and definite and not institution:
            owner = _international_owner(c.claimant_text or "", ref)
        if owner is not None:
            # `the UN agency said`: an international organisation's unnamed body is the latest
            # named international body (no country) that spoke before it
            institution, kind, noun = True, "international", noun.split()[-1]
        if noun and definite and institution and not noun.endswith("s"):  # `the officials`: people
            word = re.compile(r"\b" + re.escape(noun) + r"\b", re.I)
            for e in reversed(done):
                if c.claimant_start - e.evidence_end > BODY_LOOKBACK:
                    break
                x = e.claimant
                if (
                    x is None or x.actor_type in ("person", "state") or e.claimant_start < 0
                    or (x.is_generic and len(x.name.split()) < 2)  # a bare noun names no one
                    or (owner is not None and (x.is_generic or x.country_code is not None))
                ):
                    continue
                hi = e.claimant_start + len(e.claimant_text or "")
                around = text[max(0, e.claimant_start - BODY_CONTEXT) : hi]
                if x.name.lower().split()[-1] == noun or word.search(around):
                    c = replace(c, claimant=x)
                    resolved[a.key] = (x, c.claimant_start)
                    break
            else:
                # `the country's General Directorate of Migration (DGM) said … the agency said`:
                # no speaker named by the noun; the latest earlier speaker that is a named body
                # of the noun's kind is the one it refers back to (as a role noun does)
                for e in reversed(done):
                    if c.claimant_start - e.evidence_end > CHAIN_GAP:
                        break
                    x = e.claimant
                    fits = x is not None and (
                        x.actor_type == kind if owner is None
                        else x.actor_type in ("organization", "government_body") and x.country_code is None
                    )
                    if x is not None and not x.is_generic and fits:
                        c = replace(c, claimant=x)
                        resolved[a.key] = (x, c.claimant_start)
                        break
                else:
                    named = _body_named_before(text, c, noun, doc) if doc is not None else None
                    if named is not None:
                        c = replace(c, claimant=named)
                        resolved[a.key] = (named, c.claimant_start)
        done.append(c)
    return done


def _international_owner(phrase: str, ref: Reference) -> str | None:
    """`the UN agency`, `the U.N. body`: an international organisation of the gazetteer (no
    country) before one institution noun (`generic_actors.csv` government body or organisation);
    the organisation's name, else None."""
    words = phrase.split()
    if words and words[0].lower() in ("the", "its"):
        words = words[1:]
    if len(words) != 2 or ref.generic.get(words[1].lower()) not in ("government_body", "organization"):
        return None
    entry = ref.gazetteer.get(words[0])
    if entry is None or entry.actor_type != "organization" or entry.country_code:
        return None
    return entry.name


DEFINITE_LEAD = re.compile(r"(?:\b[Tt]he|['’]s)\s+(?:\S+\s+){0,2}$")  # `the country's prison `


def _bodies_named_after(text: str, out: list[Claim], ref: Reference) -> list[Claim]:
    """`…, the country's prison agency said. The agency, known as SNAI, said …`: a definite
    description of an institution as speaker (`the prison agency`, `the country's electoral
    body`) that stayed generic is the body named by a later speaker (within ROLE_FORWARD_REACH
    characters) whose words around it hold the same institution noun."""
    res = list(out)
    for n, c in enumerate(res):
        a = c.claimant
        if a is None or not a.is_generic or a.actor_type in ("person", "state") or c.claimant_start < 0:
            continue
        noun = a.name.lower().split()[-1]
        institution = ref.generic.get(noun) in ("government_body", "organization") or (
            ref.org_heads.get(noun.title()) in ("government_body", "organization")
        )
        lead = text[max(0, c.claimant_start - 30) : c.claimant_start]
        if not institution or noun.endswith("s") or not DEFINITE_LEAD.search(lead):
            continue
        word = re.compile(r"\b" + re.escape(noun) + r"\b", re.I)
        for e in res[n + 1 :]:
            if e.claimant_start - c.claimant_start > ROLE_FORWARD_REACH:
                break
            x = e.claimant
            if x is None or x.is_generic or x.actor_type in ("person", "state") or e.claimant_start < 0:
                continue
            hi = e.claimant_start + len(e.claimant_text or "")
            stop = max(text.rfind(". ", 0, e.claimant_start), text.rfind("\n", 0, e.claimant_start))
            lo = max(stop + 1, e.claimant_start - BODY_CONTEXT)  # words of the later speaker's sentence
            if word.search(text[lo:hi]):
                res[n] = replace(c, claimant=x)
                break
    return res


CHAIN_GAP = 400  # characters between a claim and a `he said` that continues its speaker


def _pronoun_chain(text: str, c: Claim, last: Claim | None, doc: DocActors, ref: Reference) -> Claim:
    """`'…,' he said` right after a claim whose speaker is a person (named or generic: `a
    senior official, who asked not to be named, told Reuters …`) continues that speaker when no
    other person is named in between: the pronoun takes the last speaker, not the last name."""
    if (
        last is None
        or last.claimant is None
        or not (
            (c.claimant_text or "").lower() in ("he", "she")
            or _aged_description(text, c)
            or _definite_official(text, c, ref)
            or _unknown_definite_speaker(text, c)
        )
        or not (
            last.claimant.actor_type == "person"
            or (last.claimant.is_generic and last.claimant.actor_type in ("person", None))
        )
        or (c.claimant is not None and c.claimant.key == last.claimant.key)
        or not 0 <= (c.claimant_start if c.claimant_start >= 0 else c.cue_start) - last.evidence_end
        <= CHAIN_GAP
    ):
        return c
    at = c.claimant_start if c.claimant_start >= 0 else c.cue_start
    between = [
        m for m in doc.within(last.evidence_end, at) if m.actor.actor_type == "person"
        # (`X was being tried for acts, she said`: a name inside the fronted content itself is
        # what was said, not the pronoun's antecedent)
        and not (c.claim_end <= at and c.claim_start <= m.start and m.end <= c.claim_end)
    ]
    if between:
        return c
    return replace(c, claimant=last.claimant)


OFFICIAL_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "officer"})


def _definite_official(text: str, c: Claim, ref: Reference) -> bool:
    """`According to the official, …`, `the spokesman added`: a definite generic official that no
    holder was found for refers back, like `he`, to the person who spoke last; so does a bare
    one-word title (`titles.csv`: `"…," the minister said` after the named person's claim)."""
    a = c.claimant
    if a is None or not a.is_generic or a.actor_type != "person" or c.claimant_start < 0:
        return False
    words = (c.claimant_text or "").lower().split()
    lead = text[max(0, c.claimant_start - 4) : c.claimant_start].lower()
    if words and words[0] == "the":
        words, lead = words[1:], "the "
    return len(words) == 1 and (words[0] in OFFICIAL_NOUNS or words[0] in _lower_titles(ref.titles)) and (
        lead.endswith("the ")
    )


UNKNOWN_DEFINITE = re.compile(r"[\s,\"”’']*[Tt]he ([a-z][a-z\-]+) $")  # `," the pensioner said`


def _unknown_definite_speaker(text: str, c: Claim) -> bool:
    """`"I heard a whistle," the pensioner said.`: a quotation left without a speaker whose cue
    follows `the` and one lower-case noun no list knows refers back, like `she said`, to the
    person who spoke last."""
    if c.claimant is not None or c.claim_end > c.cue_start:
        return False
    return UNKNOWN_DEFINITE.fullmatch(text, c.claim_end, c.cue_start) is not None


AGED_SPEAKER = re.compile(r"[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z][a-z\-]+){0,2}")


def _aged_description(text: str, c: Claim) -> bool:
    """`'…,' the 39-year-old surgeon said`, `'…,' said the 47-year-old`: the speaker is described
    by age only (no name), before or right after the cue."""
    if c.claimant_text is not None and AGED_SPEAKER.fullmatch(c.claimant_text):
        return True
    end = c.cue_start + len(c.cue)
    after = AGED_SPEAKER.match(text, end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip()))
    before = AGED_SPEAKER.search(text, max(0, c.cue_start - 40), c.cue_start)
    return (after is not None and c.claimant_start <= end) or (
        before is not None and not text[before.end() : c.cue_start].strip()
    )


COORDINATORS = frozenset({"and", "or"})


def _coordinated_next(toks: list[Token], i: int, ref: Reference) -> int | None:
    """Coordinated cues (`denounced and condemned`, `rejected, denounced and condemned`):
    index of the next cue verb joined to the one at i, None when there is none."""

    def cue(k: int) -> bool:
        hit = _cue_at(toks, k, ref) if k < len(toks) else None
        return (
            hit is not None
            and hit[1] != "request"
            and not toks[k].lower.endswith("ing")
            and not _adjectival(toks, k)  # "denied the report and said": `report` is a noun
        )

    if not cue(i) or i + 2 >= len(toks):
        return None
    link = toks[i + 1].lower
    if link in COORDINATORS and cue(i + 2):
        return i + 2  # "denounced and condemned"
    if link == "," and toks[i + 2].lower in COORDINATORS and cue(i + 3):
        return i + 3  # "rejected, and condemned"
    if link == "," and cue(i + 2) and _coordinated_next(toks, i + 2, ref) is not None:
        return i + 2  # "rejected, denounced and condemned": a list ends in `and`
    return None


def _coordinated_first(toks: list[Token], i: int, ref: Reference) -> int | None:
    """The first cue of a coordination that ends at token i (None when i stands alone)."""
    first = None
    k = i
    while k >= 2:
        prev = next((j for j in (k - 2, k - 3) if j >= 0 and _coordinated_next(toks, j, ref) == k), None)
        if prev is None:
            break
        first = k = prev
    return first


CLAUSE_LINKS = frozenset({"with", "and", "but", "where"})  # ", where it said ...": not postposed
ASIDE_LEADS = frozenset({"where", "and", "but", "while", "whereas", "which", "when", "though", "although"})
CREDIT_MAX_WORDS = 3  # `. – AFP`, `. — NNN-XINHUA`: words after the last full stop of a finished text
RELAY_LOOKBACK = 8  # earlier claims searched for the one a relay (`…, Reuters reported`) carries


def _absorb_relay(outer: Claim, earlier: list[Claim], same_sentence: list[Claim]) -> bool:
    """Relayed speech: `"...," the minister told reporters, Reuters reported.` The outer
    attribution's content holds another claim's cue, so the outer speaker did not say it:
    they relayed it. The inner claim keeps its speaker and records the relay as `via`;
    the outer row is dropped (True). Claims without an inner attribution stay (False)."""
    if outer.claimant is None:
        return False
    for group in (same_sentence, earlier):
        # a paragraph's direct quotes are found before its reported speech, so the inner claim
        # may sit a few rows back (`'…,' X told reporters, Citi FM reported` after a sentence
        # of reported speech): look back a bounded number of rows (extraction stays linear)
        for k in range(len(group) - 1, max(-1, len(group) - 1 - RELAY_LOOKBACK), -1):
            c = group[k]
            if c.evidence_end <= outer.claim_start:
                continue
            if (
                c.cue_start != outer.cue_start
                and c.claimant is not None
                and outer.claim_start <= c.cue_start < outer.claim_end
                # the inner attribution follows its words ("'…,' she said, Reuters reported"),
                # or an outlet relays a whole attribution ("X said Y, according to TASS")
                and (c.cue_start > c.claim_start or outer.claimant.actor_type == "media")
            ):
                if c.claimant is not None and c.claimant.key == outer.claimant.key:
                    return False
                # the relay's credit ("…, Tele Sahel reported") is not part of what was said
                end = min(c.claim_end, outer.claim_end) if c.claim_start < outer.claim_end else c.claim_end
                group[k] = replace(c, via=c.via or outer.claimant, claim_end=end)
                return True
    return False


OUTLET_WORDS_MAX = 4
OUTLET_WORDS = frozenset(
    "state local national private public independent regional radio station news agency broadcaster"
    " television tv channel daily weekly newspaper state-run state-owned privately-owned".split()
)  # words that describe an outlet before its name (`state broadcaster`, `local radio station`)


def _told_outlet(text: str, c: Claim, doc: DocActors, ref: Reference) -> Claim:
    """`X told Reuters`, `told the BBC`: the outlet addressed is the channel the words came
    through (`via`), never the speaker."""
    if c.via is not None or not c.cue.lower().startswith(("told", "tell")):
        return c
    at = c.cue_start + len(c.cue)
    for m in doc.within(at, at + 40):
        between = text[at : m.start].split()
        if between[:1] in (["the"], ["The"]):
            between = between[1:]  # "told the BBC", "told The Associated Press"
        # "told state broadcaster RTS", "told local radio station Radio Paria": only words that
        # describe an outlet stand between the cue and its name
        plain = not between or (
            len(between) <= OUTLET_WORDS_MAX
            and all(ref.role_nouns.get(w.lower()) == "media" or w.lower() in OUTLET_WORDS for w in between)
        )  # (the name must be a media actor's, below)
        if plain and m.actor.actor_type == "media":
            lead = text[c.claim_start : m.start].strip().lower()
            if c.claim_start <= m.start and lead in ("", "the") and m.end < c.claim_end:
                # "told the Guardian the case had been …" (no `that`): the addressee is not said
                start = m.end + len(text[m.end : c.claim_end]) - len(text[m.end : c.claim_end].lstrip())
                return replace(c, via=m.actor, claim_start=start)
            return replace(c, via=m.actor)  # "told Reuters", "told the newspaper La Voz"
        break
    # "told The Hindu" (a capitalised `The` inside a sentence opens a publication's name),
    # "told the newspaper El Deber" (a media noun from role_nouns.csv before the name)
    title = OUTLET_AFTER_TELL.match(text, at)
    if title and (
        (title.group(1) and ref.role_nouns.get(title.group(1).lower()) != "media")
        or (not title.group(1) and not title.group(2).startswith("The "))
    ):
        title = None  # "told Smith": a person; only `The X` or `the newspaper X` name an outlet
    if title and not doc.overlapping(title.start(2), title.end(2)):
        return replace(c, via=Actor(title.group(2), "media", doc.home), via_start=title.start(2))
    return c


FRONTED_SPEAKING_TO = re.compile(r"\b[Ss]peaking\s+(?:to|with|on)\s+[^,.;:“”\"]{1,80},\s*$")
SPEAKING_REACH = 120  # characters before the speaker searched for a fronted `Speaking to X,`


def _speaking_to_outlet(text: str, c: Claim, doc: DocActors) -> Claim:
    """`Speaking to state broadcaster TV Peru, X said …`, `X said, speaking to Teleamazonas, that
    …`: the media outlet a speaker was speaking to is the channel of the words (`via`)."""
    if c.via is not None:
        return c
    lo = min(c.evidence_start, c.cue_start)
    spans = [(m.end(), c.claim_start) for m in SPEAKING_TO.finditer(text, lo, c.claim_start)]
    front = FRONTED_SPEAKING_TO.search(text, max(0, lo - SPEAKING_REACH), lo)
    if front is not None:
        spans.append((front.start(), front.end()))
    for a, b in spans:
        outlets = [x for x in doc.within(a, min(b, a + 60))
                   if x.actor.actor_type == "media" and not x.actor.is_generic]
        if outlets:
            return replace(c, via=outlets[0].actor, via_start=outlets[0].start)
    return c


OUTLET_AFTER_TELL = re.compile(
    r"\s+(?:the\s+([a-z]+)\s+(?=[A-Z]))?((?:The|[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+){0,3})(?=[\s,.;:]|$)"
)


def _chain_speaker(toks: list[Token], i: int, last: Claim | None) -> Subject | None:
    """Quote chains: `he added`, `she said` whose pronoun found no antecedent outside quotations
    (the previous paragraph was a bare quote) speak for the previous claim's speaker."""
    if i == 0 or last is None or last.claimant is None:
        return None
    if toks[i - 1].lower == "it":
        # "…, it added." after a body's claim: the body (never a person)
        if last.claimant.actor_type == "person":
            return None
    elif toks[i - 1].lower not in ("he", "she", "him", "her") or last.claimant.actor_type != "person":
        return None
    t = toks[i - 1]
    return Subject(last.claimant, t.text, t.start, t.end)


DETERMINER_BEFORE = frozenset({"a", "an", "the", "its", "his", "her", "their", "of", "this", "that", "these"})
CONTENT_STARTERS = frozenset(
    {
        "that",
        "to",
        "on",
        "in",
        "by",
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "there",
        "this",
        "his",
        "her",
        "its",
        "their",
        "no",
        "not",
        "any",
    }
)


ACCUSED_OBJECT_MAX = 5  # words of the accused before `of` (`some opposition politicians`)
ADJECTIVAL_PARTICIPLES = frozenset(
    {"alleged", "reported", "suspected", "purported", "accused", "claimed", "so-called", "informed", "posted",
     "published"}
)


BASE_FORM_NOUNS = frozenset({"state", "report", "claim", "statement", "comment", "warning", "appeal"})


def ref_lemma_is_form(word: str) -> bool:
    """A cue's base form that is also a common noun (`state`, `report`, `claim`)."""
    return word in BASE_FORM_NOUNS


NOUN_FORM_CUES = BASE_FORM_NOUNS | {
    "post", "posts", "reports", "claims", "statements", "tweet", "tweets", "comments"
}


DOCUMENT_NOUNS = frozenset(
    "statement statements message messages video videos letter communique communiqué note post notice".split()
)


VERB_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "but"})  # `but` joins a second predicate


def _adjectival(toks: list[Token], i: int) -> bool:
    """`an alleged cartel`, `targeted alleged boats`: a participle used as an adjective, not a cue."""
    if i > 0 and toks[i - 1].lower in DETERMINER_BEFORE:
        return True
    if (
        toks[i].lower == "posted"
        and i > 1
        and toks[i - 1].lower in DOCUMENT_NOUNS
        and toks[i - 2].lower in DETERMINER_BEFORE
    ):
        return True  # "In a statement posted on its website, X said": the document's participle
    if i > 0 and toks[i - 1].lower in ("for", "without") and not toks[i].lower.endswith(("ing", "ed")):
        return True  # "who declined to be named for fear of reprisals": a noun after a preposition
    if (
        toks[i].lower in NOUN_FORM_CUES
        and i > 1
        and toks[i - 2].lower in DETERMINER_BEFORE
        and toks[i - 1].text.isalpha()
        and toks[i - 1].text.islower()
    ):
        return True  # "attacked a police post", "the weekly report": a noun after a noun modifier
    if i > 1 and toks[i - 1].text[:1].isupper() and ref_lemma_is_form(toks[i].lower):
        return True  # "Nigeria's Niger state", "the Reuters report": a noun after a name
    if toks[i].lower in ADJECTIVAL_PARTICIPLES and i + 1 < len(toks):
        reach = toks[i + 2 : i + 2 + ACCUSED_OBJECT_MAX]
        if toks[i].lower in ("accused", "accuses") and any(t.lower == "of" for t in reach):
            # "the minister also accused some politicians of sponsoring …": `accused X of` is the verb
            return False
        p = i - 1
        while p > 0 and toks[p].lower in AUXILIARIES and toks[p].lower not in PASSIVE_AUX:
            p -= 1  # "X also accused", "X later claimed": the word before the adverb
        prev = toks[p - 1] if p >= 1 and toks[p].text == "," else toks[p] if i else None
        if i >= 2 and toks[i - 1].text == ",":
            # "Mejía, for his part, claimed victory": pass over an aside set off by commas
            k = next((k for k in range(i - 2, max(-1, i - 7), -1) if toks[k].text == ","), None)
            if k is not None and k > 0 and toks[k + 1].text[:1].islower():
                prev = toks[k - 1]
        if prev is not None and (prev.text[:1].isupper() or prev.lower in VERB_SUBJECTS):
            return False  # "Moses Tarpeh, claimed victory", "she claimed victory", "… but accused X": a verb
        nxt = toks[i + 1]
        return nxt.text[:1].islower() and nxt.lower not in CONTENT_STARTERS and not nxt.lower.endswith("ing")
    return False


def _sentence_of(pos: int, sents: list[Span]) -> Span:
    """The first sentence with start <= pos <= end (sentences are disjoint and in order)."""
    k = bisect.bisect_left(sents, pos, key=lambda s: s.end)  # first with end >= pos
    if k < len(sents) and sents[k].start <= pos:
        return sents[k]
    return sents[-1]  # pos lies between sentences: no later one starts before it


def _direct_claim(
    text: str,
    q: Span,
    sents: list[Span],
    doc: DocActors,
    ref: Reference,
    used_cues: set[int],
    last: Claim | None,
) -> Claim | None:
    open_s = _sentence_of(q.start - 1, sents)
    prefix = DATELINE_PREFIX.sub("", text[open_s.start : q.start - 1]).strip()
    close_s = _sentence_of(min(q.end, sents[-1].end - 1), sents)
    content = strip_span(text, q.start, q.end, " ,")
    # past the closing mark; a quote left open (cut-off text, continued paragraph) has none
    q_close = q.end + 1 if q.end < len(text) and not text[q.end].isspace() else q.end
    if content[1] - content[0] < 3:
        return None
    if prefix and not prefix.endswith((":", ",")):
        return None  # a fragment quoted inside a sentence: part of reported speech
    if prefix:
        read = DOCUMENT_READ_BEFORE.search(text, open_s.start, q.start)
        if read is not None and read.end() == q.start:
            # `The statement read: "…"`: the document's author (`_document_speakers`)
            a, b = read.start(1), read.end(1)
            return _make(text, Subject(None, text[a:b], a, b), read.group(2), content, "direct",
                         open_s.start, q_close, read.start(2), doc)
        # `X said: "..."`
        ptoks = tokens(text, Span(open_s.start, q.start - 1))
        for i in range(len(ptoks) - 1, -1, -1):
            cue = _cue_at(ptoks, i, ref)
            if cue:
                gap = [t for t in ptoks[i + cue[2] :] if t.text[:1].isalnum()]
                clause = any(t.lower == "that" for t in gap) or len(gap) > TELL_SETTING_MAX
                if prefix.endswith(",") and clause:
                    return None  # `said that troops fired first, "without warning", on ...`: a fragment
                subj = _speaker_before(text, ptoks, i, doc, ref)
                used_cues.add(ptoks[i].start)
                return _make(
                    text, subj, cue[0], content, "direct", open_s.start, q_close, ptoks[i].start, doc
                )
        return None
    # attribution after the closing mark, in the same sentence
    tail = Span(min(q_close, close_s.end), close_s.end)
    read = DOCUMENT_READ.match(text, tail.start, tail.end)
    if read is not None:
        # `"…," the statement read.`: the document's author (`_document_speakers`)
        a, b = read.start(1), read.end(1)
        return _make(text, Subject(None, text[a:b], a, b), read.group(2), content, "direct",
                     open_s.start, close_s.end, read.start(2), doc)
    ttoks = tokens(text, tail)
    limit = TAIL_CUE_MAX
    rel = next((k for k in range(1, min(len(ttoks), TAIL_CUE_MAX)) if ttoks[k].lower in ("who", "which")
                and ttoks[k - 1].text == ","), None)
    if rel is not None:
        # `," President X, who has refused to ..., told protesters`: past the relative clause
        close = next((k for k in range(rel + 1, len(ttoks)) if ttoks[k].text == ","), None)
        if close is not None:
            limit = close + 4
    for i, t in enumerate(ttoks[:limit]):
        cue = _cue_at(ttoks, i, ref)
        if cue is None or (i > 0 and ttoks[i - 1].lower in ("who", "which")):
            continue  # "an officer who asked not to be named told ...": the relative clause's verb
        used_cues.add(t.start)
        quoted = _quoted_as_saying(ttoks, i)
        if quoted is not None:
            # `"…," the statement quoted X as saying.`: the one quoted speaks, through the quoter
            subj = _speaker_before(text, ttoks, i - 1, doc, ref)
            relay = _speaker_before(text, ttoks, quoted, doc, ref) if quoted > 0 else None
            if subj is not None and subj.actor is not None:
                c = _make(text, subj, cue[0], content, "direct", open_s.start, close_s.end, t.start, doc)
                if relay is not None and relay.actor is not None and relay.actor.key != subj.actor.key:
                    c = replace(c, via=relay.actor)
                return c
        subj = _speaker_before(text, ttoks, i, doc, ref) if i > 0 else None
        if subj is None:
            subj = _chain_speaker(ttoks, i, last)
        if subj is None and i > 0 and ttoks[i - 1].lower in ("he", "she"):
            # `'…,' he said` whose speaker is a later sentence's (quotes are read first): left
            # to `_pronoun_chain`, which reads the claims in order
            p = ttoks[i - 1]
            subj = Subject(None, p.text, p.start, p.end)
        if subj is None and ref.cues.get(cue[0].lower(), ("",))[0] != "tell":
            m = _speaker_after(ttoks, i + 1, doc)  # "…,” said X"; after `told` comes the addressee
            doc_after = DOCUMENT_AFTER.match(text, t.end) if m is None else None
            if doc_after is not None:
                # "…," indicated the communique.: the document's author (`_document_speakers`)
                a, b = doc_after.start(1), doc_after.end(1)
                return _make(text, Subject(None, text[a:b], a, b), cue[0], content, "direct",
                             open_s.start, close_s.end, t.start, doc)
            if m is None and i + 1 < len(ttoks):
                described = _described_after(text, ttoks[i].end, doc, ref)
                if described is not None:
                    return _make(
                        text, described, cue[0], content, "direct", open_s.start, close_s.end, t.start, doc
                    )
            described_role = i + 1 < len(ttoks) and ttoks[i + 1].lower in ("a", "an", "the")
            if described_role or _possessive_role(ttoks, i + 1):
                # "…,” said a spokesman for the Y, Ana Diaz.": the name after the description
                # (also "…,” said WFP's country director, Ana Diaz.": a body's possessive role)
                comma = next((k for k in range(i + 2, len(ttoks)) if ttoks[k].text in (",", ".")), None)
                set_off = comma is not None and ttoks[comma].text == ","
                named = _apposed_name(ttoks, comma, doc) if set_off else None
                if named is not None and (m is None or m.actor.is_generic or m.end <= ttoks[comma].start):
                    m = named
            subj = Subject(m.actor, m.text, m.start, m.end, m) if m else None
        return _make(text, subj, cue[0], content, "direct", open_s.start, close_s.end, t.start, doc)
    # an unattributed quote continuing the previous speaker's words
    if last is not None and last.claimant is not None and q.start - last.evidence_end < 400:
        subj = Subject(last.claimant, None, -1, -1)
        end = max(close_s.end, q_close)
        return _make(text, subj, last.cue, content, "direct", open_s.start, end, q.start, doc)
    return None


POSSESSIVE_ROLE_WORDS = 4  # lower-case words of a role after a body's possessive (`country director`)


def _possessive_role(toks: list[Token], k: int) -> bool:
    """`WFP's country director, X`, `the union's general secretary, X`: from token `k`, a short
    name or noun phrase, its possessive and a lower-case role of at most four words before a
    comma (the name set off after it is the speaker, not the body before `'s`)."""
    p = next((x for x in range(k, min(k + 5, len(toks))) if toks[x].lower in ("'s", "’s")), None)
    if p is None or p == k:
        return False
    comma = next((x for x in range(p + 1, len(toks)) if not toks[x].text.replace("-", "").isalpha()), None)
    if comma is None or toks[comma].text != "," or not 0 < comma - p - 1 <= POSSESSIVE_ROLE_WORDS:
        return False
    return all(t.text.islower() for t in toks[p + 1 : comma])


def _tight_evidence(
    text: str,
    subj: Subject | None,
    cue: str,
    content: tuple[int, int],
    lo_bound: int,
    hi_bound: int,
    cue_start: int,
) -> tuple[int, int]:
    """Evidence = the clauses holding the claimant as named, the cue and the claim (with its
    quotation marks), in whole clauses so that it reads on its own (`evidence.readable_span`)."""
    hi_bound = min(hi_bound, len(text))
    parts = [content] if content[0] < content[1] else []
    lo_bound, hi_bound = min(lo_bound, content[0]), max(hi_bound, content[1])  # the claim is always quoted
    if text.startswith(cue, cue_start) and lo_bound <= cue_start:
        parts.append((cue_start, cue_start + len(cue)))
    if subj is not None and subj.start >= lo_bound and subj.end <= hi_bound and subj.start < subj.end:
        parts.append((subj.start, subj.end))
    parts = [(a, b) for a, b in parts if lo_bound <= a < b <= hi_bound]
    if not parts:
        return content
    return readable_span(text, lo_bound, hi_bound, parts)


def _make(
    text: str,
    subj: Subject | None,
    cue: str,
    content: tuple[int, int],
    qtype: str,
    ev_start: int,
    ev_end: int,
    cue_start: int,
    doc: DocActors,
) -> Claim:
    claimant = subj.actor if subj else None
    about = mention_after(doc, content[0], content[1], claimant)
    named = subj
    if subj is not None and subj.start < 0 and claimant is not None:
        # a participle or continuation shares an earlier subject: quote the clause naming it
        ms = [m for m in doc.within(ev_start, cue_start) if m.actor.key == claimant.key]
        if ms:
            named = Subject(claimant, ms[-1].text, ms[-1].start, ms[-1].end, ms[-1])
    ev_start, ev_end = _tight_evidence(text, named, cue, content, ev_start, ev_end, cue_start)
    return Claim(
        claimant=claimant,
        claimant_text=(subj.text if subj and subj.text else None),
        claimant_start=subj.start if subj else -1,
        cue=cue,
        claim_start=content[0],
        claim_end=content[1],
        quote_type=qtype,
        subject=about.actor if about else None,
        evidence_start=ev_start,
        evidence_end=ev_end,
        cue_start=cue_start,
    )


RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})
# `according to NOC figures`, `according to figures released by the ministry`: the body whose
# numbers they are is the source, not the numbers
DATA_NOUNS = frozenset({"figures", "data", "statistics", "estimates", "tally", "count", "records", "numbers"})
DATA_BY = frozenset({"by", "from", "of"})


def _data_source(toks: list[Token], after: int, np_end: int, doc: DocActors) -> tuple[int, int]:
    """The source's own noun phrase inside `according to` + a data noun phrase (tokens after ..
    np_end), as (start, end) token indices: the words after `by`/`from`/`of` following the data
    noun (`figures released by X`, `data from X`), or a named actor right before the data noun
    (`UNHCR figures`, `Kenyan government data` stays as it is); else the phrase unchanged."""
    d = next((k for k in range(after, np_end) if toks[k].lower in DATA_NOUNS), None)
    if d is None:
        return after, np_end
    by = next((k for k in range(d + 1, min(d + 3, np_end)) if toks[k].lower in DATA_BY), None)
    if by is not None and by + 1 < np_end:
        return by + 1, np_end
    if d == np_end - 1 and d > after:
        named = [
            m for m in doc.within(toks[after].start, toks[d - 1].end)
            if m.end == toks[d - 1].end and not m.actor.is_generic
            and m.mention_type not in ("pronoun", "demonym")
        ]
        if named:
            m = max(named, key=lambda m: m.end - m.start)
            return next(k for k in range(after, d) if toks[k].end > m.start), d
    return after, np_end


COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many"}
)


def _counted_people(toks: list[Token], lo: int, hi: int) -> tuple[Actor, int, int] | None:
    """`according to two engineers (who …)`, `according to several residents`: a count and a
    lower-case plural noun no list knows are people counted as sources, a generic group named
    by the noun. None for any other phrase."""
    if hi - lo != 2 or (toks[lo].lower not in COUNT_WORDS and not toks[lo].text.isdigit()):
        return None
    w = toks[lo + 1]
    if not (w.text.isalpha() and w.text.islower() and w.text.endswith("s") and len(w.text) > 3):
        return None
    return Actor(w.text, "group", None, None, True), w.start, w.end


PRONOUN_WORDS = frozenset(
    {"they", "them", "these", "those", "others", "both", "who", "which", "its", "their"}
)
NP_PLACE_PREPS = frozenset({"in", "at", "from", "near", "on", "across", "inside", "outside", "around"})
NP_LEADS = frozenset({"the", "a", "an", "some", "many", "several", "other", "and", "but", "meanwhile"})
PLAIN_NP_MAX = 8  # words from the clause start to the cue


def _plain_plural_speaker(text: str, s: Span, toks: list[Token], i: int, ref: Reference) -> Subject | None:
    """`Prisoners' advocates accused …`, `Sri Lankan fishermen's groups in the north accuse …`: a
    plain noun phrase opening the sentence (or a clause after `;`) before the cue, headed by a
    lower-case plural noun no list knows, is a generic group named by the phrase without its
    determiners or the place after it. None for anything else (a verb, a name, a pronoun)."""
    if toks[i].lower.endswith("ing"):
        return None  # `began recounting`: a participle, not the subject's own verb
    j = i
    while j > 0 and toks[j - 1].lower in AUXILIARIES:
        j -= 1
    k = j
    while k > 0 and j - k < PLAIN_NP_MAX and toks[k - 1].text not in (";", ":"):
        k -= 1
    if k > 0 and toks[k - 1].text not in (";", ":"):
        return None  # not at the start of the sentence or clause
    words = toks[k:j]
    while words and words[0].lower in NP_LEADS:
        words = words[1:]
    cut = next((n for n, w in enumerate(words) if w.lower in NP_PLACE_PREPS), len(words))
    core = words[:cut]
    if not core or not all(re.fullmatch(r"[A-Za-z][\w\-]*|['’]s?", w.text) for w in core):
        return None
    head = core[-1].text
    plural = head.endswith("s") and not head.endswith("ss") and len(head) > 3
    if not (head.islower() and head.isalpha() and plural):
        return None
    if any(w.lower in ref.cues or w.lower in TIME_WORDS or w.lower in PRONOUN_WORDS for w in core):
        return None
    name = text[core[0].start : core[-1].end]
    proper = core[0].text in ref.demonyms or core[0].text in ref.gazetteer or (
        len(core) > 1 and core[1].text[:1].isupper()  # `Sri Lankan fishermen's groups`
    )
    if core[0].start == s.start and not proper:
        name = name[0].lower() + name[1:]
    return Subject(Actor(name, "group", None, None, True), name, core[0].start, core[-1].end)


def _just_before(text: str, last: Claim | None, s: Span) -> bool:
    """Whether the claim `last` ends in the sentence right before `s` (only spaces between)."""
    if last is None or last.evidence_end > s.start:
        return False
    end = text.find(".", last.claim_end, s.start + 1)
    return end >= 0 and not text[end + 1 : s.start].strip(" \n\"”’'")


def _reported_claim(
    text: str,
    s: Span,
    toks: list[Token],
    i: int,
    cue: tuple[str, str, int],
    doc: DocActors,
    ref: Reference,
    quotes: list[Span],
    earlier: list[Claim],
    last: Claim | None = None,
    first: int | None = None,
) -> Claim | None:
    cue_text, strength, n = cue
    cue_at = toks[i].start
    if first is not None:
        # coordinated cues make one claim: its cue spans them ("denounced and condemned")
        cue_text, cue_at = text[toks[first].start : toks[i].end], toks[first].start
    after = i + n
    lemma = (ref.cues.get(cue_text.lower()) or ref.cues.get(toks[i].lower, ("according",)))[0]
    # "according to X, CONTENT" / "CONTENT, according to X"
    if cue_text == "according to":
        comma = next(
            (k for k in range(after, len(toks)) if toks[k].text == "," and not _in_name(toks[k], doc)), None
        )
        np_end = comma if comma is not None else len(toks)
        # "according to two engineers who spoke to Reuters on condition of anonymity": the noun
        # phrase ends before its relative clause
        np_end = next((k for k in range(after + 1, np_end) if toks[k].lower in RELATIVE_WORDS), np_end)
        while np_end > after and not toks[np_end - 1].text[:1].isalnum():
            np_end -= 1
        after, np_end = _data_source(toks, after, np_end, doc)
        m = _speaker_after(toks, after, doc)
        if m is not None and np_end < len(toks) and m.start >= toks[np_end].start:
            m = None  # "According to prosecutors, Santoso granted ...": past the phrase's comma
        if np_end > after:
            # "according to the UN refugee agency UNHCR", "according to Brazil's Agriculture
            # Ministry": the name ending the noun phrase is its head, not a modifier before it
            heads = [
                x for x in doc.within(toks[after].start, toks[np_end - 1].end)
                if x.end == toks[np_end - 1].end and x.mention_type != "demonym"
            ]
            if not heads and np_end < len(toks) and toks[np_end].text == ")":
                # "according to Indonesia's Maritime Security Agency (Bakamla),": an acronym no
                # list knows in brackets after the name: the name before them heads the phrase
                opener = next(
                    (k for k in range(np_end - 1, max(after, np_end - 6), -1) if toks[k].text == "("), None
                )
                if opener is not None and opener > after:
                    heads = [
                        x for x in doc.within(toks[after].start, toks[opener - 1].end)
                        if x.end == toks[opener - 1].end and x.mention_type != "demonym"
                        and x.actor.actor_type != "state"
                    ]
            if heads:
                m = max(heads, key=lambda x: x.end - x.start)
        gen = generic_actor(toks[after:np_end], ref, doc)
        if gen is None and m is None:
            # "according to a source in the ministry of mines": the head before the preposition
            p = next((k for k in range(after + 1, np_end) if toks[k].lower in ("in", "at", "within")), None)
            gen = generic_actor(toks[after:p], ref, doc) if p is not None else None
        if gen is None and m is None:
            gen = _counted_people(toks, after, np_end)
        chained = _chain_speaker(toks, after + 1, last) if np_end == after + 1 else None
        if chained is not None:
            subj = chained  # "According to him, ..."
        elif gen is not None and (
            m is None or m.mention_type == "demonym" or m.end <= toks[np_end - 1].start
        ):
            subj = Subject(gen[0], text[gen[1] : gen[2]], gen[1], gen[2])
            subj = _seat_of_power(subj, doc, ref) or subj
        else:
            subj = Subject(m.actor, m.text, m.start, m.end, m) if m else None
        if (subj is None or subj.actor is None) and i + 3 < len(toks) and toks[i + 2].lower in OWNER_KINDS:
            # `…, according to its latest quarterly report.`: the document's owner is the first
            # body (`its`, `their`) or person (`his`, `her`) named in the sentence before
            owner = _sentence_owner(toks, i, doc, OWNER_KINDS[toks[i + 2].lower])
            subj = owner or subj
        if comma is not None and i > 0 and toks[i - 1].text == "," and (
            subj is None or (subj.actor is not None and subj.actor.is_generic)
        ):
            # "…, according to the ship's manager, Valletta-based X.": the name set off after a
            # generic description is the source
            named = _apposed_name(toks, comma, doc)
            if named is not None:
                subj = Subject(named.actor, named.text, named.start, named.end, named)
        if (
            i > 1
            and toks[i - 1].text == ","
            and toks[i - 2].lower in ASIDE_LEADS
            and comma is not None
            and sum(1 for t in toks[comma + 1 :] if t.text[:1].isalnum()) >= 3
        ):
            # "…, where, according to the Red Cross, at least six people were injured": the
            # clause after the aside is what the source says
            content = strip_span(text, toks[comma].end, s.end)
        elif i > 0 and toks[i - 1].text == ",":
            content = strip_span(text, s.start, toks[i - 1].start)
        elif comma is not None:
            content = strip_span(text, toks[comma].end, s.end)
            named = _apposed_name(toks, comma, doc)
            second = next((k for k in range(comma + 1, len(toks)) if toks[k].text == ","), None)
            if (
                named is not None and second is not None and toks[second - 1].end == named.end
                and (subj is None or (subj.actor is not None and subj.actor.is_generic))
                and sum(1 for t in toks[second + 1 :] if t.text[:1].isalnum()) >= 3
            ):
                # "According to the boat owner, X, CONTENT": the name set off after the
                # description is the source, and what was said follows its comma
                subj = Subject(named.actor, named.text, named.start, named.end, named)
                content = strip_span(text, toks[second].end, s.end)
        else:
            return None
        return _claim_from(text, subj, cue_text, content, s, toks[i].start, doc)
    # postposed: "CONTENT, officials said." / "CONTENT, said X."
    comma_before = next(
        (k for k in range(i - 1, max(-1, i - POSTPOSED_SPEAKER_MAX), -1)
         if toks[k].text == "," and not _in_name(toks[k], doc)),
        None,
    )
    coord: Subject | None = None
    between = toks[comma_before + 1 : i] if comma_before is not None else []
    next_comma = next((k for k in range(after, len(toks)) if toks[k].text in {",", ";"}), len(toks))
    tail_words = [t for t in toks[after:next_comma] if t.text[:1].isalnum()]
    seg_start = (
        next((k for k in range((comma_before or 0) - 1, -1, -1) if toks[k].text in {",", ";", ":"}), -1) + 1
    )
    relative = (
        comma_before is not None
        and seg_start < comma_before
        and toks[seg_start].lower in ("who", "which", "whose")
    )
    inverted_ok = True
    if comma_before is not None and comma_before == i - 1:
        # "…, X, told the Guardian": after `told` comes the addressee, never the speaker
        m_after = _speaker_after(toks, after, doc) if lemma != "tell" else None
        rest = [t for t in toks[after:next_comma] if m_after is None or t.start >= m_after.end]
        inverted_ok = (
            m_after is not None
            # "..., said Defence Minister X": only a title or article between cue and name
            and all(
                t.text[:1].isupper()
                or t.lower in ("the", "a", "an", "its", "his", "her", "their", "of", "for", "'s", "’s")
                or t.lower in _lower_titles(ref.titles)
                or t.lower in ref.generic
                or t.lower in ref.role_nouns
                for t in toks[after:]
                if t.end <= m_after.start
            )  # "said the commission's chairman X"; not "claimed victory for X"
            and (not rest or rest[0].lower in ("in", "on", "at", "during", ".", "told", ","))
        )
    if (
        comma_before is not None
        and comma_before > 2
        and not relative
        and not _denial_aside(between)
        and not _reduced_relative(between, ref)
        # "Its spokesman, X, has previously said …": only auxiliaries after the comma leave the
        # speaker before it (an apposition), not a postposed attribution
        and not (between and all(t.lower in AUXILIARIES for t in between))
        and inverted_ok
        and len(tail_words) <= POSTPOSED_TAIL_MAX
        and not toks[i].lower.endswith("ing")
        and (
            not any(
                (t.lower in NP_BOUNDARY_WORDS or t.lower in CLAUSE_LINKS) and not _in_name(t, doc)
                for t in between
            )
            or (coord := _coordinated_speakers(text, toks, comma_before, i, doc, ref)) is not None
        )
        and not any(t.lower in ref.cues and ref.cues[t.lower][0] != t.lower for t in between)
        and not any(t.lower == "that" for t in toks[after : _that_scope(toks, after, next_comma, ref)])
    ):
        head = [t for t in toks[:comma_before] if t.text[:1].isalnum()]
        head_text = text[s.start : toks[comma_before].start]
        lead = DATELINE_LEAD.match(head_text)
        head_text = head_text[lead.end() :] if lead else head_text
        if (
            len(head) >= 3
            and not DISCOURSE_OPENER.search(head_text)
            and not _only_setting(head_text)
            and not FRONTED_SETTING.match(head_text)
        ):
            if comma_before == i - 1:
                m = _speaker_after(toks, after, doc)
                subj = Subject(m.actor, m.text, m.start, m.end, m) if m else None
            elif coord is not None:
                subj = coord  # "…, police and party sources said.": the first source named
            else:
                # "…, it added." continues the last claim's body before any other antecedent
                chained = _chain_speaker(toks, i, last) if toks[i - 1].lower == "it" else None
                subj = chained or _speaker_before(text, toks, i, doc, ref) or _chain_speaker(toks, i, last)
            content = strip_span(text, s.start, toks[comma_before].start, " ,;:—–.")
            if subj is not None:
                return _claim_from(text, subj, cue_text, content, s, toks[i].start, doc)
    if comma_before == i - 1 and i >= 4 and _setting_tail(toks, after, lemma, ref):
        # "CONTENT, the ministry's spokeswoman, Lt Gen X, told a press briefing.": the speaker
        # is set off by commas (a description, then the name) and nothing is said after the cue
        subj = _speaker_before(text, toks, i, doc, ref)
        set_off = subj is not None and subj.actor is not None and subj.end == toks[i - 2].end
        if subj is not None and set_off and subj.start > s.start:
            front = _fronted_content(text, s, subj, ref)
            if front is not None:
                front = _trim_description(text, front, ref)
                words = text[front[0] : front[1]].split()
                if len(words) >= 3 and not _only_setting(text[front[0] : front[1]]):
                    return _claim_from(text, subj, cue_text, front, s, toks[i].start, doc)
    via = None
    # preposed: "X said (that) CONTENT" / participial ", insisting CONTENT" / "... and declared"
    quoted = _quoted_as_saying(toks, i)
    if quoted is not None:
        # "a news site quoted a spokesman, Zagros Amed, as saying ...": the one quoted speaks,
        # through whoever quoted them
        if quoted > 0 and toks[quoted - 1].lower in PASSIVE_AUX:
            # "X was quoted by the Bernama news agency as saying ...": the subject speaks; the
            # agent after `by` relayed the words
            subj = _speaker_before(text, toks, quoted, doc, ref)
            relay = _speaker_before(text, toks, i - 1, doc, ref) if toks[quoted + 1].lower == "by" else None
        else:
            subj = _speaker_before(text, toks, i - 1, doc, ref)
            relay = _speaker_before(text, toks, quoted, doc, ref)
        via = relay.actor if relay is not None and relay.actor is not None else None
    elif first is not None:
        subj = _speaker_before(text, toks, first, doc, ref)
    elif (toks[i].lower.endswith("ing") and i > 0 and _comma_before(toks, i)) or (
        i > 0 and toks[i - 1].lower in ("and", "but")
    ):
        prior = _prior_verb_subject(text, toks, i, doc, ref) if not earlier else None
        if prior is not None:
            subj = prior
        elif earlier:
            subj = Subject(earlier[-1].claimant, None, -1, -1)
        else:
            subj = _clause_subject(text, s, toks[i].start, doc, ref)
    elif i == 1 and toks[0].lower == "it" and _just_before(text, last, s):
        # `… , the agency said in a statement. It said …`: `It` opening the next sentence
        # continues the body that spoke last before any other antecedent
        subj = _chain_speaker(toks, i, last) or _speaker_before(text, toks, i, doc, ref)
    else:
        subj = _speaker_before(text, toks, i, doc, ref)
    if subj is None:
        subj = _chain_speaker(toks, i, last)
    if subj is None and i > 0 and toks[i - 1].lower == "they":
        subj = Subject(None, toks[i - 1].text, toks[i - 1].start, toks[i - 1].end)  # unresolved plural
    if subj is None:
        subj = _plain_plural_speaker(text, s, toks, i, ref)
    if subj is None and not (i > 0 and toks[i - 1].lower in ref.generic):
        return None
    if toks[i].lower.endswith("ing") and i > 0 and toks[i - 1].text == ",":
        # "Mayor X, writing on Telegram, said …": a participle aside set off by commas before the
        # subject's own cue is the setting, not a claim
        nc = next((k for k in range(after, len(toks)) if toks[k].text in (",", ";")), None)
        if nc is not None and toks[nc].text == "," and nc + 1 < len(toks):
            k = nc + 1
            while k < len(toks) - 1 and toks[k].lower in AUXILIARIES:
                k += 1
            if _cue_at(toks, k, ref) is not None and not toks[k].lower.endswith("ing"):
                return None
    if lemma == "claim" and after < len(toks) and toks[after].lower in ("responsibility", "credit"):
        return None  # "claimed responsibility for the attack": an act (an event), not a statement
    if after + 1 < len(toks) and toks[after].lower == "not" and toks[after + 1].lower == "to":
        return None  # "who asked not to be named", "declined not to ...": no statement
    content = _content_after(text, toks, after, lemma == "tell", s.end, ref)
    if i >= 2 and toks[i - 1].lower in ("who", "which") and toks[i - 2].text == "," and _relative_speech(
        toks, i, ref
    ):
        # `X, which says it is in contact with relatives, said …`: what the relative clause says
        # ends at its comma, before the main verb
        close = next((toks[k].start for k in range(after, len(toks)) if toks[k].text in (",", ";")), s.end)
        content = (content[0], min(content[1], close))
    if (
        content[1] - content[0] < 8
        or len(text[content[0] : content[1]].split()) < 2
        or _only_setting(text[content[0] : content[1]])
    ):
        front = _fronted_content(text, s, subj, ref) if strength == "speech" else None
        if front is None:
            return None
        return _claim_from(text, subj, cue_text, front, s, cue_at, doc)
    if strength == "request" and not _quoted(text, content[0], content[1]):
        return None  # a plain request is an event, not a claim
    said = text[content[0] : content[1]].lower().split()
    if (
        len(said) <= 3
        and said
        and said[-1] in ANAPHORIC_OBJECTS
        and said[0] in ("the", "these", "those", "this", "that", "such")
        and PARTICIPLE_AFTER.match(text, content[1])
    ):
        return None  # "denied the accusation, saying …": the participle's words are the claim
    if lemma == "call" and not _quoted(text, content[0], content[1]):
        return None  # "called on both sides to stop", "called for calm": a request, not a characterisation
    if lemma == "call" and any(t.lower == "what" for t in toks[max(0, i - 4) : i]):
        return None  # "condemned what he called a “purge”": the outer claim holds the words
    if (
        lemma == "threaten"
        and text.startswith("to ", content[0])
        and not _quoted(text, content[0], content[1])
    ):
        return None  # "threatened to withdraw its members unless ...": a threat is an act, like a request
    if (
        strength == "stance"
        and lemma not in ("deny", "accuse")
        and not STANCE_CONTENT.search(text[content[0] : content[1]])
        and not _quoted(text, content[0], content[1])
    ):
        return None  # "rejected the results": an act on an object, not a statement with content
    if strength == "object" and not (
        _quoted(text, content[0], content[1])
        or (after < len(toks) and toks[after].lower in ("that", ":"))
        or re.search(r"\bthat\s*,?\s*$", text[toks[after].start : content[0]] if after < len(toks) else "")
    ):
        return None  # "announced new sanctions": an act with an object, not a statement
    if lemma == "accuse":
        # `accused each other of breaking the truce, after a night of shelling that …`: what is
        # alleged ends at a clause set off after it (its own claims are read on their own)
        cut = ACCUSATION_END.search(text, content[0], content[1])
        if cut is not None and " of " in text[content[0] : cut.start()]:
            content = (content[0], cut.start())
    if via is None:
        # "said in a statement read on state TV that ...", "claimed it in a statement read on
        # its radio, saying ...": the outlet between the clause start and the content relays it
        lo = toks[i].start if not toks[i].lower.endswith("ing") else s.start
        via = _carried_by(text, lo, content[0], doc)
    made = _claim_from(text, subj, cue_text, content, s, cue_at, doc)
    return replace(made, via=via) if via is not None else made


DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:,[^:\n()]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?::|[-–—]+)\s+"
)


def _claim_from(
    text: str,
    subj: Subject | None,
    cue: str,
    content: tuple[int, int],
    s: Span,
    cue_start: int,
    doc: DocActors,
) -> Claim:
    lead = DATELINE_LEAD.match(text, content[0], content[1]) if content[0] == s.start else None
    if lead is not None:
        content = (lead.end(), content[1])  # `DHAKA, Nov 3 (Reuters) - Police fired …, X said`
    return _make(
        text,
        subj,
        cue,
        content,
        quote_type_of(text, content[0], content[1], False),
        s.start,
        s.end,
        cue_start,
        doc,
    )
