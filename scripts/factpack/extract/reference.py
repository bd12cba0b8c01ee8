"""Reference data (gazetteer and lexicons) read from `schemas/reference/*.csv`.

Every file is checked as it is read; a malformed row stops the build with the file, the
line number and the problem.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from factpack.errors import InputError
from factpack.paths import REFERENCE

ACTOR_TYPES = {
    "person",
    "state",
    "government_body",
    "armed_forces",
    "organization",
    "criminal_group",
    "media",
    "group",
}
EVENT_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}

HEADERS = {
    "countries.csv": ["country_code", "name", "aliases", "demonyms", "metonyms", "reason"],
    "organizations.csv": ["name", "aliases", "actor_type", "country_code", "reason"],
    "cue_verbs.csv": ["form", "lemma", "strength", "reason"],
    "event_lexicon.csv": ["trigger", "event_type", "event_mode", "reason"],
    "titles.csv": ["title", "actor_type", "reason"],
    "generic_actors.csv": ["phrase", "actor_type", "reason"],
    "org_heads.csv": ["head", "actor_type", "reason"],
    "accusation_terms.csv": ["term", "reason"],
    "role_nouns.csv": ["noun", "actor_type", "reason"],
    "proxy_nouns.csv": ["noun", "reason"],
    "sense_rules.csv": ["trigger", "context_words", "min_hits", "event_type", "event_mode", "reason"],
    "actor_registry.csv": ["actor_id", "name", "aliases", "reason"],
    "claim_link_cues.csv": ["kind", "words", "relation", "reason"],
    "reciprocal_triggers.csv": ["trigger", "reason"],
    "local_senses.csv": ["trigger", "side", "words", "event_type", "event_mode", "reason"],
    "actor_cues.csv": ["kind", "words", "reason"],
    "party_phrases.csv": ["phrase", "reason"],
    "cities.csv": ["city", "country_code", "reason"],
}
LINK_RELATIONS = {"denies", "rejects", "confirms", "responds_to"}
LINK_KINDS = {"verb", "noun", "relative"}
ACTOR_ID_RE = re.compile(r"^act_[0-9a-f]{12}$")


def read_rows(path: Path, header: list[str] | None = None) -> list[dict[str, str]]:
    """Rows of a reference CSV (its `header`, by default the one HEADERS names for the file),
    with header, column count and emptiness of the first column checked; `_line` holds each
    row's line number for messages."""
    expected = header or HEADERS[path.name]
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header != expected:
                raise InputError(path, f"header is {header}, expected {expected}")
            rows = []
            for line_no, row in enumerate(reader, start=2):
                if not row:
                    continue
                if len(row) != len(expected):
                    raise InputError(path, f"line {line_no}: {len(row)} columns, expected {len(expected)}")
                rec = dict(zip(expected, (c.strip() for c in row), strict=True))
                if not rec[expected[0]]:
                    raise InputError(path, f"line {line_no}: empty {expected[0]}")
                rec["_line"] = str(line_no)
                rows.append(rec)
    except UnicodeDecodeError:
        raise InputError(path, "not valid UTF-8") from None
    except FileNotFoundError:
        raise InputError(path, "reference file is missing") from None
    except csv.Error as e:
        raise InputError(path, f"malformed CSV: {e}") from None
    return rows


def _check(path: Path, rec: dict[str, str], column: str, allowed: set[str], empty_ok: bool) -> None:
    v = rec[column]
    if (v or not empty_ok) and v not in allowed:
        raise InputError(path, f"line {rec['_line']}: {column} {v!r} is not one of {sorted(allowed)}")


def _country(path: Path, rec: dict[str, str], column: str = "country_code") -> str | None:
    v = rec[column]
    if v and not (len(v) == 3 and v.isalpha() and v.isupper()):
        raise InputError(path, f"line {rec['_line']}: {column} {v!r} is not an ISO alpha-3 code")
    return v or None


def split(v: str) -> list[str]:
    return [x.strip() for x in v.split("|") if x.strip()]


@dataclass(frozen=True)
class GazetteerEntry:
    """What a surface form refers to."""

    name: str
    actor_type: str
    country_code: str | None
    mention_type: str  # name | alias | metonym | demonym
    description: str | None = None


