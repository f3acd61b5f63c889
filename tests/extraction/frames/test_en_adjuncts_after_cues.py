"""English relation frames, session 17 second round (S17-FRAME-EN2): a participial adjunct
hanging on an attribution cue when the sentence opens with a quotation or a pronoun
('"...," he said in a speech, accusing X of ...') is the speaker's act; not when a verb or
an actor of its own comes between. Fresh news-style sentences about other events."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_he_said_accusing_is_the_speakers_accusation() -> None:
    got = triples(
        "Hungarian Prime Minister Viktor Orban warned on Monday that Budapest would block "
        'the aid package. "We will not pay for this war," he said in a radio interview, '
        "accusing Ukrainian President Volodymyr Zelensky of blackmail."
    )
    assert ("Viktor Orban", "ACCUSE", "Volodymyr Zelenskyy") in got


def test_a_quote_then_named_speaker_thanking() -> None:
    got = triples(
        '"This is a turning point for our economy," Kenyan President William Ruto said on '
        "X, thanking Japan for its support."
    )
    assert ("William Ruto", "SUPPORT", "Japan") in got


def test_an_adjunct_after_another_verb_is_not_the_speakers() -> None:
    got = triples(
        '"The danger is real," he said. "We will not pay," Orban said, as protesters '
        "marched in Budapest, accusing Brussels of blackmail."
    )
    assert ("Viktor Orban", "ACCUSE", "European Union") not in got
