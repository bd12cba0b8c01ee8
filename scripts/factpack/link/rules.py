"""The linking rules' reference data and parameters (documented in the codebook).

`schemas/reference/link_event_types.csv`: per event type, the other types a report of the
same act may be coded with, and its direction: `none` (actor and target may be swapped: a
call, joint exercises), `joint` (often done together, `A and B signed`: a report naming only
one party may name either of the other report's parties) or `directed`.
`schemas/reference/link_modalities.csv`: which modalities may be linked together.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from factpack.errors import InputError
from factpack.extract.reference import EVENT_TYPES, read_rows
from factpack.paths import REFERENCE

TYPES_FILE = "link_event_types.csv"
MODALITIES_FILE = "link_modalities.csv"
MODALITIES = {"asserted", "reported", "alleged", "denied", "planned", "hypothetical"}

# Parameters of the rules (the codebook quotes them).
UNDATED_WINDOW_DAYS = 7  # an undated report is about the week up to its publication
MIN_AGREEMENTS_SAME_TYPE = 2  # positive agreements needed to link reports of one type
MIN_AGREEMENTS_OTHER_TYPE = 3  # ... and of two compatible types
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
MAX_RANK_GAP = 1  # a day links with a week, a week with a month; a day never with a month


@dataclass(frozen=True)
class LinkRules:
    compatible: dict[str, frozenset[str]]  # event type -> types that may describe the same act
    symmetric: frozenset[str]  # event types without direction
    joint: frozenset[str]  # event types often done jointly
    link_group: dict[str, str]  # modality -> group; only one group links


def load_rules(folder: Path = REFERENCE) -> LinkRules:
    """Read and check the linking reference files."""
    p = folder / TYPES_FILE
    compatible: dict[str, frozenset[str]] = {}
    symmetric, joint = set(), set()
    for r in read_rows(p, ["event_type", "compatible_with", "direction", "reason"]):
        others = [x.strip() for x in r["compatible_with"].split("|") if x.strip()]
        for t in [r["event_type"], *others]:
            if t not in EVENT_TYPES:
                raise InputError(p, f"line {r['_line']}: event type {t!r} is not one of "
                                    f"{sorted(EVENT_TYPES)}")
        if r["direction"] not in ("none", "joint", "directed"):
            raise InputError(p, f"line {r['_line']}: direction must be none, joint or directed")
        compatible[r["event_type"]] = frozenset(others)
        {"none": symmetric, "joint": joint}.get(r["direction"], set()).add(r["event_type"])
    p = folder / MODALITIES_FILE
    groups = {}
    for r in read_rows(p, ["modality", "link_group", "reason"]):
        if r["modality"] not in MODALITIES:
            raise InputError(p, f"line {r['_line']}: modality {r['modality']!r} is not one of "
                                f"{sorted(MODALITIES)}")
        groups[r["modality"]] = r["link_group"]
    return LinkRules(compatible, frozenset(symmetric), frozenset(joint), groups)


@cache
def default_rules() -> LinkRules:
    return load_rules(REFERENCE)


def types_compatible(rules: LinkRules, a: str, b: str) -> bool:
    """Same type, or listed as compatible in either direction."""
    return a == b or b in rules.compatible.get(a, ()) or a in rules.compatible.get(b, ())
