"""English statements and speakers (S10-R3-H2), leftovers of round 2: a spokesman's title
before a ranked name ("A spokesman for the army, Major X Y, said on radio that ...") is not
the content; the name after such a title is read after a wire dateline too; "a spokesman for
<State>'s <Body>" is one unnamed title holder over the whole phrase; "a spokesman for the
Foreign Ministry" in a datelined story is that state's; Cotonou and Abidjan (seats of
government that are not the capitals in states.tsv) stand for Benin and Côte d'Ivoire."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2024, 3, 14)

# (text, speaker, words the content holds): each statement must be found with that speaker
FOUND = [
    # a title phrase, then a rank and a name, then "said on <medium> that": the that-clause
    (
        "A spokesman for the ruling council, Colonel Ibrahim Sangare, said on national radio "
        "that the elections would be delayed until next year.",
        "Ibrahim Sangare",
        "the elections would be delayed",
    ),
    (
        "A spokeswoman for the army, Lieutenant Colonel Rachel Obi, said in a broadcast that "
        "the troops had withdrawn from the border town.",
        "Rachel Obi",
        "the troops had withdrawn",
    ),
    # the same apposition right after a wire dateline
    (
        "BAMAKO, March 14 (Reuters) - A spokesman for the transitional government, Colonel "
        "Ibrahim Sangare, said on state radio that Mali would leave the regional bloc.",
        "Ibrahim Sangare",
        "Mali would leave the regional bloc",
    ),
    (
        "KHARTOUM (AFP) - A spokesman for the armed forces, Nabil Abdalla, said Sudan had "
        "retaken the bridge.",
        "Nabil Abdalla",
        "Sudan had retaken the bridge",
    ),
    # "a spokesman for <State>'s <Body>": one title over the whole phrase
    (
        "A spokeswoman for China's Commerce Ministry said Beijing would respond to the new "
        "tariffs imposed by Washington.",
        "spokeswoman for China's Commerce Ministry",
        "Beijing would respond",
    ),
    (
        "A spokesman for Turkey's Defence Ministry said Ankara had sent two frigates to the "
        "eastern Mediterranean.",
        "spokesman for Turkey's Defence Ministry",
        "Ankara had sent two frigates",
    ),
    # "a spokesman for the Foreign Ministry" after a dateline naming a state
    (
        "ANKARA (Reuters) - A spokesman for the Foreign Ministry said Greece should stop "
        "arming its islands.",
        "spokesman for the Foreign Ministry",
        "Greece should stop arming",
    ),
    # seats of government that are not states.tsv's capitals
    (
        "Cotonou said on Tuesday that it would reopen its border with Niger.",
        "Benin",
        "it would reopen its border",
    ),
    (
        "Abidjan said on Friday that the detained soldiers should be freed at once.",
        "Côte d'Ivoire",
        "the detained soldiers should be freed",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_english_statement_found_with_its_speaker(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, words no statement may hold as its content)
NOT_CONTENT = [
    (
        "A spokesman for the ruling council, Colonel Ibrahim Sangare, said on national radio "
        "that the elections would be delayed until next year.",
        "A spokesman for the ruling council",
    ),
    (
        "A spokeswoman for China's Commerce Ministry said Beijing would respond to the new "
        "tariffs imposed by Washington.",
        "Commerce Ministry",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_CONTENT)
def test_title_phrase_is_not_content(text: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert found, "no statement"
    assert not any(words in c for _, c in found), found


def test_home_body_spokesman_belongs_to_the_dateline_state() -> None:
    x = extracted(
        "ANKARA (Reuters) - A spokesman for the Foreign Ministry said Greece should stop "
        "arming its islands.",
        "en",
        DAY,
    )
    by_id = {e.id: e for e in x.entities}
    speaker = by_id[x.quotes[0].speaker]
    assert speaker.state is not None and by_id[speaker.state].label == "Türkiye", speaker


# guards: nearby true output is kept
KEPT = [
    # the clause before a final cue is still the content
    (
        "Mali will not leave the regional bloc, Colonel Ibrahim Sangare said on Monday.",
        "Ibrahim Sangare",
        "Mali will not leave the regional bloc",
    ),
    # the name first, then the title: unchanged
    (
        "Ibrahim Sangare, a spokesman for the ruling council, said on national radio that "
        "the elections would be delayed.",
        "Ibrahim Sangare",
        "the elections would be delayed",
    ),
    # a spokesman for a state (no body after the possessive)
    (
        "A spokesman for Iran said Tehran would not negotiate under pressure.",
        "spokesman for Iran",
        "Tehran would not negotiate",
    ),
    # a body named with its state: the body speaks
    (
        "ANKARA (Reuters) - Turkey's Foreign Ministry said Greece should stop arming its islands.",
        "Turkish Ministry of Foreign Affairs",
        "Greece should stop arming",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), KEPT)
def test_nearby_statements_kept(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


def test_company_spokesman_after_dateline_is_not_a_state_title() -> None:
    x = extracted(
        "ANKARA (Reuters) - A spokesman for the company said the plant would reopen soon.",
        "en",
        DAY,
    )
    by_id = {e.id: e for e in x.entities}
    assert all(by_id[q.speaker].state is None for q in x.quotes), said(x)


# "the North" / "the South" in a story naming one of the two Koreas
KOREA = (
    "SEOUL (Reuters) - South Korea's Unification Ministry said on Tuesday that it would "
    "resume sending leaflets across the border.\n\n"
    "The North warned that the leaflets would be met with force. The South rejected the "
    "warning as intimidation. A ferry in the South China Sea was not affected."
)


def test_the_north_and_the_south_are_the_two_koreas() -> None:
    found = said(extracted(KOREA, "en", DAY))
    assert ("North Korea", "the leaflets would be met with force") in found, found
    assert any(s == "South Korea" and "the warning" in c for s, c in found), found


def test_the_north_alone_is_no_state_without_a_korea() -> None:
    x = extracted(
        "LONDON (Reuters) - Britain said on Tuesday that rail services would be cut. "
        "The North warned that the cuts would hurt growth.",
        "en",
        DAY,
    )
    assert not any(e.label == "North Korea" for e in x.entities), said(x)


def test_the_south_china_sea_is_not_south_korea() -> None:
    sea = KOREA.index("South China Sea")
    x = extracted(KOREA, "en", DAY)
    south = [e for e in x.entities if e.label == "South Korea"]
    assert south and not any(m.start == sea for e in south for m in e.mentions), south
