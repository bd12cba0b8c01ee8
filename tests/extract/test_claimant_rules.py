"""Who said it (issue 11, claimants on real-style copy): one rule per test, on invented
sentences, each with a case the rule must change and, where a rule could overreach, a case it
must leave alone."""

from __future__ import annotations

from tests.extract.test_attribution import run


def claims_of(body: str) -> list[tuple]:
    return run(body)["claims"]


def only(body: str, fragment: str) -> tuple:
    hits = [c for c in claims_of(body) if fragment in c[1]]
    assert len(hits) == 1, claims_of(body)
    return hits[0]


# relayed speech -------------------------------------------------------------------------------


def test_a_relay_finds_its_quote_behind_reported_speech_of_the_same_paragraph() -> None:
    """The paragraph's direct quote is found before its reported speech, so the relay
    (`…, Citi FM reported`) must look past the sentence in between."""
    body = (
        "ACCRA: The Cocoa Farmers Alliance of Ghana welcomed the rise but said it fell short of its"
        " demand. ‘Twelve per cent is an insult dressed up as a gift,’ its general secretary, Abena"
        " Darko, told reporters in Kumasi, Citi FM reported."
    )
    c = only(body, "Twelve per cent")
    assert c[0] == "Abena Darko" and c[2] == "Citi FM"
    assert not [x for x in claims_of(body) if x[0] == "Citi FM"]


def test_quoted_by_an_agency_as_saying_gives_the_quoted_speaker() -> None:
    passive = (
        "KUALA LUMPUR: Malaysian Foreign Minister Mohamad Hasan was quoted by the Bernama news agency"
        " as saying that Kuala Lumpur was ready to host a meeting."
    )
    active = (
        "KUALA LUMPUR: The Bernama news agency quoted Malaysian Foreign Minister Mohamad Hasan"
        " as saying that Kuala Lumpur was ready to host a meeting."
    )
    assert only(passive, "ready to host")[0] == "Mohamad Hasan"
    assert only(passive, "ready to host")[2] == "Bernama"
    assert only(active, "ready to host")[0] == "Mohamad Hasan"


def test_a_statement_read_on_an_outlet_records_the_outlet_as_via() -> None:
    read = (
        "DHAKA: The labour ministry said in a statement read on state-run BTV that a wage board"
        " would announce a new minimum wage within two weeks."
    )
    plain = (
        "DHAKA: The labour ministry said in a statement that a wage board would announce a new"
        " minimum wage within two weeks."
    )
    c = only(read, "wage board")
    assert c[1].startswith("a wage board") and c[2] == "BTV"
    assert only(plain, "wage board")[2] is None


# speakers by role, description and apposition ------------------------------------------------


def test_a_speaker_set_off_by_commas_after_the_content_is_postposed() -> None:
    body = (
        "PHNOM PENH (Reuters) - Two Cambodian soldiers were wounded, the ministry's spokeswoman, Lieutenant"
        " General Sok Chanthy, told a press briefing in Phnom Penh."
    )
    c = only(body, "soldiers were wounded")
    assert c[0] == "Sok Chanthy" and c[1] == "Two Cambodian soldiers were wounded"
    # words said after the cue stay the content
    body2 = "PHNOM PENH: The ministry's spokeswoman, Sok Chanthy, told reporters the army had pulled back."
    assert only(body2, "army had pulled back")[1] == "the army had pulled back"


def test_a_person_named_at_the_end_of_an_apposition_speaks() -> None:
    body = (
        "TEGUCIGALPA: The head of the Organization of American States observation mission, the"
        " former Costa Rican foreign minister Enrique Castillo, declared to journalists that the"
        " mission had not detected any evidence of fraud."
    )
    assert only(body, "evidence of fraud")[0] == "Enrique Castillo"


def test_a_definite_person_noun_resolves_to_the_person_so_described() -> None:
    said = "“We heard shooting for one hour and nobody came,” the teacher told Citizen TV."
    described = (
        "NAIROBI: Mohamed Abdi, a 33-year-old teacher at a nearby school, said gunmen had looted a clinic. "
    )
    other = "NAIROBI: Mohamed Abdi, a farmer from the valley, said gunmen had looted a clinic. "
    assert only(described + said, "We heard shooting")[0] == "Mohamed Abdi"
    assert only(other + said, "We heard shooting")[0] != "Mohamed Abdi"


