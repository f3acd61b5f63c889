"""English, session 21 (S21-CODER-EN): restored or established ties are cooperation; flying
into exile, annexing, suspending contacts, excluding from a summit and handing back control are
coded; a name that opens a clause of its own ("and believed X was", "and President X sent") or
sits in a relative clause on the object ("a decision that goes against X") is no patient.
Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=True)


def test_restored_or_established_ties_are_cooperation() -> None:
    got = triples("Peru and Chile formally restored diplomatic relations on Monday.")
    assert ("Peru", "COOPERATE", "Chile") in got
    assert not any(t == "AGREE" for _, t, _ in got)
    got = triples("Nicaragua established diplomatic ties with China in December.")
    assert ("Nicaragua", "COOPERATE", "China") in got


def test_agreeing_to_normalise_ties_stays_an_agreement() -> None:
    got = triples("Morocco and Israel agreed to normalise relations last year.")
    assert ("Morocco", "AGREE", "Israel") in got


def test_flying_into_exile_is_flight_to_where_one_lands() -> None:
    got = triples("Bolivian President Evo Morales flew into exile in Mexico on Tuesday.")
    assert ("Evo Morales", "FLEE", "Mexico") in got


def test_annexing_territory_coerces_the_state_it_is_taken_from() -> None:
    got = triples("Armenia said Azerbaijan wanted to annex the corridor from Armenia.")
    assert ("Azerbaijan", "COERCE", "Armenia") in got
    got = triples("Russia annexed four regions from Ukraine in September 2022.")
    assert ("Russia", "COERCE", "Ukraine") in got


def test_suspending_contacts_and_excluding_from_a_summit_are_sanctions() -> None:
    got = triples("Lithuania will suspend all high-level bilateral contacts with China.")
    assert ("Lithuania", "SANCTION", "China") in got
    got = triples("The African Union decided to exclude Mali from its next summit.")
    assert ("African Union", "SANCTION", "Mali") in got


def test_handing_back_control_is_a_concession() -> None:
    got = triples("Britain agreed to hand back to Mauritius control over the Chagos Islands.")
    assert ("United Kingdom", "CONCEDE", "Mauritius") in got


def test_a_name_opening_its_own_clause_is_no_second_patient() -> None:
    got = triples("Canada stood in solidarity with Denmark and believed Russia was behind it.")
    assert ("Canada", "SUPPORT", "Denmark") in got
    assert ("Canada", "SUPPORT", "Russia") not in got
    got = triples(
        "Blinken called for the withdrawal of Rwandan troops from Congo, and President "
        "Joe Biden sent an envoy to Kinshasa."
    )
    assert not any(o == "Joe Biden" for _, t, o in got if t == "RETREAT")


def test_coordinated_patients_still_join() -> None:
    got = triples("Japan praised South Korea and Australia for their help.")
    assert {("Japan", "SUPPORT", "South Korea"), ("Japan", "SUPPORT", "Australia")} <= got


def test_an_actor_in_a_relative_clause_on_the_object_is_no_patient() -> None:
    got = triples("Serbia will not accept any decision that goes against Republika Srpska.")
    assert not any(t == "REJECT" for _, t, _ in got)
    got = triples("Iran demanded that Israel stop its strikes.")
    assert ("Iran", "REQUEST", "Israel") in got


def test_the_court_refers_back_to_the_international_court_named_before() -> None:
    got = triples(
        "Guyana welcomed a ruling by the International Court of Justice on Friday. "
        "Venezuela has accused the court of bias."
    )
    assert ("Venezuela", "ACCUSE", "International Court of Justice") in got


def test_the_court_after_a_national_court_is_not_the_international_one() -> None:
    got = triples(
        "Guyana welcomed a ruling by the International Court of Justice on Friday. "
        "A Venezuelan court later ordered the arrest of an opposition leader. "
        "Venezuela has accused the court of bias."
    )
    assert ("Venezuela", "ACCUSE", "International Court of Justice") not in got


def test_the_bloc_is_no_un_organ_named_since() -> None:
    got = triples(
        "The African Union sent troops to Somalia on Monday. "
        "The UN Security Council backed the bloc on Thursday."
    )
    assert ("United Nations Security Council", "SUPPORT", "African Union") in got


def test_an_invitation_to_act_is_a_request_to_a_meeting_a_consultation() -> None:
    got = triples("Japan invited South Korea to join the naval drills.")
    assert ("Japan", "REQUEST", "South Korea") in got
    got = triples("China invited Russia to talks in Beijing.")
    assert ("China", "CONSULT", "Russia") in got
    assert ("China", "REQUEST", "Russia") not in got


def test_the_two_leaders_are_the_people_coordinated_two_sentences_back() -> None:
    got = triples(
        "Markets rallied on Monday. The thaw followed an announcement by U.S. President "
        "Joe Biden and Chinese President Xi Jinping in June. "
        "Trade rose by a fifth. "
        "The two leaders met face to face in Lima in November."
    )
    assert ("Joe Biden", "CONSULT", "Xi Jinping") in got


def test_troops_deployed_inside_another_state_are_a_presence() -> None:
    got = triples("Rwanda sent troops to Mozambique in 2021.")
    assert ("Rwanda", "PRESENCE", "Mozambique") in got
    got = triples("Uganda deployed thousands of troops in eastern Congo.")
    assert ("Uganda", "PRESENCE", "Democratic Republic of the Congo") in got


def test_troops_sent_to_a_border_stay_a_show_of_force() -> None:
    got = triples("Russia deployed troops near the border with Ukraine.")
    assert ("Russia", "MOBILIZE", "Ukraine") in got
    assert ("Russia", "PRESENCE", "Ukraine") not in got


def test_a_state_said_culpable_or_almost_certainly_responsible_is_accused() -> None:
    got = triples(
        "Dutch Prime Minister Mark Rutte said Russia was almost certainly responsible for "
        "the attack."
    )
    assert ("Mark Rutte", "ACCUSE", "Russia") in got
    got = triples("Polish Prime Minister Donald Tusk said Belarus was culpable for the killing.")
    assert ("Donald Tusk", "ACCUSE", "Belarus") in got


def test_an_actor_inside_a_rejected_claim_is_no_patient() -> None:
    got = triples("Kigali rejected suggestions that Britain was paying it.")
    assert ("Rwanda", "REJECT", "United Kingdom") not in got


def test_a_name_before_an_irregular_past_opens_its_own_clause() -> None:
    got = triples("Iraq invaded the emirate in August 1990, and American forces retook it later.")
    assert ("Iraq", "ASSAULT", "American Armed Forces") not in got


def test_the_place_of_the_main_verb_after_a_relative_clause_is_no_patient() -> None:
    got = triples(
        "Alpha Conde, who had refused to accept his defeat in the election, left Conakry on "
        "Saturday."
    )
    assert not any(o == "Guinea" for _, t, o in got if t in ("AGREE", "REJECT"))


def test_the_states_capital_named_by_its_adjective_stands_for_the_state() -> None:
    got = triples("Secretary of State Antony Blinken will travel to the Kenyan capital on Monday.")
    assert ("Antony Blinken", "CONSULT", "Kenya") in got


def test_the_second_verb_of_a_relative_clause_has_its_head_for_subject() -> None:
    got = triples(
        "Rwandan President Paul Kagame spoke on Friday. Burundi, which borders Rwanda to the "
        "north and has long accused Kagame of sheltering rebels, closed its border."
    )
    assert ("Burundi", "ACCUSE", "Paul Kagame") in got


def test_the_agent_of_a_second_participle_is_no_party_to_the_talks() -> None:
    got = triples(
        "The deal followed months of secret talks hosted by Oman and encouraged by the Vatican."
    )
    assert not any({s, o} == {"Oman", "Holy See"} for s, t, o in got if t == "CONSULT")
    got = triples("The pact was signed by Armenia and Azerbaijan in Washington.")
    assert ("Armenia", "AGREE", "Azerbaijan") in got


def test_a_verb_after_the_quoted_words_is_the_speakers_own_act() -> None:
    got = triples(
        'EU foreign policy chief Kaja Kallas said the bloc "stands with Moldova" and called '
        "on Russia to withdraw its troops."
    )
    assert ("Kaja Kallas", "REQUEST", "Russia") in got
    got = triples("Germany condemned the strike and called on Russia to stop.")
    assert ("Germany", "REQUEST", "Russia") in got
