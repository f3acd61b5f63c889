"""Fresh English wire text (session 5, helper s5h10): a month that is a family name read
back as the person, "..., his spokesman X said" tails (the reporter speaks and is no party
to the act), and hyphenated given names ending in a function word ("Moon Jae-in")."""

from __future__ import annotations

import datetime

from factories import extracted
from factories import relations_with_modality as _rels

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "en", datetime.date(2019, 3, 20))


def _quotes(x: Extraction) -> list[tuple[str, str]]:
    label = {e.id: e.label for e in x.entities}
    return [(label[q.speaker], q.text) for q in x.quotes]


def test_month_surname_alone_speaks_after_full_name() -> None:
    x = _run(
        "Former British prime minister Theresa May visited Brussels on Tuesday. "
        "May told EU leaders that a customs union with Ireland remained possible."
    )
    assert any(s == "Theresa May" and t.startswith("a customs union") for s, t in _quotes(x))


def test_month_surname_keeps_dates_and_modal() -> None:
    x = _run(
        "Former British prime minister Theresa May met Irish leader Leo Varadkar on Friday. "
        "Ireland may recall its envoy, and Britain expelled two Iranian diplomats in May."
    )
    dated = [r for r in x.relations if r.type.value == "SANCTION"]
    # (a past act's bare month is the last one, not one ahead of publication: S7-H16)
    assert dated and all(str(r.date).startswith("2018-05") for r in dated)
    assert not any(s == "Theresa May" for s, _ in _quotes(x))


def test_month_surname_is_no_modal_for_relation_mood() -> None:
    x = _run(
        "Former British prime minister Theresa May travelled to Tokyo. "
        "May met Japanese Prime Minister Shinzo Abe on Thursday."
    )
    assert ("Theresa May", "CONSULT", "Shinzo Abe", "asserted") in _rels(x)


def test_possessive_spokesman_tail_speaks_the_clause() -> None:
    x = _run(
        "Egyptian President Abdel Fattah al-Sisi rejected the plan, "
        "his spokesman Bassam Rady said on Sunday."
    )
    assert ("Bassam Rady", "Egyptian President Abdel Fattah al-Sisi rejected the plan") in (
        _quotes(x)
    )


def test_reporting_tail_is_no_party_to_the_act() -> None:
    x = _run(
        "Chinese President Xi Jinping will not travel to the G20 summit in New Delhi, "
        "foreign ministry spokeswoman Mao Ning said on Monday. "
        "Azerbaijan shelled Armenian positions near the border, Armenia's defence ministry said."
    )
    rels = _rels(x)
    assert not any(o == "Mao Ning" for _, _, o, _ in rels)
    assert not any(s == "Azerbaijan" and o != "Armenia" for s, _, o, _ in rels)
    assert ("Azerbaijan", "ASSAULT", "Armenia", "asserted") in rels


def test_object_list_still_reads_every_target() -> None:
    x = _run("The European Union imposed sanctions on Russia, Belarus and Iran on Thursday.")
    objects = {o for s, t, o, _ in _rels(x) if t == "SANCTION"}
    assert {"Russia", "Belarus", "Iran"} <= objects


def test_hyphenated_given_name_ending_in_function_word() -> None:
    x = _run(
        "South Korean President Moon Jae-in said on Friday that Seoul would send an envoy "
        "to Pyongyang. Moon added that Japan should join the talks."
    )
    speakers = [s for s, _ in _quotes(x)]
    assert speakers.count("Moon Jae-in") == 2
    assert "Moon Jae" not in speakers


def test_requested_act_is_coded_as_the_request_alone() -> None:
    rels = _rels(
        _run(
            "Tehran called on Ankara to withdraw its soldiers from Iraqi territory. "
            "Baghdad urged Washington to pull its troops out of Iraq."
        )
    )
    assert ("Iran", "REQUEST", "Türkiye", "asserted") in rels
    assert ("Iraq", "REQUEST", "United States", "asserted") in rels
    assert not any(t == "RETREAT" for _, t, _, _ in rels)


def test_an_agreed_withdrawal_is_still_read() -> None:
    rels = _rels(_run("Moscow agreed to withdraw its troops from Syria by the end of the year."))
    assert ("Russia", "RETREAT", "Syria", "intended") in rels


def test_possessive_spokesman_tail_before_a_participle() -> None:
    x = _run(
        "Jordan's King Abdullah rejected the annexation plan, his spokesman Ayman Safadi said, "
        "calling it a threat to regional peace."
    )
    quotes = _quotes(x)
    assert ("Ayman Safadi", "Jordan's King Abdullah rejected the annexation plan") in quotes
    assert not any("his spokesman" in t for _, t in quotes)


def test_occasion_after_a_final_reporting_clause_is_not_content() -> None:
    x = _run(
        "Russia will supply more gas to Hungary next year, Hungarian Foreign Minister "
        "Peter Szijjarto said after talks with Russian officials in Moscow."
    )
    quotes = _quotes(x)
    assert any(t.startswith("Russia will supply more gas") for _, t in quotes)
    assert not any(t.startswith("after talks") for _, t in quotes)


def test_final_reporting_clause_with_that_keeps_its_content() -> None:
    quotes = _quotes(
        _run(
            "Turkish Foreign Minister Hakan Fidan said after talks in Baghdad "
            "that Ankara was ready to help."
        )
    )
    assert any(t == "Ankara was ready to help" for _, t in quotes)


def test_given_name_before_a_surname_alias_is_one_person() -> None:
    x = _run(
        "Tehran will not negotiate under pressure, Foreign Minister Abbas Araqchi said on Sunday."
    )
    labels = {e.label for e in x.entities}
    assert "Mahmoud Abbas" not in labels
    assert ("Abbas Araghchi", "Tehran will not negotiate under pressure") in _quotes(x)