def test_an_age_apposition_before_a_relative_clause_is_passed_over() -> None:
    body = (
        "PALU: Rahman Lamba, 52, whose brother was among those killed, said villagers had asked the"
        " company for clean water for two years."
    )
    assert only(body, "clean water")[0] == "Rahman Lamba"


def test_a_body_named_before_of_country_speaks_not_the_country() -> None:
    body = (
        "TEGUCIGALPA: The National Electoral Council (CNE) of Honduras announced this Tuesday that,"
        " with 71% of the tally sheets processed, the ruling party leads the count."
    )
    c = only(body, "tally sheets")
    assert c[0] in ("National Electoral Council", "CNE") and c[1].startswith("with 71%")


def test_a_bracketed_acronym_of_two_words_names_the_body() -> None:
    body = (
        "JAKARTA: The National Commission on Human Rights (Komnas HAM) said officers had fired live"
        " rounds at villagers."
    )
    assert only(body, "live rounds")[0] == "National Commission on Human Rights"


# anonymous and generic sources ---------------------------------------------------------------


def test_an_anonymous_officer_at_a_place_is_a_generic_source() -> None:
    body = (
        "PHNOM PENH: A senior Cambodian officer at the border, speaking on condition of anonymity,"
        " said reinforcements had been sent to the area overnight."
    )
    assert only(body, "reinforcements")[0] == "senior Cambodian officer"
    # a clause, not a noun phrase and a place: no speaker
    assert (
        claims_of("LUSAKA: Election officials in Lusaka began recounting ballots in three constituencies.")
        == []
    )


def test_he_said_continues_an_anonymous_speaker() -> None:
    body = (
        "ACCRA: Opposition lawmaker Samuel Adjei condemned the arrests. A senior official at the"
        " finance ministry, who asked not to be named, told Reuters the rise would cost the treasury"
        " about $90 million. ‘We cannot rule out further increases,’ he said."
    )
    assert only(body, "cost the treasury")[0] == "senior official"
    assert only(body, "further increases")[0] == "senior official"
    # with another person named in between, the pronoun is left to the usual rules
    body2 = (
        "ACCRA: A senior official, who asked not to be named, told Reuters the rise was costly."
        " Finance Minister Kofi Mensah spoke later. ‘We cannot rule out further increases,’ he said."
    )
    assert only(body2, "further increases")[0] == "Kofi Mensah"


# speech verbs and what is not attribution ------------------------------------------------------


def test_an_aside_between_commas_does_not_make_the_cue_an_adjective() -> None:
    body = (
        "SAN PEDRO SULA: Opposition candidate Rodrigo Mejía, for his part, claimed victory before"
        " hundreds of supporters in San Pedro Sula."
    )
    assert only(body, "victory")[0] == "Rodrigo Mejía"


def test_a_participle_after_a_closing_quote_keeps_the_speaker() -> None:
    body = (
        "NAIROBI: Interior Minister Kipchumba Murkomen vowed to “hunt down every one of them,”"
        " adding that security in the county would be reinforced."
    )
    assert only(body, "security in the county")[0] == "Kipchumba Murkomen"


def test_a_noun_after_a_noun_modifier_is_no_cue() -> None:
    body = "MANDERA: Militants attacked a police post near the border on Monday, a police commander said."
    assert not [c for c in claims_of(body) if c[1].startswith("near the border")]
    assert only(body, "Militants attacked")[0] == "police commander"


def test_a_plain_threat_is_an_act_but_a_quoted_one_is_a_claim() -> None:
    plain = "NAIROBI: The teachers' union KNUT threatened to withdraw its members unless the government acts."
    quoted = "NAIROBI: The teachers' union KNUT threatened to “pull every teacher out” of the county."
    assert claims_of(plain) == []
    assert only(quoted, "pull every teacher out")[0] is not None


