"""English: a speech gerund right after "after"/"before"/"while"/"since" that reports a
clause ("..., days after warning it would cut ties", "a day after saying that ...") is a
statement of the sentence's subject.  A gerund after "without" or one that is no speech
("fired without warning", "while searching the port") is not read this way."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 6, 17)

# (text, speaker, words the content holds)
FOUND = [
    (
        "SEOUL (Reuters) - North Korea blew up a liaison office on Tuesday, days after warning "
        "it would cut ties with Seoul.",
        "North Korea",
        "it would cut ties with Seoul",
    ),
    (
        "MOSCOW (Reuters) - Russia expelled two British diplomats on Friday, a day after "
        "saying that London had sent spies under diplomatic cover.",
        "Russia",
        "London had sent spies under diplomatic cover",
    ),
    (
        "BANGKOK (Reuters) - Thailand closed its border crossings with Cambodia on Monday, "
        "hours after insisting its troops had only returned fire.",
        "Thailand",
        "its troops had only returned fire",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_gerund_after_time_conjunction_is_subjects(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, words no statement may hold)
SILENT = [
    (
        "KYIV (Reuters) - Russian troops fired without warning on the convoy near Kharkiv.",
        "on the convoy",
    ),
    (
        "ANKARA (Reuters) - Turkish police detained the suspects while searching the port.",
        "the port",
    ),
]


@pytest.mark.parametrize(("text", "words"), SILENT)
def test_gerund_without_clause_is_no_statement(text: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert not [c for _, c in found if words in c], found
