"""Session 10, round 3 (S10-R3-H3): relation precision -- objects and actors that are wrong.

- A nationality adjective compounded with an ownership participle ("a Greek-owned
  tanker", "a Norwegian-operated ship") says whose the ship or firm is: that state is no
  object of the seizure or strike (the flag state, "British-flagged", stays one).
- A capital where a force is based ("a drone base in Niamey", "قاعدة عسكرية في مقديشو")
  stands for its state as the object of PRESENCE, as it does for visits and aid.
- A news outlet that carries the report ("welcomed it in remarks carried by the X News
  Agency") is no patient of support, agreement, cooperation, aid or concession.
- An act noun named in the speaker's words ("condemned what it called an assault on
  democracy in X") has no doer in the clause: the namer is not its attacker.

All sentences are written for these tests (real public events, other wording than any
evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, relation_triples


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, lang, date(2024, 5, 14), article_id="s10r3h3"))


@pytest.mark.parametrize(
    ("text", "lang", "absent", "present"),
    [
        # ownership adjectives are no patient
        (
            "Houthi rebels attacked a Greek-owned oil tanker off Yemen on Wednesday, a "
            "maritime security firm said.",
            "en",
            ("Houthis", "ASSAULT", "Greece"),
            None,
        ),
        (
            "Houthi militants seized a Bahamas-managed cargo ship in the Red Sea on Sunday, "
            "the group said.",
            "en",
            ("Houthis", "COERCE", "Bahamas"),
            None,
        ),
        (
            "Iranian commandos seized a Panamanian-operated tanker in the Gulf on Friday.",
            "en",
            ("Iranian Armed Forces", "COERCE", "Panama"),
            None,
        ),
        (
            "The Iranian navy seized a Marshall Islands-owned tanker in the Gulf of Oman.",
            "en",
            ("Iranian Navy", "COERCE", "Marshall Islands"),
            None,
        ),
        # guard: a state's own ship named by its adjective alone stays its object, and so
        # does a flag state
        (
            "Iranian commandos seized a Panamanian-flagged tanker in the Gulf on Friday.",
            "en",
            None,
            ("Iranian Armed Forces", "COERCE", "Panama"),
        ),
        (
            "Iran seized a British tanker in the Strait of Hormuz in July 2019.",
            "en",
            None,
            ("Iran", "COERCE", "United Kingdom"),
        ),
        # a capital as the place of a base: its state
        (
            "The United States keeps troops at a military base in Mogadishu, officials said.",
            "en",
            ("United States", "PRESENCE", "Mogadishu"),
            None,
        ),
        (
            "Turkey will keep its military base in Mogadishu, the defence ministry said.",
            "en",
            None,
            ("Türkiye", "PRESENCE", "Somalia"),
        ),
        (
            "Washington maintains troops in Baghdad and in northern Syria, the Pentagon said.",
            "en",
            None,
            ("United States", "PRESENCE", "Iraq"),
        ),
        (
            "وقالت وزارة الدفاع التركية إن تركيا ستحتفظ بقاعدتها العسكرية في مقديشو.",
            "ar",
            None,
            ("Türkiye", "PRESENCE", "Somalia"),
        ),
        # the namer of an act is not its doer
        (
            "Brazil condemned what it called an attack on democracy in Bolivia.",
            "en",
            ("Brazil", "ASSAULT", "Bolivia"),
            None,
        ),
        (
            "Chile denounced what it described as an assault on democracy in Venezuela.",
            "en",
            ("Chile", "ASSAULT", "Venezuela"),
            None,
        ),
        (
            "Kenya condemned what Nairobi called an attack on civilians in Sudan.",
            "en",
            ("Kenya", "ASSAULT", "Sudan"),
            None,
        ),
        # guard: an attack by a named side in the speaker's words keeps its doer
        (
            "Poland condemned what it called an attack by Belarus on its border guards.",
            "en",
            None,
            ("Belarus", "ASSAULT", "Poland"),
        ),
        # an outlet carrying the words is no patient
        (
            "King Salman welcomed the deal in remarks carried by the Saudi Press Agency.",
            "en",
            ("Salman bin Abdulaziz Al Saud", "SUPPORT", "Saudi Press Agency"),
            None,
        ),
        (
            "Emir Tamim welcomed the ceasefire in remarks carried by the Qatar News Agency "
            "on Sunday.",
            "en",
            ("Tamim bin Hamad Al Thani", "SUPPORT", "Qatar News Agency"),
            None,
        ),
        # guard: the parties of the deal the outlet reports are kept
        (
            "Saudi Arabia welcomed the agreement between Iraq and Kuwait, the Saudi Press "
            "Agency reported.",
            "en",
            None,
            ("Iraq", "AGREE", "Kuwait"),
        ),
    ],
)
def test_wrong_objects_and_doers_are_not_coded(
    text: str,
    lang: str,
    absent: tuple[str, str, str] | None,
    present: tuple[str, str, str] | None,
) -> None:
    got = triples(text, lang)
    if absent is not None:
        assert absent not in got, got
    if present is not None:
        assert present in got, got
