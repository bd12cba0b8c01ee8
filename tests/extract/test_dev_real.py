"""The real-style dev set (tests/dev_real, issue 10): no row from a non-body line, and floors.

Floors are 2 points under the overall scores measured when articles 112-123 (attribution-hard
real-style copy, issue 11) were added, so a regression on real web copy fails here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from factpack.extract.document import extract_document
from factpack.extract.reference import default_reference
from factpack.ingest.sources import read_document
from factpack.paths import ROOT, SEEDS
from factpack.pipeline import build
from factpack.tools.evaluate import Score, evaluate

DEV_REAL = ROOT / "tests" / "dev_real"
ARTICLES = sorted((DEV_REAL / "articles").glob("*.txt"))


def test_the_set_has_ten_articles_with_gold() -> None:
    assert len(ARTICLES) >= 10
    for p in ARTICLES:
        assert (DEV_REAL / "gold" / f"{p.stem}.gold.yaml").is_file(), p.name


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:30])
def test_no_row_comes_from_a_non_body_line(path: Path) -> None:
    doc = read_document(path, path.parent)
    ex = extract_document(doc, default_reference())
    non_body = [(s.start, s.end, s.kind) for s in doc.skipped]
    assert non_body, "every real-style article has at least one non-body line"
    for r in ex.events + ex.claims + ex.mentions:
        hit = [k for a, b, k in non_body if a <= r["char_start"] < b]
        if r in ex.mentions:  # the headline's names are mentions (it is not coded otherwise)
            hit = [k for k in hit if k != "headline"]
        assert not hit, (hit, r)
        assert doc.text[r["char_start"] : r["char_end"]] == r.get("evidence", r.get("text"))


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("dev_real") / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "package.yaml", seeds / "package.yaml")
    for p in (DEV_REAL / "articles").iterdir():
        shutil.copy(p, seeds / p.name)
    out = seeds.parent / "pkg"
    build(seeds, out, workers=1)
    return out


@pytest.fixture(scope="module")
def scores(package: Path) -> dict[str, Score]:
    return evaluate(package, DEV_REAL / "gold", [DEV_REAL / "articles"])


def test_build_report_lists_the_skipped_lines_per_source(package: Path) -> None:
    report = json.loads((package / "build_report.json").read_text(encoding="utf-8"))
    by_file = {d["file"]: d["lines"] for d in report["skipped_lines"]["sources"]}
    assert set(by_file) == {p.name for p in ARTICLES}
    lines = by_file["210_cut_off_embedded_post.txt"]
    assert [(x["line"], x["kind"]) for x in lines] == [
        (1, "headline"), (3, "embedded_post"), (5, "boilerplate"), (7, "subheading"),
    ]
    text = (DEV_REAL / "articles" / "210_cut_off_embedded_post.txt").read_text(encoding="utf-8")
    assert text[lines[2]["char_start"] : lines[2]["char_end"]] == "ADVERTISEMENT"
    assert all(x["reason"] for d in by_file.values() for x in d)


def test_real_style_floors(scores: dict[str, Score]) -> None:
    s = scores["overall"]
    # Lowered when the attribution-hard articles 112-123 were added (issue 11 dev set, s2-gold1);
    # floor = overall measured then - 0.02. Before -> after adding them: claims recall
    # 0.9826 -> 0.8784, events recall 0.8684 -> 0.7463, actors recall 0.9921 -> 0.8926,
    # events F1 0.7719 -> 0.7317 (claims F1 0.9496 -> 0.8978 stays above its floor of 0.85).
    # Raised by issue 11 part B (event roles) to measured - 0.02: claims recall 0.8824, events
    # recall 0.7960, events F1 0.7601 (actors recall 0.8926 and claims F1 0.9000 unchanged).
    # After merging parts A and B of issue 11: claims recall 0.9608, events recall 0.7960,
    # actors recall 0.9630, claims F1 0.9496, events F1 0.7601.
    # Issue 11, session 2026-11-30 (third): articles 124-129 (event roles, s3-roles) and 130-134
    # (actors and speakers, s3-actors) added, both helpers' rules and the integrator's merged
    # (45 articles). Each helper set floors at measured - 0.02 on its own articles; on the merged
    # set each floor is the higher of that and the merged measure - 0.02 (claims recall 0.9619,
    # events recall 0.8198, actors recall 0.9587, claims F1 0.9521, events F1 0.7811), except
    # the two claimant floors, lowered (reason below).
    # Issue 11, session 2026-11-30 (fourth): articles 135-142 (claimants, s4-claims) and 150-157
    # (event roles and names, s4-roles) added, both merged (61 articles). Every floor below is
    # the merged 61-article measure - 0.02 (claims recall 0.9737, events recall 0.8273, actors
    # recall 0.9492, claims F1 0.9669, events F1 0.7689); several are lower than the 45-article
    # floors because the new articles code only their main acts and were each worked on by one
    # helper only (tests/dev_real/README.md gives the before/after of each group).
    # Issue 11, s5-events: articles 160-165 (event detection) added, 67 articles; event rules
    # (what counts as an act) measured on the 67: events P / R / F1 0.8066 / 0.8398 / 0.8229
    # (0.7213 / 0.8055 / 0.7611 before the rules); the event floors are measured - 0.02.
    assert s.claims.recall >= 0.968, s.claims.as_dict()  # round 11: 0.9877 (round 10: 0.9852)
    # Round 6 (fifth session): articles 180-185 (claimants, s6-claims) and 186-191 (event roles,
    # s6-roles) added, both merged (85 articles): claims recall 0.9733, events recall 0.8457,
    # actors recall 0.9376, claims F1 0.9640, events F1 0.8062; each floor is the higher of the
    # old one and measured - 0.02 (none lowered).
    # Round 7 (s7-actors): articles 192-197 (named actors, written for s6-actors) added and the
    # actor rules carried over (91 articles): claims recall 0.9685, events recall 0.8468, actors
    # recall 0.9547, claims F1 0.9599, events F1 0.8007; each floor the higher of the old one and
    # measured - 0.02, except events F1, lowered to measured - 0.02: the six articles were coded
    # for actors and their events were not worked on (events F1 0.7123 on them; the whole set's
    # 0.8062 -> 0.8007 on adding them, before any rule; the actor rules left events unchanged).
    # After merging main's s7-claims articles 220-225 (97 articles): claims recall 0.9606, events
    # recall 0.8458, actors recall 0.9533, claims F1 0.9571, events F1 0.7985 (floors kept).
    # Final merge of round 7 (97 articles; the s7-actors rule on names beside role nouns left
    # out, see tests/dev_real/README.md): claims recall 0.9594, events recall 0.8458, actors
    # recall 0.9491, claims F1 0.9565, events F1 0.7985; every floor is at most measured - 0.02.
    # Round 8 (97 articles, s8-events and s8-actors merged): claims recall 0.9594, events recall
    # 0.8555, actors recall 0.9502, claims F1 0.9565, events F1 0.8021; floors the higher of the
    # old one and measured - 0.02.
    # Round 9 (s9-roles, s9-claims, s9-actors merged): claims recall 0.9766, events recall 0.8555,
    # actors recall 0.9629, claims F1 0.9665, events F1 0.8021; floors the higher of the old one
    # and measured - 0.02.
    # Round 10 (s10-events, s10-claims, s10-actors merged): claims recall 0.9852, events recall
    # 0.8880, actors recall 0.9639, claims F1 0.9709, events F1 0.8219; floors the higher of the
    # old one and measured - 0.02.
    # Round 11 (s11-events, s11-claims, s11-actors merged): claims recall 0.9877, events recall
    # 0.8945, actors recall 0.9650, claims F1 0.9722, events F1 0.8218; floors the higher of the
    # old one and measured - 0.02.
    assert s.events.recall >= 0.874, s.events.as_dict()
    assert s.actors.recall >= 0.945, s.actors.as_dict()
    assert s.claims.f1 >= 0.952 and s.events.f1 >= 0.802, (s.claims.as_dict(), s.events.as_dict())
    # event roles on the merged 45 articles, measured - 0.02: actor 0.8367 (of gold 0.6694),
    # target 0.7704 (of gold 0.6138). At the start of the session, on its 34 articles: actor
    # 0.7874 (0.6024), target 0.7125 (0.5435).
    roles = ("event_actor", "event_actor_of_gold", "event_target", "event_target_of_gold")
    acc = {k: s.acc[k].value for k in roles}
    # merged 61 articles, measured - 0.02: actor 0.8386 (of gold 0.6829), target 0.7476 (of gold
    # 0.5901); s4-roles alone on its 53: 0.8583 (0.6899), 0.7713 (0.6010).
    # Second round of the fourth session: articles 160-165 (event detection, s5-events) and
    # 170-175 (event roles, s5-roles) added, both merged (73 articles), measured - 0.02: actor
    # 0.8338 (of gold 0.6957), target 0.7525 (of gold 0.6050). s5-roles alone on its 67: 0.8598
    # (0.7085), 0.7747 (0.6145); s5-events' articles were coded for detection, so their actors
    # pull the matched-event figures down (on the 61 older articles after both: see the README).
    # Round 6 (85 articles), measured - 0.02: actor 0.8535 (of gold 0.7154), target 0.7759 (of
    # gold 0.6254).
    # Round 7 (91 articles, s7-actors), measured - 0.02: actor 0.8553 (of gold 0.7182), target
    # 0.7754 (of gold 0.6313).
    # 97 articles (with s7-claims' 220-225): actor 0.8495 (0.7128), target 0.7653 (0.6243).
    # Round 8 (s8-events and s8-actors merged): actor 0.8534 (0.7249), target 0.7663 (0.6349).
    # Round 9 (s9-roles merged): actor 0.8737 (0.7422), target 0.7915 (0.6587).
    # Round 10 (s10-events merged): actor 0.8806 (0.7785), target 0.7899 (0.6878).
    # Round 11 (s11-events merged): actor 0.8893 (0.7924), target 0.7976 (0.6984).
    assert acc["event_actor"] >= 0.869 and acc["event_actor_of_gold"] >= 0.772, acc
    assert acc["event_target"] >= 0.778 and acc["event_target_of_gold"] >= 0.678, acc
    # actors and speakers on the merged 45 articles, measured - 0.02: country 0.9515, type 0.9730,
    # claimant 0.9390 (of gold 0.9032), lowered from 0.938 / 0.909: s3-actors measured
    # 0.9687 / 0.9687 / 0.9585 (0.9295) on its 39 articles; the six event-role articles 124-129,
    # written by the other helper, bring claimants by role and outlet the actor rules were not
    # tuned to (e.g. `Iranian state media reported` gives the claimant `media`).
    who = {k: s.acc[k].value for k in ("actor_country", "actor_type", "claimant", "claimant_of_gold")}
    # merged 61 articles, measured - 0.02: country 0.9188, type 0.9760, claimant 0.9398 (of gold
    # 0.9152); s4-claims alone on its 53: claimant 0.9534 (0.9338), country 0.9248.
    # round 6 (85 articles): country 0.9374 (floor raised to measured - 0.02), type 0.9640 (kept)
    # round 7 (91 articles, s7-actors), measured - 0.02: country 0.9502, type 0.9810
    # round 8 (s8-actors merged), measured - 0.02: country 0.9520 (type 0.9799: floor kept)
    # round 9 (s9-actors merged), measured - 0.02: country 0.9593, type 0.9824
    # round 10 (s10-actors merged), measured - 0.02: country 0.9637, type 0.9846
    # round 11 (s11-actors merged), measured - 0.02: country 0.9802, type 0.9857
    assert who["actor_country"] >= 0.960 and who["actor_type"] >= 0.966, who
    # 73 articles (second round): claimant 0.9238 (of gold 0.8907); the of-gold floor lowered to
    # measured - 0.02: articles 160-175 were written for events and roles and their claims were
    # not worked on (their claim rules are the 61-article ones; 170-175 first score 0.68 of gold).
    # round 6 (85 articles), measured - 0.02: claimant 0.9299 (of gold 0.9050)
    # round 7 (91 articles, s7-actors): claimant 0.9335 (of gold 0.9041); claimant floor raised
    # to measured - 0.02, the of-gold floor kept
    # round 9 (s9-claims merged), measured - 0.02: claimant 0.9496 (of gold 0.9274)
    # round 10 (s10-claims merged), measured - 0.02: claimant 0.9600 (of gold 0.9459)
    # round 11 (s11-claims merged), measured - 0.02: claimant 0.9651 (of gold 0.9533)
    assert who["claimant"] >= 0.945 and who["claimant_of_gold"] >= 0.933, who
