"""Corrections as data: people's fixes to extracted rows, read from a corrections folder.

One YAML file per batch (`*.yaml` in the folder, applied in file-name order):

    author: Jane Doe            # default for the entries below
    date: 2026-11-30            # default for the entries below
    corrections:
      - table: events           # actors | events | claims | claim_links | incidents
        id: evt_0123456789ab    # the row, by its ID (set, drop)
        action: set             # set | drop | add
        set: {actor_id: act_0123456789ab}
        expect: {actor_id: null}   # optional: the old values, checked
        reason: the attack is carried out by the US, not by its victim
      - table: claims
        action: add
        row: {source_id: src_..., char_start: 10, char_end: 52, evidence: ..., cue: said, ...}
        reason: ...
      - table: incidents        # the linking of reports into incidents
        action: merge           # these incidents are one act
        ids: [inc_0123456789ab, inc_ba9876543210]
        reason: the same strike, dated Monday by one outlet and "overnight" by the other
      - table: incidents
        action: split           # these reports are another act than the rest of the incident
        id: inc_0123456789ab
        event_ids: [evt_0123456789ab]
        reason: the second outlet reports an earlier strike on the same village

Incident entries apply after the row corrections, to the incidents linked from the corrected
events, one after the other (an ID an earlier entry removed is gone for the later ones). A
merged incident keeps the ID of the incident whose anchoring report comes first; split-off
reports form one new incident; IDs always derive from a group's earliest report, so every
other incident keeps its ID. Each incident whose reports change gets a record in the
`corrections` table (old and new value: its event IDs as JSON).

A malformed entry (unknown table, action, ID form, field or key; a value of the wrong type,
outside its enum or pattern; an unknown actor or claim; a span that does not reproduce the
text; a missing reason, author or date) is an error naming the file and the entry. A stale
entry (its row is gone, or an `expect`ed value no longer matches) is an error too, or with
`allow_stale` a warning listed in the build report, and the entry is skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from factpack.contract.schema import Field, Table, load_tables
from factpack.errors import InputError, Warning_
from factpack.extract.ids import actor_id, claim_id, correction_id, event_id, link_id
from factpack.extract.reference import Reference

CORRECTABLE = ("actors", "events", "claims", "claim_links", "incidents")
ACTIONS = ("set", "drop", "add")
INCIDENT_ACTIONS = ("merge", "split")
BATCH_KEYS = {"author", "date", "corrections"}
ENTRY_KEYS = {"table", "id", "action", "set", "expect", "row", "reason", "author", "date", "ids", "event_ids"}
INCIDENT_ID = re.compile(r"inc_[0-9a-f]{12}")
EVENT_ID = re.compile(r"evt_[0-9a-f]{12}")
SPAN_TABLES = ("events", "claims")
# columns a correction may not set: the key, and what ties a row to its source
FIXED = {"source_id"}
# cascade: dropping a claim drops the links that name it
LINKED = {"claims": [("claim_links", "claim_id"), ("claim_links", "linked_claim_id")]}


class StaleCorrection(InputError):
    """A correction that no longer applies: its row is gone or an expected value differs."""


@dataclass
class Entry:
    file: Path
    number: int
    table: str
    action: str
    row_id: str | None
    values: dict[str, Any]  # set: new values; add: the row
    expect: dict[str, Any]
    reason: str
    author: str
    date: dt.date
    ids: list[str] = field(default_factory=list)  # incidents: the incidents a merge joins
    event_ids: list[str] = field(default_factory=list)  # incidents: the reports a split moves
    where: str = field(init=False)

    def __post_init__(self) -> None:
        named = self.row_id or " + ".join(self.ids)
        self.where = f"entry {self.number}" + (f" ({self.table} {named})" if named else "")

    def error(self, problem: str, stale: bool = False) -> InputError:
        cls = StaleCorrection if stale else InputError
        return cls(self.file, f"{self.where}: {problem}")


# --- reading ------------------------------------------------------------------------------------


def _date(v: Any, path: Path, where: str) -> dt.date:
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        raise InputError(path, f"{where}: date {v!r} is not an ISO date (YYYY-MM-DD)") from None


def _text(v: Any) -> str | None:
    return v.strip() if isinstance(v, str) and v.strip() else None


def read_batch(path: Path) -> list[Entry]:
    """The entries of one correction file, each checked for form (not yet against the data)."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(path, "not valid UTF-8") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise InputError(path, f"not valid YAML: {getattr(e, 'problem', e)}{at}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("corrections"), list):
        raise InputError(path, "expected a mapping with a `corrections:` list")
    unknown = sorted(set(doc) - BATCH_KEYS)
    if unknown:
        raise InputError(
            path, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(BATCH_KEYS))}"
        )
    out = []
    for n, e in enumerate(doc["corrections"], start=1):
        where = f"entry {n}"
        if not isinstance(e, dict):
            raise InputError(path, f"{where}: expected a mapping")
        bad = sorted(set(e) - ENTRY_KEYS)
        if bad:
            raise InputError(
                path, f"{where}: unknown key(s) {', '.join(bad)}; allowed: {', '.join(sorted(ENTRY_KEYS))}"
            )
        table, action = e.get("table"), e.get("action")
        if table not in CORRECTABLE:
            raise InputError(path, f"{where}: table {table!r} is not one of {', '.join(CORRECTABLE)}")
        allowed = INCIDENT_ACTIONS if table == "incidents" else ACTIONS
        if action not in allowed:
            raise InputError(
                path, f"{where}: action {action!r} is not one of {', '.join(allowed)} (table {table})"
            )
        reason = _text(e.get("reason"))
        if reason is None:
            raise InputError(path, f"{where}: no reason (every correction says why it was made)")
        author = _text(e.get("author", doc.get("author")))
        if author is None:
            raise InputError(path, f"{where}: no author (give `author:` in the entry or the file)")
        if e.get("date", doc.get("date")) is None:
            raise InputError(path, f"{where}: no date (give `date:` in the entry or the file)")
        date = _date(e.get("date", doc.get("date")), path, where)
        row_id = e.get("id")
        if table == "incidents":
            ids, event_ids = _incident_form(e, path, where)
            out.append(Entry(path, n, table, action, row_id, {}, {}, reason, author, date, ids, event_ids))
            continue
        if "ids" in e or "event_ids" in e:
            raise InputError(path, f"{where}: `ids` and `event_ids` are for `table: incidents` only")
        if action == "add":
            if row_id is not None:
                raise InputError(path, f"{where}: an added row gets its ID from its content; remove `id`")
            values = e.get("row")
            if not isinstance(values, dict) or not values:
                raise InputError(path, f"{where}: `add` needs a `row:` mapping of column values")
        else:
            if not isinstance(row_id, str):
                raise InputError(path, f"{where}: `{action}` needs the row's `id`")
            values = e.get("set") if action == "set" else {}
            if action == "set" and (not isinstance(values, dict) or not values):
                raise InputError(path, f"{where}: `set` needs a `set:` mapping of column values")
            if action == "drop" and "set" in e:
                raise InputError(path, f"{where}: `drop` takes no `set:`")
        expect = e.get("expect") or {}
        if not isinstance(expect, dict):
            raise InputError(path, f"{where}: `expect` must be a mapping of column values")
        out.append(Entry(path, n, table, action, row_id, dict(values), dict(expect), reason, author, date))
    return out


