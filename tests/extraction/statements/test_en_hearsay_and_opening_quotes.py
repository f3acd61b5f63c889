"""Session-8 English statement rules (issue #3), found on fresh wire text of our own.

* "X is said to have ..." is hearsay with no speaker, not a statement of X;
* a quotation that opens the sentence after the one that attributes the quotation before
  it ('"...," X said at a rally on Saturday, as he ... . "..."') goes on with X;
* "<a group we do not know> gave X a week ... and said ...": X, the object of the first
  verb, is not the one who speaks;
* ", in remarks carried by <outlet>" ends the content and names the outlet that relays it;
* "said on X, formerly Twitter, that ...": the platform is no part of the content.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, said

from kg.models import Extraction


def run(text: str, day: date = date(2021, 8, 25)) -> Extraction:
    return extracted(text, "en", day)


def relayed(x: Extraction) -> list[tuple[str, str | None, str]]:
    labels = {e.id: e.label for e in x.entities}
    return [(labels[q.speaker], labels[q.via] if q.via else None, q.text) for q in x.quotes]


# -- "is said to" ----------------------------------------------------------------------


def test_is_said_to_have_is_hearsay_not_a_statement() -> None:
    x = run("Hezbollah is said to have about 8,000 fighters in the south, according to analysts.")
    assert not any(s == "Hezbollah" for s, _ in said(x))


THE_STATEMENT_IS_READ_CASES = [
    pytest.param(
        "Hezbollah said it had 8,000 fighters in the south.",
        ("Hezbollah", "it had 8,000 fighters in the south"),
        id="a_plain_said_of_the_same_actor_is_still_a_statement",
    ),
    pytest.param(
        "Egypt on Tuesday handed Sudan a draft truce and said it expected a reply within days.",
        ("Egypt", "it expected a reply within days"),
        id="known_subject_of_the_first_verb_still_speaks",
    ),
    pytest.param(
        "The row began on Monday when Chilean President Gabriel Boric refused to receive the "
        "new envoy, saying the appointment had not been agreed.",
        ("Gabriel Boric", "the appointment had not been agreed"),
        id="subject_of_a_when_clause_still_speaks_for_a_participle",
    ),
    # -- "said on X, formerly Twitter, that" ----------------------------------------------
    pytest.param(
        "Brazilian President Luiz Inacio Lula da Silva said on X, formerly Twitter, that the "
        "coup attempt had failed.",
        ("Luiz Inacio Lula da Silva", "the coup attempt had failed"),
        id="said_on_x_formerly_twitter_is_no_part_of_the_content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_STATEMENT_IS_READ_CASES)
def test_the_statement_is_read(text: str, expected: tuple[str, str]) -> None:
    assert expected in said(run(text))


# -- a quotation after the sentence that attributes the one before -----------------------


def test_quote_after_a_long_attribution_sentence_goes_on_with_its_speaker() -> None:
    x = run(
        '"We are not afraid," Venezuelan President Nicolas Maduro said at a rally in Caracas '
        'on Saturday, as he addressed thousands of supporters. "Venezuela will defend its '
        'sovereignty."'
    )
    out = said(x)
    assert ("Nicolas Maduro", "We are not afraid") in out
    assert any(s == "Nicolas Maduro" and t.startswith("Venezuela will defend") for s, t in out)


def test_quote_after_another_sentence_in_between_is_not_taken_over() -> None:
    x = run(
        '"We are not afraid," Venezuelan President Nicolas Maduro said at a rally in Caracas '
        "on Saturday. The opposition rejected the claim as empty. "
        '"Venezuela will defend its sovereignty."'
    )
    out = said(x)
    assert ("Nicolas Maduro", "We are not afraid") in out
    assert not any(t.startswith("Venezuela will defend") and s == "Nicolas Maduro" for s, t in out)


# -- "<unknown group> gave X ... and said" ---------------------------------------------


def test_object_of_the_first_verb_does_not_speak_for_an_unknown_subject() -> None:
    x = run(
        "Gulf mediators on Tuesday handed Sudanese army chief Abdel Fattah al-Burhan a draft "
        "truce and said they expected a reply within days."
    )
    assert not any("Burhan" in s for s, _ in said(x))


# -- ", in remarks carried by X" ------------------------------------------------------


def test_in_remarks_carried_by_ends_the_content_and_names_the_relay() -> None:
    x = run(
        "Chinese foreign ministry spokesman Wang Wenbin said the sanctions were illegal, "
        "in remarks carried by the Xinhua news agency."
    )
    out = relayed(x)
    assert ("Wang Wenbin", "Xinhua News Agency", "the sanctions were illegal") in out


# -- a list of co-subjects with "the" ---------------------------------------------------


def test_each_state_of_a_list_with_the_speaks_for_a_participle() -> None:
    x = run(
        "Japan, the Philippines and the United States agreed on Friday to expand joint drills, "
        "saying the region faced new threats."
    )
    speakers = {s for s, t in said(x) if t == "the region faced new threats"}
    assert speakers == {"Japan", "Philippines", "United States"}