def test_a_reduced_relative_after_the_content_is_no_attribution() -> None:
    body = (
        "CHISINAU: Gazprom said in a statement that it had halted deliveries because of unpaid debts"
        " of $709 million, a figure Chisinau disputes."
    )
    assert [c[0] for c in claims_of(body)] == ["Gazprom"]
    # a speaker noun there is an attribution
    body2 = "CHISINAU: Deliveries were halted because of unpaid debts, a spokesman for Gazprom said."
    assert len(claims_of(body2)) == 1


def test_a_quoted_fragment_inside_reported_speech_is_not_a_direct_claim() -> None:
    body = (
        'PHNOM PENH: Spokeswoman Sok Chanthy said that Thai troops had opened fire first, "without'
        ' any warning", on a Cambodian patrol.'
    )
    texts = [c[1] for c in claims_of(body)]
    assert "without any warning" not in texts
    assert any(t.startswith("Thai troops had opened fire") for t in texts)


def test_a_claim_running_into_cut_off_text_is_dropped() -> None:
    cut = (
        "CHISINAU: Prime Minister Dorin Recean said the gas had run out.\nA Transnistrian official,"
        " who spoke on condition of anonymity, said hospitals had enough fuel for only"
    )
    whole = cut + " two days."
    credit = cut + " two days. – AFP"
    assert not [c for c in claims_of(cut) if "hospitals" in c[1]]
    assert [c for c in claims_of(whole) if "hospitals" in c[1]]
    assert [c for c in claims_of(credit) if "hospitals" in c[1]]


def test_according_to_as_an_aside_attributes_the_clause_after_it() -> None:
    aside = (
        "TEGUCIGALPA: Police arrested 14 people in clashes outside the headquarters, where, according"
        " to the Red Cross, at least six people were injured."
    )
    tail = "TEGUCIGALPA: At least 40 people were killed in the clashes, according to the Red Cross."
    assert [c[1] for c in claims_of(aside) if c[1].startswith("at least six")] == [
        "at least six people were injured"
    ]
    assert [c[1] for c in claims_of(tail)] == ["At least 40 people were killed in the clashes"]


def test_told_the_associated_press_records_the_outlet_as_via() -> None:
    body = (
        "MANDERA: The commander, Joseph Kiprono, told The Associated Press that 30 gunmen had"
        " stormed the post."
    )
    c = only(body, "gunmen had stormed")
    assert c[0] == "Joseph Kiprono" and c[2] in ("The Associated Press", "Associated Press")


def test_a_generic_source_keeps_its_listed_name() -> None:
    """`generic_actors.csv` phrases: the longest listed phrase names the source."""
    rights = "JAKARTA: Police shot dead two men on Friday, a human rights group said."
    labour = "DHAKA: The labour ministry said a wage board would announce a new minimum wage."
    assert only(rights, "shot dead")[0] == "human rights group"
    assert only(labour, "wage board")[0] == "labour ministry"


def test_the_ministry_refers_back_to_a_state_ministry_named_with_its_possessive() -> None:
    named = (
        "DAKAR: Senegal's fisheries ministry suspended the licences of 14 foreign trawlers on Tuesday,"
        " the ministry said in a statement."
    )
    unnamed = (
        "DAKAR: Fourteen foreign trawlers lost their licences on Tuesday, the ministry said in a statement."
    )
    assert only(named, "trawlers")[0] == "Senegal"
    assert only(unnamed, "trawlers")[0] != "Senegal"


def test_a_fronted_setting_is_not_postposed_content() -> None:
    body = "BAMAKO: In a message on social media, JNIM said its fighters had destroyed the convoy."
    texts = [c[1] for c in claims_of(body)]
    assert "In a message on social media" not in texts
    assert "its fighters had destroyed the convoy" in texts
    # a content with its own comma before the speaker is still postposed
    body2 = "BAMAKO: In Kidal, three soldiers were killed, the army said."
    assert [c[1] for c in claims_of(body2)] == ["In Kidal, three soldiers were killed"]


def test_denying_a_bare_accusation_is_not_a_claim_but_its_reason_is() -> None:
    body = (
        "QUITO: Prisons director Luis Andrade denied the accusation, saying the guards had fired only"
        " warning shots."
    )
    texts = [c[1] for c in claims_of(body)]
    assert "the accusation" not in texts
    assert "the guards had fired only warning shots" in texts
    body2 = "QUITO: Prisons director Luis Andrade denied that the guards had fired at prisoners."
    assert [c[1] for c in claims_of(body2)] == ["the guards had fired at prisoners"]


