"""English, session 18 (S18-FRAME-EN): "told the BBC that X must ..." is an interview, so X
is asked, not the outlet; "his/its Security Council" is a state's own council, not the UN
Security Council.  Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_telling_an_outlet_that_a_state_must_act_asks_the_state() -> None:
    got = triples("Lammy told the BBC that Iran must stop enriching uranium.")
    assert ("David Lammy", "REQUEST", "Iran") in got
    assert not any(o == "BBC" for _, _, o in got)


def test_telling_a_state_that_it_must_act_still_asks_it() -> None:
    assert ("David Lammy", "REQUEST", "Iran") in triples(
        "Lammy told Iran that it must stop enriching uranium."
    )


def test_a_state_s_own_security_council_is_no_un_body() -> None:
    x = extracted("Putin told a meeting of his Security Council that Moscow would respond.", "en")
    assert "United Nations Security Council" not in {e.label for e in x.entities}
    x = extracted("China urged the Security Council to act on Gaza.", "en")
    assert "United Nations Security Council" in {e.label for e in x.entities}


def test_a_reporter_after_a_comma_is_no_second_patient() -> None:
    got = triples("Iran supports the Houthis, the Pentagon said on Monday.")
    assert ("Iran", "SUPPORT", "Houthis") in got
    assert not any(o == "The Pentagon" for _, _, o in got)
    got = triples("Russia backs the junta, France said.")
    assert ("Russia", "SUPPORT", "France") not in got


def test_coordinated_patients_of_praise_stay() -> None:
    got = triples("Kenya praised Egypt, Qatar and Jordan for their mediation.")
    assert {("Kenya", "SUPPORT", "Egypt"), ("Kenya", "SUPPORT", "Qatar")} <= got
