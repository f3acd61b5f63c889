"""Fresh English wire text (session 6, helper s6h14): people the gazetteer does not know
(a military rank and no role, a name set off after "a spokesman for the X", an untitled
name before a verb of moving), officials placed by a capital, the state of a stateless
title, and "failed to" before an act."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted
from factories import relations_with_modality as _relations

from kg.models import Extraction


def _run(
    text: str, published: datetime.date = datetime.date(2021, 6, 14), lang: str = "en"
) -> Extraction:
    return extracted(text, lang, published)


def _quotes(x: Extraction) -> set[tuple[str, str]]:
    label = {e.id: e.label for e in x.entities}
    return {(label[q.speaker], q.text) for q in x.quotes}


def _speaker_states(x: Extraction) -> set[tuple[str, str | None]]:
    ents = {e.id: e for e in x.entities}
    out: set[tuple[str, str | None]] = set()
    for q in x.quotes:
        sp = ents[q.speaker]
        state = ents[sp.state].label if sp.state in ents else None
        out.add((sp.label, state))
    return out


# ---------------------------------------------------------------- a rank and no role
def test_unknown_name_after_a_military_rank_speaks() -> None:
    x = _run("Vice Admiral Kamal Haddad said the navy had intercepted two boats off the coast.")
    assert ("Kamal Haddad", "the navy had intercepted two boats off the coast") in _quotes(x)
    x = _run("Major General Oleksiy Hromov told reporters that the bridge had been destroyed.")
    assert ("Oleksiy Hromov", "the bridge had been destroyed") in _quotes(x)


def test_unknown_name_after_a_rank_speaks_after_an_inverted_verb() -> None:
    x = _run("The convoy reached the border before dawn, said Brigadier General Omar Fadl.")
    assert ("Omar Fadl", "The convoy reached the border before dawn") in _quotes(x)


def test_clause_before_a_ranked_name_and_its_verb_is_the_content() -> None:
    x = _run("Two patrol boats were sunk near the island, Rear Admiral Peter Olsen said.")
    assert ("Peter Olsen", "Two patrol boats were sunk near the island") in _quotes(x)


def test_hyphened_given_name_is_part_of_an_unknown_speaking_name() -> None:
    x = _run("Chen Kuo-hua told reporters that the drills had ended.")
    assert ("Chen Kuo-hua", "the drills had ended") in _quotes(x)
    x = _run("The drills had ended, said Chen Kuo-hua.")
    assert ("Chen Kuo-hua", "The drills had ended") in _quotes(x)


THE_SPEAKER_HAS_THIS_STATE_CASES = [
    # guard: a title before the rank gives the role and its state, as before
    pytest.param(
        "Egyptian army spokesman Colonel Gharib Abdel Hafez said the troops had returned "
        "to their bases.",
        ("Gharib Abdel Hafez", "Egypt"),
        id="titled_officer_keeps_the_state_of_the_title",
    ),
    # ----------------------------------------------------------- the state of a title
    pytest.param(
        "NEW DELHI, May 3 (Reuters) - India lodged a protest over the shelling of border "
        "villages.\n\nIn Islamabad, Foreign Ministry spokeswoman Aisha Karimi said Pakistan "
        "rejected the allegation.",
        ("Aisha Karimi", "Pakistan"),
        id="round_up_paragraph_on_another_capital_gives_the_title_its_state",
    ),
    pytest.param(
        "TOKYO, June 2 (AP) - Japan scrambled fighter jets on Tuesday. The Russian Defense "
        "Ministry said the bombers had flown over neutral waters. Defense Ministry "
        "spokesman Pavel Gorin said the flight was routine.",
        ("Pavel Gorin", "Russia"),
        id="body_named_with_its_state_gives_the_later_title_its_state",
    ),
    # guard: no other capital or body: the dateline's state, as before
    pytest.param(
        "NEW DELHI, May 3 (Reuters) - Foreign Ministry spokesman Rajiv Mehra said India "
        "had summoned the envoy.",
        ("Rajiv Mehra", "India"),
        id="stateless_title_in_a_datelined_story_keeps_the_home_state",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_SPEAKER_HAS_THIS_STATE_CASES)
def test_the_speaker_has_this_state(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _speaker_states(_run(text))


# ------------------------------------------------------- a name set off after a title
def test_name_apposed_to_an_indefinite_spokesman_phrase_speaks() -> None:
    x = _run(
        "A spokeswoman for the mission, Farah Nasser, told reporters that the observers "
        "had left the town."
    )
    assert ("Farah Nasser", "the observers had left the town") in _quotes(x)
    x = _run(
        "A spokesman for the coalition, Colonel Turki Maliki, said the missile had been "
        "intercepted over the capital."
    )
    assert ("Turki Maliki", "the missile had been intercepted over the capital") in _quotes(x)


def test_list_of_names_before_a_verb_is_not_an_apposition() -> None:
    # guard: no title word before the comma: no new person from the run of names
    x = _run("In the end, Oslo, Bern Kessler, said nothing more about the deal.")
    assert "Bern Kessler" not in {e.label for e in x.entities}


# ------------------------------------------------------ officials placed by a capital
def test_officials_in_a_capital_speak_for_its_state() -> None:
    x = _run("Officials in Ankara said Turkey would not extend the grain corridor deal.")
    assert any(state == "Türkiye" for _, state in _speaker_states(x))
    x = _run("A senior official in Warsaw said Poland would close two more border crossings.")
    assert any(state == "Poland" for _, state in _speaker_states(x))


def test_other_people_in_a_capital_are_not_its_officials() -> None:
    x = _run("Reporters in Ankara said Turkey would not extend the grain corridor deal.")
    assert all(state != "Türkiye" for _, state in _speaker_states(x))


# -------------------------------------------------- an untitled name before a move
def test_untitled_unknown_name_before_fled_is_a_person_actor() -> None:
    x = _run("Guo Wengui fled to the United States in 2014.")
    rels = _relations(x)
    assert ("Guo Wengui", "FLEE", "United States", "asserted") in rels
    person = next(e for e in x.entities if e.label == "Guo Wengui")
    assert person.type.value == "Person"


def test_organisation_before_a_move_verb_is_not_a_person() -> None:
    x = _run("Human Rights Watch visited Iraq in March.")
    assert not any(e.type.value == "Person" for e in x.entities)


# ------------------------------------------------------------------- failed to
def test_failed_to_negates_the_act_that_follows() -> None:
    x = _run("The European Union failed to deliver the promised ammunition to Ukraine.")
    assert ("European Union", "AID", "Ukraine", "negated") in _relations(x)
    x = _run("أخفقت اليابان في تقديم مساعدات عسكرية للفلبين.", lang="ar")
    assert any(r[1] == "AID" and r[3] == "negated" for r in _relations(x))


def test_act_after_talks_failed_stays_asserted() -> None:
    x = _run("After talks failed, Germany delivered tanks to Poland.")
    assert ("Germany", "AID", "Poland", "asserted") in _relations(x)
    x = _run("وبعد فشل المحادثات، قدمت اليابان مساعدات عسكرية للفلبين.", lang="ar")
    assert not any(r[3] == "negated" for r in _relations(x))


# ------------------------------------------------- an abbreviation with its dot
def test_unnamed_official_after_a_dotted_abbreviation_speaks_for_its_state() -> None:
    x = _run("Pyongyang fired two missiles toward the sea, a senior U.S. official said.")
    assert ("senior U.S. official", "United States") in _speaker_states(x)
    x = _run("U.K. officials said the embassy in Kabul would close.")
    assert any(state == "United Kingdom" for _, state in _speaker_states(x))


def test_dotted_abbreviation_before_a_body_keeps_the_body() -> None:
    # guard: "the U.S. military" is the armed forces, not an unnamed official
    x = _run("The U.S. military said it had struck a depot in eastern Syria.")
    assert {label for label, _ in _speaker_states(x)} == {"American Armed Forces"}
