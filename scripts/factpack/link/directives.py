"""Merge and split directives: corrections of the linking result, each with a reason.

A directive is a mapping (as read from YAML or a corrections table):

    {action: merge, incident_ids: [inc_a, inc_b], reason: "...", author: ..., date: ...}
        the incidents become one; it keeps the ID of the one whose anchoring report comes
        first (so one of the given IDs survives and the others disappear). `event_ids` may be
        given instead of or besides `incident_ids`: their incidents are merged.
    {action: split, event_ids: [evt_x, evt_y], reason: "..."}
        those reports leave their incident(s) and form one new incident together; the reports
        left behind keep their incident (and its ID, unless its anchoring report was split off:
        IDs always derive from a group's earliest report).

Users write them as corrections (`table: incidents`, `action: merge` with `ids`, or `action:
split` with `id` and `event_ids`; see curate/corrections.py), which `pipeline.correct_incidents`
checks against the linked events and applies here one at a time.

`reason` is required; other keys (author, date, ...) are carried by the corrections mechanism
and ignored here. Directives apply in the order given, each to the result of the previous
ones; one naming an unknown incident or event, or with fewer than two incidents to merge or
no event to split, raises DirectiveError naming the directive.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from factpack.errors import FactpackError
from factpack.link.incidents import with_incident_ids

ACTIONS = ("merge", "split")


class DirectiveError(FactpackError):
    """A merge or split directive that cannot be applied."""


def _ids(d: Mapping[str, Any], key: str) -> list[str]:
    v = d.get(key) or []
    if isinstance(v, str):
        v = [v]
    return [str(x) for x in v]


def check_directive(n: int, d: Mapping[str, Any]) -> None:
    where = f"directive {n + 1}"
    if d.get("action") not in ACTIONS:
        raise DirectiveError(f"{where}: action {d.get('action')!r} is not one of {list(ACTIONS)}")
    if not str(d.get("reason") or "").strip():
        raise DirectiveError(f"{where}: a {d['action']} needs a reason")
    if d["action"] == "merge" and not (_ids(d, "incident_ids") or _ids(d, "event_ids")):
        raise DirectiveError(f"{where}: a merge names incident_ids or event_ids")
    if d["action"] == "split" and not _ids(d, "event_ids"):
        raise DirectiveError(f"{where}: a split names the event_ids that leave their incident")


def apply_directives(events: pd.DataFrame, sources: pd.DataFrame,
                     directives: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Events (with `incident_id`) after the directives, with incident IDs re-derived."""
    out = events.copy()
    for n, d in enumerate(directives):
        check_directive(n, d)
        where = f"directive {n + 1} ({d['action']})"
        group = dict(zip(out["event_id"], out["incident_id"], strict=True))
        unknown_events = [e for e in _ids(d, "event_ids") if e not in group]
        if unknown_events:
            raise DirectiveError(f"{where}: no event {', '.join(unknown_events)}")
        if d["action"] == "merge":
            known = set(group.values())
            wanted = _ids(d, "incident_ids")
            unknown = [i for i in wanted if i not in known]
            if unknown:
                raise DirectiveError(f"{where}: no incident {', '.join(unknown)}")
            targets = set(wanted) | {group[e] for e in _ids(d, "event_ids")}
            if len(targets) < 2:
                raise DirectiveError(f"{where}: names only one incident; nothing to merge")
            label = min(targets)
            group = {e: (label if g in targets else g) for e, g in group.items()}
        else:
            leaving = set(_ids(d, "event_ids"))
            label = "split:" + min(leaving)
            group = {e: (label if e in leaving else g) for e, g in group.items()}
        out = with_incident_ids(out.drop(columns=["incident_id"]), group, sources)
    return out
