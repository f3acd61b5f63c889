"""English "recognize/recognise" reports a clause ("Honduras recognized that there is only
one China"), like "acknowledge"; recognising a state or an independence (a plain object) is
an act, and "does not recognise" says nothing."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 3, 26)

# (text, speaker, words the content holds)
FOUND = [
    (
        "TEGUCIGALPA (Reuters) - In the joint communique, Honduras recognized that there is "
        "only one China in the world.",
        "Honduras",
        "there is only one China in the world",
    ),
    (
        "LONDON (Reuters) - Britain recognised that the talks with the European Union had been "
        "difficult.",
        "United Kingdom",
        "the talks with the European Union had been difficult",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_recognized_that_is_a_statement(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, words no statement may hold)
SILENT = [
    (
        "WASHINGTON (Reuters) - The United States recognized Kosovo's independence in 2008.",
        "Kosovo",
    ),
    ("MOSCOW (Reuters) - Russia recognised the independence of Abkhazia in 2008.", "Abkhazia"),
    (
        "BEIJING (Reuters) - A tribunal ruled against China's claims in 2016, a decision Beijing "
        "does not recognise.",
        "a decision",
    ),
]


@pytest.mark.parametrize(("text", "words"), SILENT)
def test_recognizing_an_object_is_no_statement(text: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert not [c for _, c in found if words in c], found
