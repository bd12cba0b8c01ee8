"""Readable evidence: the clause of a sentence that holds every piece a row was built from.

A row's evidence must be checkable on its own, since the source texts are not shipped:
whole words, never cut inside a noun phrase, and at least the clause that holds the trigger
or cue together with the row's actor, target, date, quantity and place as named. The span
starts at the beginning of the clause holding the first piece and ends at the end of the
clause holding the last one; clauses are delimited by the sentence, `;`, `:`, dashes and
commas followed by a space (never a comma inside a number). A quotation opened inside the
span is closed inside it.
"""

from __future__ import annotations

OPENERS = '“‘"«'
CLOSERS = '”’"»'
DASHES = ("—", "–", " - ")


def _boundary_before(text: str, k: int) -> bool:
    """A clause starts at k: just after `, ` `; ` `: ` or a spaced dash."""
    prev = text[max(0, k - 3) : k]
    if len(prev) == 3 and prev[1] in CLOSERS and prev[0] in ",;:" and prev[2] == " ":
        return True  # after `,” `: a quotation ended the clause before
    return prev.endswith((", ", "; ", ": ", "— ", "– ", "- ")) or prev.endswith(("—", "–"))


def _boundary_at(text: str, k: int) -> bool:
    """A clause ends at k: a `,` `;` `:` (followed by a space or a closing quote) or a dash."""
    c = text[k]
    if k >= 2 and c == " " and text[k - 1] in CLOSERS and text[k - 2] in ",;:":
        return True  # `…,” which`: the quotation closed the clause
    if c in ",;:":
        nxt = text[k + 1 : k + 2]
        return nxt in ("", " ", "\n") or nxt in CLOSERS
    return c in "—–" or text.startswith(" - ", k) or text.startswith(" – ", k) or text.startswith(" — ", k)


# every clause start `_boundary_before` accepts follows one of these, every clause end
# `_boundary_at` accepts is one of these: the scans below call them only there
BEFORE_BOUNDARY = " —–"
AT_BOUNDARY = " ,;:—–"


APPOSITION_OPENERS = ("the ", "a ", "an ", "its ", "his ", "her ", "their ", "“", '"')
APPOSITION_MAX_WORDS = 6


def _apposition_after(text: str, k: int, hi_bound: int) -> int:
    """A short noun phrase set off by commas inside a clause (`a cartel, the “Suns,” as a
    group`): the position after its closing comma, else 0. Only a comma-enclosed phrase
    opening with a determiner or a quotation mark, followed by more of the sentence, counts."""
    if text[k] != ",":
        return 0
    start = k + 1
    while start < hi_bound and text[start] == " ":
        start += 1
    if not text.startswith(APPOSITION_OPENERS, start):
        return 0
    j = start
    while j < hi_bound and not (text[j] in AT_BOUNDARY and _boundary_at(text, j)):
        j += 1
    if j >= hi_bound or text[j] != "," or len(text[start:j].split()) > APPOSITION_MAX_WORDS:
        return 0
    j += 1
    while j < hi_bound and text[j] in CLOSERS:
        j += 1
    rest = text[j:hi_bound].strip(" .!?”’\"")
    return j if rest and not rest.lower().startswith(("said", "says", "according")) else 0


def readable_span(text: str, lo_bound: int, hi_bound: int, parts: list[tuple[int, int]]) -> tuple[int, int]:
    """From the start of the clause of the first part to the end of the clause of the last part,
    within [lo_bound, hi_bound) (a sentence, or the sentences a quotation spans)."""
    parts = [(a, b) for a, b in parts if lo_bound <= a < b <= hi_bound]
    lo = min(a for a, _ in parts)
    hi = max(b for _, b in parts)
    while lo > lo_bound and not (text[lo - 1] in BEFORE_BOUNDARY and _boundary_before(text, lo)):
        lo -= 1
    while hi < hi_bound:
        if text[hi] in AT_BOUNDARY and _boundary_at(text, hi):
            past = _apposition_after(text, hi, hi_bound)
            if not past:
                break
            hi = past + 1 if text[past : past + 1] == " " else past
        else:
            hi += 1
    if hi < hi_bound and text[hi] in CLOSERS:
        hi += 1
    # a quotation opened in the span is closed in it; a closing mark right after it is kept
    opened = sum(text.count(c, lo, hi) for c in "“«") - sum(text.count(c, lo, hi) for c in "”»")
    if opened > 0:
        close = min(
            (p for p in (text.find("”", hi, hi_bound), text.find("»", hi, hi_bound)) if p >= 0), default=-1
        )
        if close >= 0:
            hi = close + 1
    # a quotation closed in the span is opened in it
    if sum(text.count(c, lo, hi) for c in "”»") > sum(text.count(c, lo, hi) for c in "“«"):
        op = max(text.rfind("“", lo_bound, lo), text.rfind("«", lo_bound, lo))
        if op >= 0:
            lo = op
    # the sentence's final punctuation belongs to its last clause
    while hi < hi_bound and text[hi] in ".!?" + CLOSERS and hi_bound - hi <= 2:
        hi += 1
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    while hi > lo and text[hi - 1] in ",;:":
        hi -= 1
    return lo, hi
