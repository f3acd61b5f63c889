"""English time clauses after an act, session 17 (S17-RPREC): the patient search stops at
"after" / "before" past the act's own words, so who acts in the time clause ("urged calm
after protests by Peru's truckers", "a day after X broke off ties with Y") is no
patient of the act; a patient before the clause stays.  Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_whom_a_time_clause_names_is_not_asked() -> None:
    got = triples("Ecuador's president Daniel Noboa urged calm after protests by Peru's truckers.")
    assert not any(t == "REQUEST" and o == "Peru" for _, t, o in got)


def test_the_patient_before_a_time_clause_stays() -> None:
    got = triples("Kenya urged Somalia to reopen the border after weeks of talks in Nairobi.")
    assert ("Kenya", "REQUEST", "Somalia") in got


def test_a_time_clause_right_after_the_act_names_no_patient() -> None:
    # S18-FRAME-EN: "after" right behind the act's own words opens the clause as well
    got = triples(
        "Mali broke off relations after Ivorian President Alassane Ouattara backed the sanctions."
    )
    assert ("Mali", "SANCTION", "Alassane Ouattara") not in got
    got = triples(
        "Japan's national security council held an emergency meeting, after which "
        "Fumio Kishida spoke to reporters."
    )
    assert not any(t == "CONSULT" for _, t, _ in got)
