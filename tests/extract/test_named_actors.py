"""Named actors found, typed and countried (issue 11, s6-actors): invented sentences, one
rule per test, each able to fail."""

from __future__ import annotations

from tests.extract.sentences import extract_body


def actors(body: str) -> dict[str, dict]:
    return {a["name"]: a for a in extract_body(body).actors.values()}


def claimant(body: str, fragment: str) -> str | None:
    x = extract_body(body)
    names = {k: a["name"] for k, a in x.actors.items()}
    hits = [c for c in x.claims if fragment in c["claim_text"]]
    assert hits, [c["claim_text"] for c in x.claims]
    return names.get(hits[0]["claimant_actor_id"])


def test_a_known_outlet_written_with_its_article_keeps_its_reference_country() -> None:
    a = actors(
        "DHAKA, Bangladesh (AP) — Police detained 12 workers on Monday.\n"
        "A union leader, Rahim Uddin, told The Associated Press that the strike would go on."
    )
    assert a["Associated Press"]["country_code"] == "USA"
    assert a["Associated Press"]["actor_type"] == "media"
