"""Scoring the linking of event rows into incidents against gold incidents.

Gold (`tests/dev_incidents/gold.yaml`): acts, each with an event type and, per article that
reports it, an anchor (a verbatim substring of the sentence). A gold report is resolved to a
predicted event row: first a row of the article whose evidence overlaps the anchor (the gold
type preferred), then, for reports still open, an unused row in the anchor's
sentence (the gold type preferred). Each row serves one gold report at most. A gold report
without a row counts as its own predicted incident, so a missed extraction costs recall.

Pairwise scores over all pairs of resolved gold reports: precision = pairs in one predicted
incident that are one gold act / pairs in one predicted incident; recall = pairs that are one
gold act and in one predicted incident / pairs that are one gold act. B-cubed precision and
recall (averaged over gold reports) are given too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from factpack.extract.text import paragraphs, sentences
from factpack.publish.loaders import load_package

QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@dataclass
class LinkScore:
    gold_reports: int = 0
    resolved: int = 0
    gold_acts: int = 0
    pred_pairs: int = 0
    gold_pairs: int = 0
    true_pairs: int = 0
    bcubed_precision: float = 1.0
    bcubed_recall: float = 1.0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_pairs / self.pred_pairs if self.pred_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_acts": self.gold_acts, "gold_reports": self.gold_reports, "resolved": self.resolved,
            "pairs": {"predicted": self.pred_pairs, "gold": self.gold_pairs, "true": self.true_pairs},
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "bcubed_precision": round(self.bcubed_precision, 4),
            "bcubed_recall": round(self.bcubed_recall, 4),
        }


def _find(text: str, needle: str) -> int:
    i = text.find(needle)
    return i if i >= 0 else text.translate(QUOTES).find(needle.translate(QUOTES))


def _sentence(text: str, at: int) -> tuple[int, int]:
    for p in paragraphs(text):
        for s in sentences(text, p):
            if s.start <= at < s.end:
                return s.start, s.end
    return at, at + 1


def resolve(gold: dict, texts: dict[str, str], events: dict[str, pd.DataFrame],
            misses: list[str]) -> dict[tuple[str, str], str | None]:
    """(act, article) -> the predicted event_id that reports it (None when none does)."""
    items = [(act, art, g.get("event_type"), anchor)
             for act, g in gold["acts"].items() for art, anchor in g["reports"].items()]
    out: dict[tuple[str, str], str | None] = {}
    taken: set[str] = set()
    where: dict[tuple[str, str], int] = {}
    anchors = {(act, art): anchor for act, art, _, anchor in items}
    for act, art, _, anchor in items:
        if art not in texts:
            raise SystemExit(f"evaluate: gold names article {art}, which is not in the package")
        at = _find(texts[art], anchor)
        if at < 0:
            raise SystemExit(f"evaluate: gold anchor for {act} not in {art}: {anchor!r}")
        where[(act, art)] = at
    for strict in (True, False):
        for act, art, etype, _ in items:
            if (act, art) in out:
                continue
            at, ev = where[(act, art)], events[art]
            if strict:
                lo, hi = at, at + len(anchors[(act, art)])
            else:
                lo, hi = _sentence(texts[art], at)
            c = ev[(ev["char_start"] < hi) & (ev["char_end"] > lo) & ~ev["event_id"].isin(taken)]
            if c.empty:
                continue
            same = c[c["event_type"] == etype]
            eid = (same if not same.empty else c)["event_id"].iloc[0]
            taken.add(eid)
            out[(act, art)] = eid
    for act, art, etype, anchor in items:
        if (act, art) not in out:
            out[(act, art)] = None
            misses.append(f"no event row for {act} in {art} ({etype}, {anchor[:40]!r})")
    return out


def score(assignment: dict[tuple[str, str], str | None], incident_of: dict[str, str]) -> LinkScore:
    """Pairwise and B-cubed scores of predicted incidents against gold acts."""
    sc = LinkScore()
    keys = sorted(assignment)
    pred = {k: (incident_of[assignment[k]] if assignment[k] else f"missing:{k}") for k in keys}
    gold = {k: k[0] for k in keys}
    sc.gold_reports, sc.resolved = len(keys), sum(v is not None for v in assignment.values())
    sc.gold_acts = len(set(gold.values()))
    for a, b in combinations(keys, 2):
        same_pred, same_gold = pred[a] == pred[b], gold[a] == gold[b]
        sc.pred_pairs += same_pred
        sc.gold_pairs += same_gold
        sc.true_pairs += same_pred and same_gold
    if keys:
        bp = br = 0.0
        for k in keys:
            p_cluster = [x for x in keys if pred[x] == pred[k]]
            g_cluster = [x for x in keys if gold[x] == gold[k]]
            both = sum(1 for x in p_cluster if gold[x] == gold[k])
            bp += both / len(p_cluster)
            br += both / len(g_cluster)
        sc.bcubed_precision, sc.bcubed_recall = bp / len(keys), br / len(keys)
    return sc


def evaluate_linking(package_dir: Path, gold_file: Path, text_dir: Path) -> dict[str, LinkScore]:
    """Score the package's incidents against the gold acts: `all` counts every gold report
    (one without an event row is its own incident: extraction misses cost recall); `rows`
    only the gold reports that have an event row (the linking alone)."""
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    t = load_package(package_dir, categoricals=False)
    stem_of = {sid: Path(f).stem for sid, f in zip(t["sources"]["source_id"], t["sources"]["seed_file"],
                                                   strict=True)}
    texts = {stem: (text_dir / f"{stem}.txt").read_text(encoding="utf-8") for stem in stem_of.values()
             if (text_dir / f"{stem}.txt").exists()}
    ev = t["events"].assign(stem=t["events"]["source_id"].map(stem_of))
    events = {stem: ev[ev["stem"] == stem].sort_values("char_start") for stem in texts}
    misses: list[str] = []
    assignment = resolve(gold, texts, events, misses)
    incident_of = dict(zip(ev["event_id"], ev["incident_id"], strict=True))
    out = {"all": score(assignment, incident_of),
           "rows": score({k: v for k, v in assignment.items() if v is not None}, incident_of)}
    out["all"].misses = misses + wrong_links(assignment, incident_of)
    return out


def wrong_links(assignment: dict[tuple[str, str], str | None], incident_of: dict[str, str]) -> list[str]:
    """Gold reports of one act split over incidents, and incidents joining different acts."""
    by_act: dict[str, set[str]] = {}
    by_inc: dict[str, set[str]] = {}
    for (act, _art), eid in sorted(assignment.items()):
        if eid is None:
            continue
        by_act.setdefault(act, set()).add(incident_of[eid])
        by_inc.setdefault(incident_of[eid], set()).add(act)
    out = [f"split: {act} over {len(incs)} incidents" for act, incs in by_act.items() if len(incs) > 1]
    out += [f"merged: {inc} joins {sorted(acts)}" for inc, acts in sorted(by_inc.items()) if len(acts) > 1]
    return out


def render(scores: dict[str, LinkScore], verbose: bool = False) -> str:
    sc, rows = scores["all"], scores["rows"]
    lines = [
        f"linking (incidents): {sc.gold_acts} gold acts, {sc.gold_reports} gold reports, "
        f"{sc.resolved} with an event row",
    ]
    for label, s in (("all gold reports", sc), ("reports with a row", rows)):
        lines.append(
            f"  {label:<19} pairwise P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f} "
            f"(pairs {s.true_pairs} true / {s.pred_pairs} predicted / {s.gold_pairs} gold); "
            f"B-cubed P {s.bcubed_precision:.2f} R {s.bcubed_recall:.2f}")
    if verbose:
        lines += [f"  {m}" for m in sc.misses]
    return "\n".join(lines)
