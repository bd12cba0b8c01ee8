"""Event actor and target rules of round 11 (issue 11) on invented sentences: one rule per test."""

from __future__ import annotations

from tests.extract.sentences import extract_body
from tests.extract.test_event_roles import events, first

# a state's ministry, embassy or foreign office is its state as an act's party (`state_organ`) --------


def test_foreign_ministry_acting_is_its_state() -> None:
    rows = events(
        "Peru's Ministry of Foreign Affairs said on Monday it had summoned Chile's ambassador "
        "in Lima over the arrests."
    )
    assert first(rows, "ACCUSE")[1:3] == ("Peru", "Chile")


def test_ministry_as_target_is_its_state() -> None:
    rows = events(
        "Norway's embassy in Nairobi said it had requested a meeting with the Kenyan Ministry of "
        "Energy."
    )
    assert first(rows, "REQUEST")[2] == "Kenya"


def test_a_court_keeps_its_own_name() -> None:
    rows = events("Kenya's Supreme Court on Monday ordered the electoral commission to publish the results.")
    assert first(rows, "REQUEST")[1] == "Supreme Court"


# a verb joined by `and` in a speaker's content clause without `that` is not the speaker's act ---


def test_joined_verb_in_content_clause_is_not_the_speakers() -> None:
    rows = events(
        "The Fishermen's Association said navy sailors had boarded the trawlers and rammed one of them."
    )
    assert first(rows, "ASSAULT")[1] is None


def test_joined_verb_after_the_speakers_own_people_stays_the_speakers() -> None:
    rows = events(
        "The Tuareg Liberation Front said its fighters had joined the battle and seized an army "
        "truck loaded with ammunition."
    )
    assert first(rows, "COERCE")[1] == "Tuareg Liberation Front"


# a pronoun inside a sentence does not stand for a place named after `in` -------------------------


def test_pronoun_after_a_body_in_a_capital_is_the_body() -> None:
    rows = events(
        "Sweden's High Commission in Nairobi said it was following the case and had demanded "
        "the release of the two journalists."
    )
    assert first(rows, "REQUEST")[1] == "Sweden"


# a name after the comma of a passive's agent that opens `..., X said` is the speaker, not the agent -


def test_trailing_speaker_is_not_the_apposed_agent() -> None:
    rows = events(
        "Two buses were set ablaze by the attackers, the National Union of Road Transport Workers "
        "(NURTW) said."
    )
    assert first(rows, "ASSAULT")[1] is None


def test_apposed_name_of_an_agent_is_the_agent() -> None:
    rows = events(
        "The decision was criticised by a seafarers' union, the Associated Marine Officers' Union, "
        "which said the crew had been abandoned."
    )
    assert first(rows, "ACCUSE")[1] == "Associated Marine Officers' Union"


# a denial is the denier's act (REJECT; `event_lexicon.csv` deny/denied/denies/denying) when the
# sentence names no other act; `denied any ...` (blame) is none --------------------------------------


def test_denial_of_an_act_is_the_deniers_rejection() -> None:
    rows = events("The Ghanaian army has denied crossing into Togo last week.")
    assert first(rows, "REJECT")[1] == "Ghana armed forces"


def test_denial_beside_the_act_it_denies_is_no_row_of_its_own() -> None:
    rows = events("The Ghanaian army denied that its soldiers had shelled two villages.")
    assert [r[0] for r in rows] == ["ASSAULT"]


def test_denial_of_any_wrongdoing_is_no_act() -> None:
    assert events("The former minister Kwame Asante has denied any wrongdoing.") == []


def test_denied_access_stays_a_restriction() -> None:
    rows = events("Kenyan police denied journalists access to the courtroom on Monday.")
    assert first(rows, "COERCE")[1] == "Kenya"
    assert not [r for r in rows if r[0] == "REJECT"]


def test_act_denied_without_a_doer_is_the_deniers() -> None:
    rows = events("The Ghanaian navy denied that any fishing boat had been rammed.")
    assert first(rows, "ASSAULT")[1] == "Ghana armed forces"


# a name that opens inside the object phrase and runs past it is the object ------------------------


def test_object_name_running_past_the_phrase_is_the_target() -> None:
    rows = events(
        "Interior Minister Ana Lopes accused the opposition Movement for the Liberation of Tete "
        "(MLT) of arming the rioters."
    )
    assert first(rows, "ACCUSE")[2] == "Movement for the Liberation of Tete"


# a state named by the place an act happened in (`in the Qatari capital Doha`) is no party ---------


