"""English relation constructions of session 4 (issue #3): coordinated speakers, "both
countries" and "each other" as patients, condemning "the launch" or "the decision",
hosting by "welcomed X to Y", new clauses after "and", recalls, complaints, contacts.
All sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from factories import relation_triples

from kg.extractors import extract
from kg.models import Article, Extraction, Modality, RelationType


def run(text: str) -> Extraction:
    return extract(Article(id="s4", lang="en", text=text, published=date(2025, 6, 12)))


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venezuelan police stormed the Argentine embassy in Caracas on Friday. "
            "Chile and Uruguay condemned the raid.",
            {("Chile", "ACCUSE", "Venezuela"), ("Uruguay", "ACCUSE", "Venezuela")},
        ),
        (
            "Egypt, Jordan and Bahrain urged Israel to halt the offensive.",
            {
                ("Egypt", "REQUEST", "Israel"),
                ("Jordan", "REQUEST", "Israel"),
                ("Bahrain", "REQUEST", "Israel"),
            },
        ),
    ],
)
def test_each_coordinated_speaker_acts(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(text)


@pytest.mark.parametrize(
    ("text", "subject", "pair"),
    [
        (
            "Poland and Lithuania signed a defence pact. "
            "Germany urged both countries to reduce tariffs.",
            "Germany",
            ("Poland", "Lithuania"),
        ),
        (
            "Armenia and Azerbaijan clashed on the border. "
            "Russia called on both sides to show restraint.",
            "Russia",
            ("Armenia", "Azerbaijan"),
        ),
    ],
)
def test_both_countries_as_patient_are_the_pair_named_before(
    text: str, subject: str, pair: tuple[str, str]
) -> None:
    got = triples(text)
    assert {(subject, "REQUEST", pair[0]), (subject, "REQUEST", pair[1])} <= got


def test_both_countries_are_the_article_dyad_not_the_latest_bystanders() -> None:
    text = (
        "Ghana broke off relations with Togo on Friday after Togolese police arrested a "
        "Ghanaian diplomat. Ghana also recalled its ambassador from Togo. "
        "Benin said it was suspending ties with Togo in solidarity with Ghana. "
        "The African Union called on both countries to resolve the dispute."
    )
    got = triples(text)
    assert ("African Union", "REQUEST", "Ghana") in got
    assert ("African Union", "REQUEST", "Togo") in got
    assert ("African Union", "REQUEST", "Benin") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Uganda accused each other of violating the truce.",
            {("Kenya", "ACCUSE", "Uganda"), ("Uganda", "ACCUSE", "Kenya")},
        ),
        (
            "Ethiopia and Eritrea threatened one another with war.",
            {("Ethiopia", "THREATEN", "Eritrea"), ("Eritrea", "THREATEN", "Ethiopia")},
        ),
        (
            "Kenya expelled the Ugandan ambassador on Sunday. "
            "On Monday both governments summoned each other's envoys.",
            {("Kenya", "ACCUSE", "Uganda"), ("Uganda", "ACCUSE", "Kenya")},
        ),
    ],
)
def test_each_other_is_aimed_both_ways(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(text)


def test_a_pledge_not_to_use_force_against_each_other_is_negated_both_ways() -> None:
    x = run("Kenya and Uganda pledged not to use force against each other.")
    assaults = [r for r in x.relations if r.type == RelationType.ASSAULT]
    assert len(assaults) == 2
    assert all(r.modality == Modality.NEGATED for r in assaults)


def test_condemning_the_launch_accuses_whoever_fired() -> None:
    got = triples(
        "North Korea fired a ballistic missile toward Japan on Monday. "
        "Tokyo and Seoul condemned the launch."
    )
    assert {("Japan", "ACCUSE", "North Korea"), ("South Korea", "ACCUSE", "North Korea")} <= got


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Burkina Faso expelled three French diplomats on Monday. "
            "France condemned the decision.",
            ("France", "ACCUSE", "Burkina Faso"),
            None,
        ),
        (
            "Hungary vetoed the EU aid package for Ukraine. Poland criticised the move.",
            ("Poland", "ACCUSE", "Hungary"),
            ("Poland", "ACCUSE", "European Union"),
        ),
        (
            "Syria released two Turkish journalists on Monday. Turkey welcomed the move.",
            ("Türkiye", "SUPPORT", "Syria"),
            None,
        ),
    ],
)
def test_the_decision_or_move_is_the_last_main_act(
    text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str] | None
) -> None:
    got = triples(text)
    assert expected in got
    assert not_expected not in got


def test_a_name_that_opens_the_next_clause_is_no_patient() -> None:
    got = triples(
        "Russia attacked Ukraine on Monday. "
        "Germany and France condemned the attack, and Poland said it would send aid."
    )
    assert ("Germany", "ACCUSE", "Russia") in got
    assert ("France", "ACCUSE", "Russia") in got
    assert not any(o == "Poland" for _, t, o in got if t == "ACCUSE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Emmanuel Macron welcomed Olaf Scholz to Paris on Monday.",
            ("Emmanuel Macron", "Olaf Scholz"),
        ),
        (
            "Japanese Prime Minister Fumio Kishida welcomed Indian Prime Minister Narendra Modi "
            "at his office on Tuesday.",
            ("Fumio Kishida", "Narendra Modi"),
        ),
    ],
)
def test_welcoming_a_leader_to_a_place_is_hosting(text: str, pair: tuple[str, str]) -> None:
    got = triples(text)
    assert (pair[0], "CONSULT", pair[1]) in got
    assert (pair[0], "SUPPORT", pair[1]) not in got


def test_welcoming_a_visit_by_someone_is_not_hosting_him() -> None:
    got = triples("Kenya welcomed the visit by the Ugandan president to Nairobi.")
    assert not any(s == "Kenya" and t == "CONSULT" for s, t, _ in got)


def test_officials_from_both_countries_are_the_states_not_their_troops() -> None:
    got = triples(
        "Indian soldiers are stationed in Nepal. "
        "Officials from both countries met in Kathmandu on Sunday."
    )
    assert ("India", "CONSULT", "Nepal") in got or ("Nepal", "CONSULT", "India") in got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Kenya recalled its ambassador to Uganda on Monday.", ("Kenya", "SANCTION", "Uganda")),
        (
            "Chile lodged a complaint against Peru with the United Nations.",
            ("Chile", "ACCUSE", "Peru"),
        ),
        (
            "Chile filed a complaint against Peru at the World Trade Organization.",
            ("Chile", "ACCUSE", "Peru"),
        ),
        (
            "Ghana announced the suspension of diplomatic relations with Togo.",
            ("Ghana", "SANCTION", "Togo"),
        ),
        (
            "The Kremlin said Moscow was in close contact with both Ankara and Tehran.",
            ("Russia", "CONSULT", "Iran"),
        ),
        (
            "Kenyan President William Ruto and Ugandan President Yoweri Museveni shook hands "
            "at the airport on Monday.",
            ("Yoweri Museveni", "CONSULT", "William Ruto"),
        ),
        (
            "Venezuelan police forced their way into the Argentine embassy on Friday.",
            ("Venezuelan Police", "COERCE", "Argentine Embassy"),
        ),
        ("India gifted two helicopters to Sri Lanka.", ("India", "AID", "Sri Lanka")),
    ],
)
def test_lexicon_rows_of_session_4(text: str, triple: tuple[str, str, str]) -> None:
    got = triples(text)
    if RelationType(triple[1]).symmetric:
        assert triple in got or (triple[2], triple[1], triple[0]) in got
    else:
        assert triple in got


def test_preparing_to_send_troops_is_an_intention() -> None:
    x = run("London was preparing to send a battalion to Estonia.")
    (r,) = [r for r in x.relations if r.type == RelationType.MOBILIZE]
    assert r.modality == Modality.INTENDED


def test_a_clause_after_a_comma_and_pronoun_holds_no_patient() -> None:
    got = triples(
        "Nepal asked India to pull out its border guards, and he then travelled to China."
    )
    assert ("Nepal", "REQUEST", "India") in got
    assert not any(t == "RETREAT" and o == "China" for _, t, o in got)


def test_the_speaker_is_not_the_patient_of_a_passive_in_his_statement() -> None:
    got = triples("Zelensky said the saboteurs were agents backed by Moscow.")
    assert not any(t == "SUPPORT" and o == "Volodymyr Zelenskyy" for _, t, o in got)


def test_a_name_before_a_hyphenated_participle_is_a_modifier_not_the_patient() -> None:
    got = triples("Blinken urged a return to the EU-facilitated dialogue with Pristina.")
    assert ("Antony Blinken", "REQUEST", "European Union") not in got


def test_a_flag_state_before_a_hyphen_is_still_the_patient() -> None:
    assert ("Iran", "COERCE", "United Kingdom") in triples("Iran seized a British-flagged tanker.")


def test_an_appeal_after_a_call_is_addressed_to_the_one_called() -> None:
    got = triples(
        "Antony Blinken spoke by phone with Serbian President Aleksandar Vucic on Friday "
        "and urged an immediate de-escalation."
    )
    assert ("Antony Blinken", "REQUEST", "Aleksandar Vucic") in got


def test_he_and_a_named_leader_act_together() -> None:
    got = triples(
        "Kenyan President William Ruto flew to Beijing on Sunday. "
        "On Monday he and Chinese President Xi Jinping agreed to expand trade."
    )
    assert ("William Ruto", "AGREE", "Xi Jinping") in got


@pytest.mark.parametrize(
    "text",
    [
        "France's Emmanuel Macron and Germany's Olaf Scholz shook hands at the airport.",
        "Macron and German Chancellor Olaf Scholz held talks in Berlin.",
    ],
)
def test_coordinated_leaders_with_titles_or_possessors_meet(text: str) -> None:
    got = triples(text)
    assert ("Emmanuel Macron", "CONSULT", "Olaf Scholz") in got


def test_a_neighbour_bordering_both_nations_does_not_make_them_act() -> None:
    got = triples(
        "Venezuela moved troops toward Guyana on Monday. Brazil, which borders both "
        "nations, said it had reinforced its troops along its northern frontier."
    )
    assert ("Guyana", "MOBILIZE", "Venezuela") not in got


@pytest.mark.parametrize(
    ("text", "mediators", "parties"),
    [
        (
            "Oman mediated talks between Iran and the United States.",
            ["Oman"],
            ("Iran", "United States"),
        ),
        (
            "Egypt and Qatar brokered a truce between Israel and Hamas on Sunday.",
            ["Egypt", "Qatar"],
            ("Israel", "Hamas"),
        ),
        (
            "Ukraine and Russia held talks facilitated by Turkey in Istanbul.",
            ["Türkiye"],
            ("Ukraine", "Russia"),
        ),
    ],
)
def test_a_mediator_meets_each_party(
    text: str, mediators: list[str], parties: tuple[str, str]
) -> None:
    got = triples(text)
    for m in mediators:
        assert {(m, "CONSULT", parties[0]), (m, "CONSULT", parties[1])} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Germany called for an immediate ceasefire between Israel and Hamas.",
        "Egypt urged a truce between Israel and Hamas.",
    ],
)
def test_calling_for_a_ceasefire_is_a_request_not_an_agreement(text: str) -> None:
    got = triples(text)
    assert ("Israel", "AGREE", "Hamas") not in got
    caller = text.split()[0]
    assert {(caller, "REQUEST", "Israel"), (caller, "REQUEST", "Hamas")} <= got


def test_talks_demanded_by_no_named_actor_are_not_held() -> None:
    got = triples("The ministers demanded immediate talks between Armenia and Azerbaijan.")
    assert ("Armenia", "CONSULT", "Azerbaijan") not in got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "India suspended the water treaty with Pakistan on Wednesday.",
            ("India", "SANCTION", "Pakistan"),
        ),
        (
            "Japan expressed concern over China's naval manoeuvres.",
            ("Japan", "ACCUSE", "China"),
        ),
        (
            "Egypt voiced deep concern about the Ethiopian dam.",
            ("Egypt", "ACCUSE", "Ethiopia"),
        ),
        (
            "Mali ordered the French ambassador to leave within 72 hours.",
            ("Mali", "SANCTION", "France"),
        ),
    ],
)
def test_more_lexicon_rows_of_session_4(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize(
    ("text", "pair", "not_type"),
    [
        ("Russia threatened to cut gas supplies to Moldova.", ("Russia", "Moldova"), "SANCTION"),
        ("China threatened to impose sanctions on Lithuania.", ("China", "Lithuania"), "SANCTION"),
        (
            "Seoul threatened to scrap the intelligence-sharing pact with Tokyo.",
            ("South Korea", "Japan"),
            "COOPERATE",
        ),
    ],
)
def test_an_act_threatened_is_a_threat(text: str, pair: tuple[str, str], not_type: str) -> None:
    x = run(text)
    got = relation_triples(x)
    assert (pair[0], "THREATEN", pair[1]) in got
    assert (pair[0], not_type, pair[1]) not in got
    assert all(r.modality == Modality.ASSERTED for r in x.relations)


def test_what_is_discussed_is_a_topic_not_a_party() -> None:
    got = triples("Joe Biden discussed Ukraine with Emmanuel Macron on Monday.")
    assert ("Joe Biden", "CONSULT", "Emmanuel Macron") in got
    assert ("Joe Biden", "CONSULT", "Ukraine") not in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "After talks with Recep Tayyip Erdogan, Vladimir Putin said a deal was close.",
            ("Vladimir Putin", "Recep Tayyip Erdoğan"),
        ),
        (
            "During a lengthy phone call with Xi Jinping, Joe Biden raised Taiwan.",
            ("Joe Biden", "Xi Jinping"),
        ),
        (
            "In a phone call with Emmanuel Macron, Joe Biden discussed Ukraine.",
            ("Joe Biden", "Emmanuel Macron"),
        ),
    ],
)
def test_a_meeting_in_an_opening_phrase_involves_the_main_subject(
    text: str, pair: tuple[str, str]
) -> None:
    got = triples(text)
    assert (pair[0], "CONSULT", pair[1]) in got
    assert not any(o == "Ukraine" for _, t, o in got if t == "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "The United States withdrew from the Paris climate agreement.",
        "Washington condemned any violation of the Vienna Convention on Diplomatic Relations.",
    ],
)
def test_a_city_naming_a_pact_is_no_party(text: str) -> None:
    got = triples(text)
    assert not any(o in ("France", "Austria") for _, _, o in got)


def test_talks_brokered_by_someone_after_a_handshake_meet_the_pair() -> None:
    got = triples(
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook "
        "hands in Brussels before sitting down for talks brokered by European Council "
        "President Charles Michel."
    )
    assert ("Charles Michel", "CONSULT", "Nikol Pashinyan") in got
    assert ("Charles Michel", "CONSULT", "Ilham Aliyev") in got


def test_a_speech_verb_coordinated_after_an_act_shares_its_subject() -> None:
    got = triples(
        "Moscow ordered 20 Latvian embassy staff to leave the country on Sunday, a day after "
        "Riga expelled 15 Russian diplomats and accused Russia of spying."
    )
    assert ("Latvia", "ACCUSE", "Russia") in got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Iran summoned the Swiss ambassador on Monday, accusing the United States of piracy.",
            ("Iran", "ACCUSE", "United States"),
        ),
        (
            "Antony Blinken said the deployment was destabilizing, calling on Serbia to "
            "withdraw its forces.",
            ("Antony Blinken", "REQUEST", "Serbia"),
        ),
        (
            "Poland accused Belarus of orchestrating the crisis, calling on the EU to impose "
            "new sanctions.",
            ("Poland", "REQUEST", "European Union"),
        ),
    ],
)
def test_a_participial_adjunct_acts_for_the_main_subject(
    text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(text)


def test_a_participial_adjunct_of_unnamed_protesters_names_no_agent() -> None:
    got = triples(
        "Several thousand protesters gathered outside the parliament in Yerevan on Tuesday, "
        "accusing Pashinyan of abandoning the enclave."
    )
    assert not any(t == "ACCUSE" for _, t, _ in got)


def test_the_patient_is_not_sought_past_a_participial_adjunct() -> None:
    got = triples("Egypt condemned the strike, calling it a violation of Lebanon's sovereignty.")
    assert ("Egypt", "ACCUSE", "Lebanon") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Egypt turned down an Israeli request to reopen the crossing.",
        "Egypt rejected Israel's request to reopen the crossing.",
    ],
)
def test_a_rejected_request_was_a_request_to_the_rejecter(text: str) -> None:
    got = triples(text)
    assert ("Egypt", "REJECT", "Israel") in got
    assert ("Israel", "REQUEST", "Egypt") in got


def test_a_rejected_proposal_is_no_request() -> None:
    assert ("Israel", "REQUEST", "Egypt") not in triples("Egypt rejected the Israeli proposal.")


def test_deploying_troops_in_another_state_is_a_presence_there() -> None:
    assert ("Russia", "PRESENCE", "Belarus") in triples("Russia deployed troops in Belarus.")
    assert ("Russia", "MOBILIZE", "Belarus") in triples("Russia deployed missiles in Belarus.")


def test_standing_ready_to_impose_sanctions_is_a_threat() -> None:
    got = triples(
        "The European Union stood ready to respond with further sanctions against Belarus."
    )
    assert ("European Union", "THREATEN", "Belarus") in got
    assert ("European Union", "SANCTION", "Belarus") not in got


def test_exchanging_fire_is_an_attack_both_ways() -> None:
    got = triples("India and Pakistan exchanged fire along the border on Monday.")
    assert {("India", "ASSAULT", "Pakistan"), ("Pakistan", "ASSAULT", "India")} <= got


def test_an_undated_retelling_of_a_dated_act_is_one_relation() -> None:
    x = run(
        "Joe Biden and Xi Jinping agreed on Wednesday to curb fentanyl exports. "
        "The meeting lasted four hours. Taiwan remained a sore point. "
        "Chinese state media praised the tone. "
        "Biden later said that he and Xi had agreed to keep a hotline open."
    )
    agree = [r for r in x.relations if r.type == RelationType.AGREE]
    assert len(agree) == 1
    assert agree[0].date == "2025-06-11"


def test_a_visit_hoped_for_is_intended() -> None:
    x = run("Emmanuel Macron said he hoped to make a return visit to Algiers.")
    (r,) = [r for r in x.relations if r.type == RelationType.CONSULT]
    assert r.modality == Modality.INTENDED


def test_the_subject_of_an_after_clause_is_the_agent_of_its_noun() -> None:
    got = triples(
        "The row deepened days after Emmanuel Macron returned from a state visit to China."
    )
    assert ("Emmanuel Macron", "CONSULT", "China") in got


def test_a_pledge_not_to_act_is_dated_by_the_pledge() -> None:
    x = run("Kenya and Uganda pledged on Tuesday not to use force against each other.")
    assert {r.date for r in x.relations if r.type == RelationType.ASSAULT} == {"2025-06-10"}


def test_an_appeal_in_the_present_is_dated_by_the_statement() -> None:
    x = run('"We are calling on Serbia to withdraw its forces," Antony Blinken said on Monday.')
    (r,) = [r for r in x.relations if r.type == RelationType.REQUEST]
    assert r.date == "2025-06-09"