def test_called_with_quoted_words_is_a_claim_but_called_on_is_not() -> None:
    quoted = 'LONDON: British Foreign Secretary Helen Carrow called the seizure "an act of piracy".'
    request = "LONDON: British Foreign Secretary Helen Carrow called on both sides to stop fighting."
    c = only(quoted, "act of piracy")
    assert c[0] == "Helen Carrow" and c[1] == 'the seizure "an act of piracy"'
    assert claims_of(request) == []


def test_an_unnamed_seat_of_power_is_the_story_state() -> None:
    body = (
        "MANILA: The government has released 500 million pesos in emergency funds to the worst-hit"
        " Philippine provinces, according to the presidential palace."
    )
    assert only(body, "500 million")[0] == "Philippines"


def test_what_he_called_stays_inside_the_outer_claim() -> None:
    body = "LIMA: Opposition leader Tomas Brel condemned what he called a “shameful purge” of judges."
    assert [c[1] for c in claims_of(body)] == ["what he called a “shameful purge” of judges"]


# roles named later (s6-claims) ---------------------------------------------------------------


def test_a_definite_role_speaker_is_the_holder_named_after_it() -> None:
    """`…, the transport minister said.` with the minister named only in the next paragraph:
    the speaker is that person; an indefinite `a senior officer said` stays anonymous."""
    later = (
        "NAIROBI: Rail services were suspended across the country on Monday, the transport"
        " minister said.\nTransport Minister Wanjiru Kamau told reporters that engineers were"
        " inspecting the line."
    )
    anonymous = (
        "NAIROBI: Rail services were suspended across the country on Monday, a senior officer"
        " said.\nTransport Minister Wanjiru Kamau told reporters that engineers were inspecting"
        " the line."
    )
    assert only(later, "Rail services")[0] == "Wanjiru Kamau"
    assert only(anonymous, "Rail services")[0] != "Wanjiru Kamau"


def test_a_role_speaker_takes_the_later_holder_whose_title_shares_its_modifier() -> None:
    body = (
        "LIMA: The border crossing was closed overnight, the interior minister said.\nForeign"
        " Minister Ana Ruiz said talks with Bolivia would continue. Interior Minister Jorge Salas"
        " said the crossing would reopen on Friday."
    )
    assert only(body, "border crossing was closed")[0] == "Jorge Salas"


def test_the_president_elect_is_the_person_named_as_the_winner() -> None:
    """`the president-elect` with no holder given the title: the person an election result
    named as its winner, not the last person named (the defeated incumbent)."""
    body = (
        "ACCRA: The electoral commission declared opposition leader Ama Boateng the winner of the"
        " run-off, with 53% against 47% for President Kwesi Arthur.\nArthur's party rejected the"
        " result.\nThe president-elect, a 61-year-old economist, told supporters in Kumasi that"
        " her government would cut fuel taxes.\n'We will govern for everyone,' the 61-year-old said."
    )
    assert only(body, "cut fuel taxes")[0] == "Ama Boateng"
    assert only(body, "govern for everyone")[0] == "Ama Boateng"


def test_a_described_elect_speaker_without_a_winner_is_not_the_defeated_candidate() -> None:
    body = (
        "ACCRA: The vote count continued on Monday in a race between Ama Boateng and President"
        " Kwesi Arthur.\nThe president-elect told supporters that her government would cut fuel taxes."
    )
    assert only(body, "cut fuel taxes")[0] not in ("Ama Boateng", "Kwesi Arthur")


