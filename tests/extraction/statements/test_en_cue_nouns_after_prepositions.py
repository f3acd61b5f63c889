"""S12-QEN: classes of English statements (precision first).

- a cue form in -s right after a preposition is a plural noun, not a verb ("summoned the
  envoy over reports that ...", "amid calls for ...", "after demands from X that ..."):
  no statement, and above all not one by the actor named before it;
- ", while analysts said ...": a contrastive clause with a speech verb of its own ends
  the content before it, even when its subject is no actor we link;
- "X thanked Y" with no reason ("for ...") and no clause is a courtesy, no claim (the
  relations still read it); "thanked Y for Z" stays a statement;
- ", whom X branded ..., <main verb>": the content of a cue in a relative clause set off
  by commas ends at the comma that closes it;
- "said at least 20 people were killed": "at least" is part of the figure, not an occasion
  ("said at a news conference") to skip;
- "Russia, the statement said, had violated ...": an unnamed subject set off by commas
  inside the reported clause; the name before the commas is part of the content, not its
  speaker (the statement's issuer is, when one was named before);
- readouts: "The White House said Biden spoke with X by phone and urged him to ...": the
  person who held the talks urges, relayed by the body that reports the call;
- 'The delegation raised "serious concerns" about the pact, the White House said': words on
  both sides of a quoted fragment make one reported clause, not the fragment alone;
- "accused X of seizing land that belongs to Y": "that" after the object of "of" + gerund
  is a relative pronoun, not a complementiser opening the content;
- "X agreed that A, and that B, according to Y": the repeated "that" is X's, inside the
  relayed content; one statement, not two;
- "called for calm ..., and has proposed early elections": the subject's next act ends an
  object content;
- "..., a claim Moscow has not commented on": the writer's note on the claim ends it;
- "said the attack showed that ...": the reported clause starts at its subject, not after
  the inner "that";
- "X, a centrist who invited Y to Berlin, when he praised ...": he/she after a
  subordinator is the person the "who" clause is said of, not the one named inside it.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

_DAY = datetime.date(2024, 5, 10)


def _said(text: str) -> dict[str, tuple[str, str | None]]:
    """Statement text -> (speaker label, via label)."""
    x = extracted(text, "en", _DAY)
    labels = {e.id: e.label for e in x.entities}
    return {q.text: (labels[q.speaker], labels[q.via] if q.via else None) for q in x.quotes}


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia summoned Australia's ambassador on Monday over reports that Canberra had "
        "spied on President Joko Widodo's phone.",
        "Protests spread across Dhaka amid calls for Prime Minister Sheikh Hasina to resign.",
        "Israel closed the crossing after demands from Egypt that the convoy be searched.",
    ],
)
def test_plural_cue_noun_after_a_preposition_is_no_statement(text: str) -> None:
    assert _said(text) == {}


def test_a_verb_in_s_after_its_subject_still_speaks() -> None:
    said = _said("Egypt says the Rafah crossing remains open on its side.")
    assert said == {"the Rafah crossing remains open on its side": ("Egypt", None)}


def test_while_clause_with_its_own_speech_verb_ends_the_content() -> None:
    said = _said(
        "Indonesian lawmakers called for the expulsion of Australian diplomats, while "
        "analysts said the row was unlikely to derail a defence pact."
    )
    assert list(said) == ["the expulsion of Australian diplomats"]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Joe Biden thanked Qatar and Egypt.",
        "Turkish President Recep Tayyip Erdogan thanked Saudi Arabia and Jordan on Sunday.",
    ],
)
def test_thanks_with_no_reason_is_no_claim(text: str) -> None:
    assert _said(text) == {}


def test_thanks_without_reason_keeps_the_participle_that_follows() -> None:
    said = _said(
        "U.S. President Joe Biden thanked Qatar and Egypt, saying their mediation had saved lives."
    )
    assert said == {"their mediation had saved lives": ("Joe Biden", None)}


def test_thanks_for_something_stays_a_statement() -> None:
    said = _said("Turkish President Recep Tayyip Erdogan thanked Saudi Arabia for its hospitality.")
    assert list(said) == ["Saudi Arabia for its hospitality"]


def test_relative_naming_clause_ends_at_its_comma() -> None:
    said = _said(
        "Serbian President Aleksandar Vucic, whom Kosovo had branded a warmonger, arrived in "
        "Brussels on Monday."
    )
    assert not any("arrived" in t for t in said)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ukraine's interior minister Ihor Klymenko said at least 20 people were killed "
            "in the strike.",
            "at least 20 people were killed in the strike",
        ),
        (
            "Israeli military spokesman Daniel Hagari said on Sunday at least three rockets "
            "had been intercepted.",
            "at least three rockets had been intercepted",
        ),
    ],
)
def test_at_least_opens_the_reported_figure(text: str, content: str) -> None:
    assert content in _said(text)


def test_said_at_an_occasion_is_still_skipped() -> None:
    said = _said(
        "Ukrainian President Volodymyr Zelensky said at a news conference in Kyiv that the "
        "army needed more air defence."
    )
    assert list(said) == ["the army needed more air defence"]


def test_unnamed_parenthetical_subject_does_not_make_the_name_before_it_speak() -> None:
    said = _said("Russia, the statement said, had violated the truce at least 40 times.")
    assert all(speaker != "Russia" for speaker, _ in said.values())


def test_parenthetical_statement_speaks_for_its_issuer() -> None:
    said = _said(
        "Ukraine's Foreign Ministry issued a statement on Monday. Russia, the statement "
        "said, had violated the truce at least 40 times."
    )
    assert said == {
        "had violated the truce at least 40 times": ("Ukrainian Ministry of Foreign Affairs", None)
    }


def test_named_parenthetical_subject_still_speaks() -> None:
    said = _said(
        "U.S. Secretary of State Antony Blinken met Israeli leaders in Tel Aviv. The "
        'ceasefire, Blinken said, was "within reach."'
    )
    assert [s for s, _ in said.values()] == ["Antony Blinken"]


def test_readout_coordinated_cue_goes_to_the_person_who_held_the_talks() -> None:
    said = _said(
        "The White House said U.S. President Joe Biden spoke with Israeli Prime Minister "
        "Benjamin Netanyahu by phone and urged him to allow more aid into Gaza."
    )
    assert said["him to allow more aid into Gaza"] == ("Joe Biden", "White House")


def test_coordinated_cue_after_a_plain_report_stays_with_the_reporter() -> None:
    said = _said(
        "Iran's foreign ministry spokesman Nasser Kanaani said the strikes were a violation "
        "of Iraqi sovereignty and warned that Tehran would respond."
    )
    assert said["Tehran would respond"] == ("Nasser Kanaani", None)


def test_quoted_fragment_inside_a_clause_reports_the_clause() -> None:
    said = _said(
        'The two leaders discussed "concrete steps" to end the fighting, the Kremlin said in '
        "a statement."
    )
    assert list(said) == ['The two leaders discussed "concrete steps" to end the fighting']


def test_quotation_that_ends_its_clause_stays_the_content() -> None:
    said = _said('"We will respond," Iranian Foreign Minister Hossein Amir-Abdollahian said.')
    assert list(said) == ["We will respond"]


def test_that_after_a_gerund_object_is_relative() -> None:
    said = _said(
        "Venezuelan President Nicolas Maduro accused Guyana of occupying land that belongs "
        "to Venezuela."
    )
    assert list(said) == ["Guyana of occupying land that belongs to Venezuela"]


def test_that_after_a_gerund_of_saying_still_opens_a_clause() -> None:
    said = _said(
        "Russian Foreign Minister Sergei Lavrov accused Washington of claiming that the "
        "vote had been rigged."
    )
    assert all("rigged" in t for t in said)


def test_repeated_that_inside_a_relayed_clause_is_one_statement() -> None:
    said = _said(
        "Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah in Cairo. The "
        "two leaders agreed that Egypt would host the next round of talks, and that the "
        "crossing would reopen within a week, according to a statement from Sisi's office."
    )
    assert [t for t in said if "crossing" in t] == [
        "The two leaders agreed that Egypt would host the next round of talks, and that the "
        "crossing would reopen within a week"
    ]


def test_second_predicate_of_the_subject_ends_an_object_content() -> None:
    said = _said(
        "Peruvian President Dina Boluarte has called for calm after protests in which at "
        "least 20 people have died, and has proposed bringing forward general elections."
    )
    assert list(said) == ["calm after protests in which at least 20 people have died"]


def test_claim_apposition_with_an_actor_ends_the_content() -> None:
    said = _said(
        "Ukrainian President Volodymyr Zelenskyy said Russia is preparing a new offensive "
        "in the northeast, a claim Moscow has not commented on."
    )
    assert list(said) == ["Russia is preparing a new offensive in the northeast"]


def test_reported_clause_starts_at_its_subject_before_an_inner_that() -> None:
    said = _said(
        "Ukrainian President Volodymyr Zelenskyy said the latest attack proved that Moscow "
        "was not interested in peace."
    )
    assert list(said) == ["the latest attack proved that Moscow was not interested in peace"]


def test_said_in_a_statement_released_that_still_skips_the_occasion() -> None:
    said = _said(
        "Ukrainian President Volodymyr Zelenskyy said in a statement released on Monday "
        "that the army would hold the line."
    )
    assert list(said) == ["the army would hold the line"]


def test_pronoun_after_a_who_clause_is_its_antecedent_not_its_object() -> None:
    said = _said(
        "The decision is a setback for German Chancellor Olaf Scholz, a centrist who invited "
        "Chinese Premier Li Qiang to Berlin in June, when he praised China as an "
        "indispensable partner."
    )
    assert said == {"China as an indispensable partner": ("Olaf Scholz", None)}


def test_pronoun_starting_a_sentence_keeps_the_discourse_speaker() -> None:
    said = _said(
        "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in "
        "Beijing on Tuesday. He said Moscow and Beijing would coordinate at the U.N."
    )
    assert [s for s, _ in said.values()] == ["Sergey Lavrov"]