def test_capital_named_after_a_place_noun_is_no_party() -> None:
    rows = events(
        "Sudan's government and a rebel coalition signed a peace agreement in the Ethiopian "
        "capital Addis Ababa on Sunday."
    )
    assert first(rows, "SUPPORT")[2] is None


# a multi-word state before `'s` is that state, not the state its last word names ------------------


def test_possessor_state_reads_the_longest_name() -> None:
    rows = events(
        "South Sudan's government and the rebel National Salvation Front signed a ceasefire "
        "agreement on Wednesday."
    )
    assert first(rows, "SUPPORT")[1:3] == ("National Salvation Front", "South Sudan")


# acts the lexicon lacked: revoking a licence, remanding suspects, pleading with someone -----------


def test_revoked_licence_is_coercion_by_the_revoker() -> None:
    rows = events("In 2021, Ghana revoked the operating licence of the British firm Tullow Minerals.")
    assert first(rows, "COERCE")[1] == "Ghana"


def test_remanded_in_custody_is_coercion() -> None:
    rows = events("A court in Accra on Friday remanded the two activists in custody until next month.")
    assert [r[0] for r in rows] == ["COERCE"]


def test_pleaded_with_is_a_request_and_pleaded_not_guilty_is_none() -> None:
    assert [r[0] for r in events("President Ama Mensah pleaded with residents to stay calm.")] == ["REQUEST"]
    assert [r[0] for r in events("The former minister Kofi Boateng pleaded not guilty on Monday.")] == []


# a name inside a fronted phrase is not the subject a joined verb shares --------------------------


def test_name_in_a_fronted_phrase_is_not_the_subject() -> None:
    rows = events(
        "Addressing members of the Ghana Bar Association in Accra, President Ama Mensah said the "
        "government would act quickly, and urged judges to clear the backlog."
    )
    assert first(rows, "REQUEST")[1] == "Ama Mensah"


# a definite noun refers back to a body only by the head of its name ------------------------------


def test_definite_noun_is_not_a_modifier_inside_a_name() -> None:
    x = extract_body(
        "Gunmen stormed the Federal Government Boys College in Yauri on Monday. Parents said the "
        "boys had been taken into the forest."
    )
    names = {k: a["name"] for k, a in x.actors.items()}
    assert not [m for m in x.mentions if m["text"] == "boys" and names.get(m["actor_id"]) ==
                "Federal Government Boys College"]


# a state's armed forces read from a common noun are the one force the story names with its country -


def test_common_noun_forces_are_the_named_national_force() -> None:
    rows = events(
        "The Kenya Defence Forces (KDF) said on Sunday it had repelled the raid. Kenyan troops "
        "later shelled two camps near the border."
    )
    assert first(rows, "ASSAULT")[1] == "Kenya Defence Forces"


def test_force_named_without_its_country_is_not_the_states_forces() -> None:
    rows = events(
        "The National Guard was deployed to the city on Sunday. Mexican troops later shelled two "
        "camps near the border."
    )
    assert first(rows, "ASSAULT")[1] == "Mexico armed forces"


# unnamed units moved are their own side's: `air force jets had been deployed`, `2,500 troops had
# been sent` ------------------------------------------------------------------------------------------


def test_air_force_jets_deployed_are_the_home_forces() -> None:
    rows = events(
        "ACCRA, Ghana (AP) - Gunmen kidnapped 20 miners on Sunday. The defence ministry said air "
        "force jets had been deployed to support ground troops."
    )
    assert first(rows, "MOBILIZE")[1] == "Ghana armed forces"


def test_troops_sent_are_the_home_forces() -> None:
    rows = events(
        "ACCRA, Ghana (AP) - Gunmen kidnapped 20 miners on Sunday. The defence minister said "
        "1,200 troops had been sent to the region."
    )
    assert first(rows, "MOBILIZE")[1] == "Ghana armed forces"


def test_recalled_charge_with_accent_is_a_sanction() -> None:
    rows = events("Bolivia recalled its chargé d’affaires from Lima on Monday.")
    assert first(rows, "SANCTION")[1] == "Bolivia"


def test_blocked_the_road_is_a_protest_and_chased_away_is_coercion() -> None:
    rows = events("Hundreds of farmers blocked the main road to the district office on Monday.")
    assert [r[0] for r in rows] == ["PROTEST"]
    rows = events("Opposition observers had been chased away from polling stations, the party said.")
    assert [r[0] for r in rows] == ["COERCE"]