def _id_list(e: dict, key: str, pattern: re.Pattern, path: Path, where: str) -> list[str]:
    v = e.get(key)
    if not isinstance(v, list) or not v or not all(isinstance(x, str) for x in v):
        raise InputError(path, f"{where}: `{key}` must be a list of IDs")
    bad = [x for x in v if not pattern.fullmatch(x)]
    if bad:
        raise InputError(path, f"{where}: {bad[0]!r} in `{key}` is not an ID ({pattern.pattern})")
    if len(set(v)) != len(v):
        raise InputError(path, f"{where}: `{key}` names an ID twice")
    return list(v)


def _incident_form(e: dict, path: Path, where: str) -> tuple[list[str], list[str]]:
    """(ids, event_ids) of a merge or split entry, checked for form."""
    extra = sorted({"set", "expect", "row"} & set(e))
    if extra:
        raise InputError(path, f"{where}: `{e['action']}` of incidents takes no {', '.join(extra)}")
    if e["action"] == "merge":
        if "id" in e or "event_ids" in e:
            raise InputError(path, f"{where}: a merge names the incidents in `ids` only")
        ids = _id_list(e, "ids", INCIDENT_ID, path, where)
        if len(ids) < 2:
            raise InputError(path, f"{where}: a merge needs at least two incident IDs in `ids`")
        return ids, []
    if "ids" in e:
        raise InputError(path, f"{where}: a split names its incident in `id` and the reports in `event_ids`")
    if not isinstance(e.get("id"), str) or not INCIDENT_ID.fullmatch(e["id"]):
        raise InputError(path, f"{where}: a split needs the incident's `id` ({INCIDENT_ID.pattern})")
    return [], _id_list(e, "event_ids", EVENT_ID, path, where)