def test_speaking_to_an_outlet_is_the_via_and_not_the_claim_text() -> None:
    """`Speaking to the BBC, X said …` and `X said, speaking to the BBC, that …`: the outlet is
    the channel (`via`); the aside is not what was said. Speaking to supporters gives no via."""
    fronted = (
        "LIMA: Speaking to the BBC, Interior Minister Jorge Salas said the border would reopen on"
        " Friday."
    )
    aside = (
        "LIMA: Interior Minister Jorge Salas said, speaking to the BBC, that the border would"
        " reopen on Friday."
    )
    crowd = (
        "LIMA: Speaking to supporters in Cusco, Interior Minister Jorge Salas said the border would"
        " reopen on Friday."
    )
    for body in (fronted, aside):
        c = only(body, "border would reopen")
        assert c[0] == "Jorge Salas" and c[2] == "BBC", c
        assert c[1].startswith("the border would reopen"), c
    assert only(crowd, "border would reopen")[2] is None
    assert not [c for c in claims_of(crowd) if c[1].startswith("Speaking")]


def test_a_document_as_speaker_is_the_author_of_the_claim_that_named_it() -> None:
    """`…, the statement said.` / `the communique precised` (translated copy): the author of the
    latest claim whose sentence named that document; a document never named before stays null."""
    body = (
        "ABUJA: The Central Bank of Nigeria said in its policy statement that food prices were high. The"
        " naira's fall poses a clear risk to the outlook, the statement said."
    )
    translated = (
        "ALGIERS: Algeria recalled its ambassador, the Ministry of Foreign Affairs indicated in a"
        " communique on Tuesday. The decision follows hostile statements by Moroccan officials, the"
        " communique precised."
    )
    unnamed = "ABUJA: The naira's fall poses a clear risk to the outlook, the statement said."
    assert only(body, "naira's fall")[0] == only(body, "food prices")[0] is not None
    assert only(translated, "hostile statements")[0] == "Ministry of Foreign Affairs"
    assert only(unnamed, "naira's fall")[0] is None


def test_a_postposed_speaker_of_many_words_still_attributes_the_sentence() -> None:
    """`CONTENT, the Togolese League of Human Rights (LTDH) said.`: a speaker phrase of nine or
    more tokens (a name and its acronym, `the head of the country's … center`) after the comma."""
    body = (
        "LOME: At least 40 people were arrested on Sunday, the Togolese League of Human Rights"
        " (LTDH) said."
    )
    c = only(body, "40 people were arrested")
    assert c[0] == "Togolese League of Human Rights" and c[1].startswith("At least 40"), c


def test_unnamed_occupational_speakers_are_generic_claimants() -> None:
    """`Employers countered that …`, `A rescuer with the fire brigade, who asked not to be named,
    said …` (generic_actors.csv): the claim is kept with the noun as its generic claimant."""
    employers = "PRETORIA: Employers countered that a bigger raise would force operators to cut routes."
    rescuer = (
        "LIMA: A rescuer with the fire brigade in Caraveli, who asked not to be named, said a girl"
        " had been pulled alive from the rubble."
    )
    assert only(employers, "bigger raise")[0] == "employers"
    assert only(rescuer, "pulled alive")[0] == "rescuer"


def test_the_chief_executive_is_the_person_later_said_to_head_the_body() -> None:
    body = (
        "ACCRA: Ghana's cocoa regulator raised the price it pays farmers by 12%, the body's chief"
        " executive said.\nKwame Boateng, who heads the Ghana Cocoa Board, told a news conference"
        " that the price would take effect immediately."
    )
    assert only(body, "raised the price")[0] == "Kwame Boateng"


def test_told_the_guardian_is_the_via_neither_the_claim_nor_the_speaker() -> None:
    """`told the Guardian` (gazetteer alias with its article): the outlet is the via, the words
    after it are the claim, and after `…, X, told the Guardian.` the speaker is X."""
    bare = (
        "BISHKEK: A European diplomat who asked not to be named told the Guardian the case had been"
        " built on translations."
    )
    postposed = (
        "PORT-AU-PRINCE: Police raided the gang's stronghold on Wednesday, a mission spokesman, Jack"
        " Mwangi, told the Guardian."
    )
    c = only(bare, "built on translations")
    assert c[1].startswith("the case had been") and c[2] == "The Guardian", c
    c = only(postposed, "raided the gang")
    assert c[0] == "Jack Mwangi" and c[2] == "The Guardian", c


