"""Fresh English wire text (session 5, helper s5h13): stopping support, aid (to a
capital too) or transactions is a sanction;
"X said <clause> and asked Y" is X's second act; a warning about an act in a country
does not threaten it; halting joint exercises negates them."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted
from factories import relations_with_modality as _rels

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "en", datetime.date(2021, 9, 14))


def test_suspending_support_is_a_sanction_not_support() -> None:
    rels = _rels(_run("Denmark suspended its budget support to Mali on Monday after the coup."))
    assert ("Denmark", "SANCTION", "Mali", "asserted") in rels
    assert not any(t in ("SUPPORT", "AID") for _, t, _, _ in rels)


def test_cutting_or_halting_support_is_a_sanction() -> None:
    rels = _rels(_run("Sweden cut its development support for Guinea after the army took power."))
    assert ("Sweden", "SANCTION", "Guinea", "asserted") in rels
    rels = _rels(_run("Canada said it would halt military support to Ethiopia."))
    assert ("Canada", "SANCTION", "Ethiopia", "intended") in rels


def test_giving_or_continuing_support_stays_support() -> None:
    rels = _rels(_run("Germany said it would continue its financial support to Jordan."))
    assert not any(t == "SANCTION" for _, t, _, _ in rels)
    assert any(s == "Germany" and o == "Jordan" for s, _, o, _ in rels)


def test_speakers_second_act_after_a_long_reported_clause() -> None:
    # "X said <clause about things> and asked/summoned Y": X's own second act
    rels = _rels(
        _run(
            "Hungary said the asylum seekers gathered at the southern fence were a security "
            "threat and asked the European Union to share the cost of the barrier."
        )
    )
    assert ("Hungary", "REQUEST", "European Union", "asserted") in rels
    rels = _rels(
        _run(
            "Lithuania said the balloons that crossed from the east overnight disrupted flights "
            "and summoned a Belarusian diplomat to protest to Belarus."
        )
    )
    assert any(s == "Lithuania" and t == "ACCUSE" for s, t, _, _ in rels)


def test_actor_in_reported_clause_keeps_its_own_act() -> None:
    # an actor named as the reported clause's subject acts itself (not the speaker)
    rels = _rels(
        _run(
            "Seoul said North Korean soldiers briefly crossed the border on Tuesday and "
            "attacked a South Korean guard post."
        )
    )
    assert not any(s == "South Korea" for s, _, _, _ in rels)
    rels = _rels(
        _run(
            "Armenia said Azerbaijan had moved troops to the frontier overnight and "
            "accused Yerevan of provocations."
        )
    )
    assert not any(s == "Armenia" and t == "ACCUSE" for s, t, _, _ in rels)


def test_warning_about_an_act_in_a_country_does_not_threaten_that_country() -> None:
    rels = _rels(
        _run("Chad warned that any foreign troop deployment in Sudan would inflame the region.")
    )
    assert not any(t == "THREATEN" and o == "Sudan" for _, t, o, _ in rels)


THE_RELATION_IS_READ_CASES = [
    pytest.param(
        "Egypt warned Ethiopia that filling the dam in the rainy season would cost it dearly.",
        ("Egypt", "THREATEN", "Ethiopia", "asserted"),
        id="warning_addressed_to_a_state_still_threatens_it",
    ),
    pytest.param(
        "The Netherlands froze development aid to Bamako after the second coup.",
        ("Netherlands", "SANCTION", "Mali", "asserted"),
        id="capital_stands_for_its_state_when_aid_is_withheld",
    ),
    pytest.param(
        "Senegal suspended all banking transactions with Guinea on Friday.",
        ("Senegal", "SANCTION", "Guinea", "asserted"),
        id="suspending_financial_transactions_is_a_sanction",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_RELATION_IS_READ_CASES)
def test_the_relation_is_read(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _rels(_run(text))


def test_halting_a_joint_act_negates_it() -> None:
    rels = _rels(
        _run("Manila said it would suspend joint naval exercises with Beijing next month.")
    )
    assert ("Philippines", "COOPERATE", "China", "intended") not in rels
    assert not any(m in ("asserted", "intended") and t == "COOPERATE" for _, t, _, m in rels)


def test_joint_exercises_without_a_stop_verb_keep_their_modality() -> None:
    rels = _rels(_run("Manila said it would hold joint naval exercises with Tokyo next month."))
    assert not any(m == "negated" for _, _, _, m in rels)