def read_corrections(folder: Path | None) -> list[Entry]:
    """Every entry of every `*.yaml` / `*.yml` file in `folder` (none if it does not exist)."""
    if folder is None or not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return [e for p in files for e in read_batch(p)]


# --- checking values ----------------------------------------------------------------------------


def _check_value(entry: Entry, f: Field, v: Any) -> Any:
    """The value converted to the column's type; an error for a value the contract refuses."""
    if v is None:
        if f.required:
            raise entry.error(f"field {f.name} is required and cannot be null")
        return None
    ok = True
    if f.type == "string":
        ok = isinstance(v, str) and v != ""
    elif f.type == "integer":
        ok = isinstance(v, int) and not isinstance(v, bool)
    elif f.type == "number":
        ok = isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    elif f.type == "boolean":
        ok = isinstance(v, bool)
    elif f.type == "date":
        try:
            v = _date(v, entry.file, entry.where)
        except InputError:
            ok = False
    if not ok:
        raise entry.error(
            f"field {f.name}: {v!r} is not a {f.type}" + (" (empty text is null)" if v == "" else "")
        )
    if f.enum and v not in f.enum:
        raise entry.error(f"field {f.name}: {v!r} is not one of {', '.join(f.enum)}")
    if f.pattern and not re.fullmatch(f.pattern, str(v)):
        raise entry.error(f"field {f.name}: {v!r} does not match {f.pattern}")
    if f.minimum is not None and v < f.minimum:
        raise entry.error(f"field {f.name}: {v!r} is below {f.minimum:g}")
    return v


def _check_foreign(entry: Entry, table: Table, values: dict, tables: dict[str, pd.DataFrame]) -> None:
    for fk in table.foreign_keys:
        col, ref_table, ref_col = fk["fields"][0], fk["table"], fk["reference"][0]
        v = values.get(col)
        if v is not None and col in values and not (tables[ref_table][ref_col] == v).any():
            raise entry.error(f"field {col}: no {ref_table} row with {ref_col} {v}")


def _check_span(entry: Entry, row: dict, texts: dict[str, str]) -> None:
    text = texts.get(row["source_id"])
    if text is None:
        raise entry.error(f"source {row['source_id']} is not in this build")
    s, e = row["char_start"], row["char_end"]
    if not (0 <= s < e <= len(text)) or text[s:e] != row["evidence"]:
        raise entry.error(f"evidence does not equal the source text from char_start {s} to char_end {e}")


def _locate(entry: Entry, row: dict, word_col: str, start_col: str, end_col: str) -> None:
    """Fill the position of the trigger or cue from its words inside the evidence."""
    if row.get(start_col) is not None:
        return
    at = row["evidence"].find(row[word_col]) if row.get(word_col) else -1
    if at < 0:
        raise entry.error(f"{word_col} {row.get(word_col)!r} is not in the evidence; give {start_col}")
    row[start_col] = row["char_start"] + at
    row[end_col] = row[start_col] + len(row[word_col])


# --- applying -----------------------------------------------------------------------------------


def _json(v: Any) -> str:
    def plain(x: Any) -> Any:
        if x is None or x is pd.NA or x is pd.NaT or (isinstance(x, float) and math.isnan(x)):
            return None
        if hasattr(x, "item") and not isinstance(x, (str, bytes)):
            x = x.item()
        if isinstance(x, (dt.date, pd.Timestamp)):
            return x.isoformat()[:10]
        return x

    if isinstance(v, dict):
        return json.dumps({k: plain(x) for k, x in v.items()}, ensure_ascii=False, sort_keys=True)
    return json.dumps(plain(v), ensure_ascii=False)


def _same(a: Any, b: Any) -> bool:
    return _json(a) == _json(b)