def test_a_generic_speaker_for_or_of_a_body_speaks() -> None:
    """`…, a spokesman for the emergency center said.`, `…, the head of the country's emergency
    operations center said.` (then named: `X, who heads the center,`)."""
    spokesman = "LIMA: The toll had risen to 14, a spokesman for the emergency center said."
    head = (
        "LIMA: At least 14 people were killed, the head of the country's emergency operations center"
        " said. Colonel Raul Quispe, who heads the center, said most victims were in Caraveli."
    )
    assert only(spokesman, "toll had risen")[0] == "spokesman"
    assert only(head, "14 people were killed")[0] == "Raul Quispe"


def test_speech_nested_in_what_another_claim_says_is_not_a_claim_of_its_own() -> None:
    """`said her husband had written only what protesters told him`: one claim, and the
    following `she said` is hers; `…, where she said …` is a clause of its own and stays."""
    nested = (
        "BISHKEK: Gulnara Osmonova said her husband had written only what protesters told him."
        ' "He is a journalist, not a revolutionary," she said.'
    )
    own_clause = (
        "LILONGWE: Opposition leader Grace Banda accused the commission of ignoring complaints, where she"
        " said turnout figures exceeded the number of registered voters."
    )
    assert not [c for c in claims_of(nested) if c[1].startswith("only what")]
    assert only(nested, "not a revolutionary")[0] == "Gulnara Osmonova"
    kept = [c for c in claims_of(own_clause) if c[1].startswith("turnout figures")]
    assert kept and kept[0][0] == "Grace Banda", claims_of(own_clause)


# s7-claims (issue 11, round 7) -----------------------------------------------------------------


def test_a_name_set_off_after_a_generic_description_is_the_speaker() -> None:
    """`a seafarers' union, the X Union, which said`, `according to the ship's manager,
    Valletta-based X.`, `," said a spokesman for the Y, Thabo Nkosi.`: the apposed name speaks,
    not the generic noun; a description with no name after it stays generic."""
    relative = (
        "MANILA: The arrest was criticised by a seafarers' union, the Philippine Maritime Workers"
        " Union, which said he had followed orders."
    )
    according = (
        "TRIPOLI: Its 15 crew members were detained, according to the ship's manager, Valletta-based"
        " Marsa Ship Management."
    )
    inverted = (
        'JOHANNESBURG: "We cannot pay that," said a spokesman for the Mining Council, Thabo Nkosi.'
    )
    plain = "TRIPOLI: Its 15 crew members were detained, according to the ship's manager."
    assert only(relative, "followed orders")[0] == "Philippine Maritime Workers Union"
    assert only(according, "crew members")[0] == "Marsa Ship Management"
    assert only(inverted, "cannot pay")[0] == "Thabo Nkosi"
    assert only(plain, "crew members")[0] == "manager"


def test_the_head_of_state_after_an_inverted_cue_or_titled_beside_the_name_is_that_person() -> None:
    """`"…," wrote the head of State in …` (capital S, after the cue) and `the head of state
    accused …` after `The head of the military government, General X,` (the title beside the
    name, not in its description) both give the named holder; with nobody so titled the claimant
    stays the generic role."""
    inverted = (
        'BOGOTA: President Andres Camargo hailed the release. "Jordan returns home to his family,"'
        " wrote the head of State in his account on the social network X."
    )
    beside = (
        'NIAMEY: The head of the military government, General Moussa Abdou, vowed to "hunt down the'
        ' mercenaries". The head of state said the border with Benin would stay closed.'
    )
    nobody = (
        "NIAMEY: Colonel Ali Garba led the raid on Monday. The head of state said the border with"
        " Benin would stay closed."
    )
    assert only(inverted, "returns home")[0] == "Andres Camargo"
    assert only(beside, "border with Benin")[0] == "Moussa Abdou"
    assert only(nobody, "border with Benin")[0] == "head of state"


