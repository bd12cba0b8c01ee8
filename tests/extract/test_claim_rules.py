"""The claim rules that keep acts from becoming claims, on invented sentences (issue 16): each
rule has a case it must refuse and a case it must still accept, so neither removing the rule
nor widening it passes."""

from __future__ import annotations

import pytest

from tests.extract.test_extraction_rules import run


@pytest.mark.parametrize("body", [
    "LIMA: Opposition leader Tomas Brel rejected the election results on Tuesday.",
    "LIMA: Opposition leader Tomas Brel condemned the arrests of students.",
])
def test_a_stance_verb_on_a_bare_object_is_not_a_claim(body: str) -> None:
    """"rejected the results": an act on an object (an event), not a statement with content."""
    r = run(body)
    assert r["claims"] == []
    assert r["events"] and r["events"][0][1] == "Tomas Brel"


@pytest.mark.parametrize(("body", "content", "qtype"), [
    ("LIMA: Opposition leader Tomas Brel rejected claims that the vote was rigged.",
     "claims that the vote was rigged", "indirect"),
    ("LIMA: Opposition leader Tomas Brel condemned the government for jailing students.",
     "the government for jailing students", "indirect"),
    ("LIMA: Opposition leader Tomas Brel condemned what he called a “shameful purge” of judges.",
     "what he called a “shameful purge” of judges", "mixed"),
])
def test_a_stance_verb_with_content_is_a_claim(body: str, content: str, qtype: str) -> None:
    cue = body.split("Brel ")[1].split()[0]
    assert run(body)["claims"] == [("Tomas Brel", cue, content, qtype)]


@pytest.mark.parametrize("body", [
    "LIMA: Health Minister Rosa Quell urged donors to send more vaccines to the region.",
    "LIMA: Health Minister Rosa Quell asked donors to release emergency funds quickly.",
])
def test_a_plain_request_is_not_a_claim(body: str) -> None:
    """A request without quoted words is an act (a REQUEST event), not a statement."""
    assert run(body)["claims"] == []


def test_a_plain_request_is_coded_as_an_event() -> None:
    r = run("LIMA: Health Minister Rosa Quell urged donors to send more vaccines to the region.")
    assert [(e[0], e[1]) for e in r["events"]] == [("REQUEST", "Rosa Quell")]


@pytest.mark.parametrize(("body", "content"), [
    ("LIMA: Health Minister Rosa Quell urged donors to “act now, before the rains come”.",
     "donors to “act now, before the rains come”"),
    ("LIMA: Health Minister Rosa Quell asked donors to “stop talking and start paying”.",
     "donors to “stop talking and start paying”"),
])
def test_a_request_that_quotes_words_is_a_claim(body: str, content: str) -> None:
    cue = body.split("Quell ")[1].split()[0]
    assert run(body)["claims"] == [("Rosa Quell", cue, content, "mixed")]


def test_a_coordinated_request_ends_the_claim_before_it() -> None:
    """`condemned X and urged Y to …`: the request is an act (or a claim) of its own, not part of
    what was condemned; a coordinated verb that is no cue stays in the claim."""
    r = run("LIMA: The African Union condemned the attacks on “defenceless villagers” and urged both "
            "sides to stop the fighting.")
    assert [c[2] for c in r["claims"]] == ["the attacks on “defenceless villagers”"]
    assert any(e[0] == "REQUEST" and e[3]["trigger"] == "urged" and e[3]["modality"] == "asserted"
               for e in r["events"])
    r = run("LIMA: Minister Ana Ruiz said the army had withdrawn and returned to its barracks.")
    assert [c[2] for c in r["claims"]] == ["the army had withdrawn and returned to its barracks"]


def test_responding_to_something_is_no_claim() -> None:
    r = run("LIMA: Minister Ana Ruiz said the army had responded to “provocations” on Sunday.")
    assert [c[0] for c in r["claims"]] == ["Ana Ruiz"]
    r = run("LIMA: Minister Ana Ruiz responded that the army had acted lawfully.")
    assert [(c[0], c[2]) for c in r["claims"]] == [("Ana Ruiz", "the army had acted lawfully")]
