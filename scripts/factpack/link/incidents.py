"""Linking: which event rows report the same real-world act, and the `incidents` table.

Reports are taken one at a time in anchor order (the source's publication date, then its
seed file name, then a source's dated reports before its undated ones, then the position in
the text). Each report joins the best compatible incident found so far, or starts a new one;
once a source's reports are all placed, those still alone try again with the context of their
sentence. Because earlier sources never see later ones, adding a source published later never
moves a known report or changes a known incident's ID.

Two reports are *compatible* when nothing they say conflicts (type, modality, actor, target,
dates, location; see `conflicts`), and *linked* when they also agree on enough
(`agreements`): a report joins an incident when it is compatible with every report of it and
agrees enough with at least one. The codebook (schemas/codebook.yaml, `linking`) states the
rules in words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from factpack.contract.schema import to_date
from factpack.extract.reference import Reference
from factpack.link.rules import (
    MAX_RANK_GAP,
    MIN_AGREEMENTS_OTHER_TYPE,
    MIN_AGREEMENTS_SAME_TYPE,
    PRECISION_RANK,
    UNDATED_WINDOW_DAYS,
    LinkRules,
    types_compatible,
)

# the event columns the incidents table is summarised from (and anchor order sorts by)
SUMMARY_COLUMNS = [
    "event_id", "source_id", "char_start", "event_type", "event_mode", "actor_id", "target_actor_id",
    "location", "date_start", "date_end", "date_precision", "modality", "fatalities_low",
    "fatalities_high",
]
INCIDENT_COLUMNS = [
    "incident_id", "event_type", "event_mode", "actor_id", "target_actor_id", "location",
    "date_start", "date_end", "date_precision", "modality", "fatalities_low", "fatalities_high",
    "fatalities_best", "report_count", "source_count", "anchor_event_id",
]


def incident_id(anchor_event_id: str) -> str:
    """`inc_` + 12 hex digits of the SHA-256 of the anchoring report's event ID."""
    return "inc_" + hashlib.sha256(f"incident\0{anchor_event_id}".encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Party:
    """An actor as the linking rules see it."""

    actor_id: str
    state_of: str | None  # country code when the actor is a state (a country's government)
    country: str | None  # country the actor belongs to (a state's own code, too)
    generic: bool


@dataclass(slots=True)
class Report:
    """One event row prepared for linking (never changed once made: not frozen only because a
    frozen dataclass's __init__ sets each field through object.__setattr__, which made creating
    the reports of 10,000 articles cost 0.4 s instead of 0.06 s)."""

    published: dt.date | None  # the source's publication date (shared by its reports)
    seed_file: str  # the source's seed file (shared)
    event_id: str
    source_id: str
    event_type: str
    event_mode: str | None
    char_start: int  # evidence span in the source
    char_end: int
    actor: Party | None
    target: Party | None
    start: dt.date | None  # stated date range; None when undated
    end: dt.date | None
    rank: int | None  # PRECISION_RANK of the stated range
    lo: dt.date | None  # the range used for overlap: stated, or the undated window
    hi: dt.date | None
    place: str | None  # normalised location
    place_countries: frozenset[str]
    group: str  # modality link group
    fatalities: int | None
    amount: tuple | None

    @property
    def order(self) -> tuple:
        """Anchor order: publication date (undated sources last), seed file, dated reports
        before undated ones, position in the text, event ID. Made when asked, not kept: at
        10,000 articles a tuple per report held tens of MB through the whole run."""
        return (self.published is None, self.published or dt.date.min, self.seed_file, self.rank is None,
                self.char_start, self.event_id)

    @property
    def span(self) -> tuple[int, int]:
        return self.char_start, self.char_end


# --- preparing reports --------------------------------------------------------------------------


def _val(v: Any) -> Any:
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and pd.isna(v):
        return None
    return v


def _date(v: Any) -> dt.date | None:
    return to_date(_val(v))


def parties(actors: pd.DataFrame) -> dict[str, Party]:
    """Every actor as a Party (from the actors table)."""
    out = {}
    if actors.empty:
        return out
    for aid, atype, cc, gen in zip(actors["actor_id"], actors["actor_type"], actors["country_code"],
                                   actors["is_generic"], strict=True):
        cc = _val(cc)
        out[aid] = Party(aid, cc if atype == "state" else None, cc, bool(_val(gen)))
    return out


_ART = re.compile(r"^(?:the|a|an)\s+", re.I)
_WORD = re.compile(r"[\w'’-]+")


def normalise_place(s: str | None) -> str | None:
    if s is None:
        return None
    s = _ART.sub("", " ".join(s.split()).casefold())
    return s or None


def place_countries(place: str | None, ref: Reference) -> frozenset[str]:
    """Countries a location names through the gazetteer (a country, capital or demonym)."""
    if not place:
        return frozenset()
    words = _WORD.findall(place)
    found = set()
    for n in range(1, 5):
        for i in range(len(words) - n + 1):
            form = " ".join(words[i : i + n])
            entry = ref.gazetteer.get(form)
            if entry is not None and entry.actor_type == "state" and entry.country_code:
                found.add(entry.country_code)
            if form in ref.demonyms:
                found.add(ref.demonyms[form])
    return frozenset(found)


def _column(col: pd.Series) -> list[Any]:
    """The values of a column as a list, missing values (None, NA, NaN) as None. An
    Arrow-backed column is read through Arrow (its own list conversion goes value by value)."""
    if isinstance(col.dtype, pd.StringDtype) and col.dtype.storage == "pyarrow":
        return pa.array(col.array).to_pylist()
    return [None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v
            for v in col.tolist()]


def prepare(events: pd.DataFrame, sources: pd.DataFrame, actors: pd.DataFrame, ref: Reference,
            rules: LinkRules, order: np.ndarray | None = None) -> list[Report]:
    """One Report per event row, sorted in anchor order (`order`: the rows' positions in that
    order, `anchor_positions`, when the caller has them)."""
    src = {sid: (_date(p), f) for sid, p, f in
           zip(sources["source_id"], sources["published_date"], sources["seed_file"], strict=True)}
    who = parties(actors)
    out = []
    places: dict[str, tuple[str | None, frozenset[str]]] = {}  # location -> (normalised, countries)
    window = dt.timedelta(days=UNDATED_WINDOW_DAYS)
    days: dict[Any, dt.date | None] = {}  # one date object per distinct value (memory)
    windows: dict[dt.date, dt.date] = {}  # published -> start of its undated window
    same: dict[str, str] = {}

    def day(v: Any) -> dt.date | None:
        if v not in days:
            d = _date(v)
            days[v] = days.setdefault(d, d) if d is not None else None
        return days[v]

    cols = ["event_id", "source_id", "event_type", "actor_id", "target_actor_id", "location",
            "date_start", "date_end", "date_precision", "modality", "fatalities_low",
            "fatalities_high", "amount", "currency", "char_start", "char_end", "event_mode"]
    for (eid, sid, etype, actor, target, location, date_start, date_end, precision, modality, low,
         high, amount, currency, char_start, char_end, mode) in zip(
            *(_column(events[c]) for c in cols), strict=True):
        published, seed_file = src.get(sid, (None, ""))
        # one string object per distinct value (a column read from Arrow gives a new object per
        # row: at 10,000 articles about 45 MB held through linking)
        sid, etype = same.setdefault(sid, sid), same.setdefault(etype, etype)
        mode = mode if mode is None else same.setdefault(mode, mode)
        start = None if date_start is None else day(date_start)
        end = None if date_end is None else day(date_end)
        rank = PRECISION_RANK.get(precision) if start is not None and end is not None else None
        if rank is None:
            start = end = None
            if published and published not in windows:
                windows[published] = published - window
            lo = windows[published] if published else None
            hi = published
        else:
            lo, hi = start, end
        if location is None:
            place, countries = None, frozenset()
        else:
            if location not in places:
                places[location] = (normalise_place(location), place_countries(location, ref))
            place, countries = places[location]
        fat = high if high is not None else low
        out.append(Report(
            published=published,
            seed_file=seed_file,
            event_id=eid,
            source_id=sid,
            event_type=etype,
            event_mode=mode,
            char_start=int(char_start),
            char_end=int(char_end),
            actor=who.get(actor) if actor else None,
            target=who.get(target) if target else None,
            start=start, end=end, rank=rank, lo=lo, hi=hi,
            place=place, place_countries=countries,
            group=rules.link_group.get(modality, modality),
            fatalities=None if fat is None else int(fat),
            amount=(float(amount), currency) if amount is not None else None,
        ))
    if order is not None:
        return [out[i] for i in order]
    return sorted(out, key=lambda x: x.order)


# --- comparing two reports ----------------------------------------------------------------------

SAME, COMPATIBLE, UNKNOWN, CONFLICT = "same", "compatible", "unknown", "conflict"


def compare_parties(a: Party | None, b: Party | None) -> str:
    """`same` actor; `compatible`: a state and a body, force or person of that country;
    `unknown`: one is missing or generic (`officials`); `conflict` otherwise."""
    if a is None or b is None or a.generic or b.generic:
        return UNKNOWN
    if a.actor_id == b.actor_id:
        return SAME
    if (a.state_of and a.state_of == b.country) or (b.state_of and b.state_of == a.country):
        return COMPATIBLE
    return CONFLICT


def compare_roles(a: Report, b: Report, direction: str) -> tuple[str, str]:
    """Verdicts for (actor, target). `none`: the better of the two pairings; `joint`: the
    swapped pairing too, but only when one report names a single party."""
    straight = (compare_parties(a.actor, b.actor), compare_parties(a.target, b.target))
    if direction == "directed":
        return straight
    lone = (a.actor is None) != (a.target is None) or (b.actor is None) != (b.target is None)
    if direction == "joint" and not lone:
        return straight
    swapped = (compare_parties(a.actor, b.target), compare_parties(a.target, b.actor))
    # the better pairing by _role_score; a tie keeps the straight one
    return swapped if _role_score(swapped) > _role_score(straight) else straight


def _role_score(v: tuple[str, str]) -> tuple[int, int]:
    return (-v.count(CONFLICT), v.count(SAME) + v.count(COMPATIBLE))


def compare_dates(a: Report, b: Report) -> str:
    """`conflict` when the ranges do not overlap or their precisions are more than one step
    apart; `same` when both are dated to a day or a week and overlap; else `unknown`."""
    if a.lo is not None and b.lo is not None and (a.hi < b.lo or b.hi < a.lo):
        return CONFLICT
    if a.rank is None or b.rank is None:
        return UNKNOWN
    if abs(a.rank - b.rank) > MAX_RANK_GAP:
        return CONFLICT
    return SAME if max(a.rank, b.rank) <= PRECISION_RANK["week"] else UNKNOWN


def compare_places(a: Report, b: Report) -> str:
    """`same` written place (or one contained in the other word for word); `compatible` when
    both name the same country; `conflict` when they differ; `unknown` when one is missing."""
    if a.place is None or b.place is None:
        return UNKNOWN
    wa, wb = set(a.place.split()), set(b.place.split())
    if wa <= wb or wb <= wa:
        return SAME
    if a.place_countries & b.place_countries:
        return COMPATIBLE
    return CONFLICT


def verdicts(a: Report, b: Report, rules: LinkRules) -> dict[str, str] | None:
    """Each attribute's verdict, or None when the two reports cannot be one act."""
    if a.group != b.group or not types_compatible(rules, a.event_type, b.event_type):
        return None
    if a.event_type == b.event_type and a.event_mode and b.event_mode and a.event_mode != b.event_mode:
        return None  # two ways of doing one kind of act: two acts
    if a.source_id == b.source_id and a.span[0] < b.span[1] and b.span[0] < a.span[1]:
        return None  # one sentence's rows are distinct acts already
    direction = "directed"
    if a.event_type == b.event_type and a.event_type in rules.symmetric:
        direction = "none"
    elif a.event_type in rules.joint and b.event_type in rules.joint:
        direction = "joint"
    actor, target = compare_roles(a, b, direction)
    if actor == CONFLICT or target == CONFLICT:
        return None
    date = compare_dates(a, b)
    if date == CONFLICT or (a.source_id == b.source_id and date != SAME):
        return None  # one source's rows are one act only when they agree on a day or week
    place = compare_places(a, b)
    if place == CONFLICT:
        return None
    return {"actor": actor, "target": target, "date": date, "place": place,
            "mode": SAME if a.event_mode is not None and a.event_mode == b.event_mode else UNKNOWN,
            "fatalities": SAME if a.fatalities is not None and a.fatalities == b.fatalities else UNKNOWN,
            "amount": SAME if a.amount is not None and a.amount == b.amount else UNKNOWN}


def agreements(a: Report, b: Report, rules: LinkRules, context: bool = False) -> int:
    """How many attributes two compatible reports positively share (0 when incompatible or
    when they share too little to be linked): actor, target, a day/week date, place, mode,
    fatalities, amount, and context (`context`, for two reports dated to the same day: each is
    told in a sentence that also tells a report of one other incident, such as the arrests
    after the clashes). Without an agreeing actor or target, both must be dated to the same
    day and share the place, the mode or the context. A report neither dated nor published
    links with nothing."""
    v = verdicts(a, b, rules)
    return 0 if v is None else _agreements(a, b, v, lambda: context)


def _agreements(a: Report, b: Report, v: dict[str, str], context: Callable[[], bool]) -> int:
    """`agreements` from the verdicts `v` of two compatible reports; `context` is asked only
    when the two are dated to the same day."""
    if a.lo is None or b.lo is None:
        return 0
    same_day = a.rank == b.rank == PRECISION_RANK["day"] and v["date"] == SAME
    v["context"] = SAME if same_day and context() else UNKNOWN
    values = list(v.values())
    n = values.count(SAME) + values.count(COMPATIBLE)
    roles = v["actor"] in (SAME, COMPATIBLE) or v["target"] in (SAME, COMPATIBLE)
    if not roles and not (same_day and SAME in (v["place"], v["mode"], v["context"])):
        return 0
    need = MIN_AGREEMENTS_SAME_TYPE if a.event_type == b.event_type else MIN_AGREEMENTS_OTHER_TYPE
    return n if n >= need else 0


# --- linking ------------------------------------------------------------------------------------


SHORT_DAYS = 35  # ranges up to this long are blocked by week, longer ones by month
# A report is compared with at most this many of the latest incidents under each of its
# blocking keys: linking stays linear on a text or corpus where thousands of reports share
# one type, country and week (a real incident is reported in a few dozen rows at most).
MAX_CANDIDATES_PER_KEY = 200


def _keys(r: Report, rules: LinkRules, told_with_others: bool = False) -> tuple[list[tuple], list[tuple]]:
    """Blocking keys (to register the report's incident under, to look candidates up by):
    reports that may link share a same or compatible type, an actor's country or ID, and a
    week (short ranges) or a month (long ranges, which link only with a week, a month or an
    undated window); a report dated to a day also by that day, for reports without parties
    (when it names a place or a mode, or is told with other reports: the context rule)."""
    if r.lo is None:
        return [], []  # neither dated nor published: cannot be placed in time, links with nothing
    assert r.hi is not None
    types = sorted({r.event_type, *rules.compatible.get(r.event_type, ())})
    who = sorted({p.country or p.actor_id for p in (r.actor, r.target) if p is not None and not p.generic})
    months = range(r.lo.year * 12 + r.lo.month, r.hi.year * 12 + r.hi.month + 1)
    tw = [(t, w) for t in types for w in who]
    long_ = [(t, w, "long", m) for t, w in tw for m in months]
    if (r.hi - r.lo).days > SHORT_DAYS:
        register, query = long_, long_ + [(t, w, "short", m) for t, w in tw for m in months]
    else:
        weeks = range(r.lo.toordinal() // 7, r.hi.toordinal() // 7 + 1)
        register = [(t, w, "week", k) for t, w in tw for k in weeks]
        query = list(register)
        if r.rank != PRECISION_RANK["day"]:  # a week or an undated window may link with a month
            register += [(t, w, "short", m) for t, w in tw for m in months]
            query += long_
    anchored = r.place is not None or r.event_mode is not None or told_with_others
    if r.rank == PRECISION_RANK["day"] and anchored:
        register += [(t, "day", r.lo) for t in types]
        query += [(t, "day", r.lo) for t in types]
    return register, query


def sentence_mates(reports: list[Report]) -> dict[str, list[str]]:
    """event_id -> the other reports of its source whose evidence overlaps its own (told in
    the same sentence); a report told alone is not listed (most are: memory)."""
    by_source: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_source[r.source_id].append(r)
    out: dict[str, list[str]] = {}
    for rows in by_source.values():
        rows = sorted(rows, key=lambda x: x.span)
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if b.span[0] >= a.span[1]:
                    break
                out.setdefault(a.event_id, []).append(b.event_id)
                out.setdefault(b.event_id, []).append(a.event_id)
    return out


class _Linker:
    """The state of one linking run: incidents so far, their blocking index, who is where.

    Each incident is known by its *identity*, the event ID of the report that started it (its
    index in `members` depends on what came before; the identity does not). With a `replay`,
    a step whose inputs did not change since the previous run takes that run's decision
    instead of comparing (see `Replay`)."""

    def __init__(self, rules: LinkRules, replay: Replay | None, mates: dict[str, list[str]]) -> None:
        self.rules = rules
        self.members: list[list[Report]] = []
        # key -> the incidents listed under it, in order: an int while there is one (most
        # keys: a list per key held about 60 MB at 10,000 articles), then a list
        self.index: dict[tuple, int | list[int]] = {}
        self.where: dict[str, int] = {}  # event_id -> incident index
        self.mates = mates  # sentence_mates of the reports, made once by the caller
        self.ident: list[str] = []  # incident index -> identity
        # incident index -> (modality group of its first report, latest start and earliest
        # end of its reports' date ranges, finest and coarsest precision rank)
        self.bounds: list[tuple] = []
        self.by_ident: dict[str, int] = {}
        self.placed: dict[str, str | None] = {}  # event_id -> identity joined (None: started one)
        self.retried: dict[str, str] = {}  # event_id -> identity it moved to on its retry
        self.replay = replay

    def context(self, r: Report, m: Report, incident: int) -> bool:
        """Both reports share a sentence with reports of one same other incident."""
        mine = {self.where[e] for e in self.mates.get(r.event_id, ()) if e in self.where} - {incident}
        return bool(mine) and any(self.where.get(e) in mine for e in self.mates.get(m.event_id, ()))

    def fit(self, r: Report, i: int) -> tuple[int, int, int]:
        """(agreements with the best-agreeing report, same-mode reports, 1 when the incident
        has no report of r's own source) when `r` is compatible with every report of
        incident `i`; (0, 0, 0) otherwise."""
        best = 0
        incident = self.members[i]
        for m in incident:
            if r.lo is not None and m.lo is not None and (r.hi < m.lo or m.hi < r.lo):
                return (0, 0, 0)  # the cheapest conflicts first
            if r.rank is not None and m.rank is not None and abs(r.rank - m.rank) > MAX_RANK_GAP:
                return (0, 0, 0)
            v = verdicts(r, m, self.rules)
            if v is None:
                return (0, 0, 0)
            best = max(best, _agreements(r, m, v, lambda m=m: self.context(r, m, i)))
        if not best:
            return (0, 0, 0)
        modes = sum(1 for m in incident if r.event_mode and m.event_mode == r.event_mode)
        fresh = int(all(m.source_id != r.source_id for m in incident))
        return (best, modes, fresh)

    def best(self, r: Report, query: list[tuple]) -> int | None:
        """The incident `r` fits best, or None when none fits or two fit equally well.

        An incident whose `bounds` already rule `r` out (another modality group, dates that do
        not overlap, precisions too far apart) is not compared report by report: `fit`
        would return (0, 0, 0) for it."""
        cands: set[int] = set()
        index = self.index
        for k in query:
            listed = index.get(k)
            if listed is None:
                continue
            if type(listed) is int:
                cands.add(listed)
            else:
                cands.update(listed[-MAX_CANDIDATES_PER_KEY:])
        group, lo, hi, rank = r.group, r.lo, r.hi, r.rank
        scored = []
        for i in sorted(cands):
            g, max_lo, min_hi, min_rank, max_rank = self.bounds[i]
            if g != group:
                continue
            if lo is not None and max_lo is not None and (hi < max_lo or min_hi < lo):
                continue
            if rank is not None and min_rank is not None and (
                    rank - min_rank > MAX_RANK_GAP or max_rank - rank > MAX_RANK_GAP):
                continue
            s = self.fit(r, i)
            if s[0] > 0:
                scored.append((s, i))
        scored.sort(key=lambda x: (x[0], -x[1]), reverse=True)
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][1]
        return None

    def _register(self, r: Report, i: int, register: list[tuple]) -> None:
        self.members[i].append(r)
        g, max_lo, min_hi, min_rank, max_rank = self.bounds[i]
        if r.lo is not None:
            max_lo = r.lo if max_lo is None else max(max_lo, r.lo)
            min_hi = r.hi if min_hi is None else min(min_hi, r.hi)
        if r.rank is not None:
            min_rank = r.rank if min_rank is None else min(min_rank, r.rank)
            max_rank = r.rank if max_rank is None else max(max_rank, r.rank)
        self.bounds[i] = (g, max_lo, min_hi, min_rank, max_rank)
        self.where[r.event_id] = i
        index = self.index
        for k in register:
            listed = index.get(k)
            if listed is None:
                index[k] = i
            elif type(listed) is int:
                if listed != i:
                    index[k] = [listed, i]
            elif listed[-1] != i:
                listed.append(i)
        if self.replay is not None and self.ident[i] in self.replay.dirty_incidents:
            self.replay.dirty_keys.update(register)  # listed under these keys, unlike before

    def registered(self, r: Report) -> list[tuple]:
        """The keys `r` is registered under (none before it is placed). They are computed
        again when asked (only a replay asks, for what changed) rather than kept per report,
        which at 10,000 articles held about 0.3 GB: `place` registers a report with the keys
        of its own telling, and a retry, which only a report told with others gets, with
        the keys of a report told with others, which are the same."""
        if r.event_id not in self.where:
            return []
        return _keys(r, self.rules, bool(self.mates.get(r.event_id, ())))[0]

    def place(self, r: Report, told: bool) -> None:
        """Place `r`: into the incident it fits best, or a new one."""
        register, query = _keys(r, self.rules, told)
        replay = self.replay
        i = replay.placed(r, query, self) if replay is not None else False
        if i is False:
            i = self.best(r, query)
            if replay is not None:
                replay.placed_anew(r, None if i is None else self.ident[i], self)
        if i is None:
            i = len(self.members)
            self.members.append([])
            self.ident.append(r.event_id)
            self.by_ident[r.event_id] = i
            self.bounds.append((r.group, None, None, None, None))
        self.placed[r.event_id] = None if self.ident[i] == r.event_id else self.ident[i]
        self._register(r, i, register)

    def retry(self, r: Report) -> None:
        """A report still alone once its whole source is placed: try again, now that the
        reports told in its sentence have their incidents (the context rule)."""
        register, query = _keys(r, self.rules, True)
        replay = self.replay
        if replay is not None:
            j = replay.retried(r, query, self)
            if j is not False:
                if j is not None:
                    self.members[self.where[r.event_id]] = []
                    self._move(r, j, register)
                return
        j = self._retry(r, query)
        if j is not None:
            self._move(r, j, register)
        if replay is not None:
            replay.retried_anew(r, None if j is None else self.ident[j], self)

    def _retry(self, r: Report, query: list[tuple]) -> int | None:
        """The incident `r` moves to on its retry, or None when it stays."""
        i = self.where[r.event_id]
        if len(self.members[i]) != 1:
            return None
        mates = self.mates.get(r.event_id, ())
        if all(len(self.members[self.where[e]]) < 2 for e in mates if e in self.where):
            return None  # no sentence-mate in an incident of several reports: no context to share
        self.members[i] = []
        j = self.best(r, query)
        if j is None or j == i:
            self.members[i] = [r]
            return None
        return j

    def _move(self, r: Report, j: int, register: list[tuple]) -> None:
        self.retried[r.event_id] = self.ident[j]
        self._register(r, j, register)

    def identity(self, event_id: str) -> str | None:
        """The identity of the incident a report is in now (None: not placed yet)."""
        i = self.where.get(event_id)
        return None if i is None else self.ident[i]


@dataclass
class LinkRecord:
    """What one linking run decided, per report (event_id -> ...), kept for the next run:
    the report as linking saw it (`signature`), the incident it joined when placed (None: it
    started one) and the incident it moved to on its retry, if it moved."""

    signature: dict[str, str]
    placed: dict[str, str | None]
    retried: dict[str, str]
    source: dict[str, str]  # event_id -> source_id (also inside the signature; kept apart to be read fast)


def signature(r: Report, told: bool) -> str:
    """Everything linking reads of a report (and whether it is told with others), as one
    compact JSON text (a string per report keeps the record of a large corpus small: a list of
    lists costs ten times the memory); `from_signature` gives the report back."""
    def party(p: Party | None) -> list | None:
        return None if p is None else [p.actor_id, p.state_of, p.country, p.generic]

    def day(d: dt.date | None) -> int | None:
        return None if d is None else d.toordinal()

    o = r.order
    return _COMPACT_JSON([[o[0], day(o[1]), o[2], o[3], o[4], o[5]], r.event_id, r.source_id, r.event_type,
                          r.event_mode, list(r.span), party(r.actor), party(r.target), day(r.start),
                          day(r.end), r.rank, day(r.lo), day(r.hi), r.place, sorted(r.place_countries),
                          r.group, r.fatalities, None if r.amount is None else list(r.amount), told])


# json.dumps(..., ensure_ascii=False, separators=(",", ":")), without making an encoder per call
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def from_signature(text: str) -> tuple[Report, bool]:
    def party(p: list | None) -> Party | None:
        return None if p is None else Party(*p)

    def day(d: int | None) -> dt.date | None:
        return None if d is None else dt.date.fromordinal(d)

    (o, eid, sid, etype, mode, span, actor, target, start, end, rank, lo, hi, place, countries,
     group, fat, amount, told) = json.loads(text)
    return Report(None if o[0] else day(o[1]), o[2], eid, sid, etype, mode, span[0], span[1], party(actor),
                  party(target), day(start), day(end), rank, day(lo), day(hi), place, frozenset(countries),
                  group, fat, None if amount is None else tuple(amount)), told


class Replay:
    """Which decisions of the previous run (a LinkRecord) still hold in this one.

    A step of the run (placing a report, or its retry) reads only the incidents listed under
    its query keys (their reports, and where those reports' sentence-mates are) and where its
    own sentence-mates are. The previous decision is taken when none of that can differ from
    the previous run at that point: no query key is *dirty* (its list of incidents, or an
    incident on it, may differ), the report is unchanged, and its source has no changed or
    moved report. Everything else is decided anew; a decision that differs from the previous
    one makes the incidents involved dirty (and with them every key they are listed under, in
    either run), and so do new, changed and removed reports from the start. So the result is
    the result of a run without a record, by induction over the steps, while a source added to
    a large corpus decides only the reports that could see it."""

    def __init__(self, previous: LinkRecord, reports: list[Report], told: Container[str],
                 signatures: dict[str, str], rules: LinkRules) -> None:
        self.prev = previous
        self.rules = rules
        self.dirty_keys: set[tuple] = set()
        self.dirty_incidents: set[str] = set()
        self.dirty_sources: set[str] = set()
        self.changed: set[str] = set()
        self.reused = 0  # steps that took the recorded decision (a measure, not an input)
        # identity -> the other reports of that incident in the previous run (joined when
        # placed, or moved there on a retry); the report that started it is the identity itself
        # (kept apart: a list per incident, most of them alone, held about 28 MB at 10k)
        self.joined: dict[str, list[str]] = defaultdict(list)
        for eid, j in previous.placed.items():
            if j is not None:
                self.joined[j].append(eid)
        for eid, j in previous.retried.items():
            self.joined[j].append(eid)
        now = set()
        for r in reports:
            now.add(r.event_id)
            old = previous.signature.get(r.event_id)
            if old is not None and old == signatures[r.event_id]:
                continue
            self.changed.add(r.event_id)
            self.dirty_sources.add(r.source_id)
            self.dirty_keys.update(_keys(r, rules, r.event_id in told)[0])
            self.dirty_keys.update(_keys(r, rules, True)[0])
        for eid in previous.signature:
            if eid not in now:
                self.changed.add(eid)
        for eid in self.changed:
            old = previous.signature.get(eid)
            if old is not None:  # changed or removed: its previous incidents and keys are dirty
                rep, t = from_signature(old)
                self.dirty_sources.add(rep.source_id)
                self.dirty_keys.update(_keys(rep, rules, t)[0])
                self.dirty_keys.update(_keys(rep, rules, True)[0])
        old_sources: dict[str, list[str]] = defaultdict(list)
        for eid, sid in previous.source.items():
            old_sources[sid].append(eid)
        for sid in list(self.dirty_sources):
            for eid in old_sources.get(sid, ()):  # sentence-mates there may differ: their incidents
                self.taint(previous.placed.get(eid) or eid, None)
                if eid in previous.retried:
                    self.taint(previous.retried[eid], None)

    def taint(self, ident: str | None, state: _Linker | None) -> None:
        """Incident `ident` may differ from the previous run: it and its keys are dirty."""
        if ident is None or ident in self.dirty_incidents:
            return
        self.dirty_incidents.add(ident)
        started = [ident] if self.prev.placed.get(ident, ident) is None else []  # it started one
        for eid in [*started, *self.joined.get(ident, ())]:
            old = self.prev.signature.get(eid)
            if old is not None:
                rep, t = from_signature(old)
                self.dirty_keys.update(_keys(rep, self.rules, t)[0])
                self.dirty_keys.update(_keys(rep, self.rules, True)[0])
        if state is not None and ident in state.by_ident:
            for m in state.members[state.by_ident[ident]]:
                self.dirty_keys.update(state.registered(m))

    def _clean(self, r: Report, query: list[tuple]) -> bool:
        return (r.event_id not in self.changed and r.source_id not in self.dirty_sources
                and self.dirty_keys.isdisjoint(query))

    def _target(self, ident: str | None, state: _Linker) -> int | None | bool:
        if ident is None:
            return None
        i = state.by_ident.get(ident)
        if i is None or ident in self.dirty_incidents:
            return False  # cannot happen when the keys are clean; decide anew to be safe
        return i

    def placed(self, r: Report, query: list[tuple], state: _Linker) -> int | None | bool:
        """The previous run's incident for `r` (None: a new one) when it still holds, else False."""
        if not self._clean(r, query):
            return False
        i = self._target(self.prev.placed[r.event_id], state)
        self.reused += i is not False
        return i

    def placed_anew(self, r: Report, ident: str | None, state: _Linker) -> None:
        before = self.prev.placed.get(r.event_id, False) if r.event_id not in self.changed else False
        if before is not False and before == ident:
            return
        self.moved(r, state, [before or None, ident])

    def retried(self, r: Report, query: list[tuple], state: _Linker) -> int | None | bool:
        """The previous run's retry of `r` (None: it stayed) when it still holds, else False."""
        if not self._clean(r, query):
            return False
        if state.identity(r.event_id) in self.dirty_incidents or any(
                state.identity(e) in self.dirty_incidents for e in state.mates.get(r.event_id, ())):
            return False
        i = self._target(self.prev.retried.get(r.event_id), state)
        self.reused += i is not False
        return i

    def retried_anew(self, r: Report, ident: str | None, state: _Linker) -> None:
        before = self.prev.retried.get(r.event_id) if r.event_id not in self.changed else False
        if r.event_id not in self.changed and before == ident:
            return
        where_before = self.prev.placed.get(r.event_id) or r.event_id
        self.moved(r, state, [before or None, ident, where_before, state.ident[state.where[r.event_id]]])

    def moved(self, r: Report, state: _Linker, idents: list[str | None]) -> None:
        """`r` was placed otherwise than in the previous run (or is new): the incidents it is
        or was in are dirty, so are those of its sentence-mates, and so is its source."""
        self.dirty_sources.add(r.source_id)
        self.dirty_keys.update(state.registered(r))
        for ident in idents:
            self.taint(ident, state)
        self.taint(r.event_id, state)
        for e in state.mates.get(r.event_id, ()):
            self.taint(state.identity(e), state)
            if self.prev.signature.get(e) is not None:
                self.taint(self.prev.placed.get(e) or e, state)
                self.taint(self.prev.retried.get(e), state)


def link(reports: list[Report], rules: LinkRules, previous: LinkRecord | None = None,
         record: list[LinkRecord] | None = None) -> dict[str, str]:
    """event_id -> event_id of its incident's anchor (the earliest report), for reports in
    anchor order. A report joins the incident it agrees with most (a shared mode, then an
    incident its own source has not reported yet, breaks a tie); when two incidents fit
    equally well it is ambiguous and stays on its own. Once a source's reports are all placed,
    those still alone try again with the context of their sentence.

    `previous`: the record of an earlier run, whose decisions are taken where they still hold
    (`Replay`; the result is the same). `record`: a list the record of this run is appended to."""
    mates = sentence_mates(reports)
    told = mates  # the reports told with others (in a sentence that tells another report)
    # a replay compares every report's signature with the record's before it starts; a run
    # without a record makes them only once it is done, after its index is freed (memory)
    signatures = None
    if previous is not None:
        signatures = {}
        for r in reports:
            sig, old = signature(r, r.event_id in told), previous.signature.get(r.event_id)
            signatures[r.event_id] = old if sig == old else sig  # unchanged: the record's text, not a copy
    replay = Replay(previous, reports, told, signatures, rules) if previous is not None else None
    state = _Linker(rules, replay, mates)
    pending: list[Report] = []
    for n, r in enumerate(reports):
        state.place(r, r.event_id in told)
        pending.append(r)
        if n + 1 == len(reports) or reports[n + 1].source_id != r.source_id:
            for p in pending:
                if p.event_id in told:
                    state.retry(p)
            pending = []
    groups = {r.event_id: state.members[state.where[r.event_id]][0].event_id for r in reports}
    placed, retried = state.placed, state.retried
    del state, replay, mates
    if record is not None:
        if signatures is None:
            signatures = {r.event_id: signature(r, r.event_id in told) for r in reports}
        record.append(LinkRecord(signatures, placed, retried, {r.event_id: r.source_id for r in reports}))
    return groups


# --- the incidents table ------------------------------------------------------------------------


def _pick(values: list[Any]) -> Any:
    """The value most reports give (nulls not counted); a tie goes to the earliest report."""
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One incident row from its reports (event rows as dicts, in anchor order)."""
    first = rows[0]
    dated = [r for r in rows if r["date_start"] is not None and r["date_end"] is not None
             and r["date_precision"] in PRECISION_RANK]
    start = end = None
    precision = "unknown"
    if dated:
        start = max(r["date_start"] for r in dated)
        end = min(r["date_end"] for r in dated)
        if start > end:  # cannot happen for linked reports; a merge directive may force it
            start, end = min(r["date_start"] for r in dated), max(r["date_end"] for r in dated)
        finest = min(dated, key=lambda r: PRECISION_RANK[r["date_precision"]])
        precision = "day" if start == end else finest["date_precision"]
    figures = [(r["fatalities_low"], r["fatalities_high"]) for r in rows
               if r["fatalities_low"] is not None or r["fatalities_high"] is not None]
    lows = [x for x, _ in figures if x is not None]
    highs = [y for _, y in figures if y is not None]
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    best = None
    if figures:
        last = figures[-1]
        best = last[1] if last[1] is not None else last[0]
    actor = _pick([r["actor_id"] for r in rows])
    return {
        "incident_id": first["incident_id"],
        "event_type": _pick([r["event_type"] for r in rows]),
        "event_mode": _pick([r["event_mode"] for r in rows]),
        "actor_id": actor,
        "target_actor_id": _pick([r["target_actor_id"] for r in rows if r["target_actor_id"] != actor]),
        "location": _pick([r["location"] for r in rows]),
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "modality": _pick([r["modality"] for r in rows]),
        "fatalities_low": low,
        "fatalities_high": high,
        "fatalities_best": best,
        "report_count": len(rows),
        "source_count": len({r["source_id"] for r in rows}),
        "anchor_event_id": first["event_id"],
    }


def anchor_positions(events: pd.DataFrame, sources: pd.DataFrame) -> np.ndarray:
    """The row positions of `events` in anchor order: the source's publication date, its seed
    file, a source's dated reports before its undated ones, position in the text, event ID.
    Only these keys are sorted, never the rows (memory at scale): the sources are ranked
    first (a few thousand keys), then the events by that rank and their own keys, as numbers
    (`anchor_positions_plain` sorts the same keys as Python values: the same order)."""
    if events.empty:
        return np.arange(0, dtype=np.int64)
    if (sources["seed_file"].isna().any() or sources["source_id"].duplicated().any()
            or events["char_start"].isna().any()
            or not events["source_id"].isin(sources["source_id"]).all()):
        return anchor_positions_plain(events, sources)  # keys that are not all comparable values
    published = [_date(p) for p in sources["published_date"]]
    skeys = pd.DataFrame({"_unpublished": [p is None for p in published],
                          "_pub": [p or dt.date.min for p in published],
                          "seed_file": sources["seed_file"].to_numpy(dtype=object)})
    ranked = skeys.sort_values(list(skeys.columns), kind="mergesort")
    rank = np.empty(len(ranked), dtype=np.int64)
    # sources with the same keys share a rank (their reports interleave, as sorted)
    rank[ranked.index.to_numpy()] = ranked.groupby(list(skeys.columns), sort=False).ngroup().to_numpy()
    source_rank = pd.Series(rank, index=sources["source_id"].to_numpy(dtype=object))
    undated = ~(events["date_start"].notna() & events["date_end"].notna()
                & events["date_precision"].isin(list(PRECISION_RANK))).to_numpy(dtype=bool)
    event_ids = events["event_id"].to_numpy(dtype=object)
    if pd.isna(event_ids).any():
        return anchor_positions_plain(events, sources)
    # one stable multi-key sort by Arrow (strings by their UTF-8 bytes: by code point, as
    # Python compares them), not a sort of the event IDs into codes and then a lexsort
    keys = pa.table({"rank": source_rank.reindex(events["source_id"].to_numpy(dtype=object)).to_numpy(),
                     "undated": undated, "char_start": events["char_start"].to_numpy(dtype=np.int64),
                     "event_id": pa.array(event_ids, type=pa.string())})
    return pc.sort_indices(keys, sort_keys=[(k, "ascending", "at_end") for k in keys.column_names]
                           ).to_numpy().astype(np.int64)


def anchor_positions_plain(events: pd.DataFrame, sources: pd.DataFrame) -> np.ndarray:
    """`anchor_positions` by sorting every event's keys as Python values (the reference)."""
    pub = dict(zip(sources["source_id"], sources["published_date"], strict=True))
    seed = dict(zip(sources["source_id"], sources["seed_file"], strict=True))
    published = [_date(pub.get(s)) for s in events["source_id"]]
    keys = pd.DataFrame({
        "_unpublished": [p is None for p in published],
        "_pub": [p or dt.date.min for p in published],
        "seed_file": [seed.get(s) for s in events["source_id"]],
        "_undated": ~(events["date_start"].notna() & events["date_end"].notna()
                      & events["date_precision"].isin(list(PRECISION_RANK))).to_numpy(dtype=bool),
        "char_start": events["char_start"].to_numpy(),
        "event_id": events["event_id"].to_numpy(),
    })
    return keys.sort_values(list(keys.columns), kind="mergesort").index.to_numpy()


def anchor_order(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Events sorted in anchor order (`anchor_positions`)."""
    return events.take(anchor_positions(events, sources)).reset_index(drop=True)


def with_incident_ids(events: pd.DataFrame, groups: dict[str, str], sources: pd.DataFrame) -> pd.DataFrame:
    """`incident_id` for every event from a grouping (event_id -> any stable group label):
    each group's ID derives from its earliest report in anchor order."""
    return linked_tables(events, groups, sources, summary=False)[0]


def linked_tables(events: pd.DataFrame, groups: dict[str, str], sources: pd.DataFrame,
                  summary: bool = True, order: np.ndarray | None = None,
                  ) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """(`with_incident_ids`, `incidents_table` of it), putting the events in anchor order once
    (the incidents table is None unless `summary`; `order`: `anchor_positions` of the events,
    when the caller has them). Each group's anchor is found with numpy over the group codes
    (`first_in_order`); `linked_tables_plain` is the same in a loop over the rows."""
    order = anchor_positions(events, sources) if order is None else order
    event_ids = events["event_id"].to_numpy(dtype=object)
    labels = [groups[e] for e in event_ids]
    codes, _ = pd.factorize(np.asarray(labels, dtype=object))
    del labels
    anchors = event_ids[first_in_order(codes, order)]
    ids = np.array([incident_id(a) for a in anchors], dtype=object)
    out = events.copy(deep=False)  # a new column only: the rows' values are shared, not copied
    out["incident_id"] = ids[codes]
    del event_ids, anchors, ids, codes
    if not summary:
        return out, None
    return out, _incidents(out, order)


def first_in_order(codes: np.ndarray, order: np.ndarray) -> np.ndarray:
    """For each code 0..k-1 (every one present in `codes`), the position of its first row
    in `order` (row positions)."""
    _, at = np.unique(codes[order], return_index=True)
    return order[at]


def linked_tables_plain(events: pd.DataFrame, groups: dict[str, str], sources: pd.DataFrame,
                        summary: bool = True, order: np.ndarray | None = None,
                        ) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """`linked_tables` in a loop over the rows (the reference it is tested against)."""
    order = anchor_positions(events, sources) if order is None else order
    event_ids = events["event_id"].tolist()
    anchor: dict[str, str] = {}
    for pos in order:
        eid = event_ids[pos]
        anchor.setdefault(groups[eid], eid)
    ids = {g: incident_id(a) for g, a in anchor.items()}
    out = events.copy(deep=False)
    out["incident_id"] = [ids[groups[e]] for e in event_ids]
    if not summary:
        return out, None
    return out, _incidents_plain(out, order)


def incidents_table(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The incidents table from events that carry `incident_id`."""
    if events.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS)
    return _incidents(events, anchor_positions(events, sources))


def _incidents(events: pd.DataFrame, order: np.ndarray) -> pd.DataFrame:
    """`incidents_table` from events that carry `incident_id`, `order` being their positions
    in anchor order. Every incident is first summarised from its anchor (earliest) report
    alone (`single_incidents`, vectorised, one row per incident in incident_id order); the
    incidents of several reports are then summarised in full (`summarise`) and put in their
    place. Only the anchors' and those reports' rows are copied (memory at scale). The
    incidents, their sizes, anchors and ID order are found with numpy and Arrow over codes
    of the IDs (`_incidents_plain` does it with Python containers: the same table)."""
    if events.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS)
    codes, uniques = pd.factorize(events["incident_id"].to_numpy(dtype=object))
    if (codes < 0).any():
        return _incidents_plain(events, order)  # a missing incident ID: as the reference does
    cols = [*SUMMARY_COLUMNS, "incident_id"]
    sizes = np.bincount(codes)
    first = first_in_order(codes, order)  # per code
    by_name = pc.sort_indices(pa.array(np.asarray(uniques, dtype=object), type=pa.string())).to_numpy()
    out = single_incidents(events[cols].take(first[by_name]).reset_index(drop=True))
    multi = order[sizes[codes[order]] > 1]  # in anchor order
    del first
    if not len(multi):
        return out
    by_incident = _rows_by_incident(events[cols].take(multi), cols)
    rank = np.empty(len(by_name), dtype=np.int64)
    rank[by_name] = np.arange(len(by_name))  # code -> row of the incident in `out`
    at = dict(zip(np.asarray(uniques, dtype=object)[sizes > 1].tolist(),
                  rank[np.flatnonzero(sizes > 1)].tolist(), strict=True))
    where = sorted(at[k] for k in by_incident)
    names = {v: k for k, v in at.items()}
    return _with_summaries(out, [summarise(by_incident[names[k]]) for k in where], where)


def _incidents_plain(events: pd.DataFrame, order: np.ndarray) -> pd.DataFrame:
    """`_incidents` with Python containers over every row (the reference it is tested
    against, and the way for IDs that are not all present)."""
    if events.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS)
    cols = [*SUMMARY_COLUMNS, "incident_id"]
    ids = events["incident_id"].tolist()
    sizes = Counter(ids)
    first: dict[str, int] = {}
    for pos in order:
        first.setdefault(ids[pos], pos)
    names = sorted(first)
    out = single_incidents(events[cols].take([first[i] for i in names]).reset_index(drop=True))
    multi = [pos for pos in order if sizes[ids[pos]] > 1]  # in anchor order
    del ids, first
    if not multi:
        return out
    by_incident = _rows_by_incident(events[cols].take(multi), cols)
    at = {name: k for k, name in enumerate(names)}
    where = sorted(at[k] for k in by_incident)
    return _with_summaries(out, [summarise(by_incident[names[k]]) for k in where], where)


def _with_summaries(out: pd.DataFrame, summaries: list[dict[str, Any]], where: list[int]) -> pd.DataFrame:
    """`out` (one row per incident) with the rows at `where` replaced by `summaries`."""
    rows = pd.DataFrame(summaries, columns=INCIDENT_COLUMNS)
    out = out.astype({c: object for c in ("fatalities_low", "fatalities_high", "fatalities_best",
                                          "report_count", "source_count")})
    for c in INCIDENT_COLUMNS:
        out.iloc[where, out.columns.get_loc(c)] = rows[c].to_numpy(dtype=object)
    return out


def _rows_by_incident(part: pd.DataFrame, cols: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The rows of `part` as dicts (missing values None, dates as dates), grouped by
    incident_id in their order."""
    by_incident: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in zip(*(part[c].tolist() for c in cols), strict=True):
        r = {c: _val(v) for c, v in zip(cols, row, strict=True)}
        for c in ("date_start", "date_end"):
            r[c] = _date(r[c])
        by_incident[r["incident_id"]].append(r)
    return by_incident


def single_incidents(df: pd.DataFrame) -> pd.DataFrame:
    """Incidents of one report each: `summarise` of one row, vectorised."""
    dated = (df["date_start"].notna() & df["date_end"].notna()
             & df["date_precision"].isin(list(PRECISION_RANK))).to_numpy(dtype=bool)
    start = df["date_start"].where(dated, None)
    end = df["date_end"].where(dated, None)
    same_day = df["date_start"].astype(object) == df["date_end"].astype(object)
    one_day = dated & same_day.to_numpy(dtype=bool)
    precision = df["date_precision"].where(dated, "unknown").where(~one_day, "day")
    not_actor = df["target_actor_id"].astype(object) != df["actor_id"].astype(object)
    target = df["target_actor_id"].where(not_actor, None)
    out = pd.DataFrame({
        "incident_id": df["incident_id"], "event_type": df["event_type"], "event_mode": df["event_mode"],
        "actor_id": df["actor_id"], "target_actor_id": target, "location": df["location"],
        "date_start": start, "date_end": end, "date_precision": precision, "modality": df["modality"],
        "fatalities_low": df["fatalities_low"], "fatalities_high": df["fatalities_high"],
        "fatalities_best": df["fatalities_high"].where(df["fatalities_high"].notna(), df["fatalities_low"]),
        "report_count": 1, "source_count": 1, "anchor_event_id": df["event_id"],
    })
    return out[INCIDENT_COLUMNS]


def link_events(events: pd.DataFrame, sources: pd.DataFrame, actors: pd.DataFrame, ref: Reference,
                rules: LinkRules, previous: LinkRecord | None = None,
                record: list[LinkRecord] | None = None, order: np.ndarray | None = None) -> dict[str, str]:
    """The linking result: event_id -> event_id of its incident's anchor (`previous`,
    `record`: see `link`; `order`: see `prepare`)."""
    if events.empty:
        return {}
    return link(prepare(events, sources, actors, ref, rules, order), rules, previous, record)
