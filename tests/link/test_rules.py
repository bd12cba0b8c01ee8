"""The linking rules on small invented event tables (pure functions, the real reference data)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from factpack.errors import InputError
from factpack.extract.reference import default_reference
from factpack.link.directives import DirectiveError
from factpack.link.incidents import incident_id
from factpack.link.rules import load_rules
from factpack.link.tables import link_tables
from factpack.paths import REFERENCE

D = dt.date
ACTORS = pd.DataFrame([
    # actor_id, name, actor_type, country_code, description, is_generic
    ("act_000000000001", "Aland", "state", "FIN", None, False),
    ("act_000000000002", "Borduria", "state", "HUN", None, False),
    ("act_000000000003", "Aland Army", "armed_forces", "FIN", None, False),
    ("act_000000000004", "Ana Ruiz", "person", "FIN", None, False),
    ("act_000000000005", "Bo Lind", "person", "HUN", None, False),
    ("act_000000000006", "Cy Moor", "person", "AUT", None, False),
    ("act_000000000007", "officials", "group", None, None, True),
], columns=["actor_id", "name", "actor_type", "country_code", "description", "is_generic"])
A, B, ARMY, ANA, BO, CY, OFFICIALS = (f"act_00000000000{i}" for i in range(1, 8))


def sources(*specs: tuple[str, D]) -> pd.DataFrame:
    return pd.DataFrame([{"source_id": s, "published_date": d, "seed_file": f"{s}.txt"} for s, d in specs])


def event(n: int, src: str, etype: str, actor: str | None, target: str | None, day: D | None = None,
          *, mode: str | None = None, modality: str = "asserted", start: int = 0, place: str | None = None,
          low: int | None = None, high: int | None = None, precision: str = "day",
          until: D | None = None) -> dict:
    return {"event_id": f"evt_{n:012x}", "source_id": src, "event_type": etype, "event_mode": mode,
            "actor_id": actor, "target_actor_id": target, "location": place,
            "date_start": day, "date_end": (until or day) if day else None,
            "date_precision": precision if day else "unknown", "modality": modality,
            "fatalities_low": low, "fatalities_high": high, "amount": None, "currency": None,
            "char_start": start, "char_end": start + 10}


def run(events: list[dict], srcs: pd.DataFrame, directives: tuple = ()) -> tuple[pd.DataFrame, pd.DataFrame]:
    ev, inc = link_tables(pd.DataFrame(events), srcs, ACTORS, default_reference(), directives=directives)
    return ev.set_index("event_id"), inc.set_index("incident_id")


def same(ev: pd.DataFrame, a: int, b: int) -> bool:
    return ev.at[f"evt_{a:012x}", "incident_id"] == ev.at[f"evt_{b:012x}", "incident_id"]


SRC = sources(("src_a", D(2026, 10, 12)), ("src_b", D(2026, 10, 13)), ("src_c", D(2026, 10, 14)))
MON, TUE = D(2026, 10, 12), D(2026, 10, 13)


def test_two_outlets_one_strike_one_incident_and_its_counts() -> None:
    ev, inc = run([event(1, "src_a", "ASSAULT", A, B, MON, low=2, high=2),
                   event(2, "src_b", "ASSAULT", ARMY, B, MON, low=3, high=None),
                   event(3, "src_c", "ASSAULT", A, None, MON, low=4, high=5)], SRC)
    assert same(ev, 1, 2) and same(ev, 2, 3)
    row = inc.loc[ev.at["evt_000000000001", "incident_id"]]
    assert row["report_count"] == 3 and row["source_count"] == 3
    assert row["actor_id"] == A and row["target_actor_id"] == B  # most reports; a tie: the earliest
    assert (row["fatalities_low"], row["fatalities_high"], row["fatalities_best"]) == (2, 5, 5)
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (MON, MON, "day")
    assert row.name == incident_id("evt_000000000001") and row["anchor_event_id"] == "evt_000000000001"


def test_look_alikes_stay_apart() -> None:
    ev, _ = run([
        event(1, "src_a", "ASSAULT", A, B, MON), event(2, "src_b", "ASSAULT", A, B, TUE),  # two days
        event(3, "src_a", "CONSULT", ANA, BO, MON, start=50), event(4, "src_b", "CONSULT", ANA, CY, MON,
                                                                    start=50),  # other leader
        event(5, "src_a", "ASSAULT", A, B, MON, modality="planned", start=90),  # a plan, not the act
        event(6, "src_b", "SANCTION", A, B, MON, mode="expel", start=90),
        event(7, "src_c", "SANCTION", B, A, MON, mode="expel"),  # the other way round
    ], SRC)
    assert not same(ev, 1, 2) and not same(ev, 3, 4) and not same(ev, 1, 5) and not same(ev, 6, 7)


def test_a_call_has_no_direction_but_an_expulsion_has() -> None:
    ev, _ = run([event(1, "src_a", "CONSULT", ANA, BO, MON), event(2, "src_b", "CONSULT", BO, ANA, MON)],
                SRC)
    assert same(ev, 1, 2)


def test_too_little_to_link_stays_alone() -> None:
    ev, inc = run([event(1, "src_a", "ASSAULT", None, None, None),
                   event(2, "src_b", "ASSAULT", None, None, None),
                   event(3, "src_a", "ACCUSE", A, B, None, start=40),
                   event(4, "src_a", "ACCUSE", ARMY, B, None, start=80),  # one source, undated
                   event(5, "src_b", "ASSAULT", OFFICIALS, None, MON, start=40),
                   event(6, "src_c", "ASSAULT", OFFICIALS, None, MON, start=40)], SRC)
    assert len(inc) == 6 and set(inc["report_count"]) == {1}


def test_unknown_parties_link_on_the_same_day_and_place() -> None:
    ev, _ = run([event(1, "src_a", "ASSAULT", None, None, MON, place="the port of Tegh"),
                 event(2, "src_b", "ASSAULT", None, None, MON, place="Tegh"),
                 event(3, "src_c", "ASSAULT", None, None, MON, place="Varna")], SRC)
    assert same(ev, 1, 2) and not same(ev, 1, 3)


def test_dates_overlap_with_precision_taken_into_account() -> None:
    oct1, oct31 = D(2026, 10, 1), D(2026, 10, 31)
    ev, inc = run([event(1, "src_a", "ASSAULT", A, B, D(2026, 10, 6), until=MON, precision="week"),
                   event(2, "src_b", "ASSAULT", A, B, MON),  # a day inside the week: linked
                   event(3, "src_c", "ASSAULT", A, B, oct1, until=oct31, precision="month")], SRC)
    assert same(ev, 1, 2)
    assert not same(ev, 2, 3)  # a month and a day: too far apart in precision
    row = inc.loc[ev.at["evt_000000000001", "incident_id"]]
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (MON, MON, "day")


def test_a_report_that_fits_two_incidents_equally_stays_alone() -> None:
    ev, _ = run([event(1, "src_a", "CONSULT", ANA, BO, MON), event(2, "src_a", "CONSULT", ANA, CY, MON,
                                                                   start=50),
                 event(3, "src_b", "CONSULT", None, ANA, MON)], SRC)
    assert not same(ev, 3, 1) and not same(ev, 3, 2)


def test_an_equal_fit_goes_to_the_act_its_own_source_has_not_told_yet() -> None:
    # src_b tells Ana's call with Cy, then (another sentence) a call of Ana's with someone
    # unnamed: the extraction codes no row for a back-reference, so a new row is a new act, and
    # of the two calls it fits equally it joins the one src_b has not told (Ana with Bo).
    ev, _ = run([event(1, "src_a", "CONSULT", ANA, BO, MON),
                 event(2, "src_b", "CONSULT", ANA, CY, MON),
                 event(3, "src_b", "CONSULT", None, ANA, MON, start=50)], SRC)
    assert same(ev, 3, 1) and not same(ev, 3, 2) and not same(ev, 1, 2)


@pytest.mark.parametrize("told_with_the_arrest", [True, False])
def test_sentence_context_links_reports_without_parties(told_with_the_arrest: bool) -> None:
    # both outlets tell the clashes in the sentence that tells the arrests: the arrests link
    # (same actor, mode, day), and so do the clashes, which name no party and (in src_b) no place
    where = 3 if told_with_the_arrest else 60
    ev, _ = run([event(1, "src_a", "COERCE", A, None, MON, mode="arrest"),
                 event(2, "src_a", "ASSAULT", None, None, MON, start=3, place="Tegh"),
                 event(3, "src_b", "COERCE", A, None, MON, mode="arrest"),
                 event(4, "src_b", "ASSAULT", None, None, MON, start=where)], SRC)
    assert same(ev, 1, 3)
    assert same(ev, 2, 4) is told_with_the_arrest


def test_rows_of_one_sentence_are_never_one_act() -> None:
    ev, _ = run([event(1, "src_a", "COERCE", A, B, MON, start=0),
                 event(2, "src_a", "COERCE", A, B, MON, start=5)], SRC)
    assert not same(ev, 1, 2)


def test_adding_a_later_source_keeps_every_incident_id() -> None:
    first = [event(1, "src_a", "ASSAULT", A, B, MON), event(2, "src_b", "ASSAULT", A, B, TUE),
             event(3, "src_b", "CONSULT", ANA, BO, TUE, start=40)]
    later = [event(4, "src_c", "ASSAULT", ARMY, B, MON), event(5, "src_c", "CONSULT", BO, ANA, TUE,
                                                                start=40)]
    ev1, inc1 = run(first, SRC)
    ev2, inc2 = run(first + later, SRC)
    assert set(inc1.index) <= set(inc2.index)
    assert (ev2.loc[ev1.index, "incident_id"] == ev1["incident_id"]).all()
    assert same(ev2, 1, 4) and same(ev2, 3, 5)
    assert inc2.loc[ev1.at["evt_000000000001", "incident_id"], "report_count"] == 2


def test_merge_and_split_directives() -> None:
    ev, _ = run([event(1, "src_a", "ASSAULT", A, B, MON), event(2, "src_b", "ASSAULT", A, B, TUE),
                 event(3, "src_c", "ASSAULT", A, B, TUE)], SRC)
    i1, i2 = ev.at["evt_000000000001", "incident_id"], ev.at["evt_000000000002", "incident_id"]
    assert i1 != i2 and same(ev, 2, 3)
    merged, inc = run([event(1, "src_a", "ASSAULT", A, B, MON), event(2, "src_b", "ASSAULT", A, B, TUE),
                       event(3, "src_c", "ASSAULT", A, B, TUE)], SRC,
                      [{"action": "merge", "incident_ids": [i2, i1], "reason": "one raid past midnight"}])
    assert set(merged["incident_id"]) == {i1} and inc.loc[i1, "report_count"] == 3
    split, inc = run([event(1, "src_a", "ASSAULT", A, B, MON), event(2, "src_b", "ASSAULT", A, B, TUE),
                      event(3, "src_c", "ASSAULT", A, B, TUE)], SRC,
                     [{"action": "split", "event_ids": ["evt_000000000003"], "reason": "another raid"}])
    assert split.at["evt_000000000002", "incident_id"] == i2
    assert split.at["evt_000000000003", "incident_id"] == incident_id("evt_000000000003")
    assert inc.loc[i2, "report_count"] == 1


@pytest.mark.parametrize("directive, message", [
    ({"action": "merge", "incident_ids": ["inc_000000000000", "inc_111111111111"], "reason": "x"},
     "no incident"),
    ({"action": "split", "event_ids": ["evt_0000000000ff"], "reason": "x"}, "no event"),
    ({"action": "split", "event_ids": ["evt_000000000001"]}, "needs a reason"),
    ({"action": "join", "event_ids": ["evt_000000000001"], "reason": "x"}, "not one of"),
])
def test_bad_directives_are_refused_by_name(directive: dict, message: str) -> None:
    with pytest.raises(DirectiveError, match=message):
        run([event(1, "src_a", "ASSAULT", A, B, MON)], SRC, [directive])


def test_reference_file_errors_name_file_and_line(tmp_path: Path) -> None:
    for f in ("link_event_types.csv", "link_modalities.csv"):
        (tmp_path / f).write_text((REFERENCE / f).read_text(encoding="utf-8"), encoding="utf-8")
    assert "CONSULT" in load_rules(tmp_path).symmetric
    p = tmp_path / "link_event_types.csv"
    p.write_text(p.read_text(encoding="utf-8") + "EXPLODE,,directed,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"link_event_types.csv: line \d+: event type 'EXPLODE'"):
        load_rules(tmp_path)


def test_codebook_states_the_parameters_the_code_uses() -> None:
    from factpack.link import rules
    from factpack.publish.datadoc import load_codebook

    text = " ".join(load_codebook()["linking"]["rules"])
    assert f"about the {rules.UNDATED_WINDOW_DAYS} days up to its publication" in text
    assert f"at least {rules.MIN_AGREEMENTS_SAME_TYPE} of actor" in text
    assert f"({rules.MIN_AGREEMENTS_OTHER_TYPE} when their types differ)" in text
    assert rules.MAX_RANK_GAP == 1 and "differ by one step at most" in text