@dataclass(frozen=True)
class Reference:
    gazetteer: dict[str, GazetteerEntry]  # surface form (case-sensitive) -> entry
    demonyms: dict[str, str]  # demonym -> country_code
    country_names: dict[str, str]  # country_code -> short name
    titles: frozenset[str]
    generic: dict[str, str | None]  # lowercase phrase -> actor type (None: no actor)
    org_heads: dict[str, str]
    cues: dict[str, tuple[str, str]]  # lowercase form -> (lemma, strength)
    triggers: dict[tuple[str, ...], tuple[str, str | None]]
    senses: dict[str, tuple[frozenset[str], int, str, str | None]]  # trigger -> context, hits, type, mode
    accusation_terms: frozenset[str]
    version: str
    # case-folded name or alias -> (stable actor_id, display name)
    registry: dict[str, tuple[str, str]] = field(default_factory=dict)
    # kind (verb | noun | relative) -> word sequence (lower-case tuple) -> relation
    link_cues: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)
    role_nouns: dict[str, str] = field(default_factory=dict)  # `the airline` -> organization
    proxy_nouns: frozenset[str] = frozenset()  # `X's office` speaks for X
    reciprocal: frozenset[str] = frozenset()  # two-sided acts: `A and B signed` -> A with B
    # trigger -> [(side: before | after | sentence, words, type, mode)]: a sense read from the
    # word right before or after the trigger or from its sentence's words, which wins over
    # `senses` (the story's words)
    local_senses: dict[str, list[tuple[str, frozenset[str], str, str | None]]] = field(default_factory=dict)
    # kind (international | remit | tie_suffix | locative | ...) -> words (see actor_cues.csv)
    actor_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    party_phrases: frozenset[str] = frozenset()  # `the two sides agreed` -> both parties
    # city -> country code, read only in a tie compound (`Shanghai-based`; actor_cues tie_suffix)
    cities: dict[str, str] = field(default_factory=dict)


# an Arabic article opening a name (`al-Shabab`, `Al-Qaeda`, `el-Sisi`): its case follows the sentence
ARTICLE_PARTICLE = re.compile(r"[Aa]l-|[Ee]l-|[Aa]l [A-Z]")


def load_reference(folder: Path = REFERENCE) -> Reference:
    """Read and check every reference file in `folder`."""
    gaz: dict[str, GazetteerEntry] = {}
    demonyms: dict[str, str] = {}
    names: dict[str, str] = {}
    p = folder / "countries.csv"
    for r in read_rows(p):
        code = _country(p, r)
        assert code is not None
        if not r["name"]:
            raise InputError(p, f"line {r['_line']}: empty name")
        names[code] = r["name"]
        gaz.setdefault(r["name"], GazetteerEntry(r["name"], "state", code, "name"))
        for a in split(r["aliases"]):
            gaz.setdefault(a, GazetteerEntry(r["name"], "state", code, "alias"))
        for a in split(r["metonyms"]):
            gaz.setdefault(a, GazetteerEntry(r["name"], "state", code, "metonym"))
        for a in split(r["demonyms"]):
            demonyms.setdefault(a, code)
    p = folder / "organizations.csv"
    for r in read_rows(p):
        _check(p, r, "actor_type", ACTOR_TYPES, empty_ok=False)
        code = _country(p, r)
        gaz.setdefault(r["name"], GazetteerEntry(r["name"], r["actor_type"], code, "name"))
        for a in split(r["aliases"]):
            gaz.setdefault(a, GazetteerEntry(r["name"], r["actor_type"], code, "alias"))
    for form, entry in list(gaz.items()):
        # `al-Shabab` opens a sentence as `Al-Shabab`; `Al-Qaeda` is written `al-Qaeda` inside one
        if ARTICLE_PARTICLE.match(form) and entry.actor_type != "state":
            other = form[0].swapcase() + form[1:]
            gaz.setdefault(other, GazetteerEntry(entry.name, entry.actor_type, entry.country_code, "alias"))
    p = folder / "titles.csv"
    titles = frozenset(r["title"] for r in read_rows(p))
    p = folder / "generic_actors.csv"
    generic: dict[str, str | None] = {}
    for r in read_rows(p):
        _check(p, r, "actor_type", ACTOR_TYPES, empty_ok=True)
        generic[r["phrase"].lower()] = r["actor_type"] or None
    p = folder / "org_heads.csv"
    heads: dict[str, str] = {}
    for r in read_rows(p):
        _check(p, r, "actor_type", ACTOR_TYPES, empty_ok=False)
        heads[r["head"]] = r["actor_type"]
    p = folder / "cue_verbs.csv"
    cues: dict[str, tuple[str, str]] = {}
    for r in read_rows(p):
        _check(p, r, "strength", {"speech", "stance", "request", "object"}, empty_ok=False)
        cues[r["form"].lower()] = (r["lemma"], r["strength"])
    p = folder / "event_lexicon.csv"
    triggers: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for r in read_rows(p):
        _check(p, r, "event_type", EVENT_TYPES, empty_ok=False)
        triggers[tuple(r["trigger"].lower().split())] = (r["event_type"], r["event_mode"] or None)
    p = folder / "sense_rules.csv"
    senses: dict[str, tuple[frozenset[str], int, str, str | None]] = {}
    for r in read_rows(p):
        # NONE: in that context the word names no act ("boarded a plane")
        _check(p, r, "event_type", EVENT_TYPES | {"NONE"}, empty_ok=False)
        if not r["min_hits"].isdigit():
            raise InputError(p, f"line {r['_line']}: min_hits {r['min_hits']!r} is not a whole number")
        senses[r["trigger"].lower()] = (
            frozenset(w.lower() for w in split(r["context_words"])),
            int(r["min_hits"]),
            r["event_type"],
            r["event_mode"] or None,
        )
    p = folder / "local_senses.csv"
    local_senses: dict[str, list[tuple[str, frozenset[str], str, str | None]]] = {}
    for r in read_rows(p):
        _check(p, r, "event_type", EVENT_TYPES | {"NONE"}, empty_ok=False)
        _check(p, r, "side", {"before", "after", "sentence"}, empty_ok=False)
        local_senses.setdefault(r["trigger"].lower(), []).append(
            (r["side"], frozenset(w.lower() for w in split(r["words"])), r["event_type"],
             r["event_mode"] or None)
        )
    accusation_terms = frozenset(r["term"].lower() for r in read_rows(folder / "accusation_terms.csv"))
    registry = _registry(folder / "actor_registry.csv")
    p = folder / "claim_link_cues.csv"
    link_cues: dict[str, dict[tuple[str, ...], str]] = {k: {} for k in sorted(LINK_KINDS)}
    for r in read_rows(p):
        _check(p, r, "kind", LINK_KINDS, empty_ok=False)
        _check(p, r, "relation", LINK_RELATIONS, empty_ok=False)
        for w in split(r["words"]):
            link_cues[r["kind"]][tuple(w.lower().replace("’", "'").split())] = r["relation"]
    p = folder / "role_nouns.csv"
    role_nouns: dict[str, str] = {}
    for r in read_rows(p):
        _check(p, r, "actor_type", ACTOR_TYPES, empty_ok=False)
        role_nouns[r["noun"].lower()] = r["actor_type"]
    digest = hashlib.sha256()
    for name in sorted(HEADERS):
        digest.update((folder / name).read_bytes())
    return Reference(
        gazetteer=gaz,
        demonyms=demonyms,
        country_names=names,
        titles=titles,
        generic=generic,
        org_heads=heads,
        cues=cues,
        triggers=triggers,
        senses=senses,
        accusation_terms=accusation_terms,
        version=digest.hexdigest()[:12],
        registry=registry,
        link_cues=link_cues,
        role_nouns=role_nouns,
        proxy_nouns=frozenset(r["noun"].lower() for r in read_rows(folder / "proxy_nouns.csv")),
        reciprocal=frozenset(r["trigger"].lower() for r in read_rows(folder / "reciprocal_triggers.csv")),
        local_senses=local_senses,
        actor_cues=_actor_cues(folder / "actor_cues.csv"),
        party_phrases=frozenset(r["phrase"].lower() for r in read_rows(folder / "party_phrases.csv")),
        cities=_cities(folder / "cities.csv"),
    )