def _new_id(table: str, row: dict, tables: dict[str, pd.DataFrame], ref: Reference | None) -> str:
    if table == "events":
        eid = event_id(row["source_id"], row["trigger_start"], row["trigger_end"], row["trigger"])
        taken = tables["events"]["event_id"] == eid
        return (
            eid
            if not taken.any()
            else event_id(
                row["source_id"], row["trigger_start"], row["trigger_end"], row["trigger"], row["event_type"]
            )
        )
    if table == "claims":
        start = row.get("cue_start") if row.get("cue_start") is not None else row["char_start"]
        cid = claim_id(row["source_id"], start, row["cue"])
        taken = tables["claims"]["claim_id"] == cid
        return cid if not taken.any() else claim_id(row["source_id"], start, row["cue"], row["char_start"])
    if table == "actors":
        return actor_id(row["name"], ref.registry if ref else None)
    return link_id(row["claim_id"], row["linked_claim_id"])


def _apply(
    entry: Entry,
    tables: dict[str, pd.DataFrame],
    texts: dict[str, str],
    contract: dict[str, Table],
    ref: Reference | None,
) -> list[dict]:
    """Apply one entry to `tables` (in place); its rows for the corrections table."""
    t = contract[entry.table]
    key = t.primary_key[0]
    df = tables[entry.table]
    names = set(t.field_names)
    record = {
        "correction_file": entry.file.name,
        "entry_number": entry.number,
        "table_name": entry.table,
        "action": entry.action,
        "reason": entry.reason,
        "author": entry.author,
        "correction_date": entry.date,
    }
    for col in list(entry.values) + list(entry.expect):
        if col not in names:
            raise entry.error(f"unknown field {col!r} for table {entry.table}")
    if entry.action == "add":
        row = dict(entry.values)
        if entry.table == "claim_links":
            row.setdefault("link_rule", "correction")
        if key in row:
            raise entry.error(f"an added row gets its {key} from its content; remove it")
        if entry.table == "events":
            _locate(entry, row, "trigger", "trigger_start", "trigger_end")
        if entry.table == "claims":
            if row.get("cue") and row.get("evidence") and row["cue"] in row["evidence"]:
                _locate(entry, row, "cue", "cue_start", "cue_end")
        for f in t.fields:
            if f.name != key:
                row[f.name] = _check_value(entry, f, row.get(f.name))
        if entry.table in SPAN_TABLES:
            _check_span(entry, row, texts)
        _check_foreign(entry, t, row, tables)
        row[key] = _new_id(entry.table, row, tables, ref)
        if (df[key] == row[key]).any():
            raise entry.error(f"the added row's {key} {row[key]} is already in the table")
        tables[entry.table] = pd.concat([df, pd.DataFrame([row])[df.columns]], ignore_index=True)
        return [
            {
                **record,
                "row_id": row[key],
                "field_name": None,
                "old_value": None,
                "new_value": _json({c: row[c] for c in t.field_names}),
            }
        ]
    if not re.fullmatch(t.field(key).pattern or ".*", entry.row_id or ""):
        raise entry.error(f"{entry.row_id!r} is not a {entry.table} ID ({t.field(key).pattern})")
    hit = df.index[df[key] == entry.row_id]
    if len(hit) == 0:
        raise entry.error(
            f"no {entry.table} row with {key} {entry.row_id} in this build "
            "(it was removed or its ID changed)",
            stale=True,
        )
    idx = hit[0]
    for col, old in entry.expect.items():
        if not _same(df.at[idx, col], old):
            raise entry.error(
                f"field {col} is {_json(df.at[idx, col])} in this build, the correction expects {_json(old)}",
                stale=True,
            )
    if entry.action == "drop":
        old_row = {c: df.at[idx, c] for c in t.field_names}
        tables[entry.table] = df.drop(index=idx).reset_index(drop=True)
        for table, col in LINKED.get(entry.table, []):
            other = tables[table]
            tables[table] = other[other[col] != entry.row_id].reset_index(drop=True)
        return [
            {
                **record,
                "row_id": entry.row_id,
                "field_name": None,
                "old_value": _json(old_row),
                "new_value": None,
            }
        ]
    out = []
    for col, v in entry.values.items():
        if col == key or col in FIXED:
            raise entry.error(f"field {col} cannot be set (drop the row and add a new one)")
        v = _check_value(entry, t.field(col), v)
        _check_foreign(entry, t, {col: v}, tables)
        old = df.at[idx, col]
        out.append(
            {
                **record,
                "row_id": entry.row_id,
                "field_name": col,
                "old_value": _json(old),
                "new_value": _json(v),
            }
        )
    for col, v in entry.values.items():
        df[col] = df[col].astype(object)
        df.at[idx, col] = v
    if entry.table in SPAN_TABLES and {"char_start", "char_end", "evidence"} & set(entry.values):
        _check_span(
            entry, {c: df.at[idx, c] for c in ("source_id", "char_start", "char_end", "evidence")}, texts
        )
    return out