def test_a_role_holder_named_before_wins_over_one_named_later() -> None:
    """`According to the minister, …` after `Defence Minister X denounced …` is X even when
    another minister is named in the next paragraph (the forward search is only for a role whose
    holder was not named before, as the codebook says); without the earlier holder the later
    one is still found."""
    both = (
        "CARACAS: Defence Minister Ramon Echeverria denounced on Tuesday that a destroyer fired on"
        " a fishing boat.\nAccording to the minister, the vessel was attacked in national waters.\n"
        "Foreign Minister Andres Salcedo delivered a protest note to the Swiss embassy."
    )
    later = (
        "CARACAS: A destroyer fired on a fishing boat, the minister said.\n"
        "Foreign Minister Andres Salcedo delivered a protest note to the Swiss embassy."
    )
    assert only(both, "vessel was attacked")[0] == "Ramon Echeverria"
    assert only(later, "destroyer fired")[0] == "Andres Salcedo"


def test_a_definite_institution_no_list_knows_is_a_speaker() -> None:
    """`…, the state police command has confirmed.`, `…, the authority said.`: a definite
    description headed by an institution's head word (`org_heads.csv`) makes a claim; it is the
    body named earlier whose description holds the word, else a generic body named by the
    phrase. A head word that is no institution's (`the report said`) still makes none."""
    command = "LAGOS: Seventeen farmers have been released, the state police command has confirmed."
    named = (
        "OSLO: Prison Authority of Norway director Kari Dahl visited the jail on Monday. Nine"
        " inmates were moved to Bergen, the authority said."
    )
    report = "LAGOS: Seventeen farmers have been released, the report said."
    fronted = "TBILISI: The opposition alliance said the real number of arrests was above 60."
    assert only(fronted, "real number")[0] == "opposition alliance"
    assert only(command, "Seventeen farmers")[0] == "state police command"
    assert only(named, "Nine inmates")[0] == "Prison Authority of Norway"
    assert not [c for c in claims_of(report) if c[0] == "report"]


def test_a_demonym_before_a_state_institution_speaks_for_the_state() -> None:
    """`…, the Saudi foreign ministry said.`, `The Colombian foreign ministry indicated that …`
    speak for the state, like `Ethiopia's foreign ministry`; a demonym before a media noun
    (`the Omani state news agency said`) stays the outlet."""
    ministry = "JEDDAH: The two sides signed a ceasefire late on Saturday, the Saudi foreign ministry said."
    fronted = (
        "BOGOTA: The Colombian foreign ministry indicated that it had held talks with Venezuelan"
        " officials on Monday."
    )
    outlet = (
        "MUSCAT: Oman's foreign minister spoke with his Iranian counterpart on Friday, the Omani state"
        " news agency said."
    )
    assert only(ministry, "signed a ceasefire")[0] == "Saudi Arabia"
    assert only(fronted, "held talks")[0] == "Colombia"
    assert only(outlet, "spoke with")[0] == "Omani state news agency"


def test_a_generic_source_phrase_keeps_its_words_and_country_adjective() -> None:
    """`Iranian state media reported`: the listed phrase `state media` (its first word is also a
    cue verb, which cut the noun phrase) is the source, with the country adjective before it;
    `Kyrgyz media reported` is unchanged."""
    state_media = (
        "TEHRAN: Iran's navy has seized a tanker in the Gulf, Iranian state media reported on Friday."
    )
    relayed = (
        "NAIROBI: The president said the army was ready to help, Somali state media reported."
    )
    plain = "BISHKEK: Troops crossed the border overnight, Kyrgyz media reported."
    assert only(state_media, "has seized")[0] == "Iranian state media"
    assert only(relayed, "ready to help")[2] == "Somali state media"
    assert only(plain, "crossed the border")[0] == "Kyrgyz media"


def test_a_pledge_of_a_sum_is_an_act_not_a_claim() -> None:
    """`pledged $2 million in emergency relief`, `promised €300 million in grants`: a pledge
    with an object is an act (an AID or AGREE event), like `announced sanctions`; a pledge
    before `that` or with quoted words is still a claim."""
    sums = (
        "MANILA: Japan pledged $2 million in emergency relief on Monday. The European Union"
        " promised €300 million in grants over three years."
    )
    clause = "MANILA: Japan pledged that it would send two rescue teams to the island by Friday."
    quoted = 'LILONGWE: The president-elect promised to "rebuild trust in our institutions".'
    assert not [c for c in claims_of(sums) if "million" in c[1]], claims_of(sums)
    assert only(clause, "two rescue teams")[0] == "Japan"
    assert only(quoted, "rebuild trust")