ACTOR_CUE_KINDS = {
    "international", "remit", "tie_suffix", "locative", "head_of_state", "head_of_government", "place_head",
    "civil_society", "law_enforcement", "state_armed", "body_noun", "building", "agency_head", "party_head",
    "treaty_head", "rebel_word", "state_service", "remit_field", "press_unit", "militia_head",
    "armed_modifier", "state_organ",
    "bare_spokesperson", "state_mission", "branch_noun", "private_role", "person_noun", "company_prefix",
    "combatants", "anaphor_body", "speaker_body", "speaker_team",
    "warned_party", "penalty", "deadline_unit", "leave_verb",
    "offer_word", "demand_word",
}


def _cities(p: Path) -> dict[str, str]:
    """Cities that are no capital (capitals are metonyms in countries.csv) -> country code."""
    out: dict[str, str] = {}
    for r in read_rows(p):
        code = _country(p, r)
        if code is None or not r["city"]:
            raise InputError(p, f"line {r['_line']}: a city needs a name and a country_code")
        out.setdefault(r["city"], code)
    return out


def _actor_cues(p: Path) -> dict[str, frozenset[str]]:
    """Words that decide an actor's country, kind or referent from its role or name
    (`actor_cues.csv`)."""
    out: dict[str, set[str]] = {k: set() for k in sorted(ACTOR_CUE_KINDS)}
    for r in read_rows(p):
        _check(p, r, "kind", ACTOR_CUE_KINDS, empty_ok=False)
        out[r["kind"]].update(split(r["words"]))
    return {k: frozenset(v) for k, v in out.items()}


def _registry(p: Path) -> dict[str, tuple[str, str]]:
    """Actor registry: every name and alias (case-folded) -> (actor_id, display name).

    A published actor keeps its ID when its display name is corrected: edit `name` and keep
    the old name among the `aliases`. A name may belong to one actor only.
    """
    out: dict[str, tuple[str, str]] = {}
    ids: set[str] = set()
    for r in read_rows(p):
        if not ACTOR_ID_RE.match(r["actor_id"]):
            raise InputError(p, f"line {r['_line']}: actor_id {r['actor_id']!r} is not act_ + 12 hex digits")
        if r["actor_id"] in ids:
            raise InputError(p, f"line {r['_line']}: actor_id {r['actor_id']} is registered twice")
        ids.add(r["actor_id"])
        if not r["name"]:
            raise InputError(p, f"line {r['_line']}: empty name")
        for n in [r["name"], *split(r["aliases"])]:
            k = n.casefold()
            if k in out and out[k][0] != r["actor_id"]:
                raise InputError(p, f"line {r['_line']}: name {n!r} is already registered to {out[k][0]}")
            out[k] = (r["actor_id"], r["name"])
    return out


@cache
def default_reference() -> Reference:
    return load_reference(REFERENCE)
