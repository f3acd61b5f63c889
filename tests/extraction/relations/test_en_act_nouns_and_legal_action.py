"""Fresh English wire text (session 9 round 2, helper s9r2h4): relation families that
coded nothing -- an act noun after an amount ("a new package of military aid for X", "a
wave of strikes on X"), legal action ("took X to the International Court of Justice",
"sued X"), sheltering ("X, which shelters Y"), a main verb after a relative inset that
holds a trigger ("X, which shelters Y, expelled Z"), and an act judged by a pronoun
speaker two sentences on ("He called the expulsion unjustified") or in a relative clause
(", which X called unjustified").  Each family has a guard that nearby output is kept or
that no wrong relation appears."""

from __future__ import annotations

import datetime

from factories import extracted, relation_triples

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "en", datetime.date(2024, 5, 2))


def _rels(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(_run(text), symmetric=False)


def test_aid_noun_after_an_amount_is_the_subjects_aid() -> None:
    assert ("Germany", "AID", "Ukraine") in _rels(
        "Germany approved a new package of military aid for Ukraine on Tuesday."
    )
    assert ("Japan", "AID", "Ukraine") in _rels(
        "Japan announced a fresh tranche of financial assistance for Ukraine on Monday."
    )


def test_attack_and_sanction_nouns_after_an_amount() -> None:
    assert ("Russia", "ASSAULT", "Ukraine") in _rels(
        "Russia launched a wave of strikes on Ukraine on Tuesday."
    )
    assert ("United States", "SANCTION", "Iran") in _rels(
        "The United States imposed a new round of sanctions on Iran on Friday."
    )


def test_amount_noun_judged_by_a_speaker_is_not_the_speakers_act() -> None:
    rels = _rels("Poland criticised the latest round of sanctions against Belarus as too weak.")
    assert ("Poland", "SANCTION", "Belarus") not in rels
    rels = _rels("Ukraine condemned a new wave of Russian strikes on its power grid.")
    assert ("Ukraine", "ACCUSE", "Russia") in rels
    assert ("Ukraine", "ASSAULT", "Russia") not in rels


def test_taking_a_state_to_court_accuses_it() -> None:
    assert ("Nicaragua", "ACCUSE", "Germany") in _rels(
        "Nicaragua took Germany to the ICJ over its arms exports to Israel."
    )
    assert ("Argentina", "ACCUSE", "Iran") in _rels(
        "Argentina took Iran to court over the 1994 bombing in Buenos Aires."
    )
    assert ("Mexico", "ACCUSE", "Ecuador") in _rels(
        "Mexico sued Ecuador at the International Court of Justice after the raid."
    )
    assert ("Ukraine", "ACCUSE", "Russia") in _rels(
        "Ukraine launched legal proceedings against Russia at the World Trade Organization."
    )


def test_sheltering_a_group_aids_it() -> None:
    assert ("Türkiye", "AID", "Hamas") in _rels(
        "Turkey, which shelters Hamas leaders, condemned the Israeli strike."
    )
    assert ("Qatar", "AID", "Hamas") in _rels("Qatar offered refuge to Hamas leaders in 2012.")


def test_main_verb_after_a_relative_inset_with_a_trigger_keeps_its_subject() -> None:
    rels = _rels(
        "Lithuania, which shelters the Belarusian opposition, expelled a Belarusian"
        " diplomat on Monday."
    )
    assert ("Lithuania", "SANCTION", "Belarus") in rels
    rels = _rels("Norway, which supplied weapons to Ukraine, expelled a Russian diplomat.")
    assert ("Norway", "AID", "Ukraine") in rels  # the relative's own act is kept
    assert ("Norway", "SANCTION", "Russia") in rels
    assert ("Ukraine", "SANCTION", "Russia") not in rels


def test_pronoun_speaker_judges_the_act_told_two_sentences_before() -> None:
    rels = _rels(
        "Moldova expelled a Russian diplomat on Monday. Russian Foreign Minister Sergei"
        ' Lavrov said Moscow would respond. He called the expulsion "unjustified."'
    )
    assert ("Sergey Lavrov", "ACCUSE", "Moldova") in rels


def test_relative_after_the_act_judges_its_author() -> None:
    rels = _rels(
        'Moldova expelled a Russian diplomat on Monday, which Sergei Lavrov called "unjustified."'
    )
    assert ("Sergey Lavrov", "ACCUSE", "Moldova") in rels


def test_relative_judging_an_own_side_act_accuses_no_one() -> None:
    rels = _rels(
        "Russia expelled a Moldovan diplomat on Monday, which Sergei Lavrov called a"
        ' response to "hostile" steps.'
    )
    assert ("Sergey Lavrov", "ACCUSE", "Russia") not in rels
    assert ("Russia", "SANCTION", "Moldova") in rels


def test_the_court_a_case_is_taken_to_is_no_accused() -> None:
    rels = _rels("Mexico said it would take the case to the International Court of Justice.")
    assert ("Mexico", "ACCUSE", "International Court of Justice") not in rels
    assert ("Ukraine", "ACCUSE", "Russia") in _rels(
        "Ukraine held Russia responsible for the attack."
    )


def test_granting_candidate_status_supports_the_candidate() -> None:
    assert ("European Union", "SUPPORT", "Moldova") in _rels(
        "The European Union granted Moldova candidate status in June 2022."
    )
    assert ("European Union", "SUPPORT", "Georgia") in _rels(
        "EU leaders agreed to grant candidate status to Georgia in December."
    )


def test_money_pledged_to_support_a_state_is_aid() -> None:
    rels = _rels("Germany has pledged 500 million euros to support Moldova.")
    assert ("Germany", "AID", "Moldova") in rels
    assert ("Germany", "SUPPORT", "Moldova") not in rels
    # no grant before it: backing stays backing
    assert ("Japan", "SUPPORT", "Ukraine") in _rels("Japan pledged to support Ukraine.")


def test_expelling_migrants_coerces_their_state() -> None:
    rels = _rels("Algeria expelled thousands of Nigerien migrants into the desert last year.")
    assert ("Algeria", "COERCE", "Niger") in rels
    assert ("Algeria", "SANCTION", "Niger") not in rels
    # diplomats expelled stay a sanction
    assert ("Poland", "SANCTION", "Russia") in _rels(
        "Poland expelled a Russian diplomat on Monday."
    )


def test_strike_judged_after_a_missile_launch_accuses_the_launcher() -> None:
    rels = _rels(
        "Iran fired missiles into Pakistan on Tuesday, saying it had targeted militants."
        " Pakistan's Foreign Office spokeswoman Mumtaz Zahra Baloch said two children were"
        ' killed. She called the strike a "blatant violation" of Pakistan\'s sovereignty.'
    )
    assert ("Mumtaz Zahra Baloch", "ACCUSE", "Iran") in rels
    assert ("Iran", "MOBILIZE", "Pakistan") in rels