CORRECTION_COLUMNS = [
    "correction_id",
    "correction_file",
    "entry_number",
    "table_name",
    "row_id",
    "action",
    "field_name",
    "old_value",
    "new_value",
    "reason",
    "author",
    "correction_date",
]


def apply_corrections(
    tables: dict[str, pd.DataFrame],
    entries: list[Entry],
    texts: dict[str, str],
    ref: Reference | None = None,
    allow_stale: bool = False,
) -> tuple[dict[str, pd.DataFrame], list[Warning_]]:
    """The tables with every entry applied, in order, plus the `corrections` table; stale
    entries raise (or, with `allow_stale`, are skipped and returned as warnings)."""
    contract = load_tables()
    touched = {e.table for e in entries}
    tables = {k: (v.copy() if k in touched else v) for k, v in tables.items()}
    records: list[dict] = []
    warnings: list[Warning_] = []
    for entry in entries:
        if entry.table == "incidents":
            continue  # applied to the linked events (`incident_directive`), after these
        try:
            records += _apply(entry, tables, texts, contract, ref)
        except StaleCorrection as e:
            if not allow_stale:
                raise
            warnings.append(Warning_(e.path, f"stale correction skipped: {e.problem}"))
    tables["corrections"] = correction_frame(records)
    return tables, warnings


def correction_frame(records: list[dict]) -> pd.DataFrame:
    """The `corrections` table from records (an incident entry's records differ by row)."""
    seen: dict[tuple, int] = {}
    for r in records:
        key = (r["correction_file"], r["table_name"], str(r["row_id"]), r["action"], r["field_name"])
        nth = seen[key] = seen.get(key, -1) + 1
        r["correction_id"] = correction_id(*key, nth=nth)
    return pd.DataFrame(records, columns=CORRECTION_COLUMNS)


# --- merging and splitting incidents -------------------------------------------------------------


def incident_directive(entry: Entry, events: pd.DataFrame) -> dict[str, Any]:
    """The link directive of a merge or split entry, checked against the linked events
    (`event_id`, `incident_id`): an incident or report that is not there, or a report that is
    not in the incident a split names, makes the entry stale."""
    group = dict(zip(events["event_id"], events["incident_id"], strict=True))
    known = set(group.values())
    named = entry.ids if entry.action == "merge" else [entry.row_id]
    gone = [i for i in named if i not in known]
    if gone:
        raise entry.error(f"no incident {', '.join(gone)} in this build (its reports were relinked, "
                          "corrected away or re-anchored)", stale=True)
    if entry.action == "merge":
        return {"action": "merge", "incident_ids": list(entry.ids), "reason": entry.reason}
    missing = [e for e in entry.event_ids if e not in group]
    if missing:
        raise entry.error(f"no event {', '.join(missing)} in this build", stale=True)
    elsewhere = [e for e in entry.event_ids if group[e] != entry.row_id]
    if elsewhere:
        raise entry.error(f"event {', '.join(elsewhere)} is not in incident {entry.row_id} in this build",
                          stale=True)
    if len(entry.event_ids) == sum(1 for g in group.values() if g == entry.row_id):
        raise entry.error(f"the split moves every report of {entry.row_id}; name only those that leave")
    return {"action": "split", "event_ids": list(entry.event_ids), "reason": entry.reason}


def incident_records(entry: Entry, before: pd.DataFrame, after: pd.DataFrame) -> list[dict]:
    """Records of a merge or split for the `corrections` table: one per incident whose reports
    changed, with its event IDs before and after (JSON lists; null when it did not exist)."""
    old = dict(zip(before["event_id"], before["incident_id"], strict=True))
    new = dict(zip(after["event_id"], after["incident_id"], strict=True))
    moved = {e for e in new if old.get(e) != new[e]}
    touched = sorted({old[e] for e in moved if e in old} | {new[e] for e in moved})

    def members(groups: dict[str, str], inc: str) -> str | None:
        ids = sorted(e for e, g in groups.items() if g == inc)
        return json.dumps(ids) if ids else None

    return [{"correction_file": entry.file.name, "entry_number": entry.number, "table_name": "incidents",
             "row_id": inc, "action": entry.action, "field_name": None, "old_value": members(old, inc),
             "new_value": members(new, inc), "reason": entry.reason, "author": entry.author,
             "correction_date": entry.date} for inc in touched]
