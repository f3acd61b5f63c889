"""S9-R4 English entity leftovers, on fresh sentences: a surname that is also an
organisation's alias after the full name, "Foreign Office" in a story datelined in
Germany, a transposed-vowel spelling of a known surname, "the alliance" after an
acronym read only inside a title, and provinces named after a state."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, speaker_of

from kg.models import Extraction

DAY = datetime.date(2023, 3, 15)


def _label_of(x: Extraction, surface: str, nth: int = 0) -> str | None:
    """The label of the entity with the ``nth`` mention written ``surface``."""
    hits = [(m.start, e.label) for e in x.entities for m in e.mentions if m.text == surface]
    hits.sort()
    return hits[nth][1] if len(hits) > nth else None


def _role_state(x: Extraction, person: str) -> str | None:
    labels = {e.id: e.label for e in x.entities}
    ent = next(e for e in x.entities if e.label == person)
    return labels.get(ent.roles[0].of or "") if ent.roles else None


CASES = [
    # a surname that is also an organisation's one-word alias: the person named before
    (
        "BERLIN, March 15 (Reuters) - Germany summoned Iran's ambassador on Wednesday. Deputy "
        "spokesman Christian Wagner said the sentence was unacceptable. Wagner added that "
        "Berlin would coordinate with its partners.",
        "Wagner",
        0,
        "Christian Wagner",
    ),
    # guard: with no such person, the word stays the organisation
    (
        "KYIV, March 15 (Reuters) - Wagner fighters pressed their assault on Bakhmut on "
        "Wednesday, Ukraine's military said.",
        "Wagner",
        0,
        "Wagner Group",
    ),
    # a transposed-vowel spelling of a known person: the known person
    (
        "TUNIS, March 15 (Reuters) - Tunisian President Kais Saeid sacked his foreign minister "
        "on Wednesday.",
        "Kais Saeid",
        0,
        "Kais Saied",
    ),
    # a province named after a state is not that state
    (
        "OTTAWA, March 15 (Reuters) - Wildfires forced thousands to flee in British Columbia "
        "on Wednesday, officials said.",
        "British Columbia",
        0,
        "British Columbia",
    ),
    # guard: the state itself, next to the province
    (
        "OTTAWA, March 15 (Reuters) - Britain sent firefighters to British Columbia on "
        "Wednesday, Canadian officials said.",
        "Britain",
        0,
        "United Kingdom",
    ),
    # "the alliance" after an acronym read only inside a title refers to it
    (
        "VILNIUS, March 15 (Reuters) - NATO Secretary-General Jens Stoltenberg said on "
        "Wednesday that the alliance would deploy more jets to the Baltic states.",
        "the alliance",
        0,
        "North Atlantic Treaty Organization",
    ),
]


@pytest.mark.parametrize(("text", "surface", "nth", "label"), CASES)
def test_english_mention_links_to_the_right_entity(
    text: str, surface: str, nth: int, label: str
) -> None:
    assert _label_of(extracted(text, "en", DAY), surface, nth) == label


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "BERLIN, March 15 (Reuters) - Foreign Office spokesman Christian Wagner told a "
            "news conference that the detention of the journalist was arbitrary.",
            "Christian Wagner",
            "Germany",
        ),
        (  # guard: a London story, Britain's Foreign Office
            "LONDON, March 15 (Reuters) - Foreign Office minister Andrew Mitchell told "
            "lawmakers that aid would reach Sudan within days.",
            "Andrew Mitchell",
            "United Kingdom",
        ),
    ],
)
def test_foreign_office_title_takes_the_dateline_state(text: str, person: str, state: str) -> None:
    assert _role_state(extracted(text, "en", DAY), person) == state


def test_surname_back_reference_keeps_the_speaker() -> None:
    x = extracted(
        "BERLIN, March 15 (Reuters) - Foreign Office spokesman Christian Wagner condemned the "
        'verdict. "This is a show trial," Wagner told reporters.',
        "en",
        DAY,
    )
    assert speaker_of(x, "show trial") == "Christian Wagner"
