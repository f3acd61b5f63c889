"""Session-9 English statement families (issue #3), checked on fresh sentences of our own.

* a relative clause right after a name that opens its sentence ("Modi, who has insisted
  that ..., said ...") gives the named speaker a statement of its own;
* rejecting a claim named by a bare noun ("Manila rejected the accusation") is a
  statement; a bare reference to an event ("condemned the attack") still is not;
* ", and he urged ..." after a quoted fragment inside reported speech is a new clause
  with its own subject, not an attribution of the fragment;
* a pair subject after the content ("..., the two countries said in a joint statement")
  gives both members the words before it, not the occasion after the cue;
* new reporting verbs: maintained, hinted, reaffirmed, denounced; "telling" continues
  its subject like "saying" ("X agreed, telling reporters that ...");
* "the launch" in a content is about whoever fired it (the story's act told by a verb).
"""

from __future__ import annotations

from datetime import date

from factories import extracted

from kg.models import Extraction


def run(text: str, day: date = date(2023, 6, 14)) -> Extraction:
    return extracted(text, "en", day)


def said(x: Extraction) -> set[tuple[str, str]]:
    labels = {e.id: e.label for e in x.entities}
    return {(labels[q.speaker], q.text) for q in x.quotes}


def speakers_of(x: Extraction, words: str) -> set[str]:
    labels = {e.id: e.label for e in x.entities}
    return {labels[q.speaker] for q in x.quotes if words in q.text}


# -- relative clause after a sentence-initial name ---------------------------------------


def test_relative_cue_after_a_name_opening_the_sentence() -> None:
    x = run(
        "Indian Prime Minister Narendra Modi visited Washington on Wednesday.\n\n"
        "Modi, who has insisted that India will stay neutral over Ukraine, said on Thursday "
        "that New Delhi wanted a peaceful settlement."
    )
    assert speakers_of(x, "India will stay neutral over Ukraine") == {"Narendra Modi"}
    assert speakers_of(x, "New Delhi wanted a peaceful settlement") == {"Narendra Modi"}


# -- rejecting a claim -------------------------------------------------------------------


def test_rejecting_an_accusation_is_a_statement() -> None:
    x = run(
        "China accused the Philippines of provoking a clash near Second Thomas Shoal. "
        "The Philippines rejected the accusation on Monday."
    )
    assert speakers_of(x, "the accusation") == {"Philippines"}


def test_condemning_an_event_by_a_bare_noun_is_still_no_statement() -> None:
    x = run(
        "A drone struck a fuel depot in Belgorod on Friday. Russia condemned the attack. "
        "Ukraine denied the allegation."
    )
    assert speakers_of(x, "the attack") == set()
    assert speakers_of(x, "the allegation") == {"Ukraine"}


# -- a second clause after a quoted fragment ---------------------------------------------


def test_and_he_urged_after_a_quoted_fragment_is_a_statement() -> None:
    x = run(
        "Greek Foreign Minister Nikos Dendias told reporters on Tuesday that Turkish jets had "
        '"violated" Greek airspace dozens of times, and he urged the European Union to '
        "respond firmly."
    )
    assert ("Nikos Dendias", "the European Union to respond firmly") in said(x)
    assert speakers_of(x, "Turkish jets had") == {"Nikos Dendias"}


# -- a pair speaking after the content ---------------------------------------------------


def test_pair_after_the_content_with_a_joint_statement() -> None:
    x = run(
        "RIYADH, June 14 (Reuters) - Saudi Arabia and Iran will reopen their embassies "
        "within two months, the two countries said in a joint statement."
    )
    got = said(x)
    content = "Saudi Arabia and Iran will reopen their embassies within two months"
    assert ("Saudi Arabia", content) in got
    assert ("Iran", content) in got
    assert not any(t == "a joint statement" for _, t in got)


def test_named_speaker_after_the_content_is_kept() -> None:
    x = run(
        "Egypt will host the next round of talks, the Egyptian foreign ministry said in a "
        "statement."
    )
    assert speakers_of(x, "Egypt will host the next round of talks") == {
        "Egyptian Ministry of Foreign Affairs"
    }


# -- new reporting verbs -------------------------------------------------------------------


def test_maintained_and_hinted_are_cues() -> None:
    x = run(
        "Swedish Prime Minister Ulf Kristersson conceded that the protest had hurt ties, "
        "but maintained that free speech was protected by law. German Chancellor Olaf "
        "Scholz hinted that Berlin could send more air defence systems."
    )
    assert speakers_of(x, "free speech was protected by law") == {"Ulf Kristersson"}
    assert speakers_of(x, "the protest had hurt ties") == {"Ulf Kristersson"}
    assert speakers_of(x, "Berlin could send more air defence systems") == {"Olaf Scholz"}


# -- "X agreed, telling ...": a participle cue -----------------------------------------------


def test_telling_participle_gives_the_subject_a_statement() -> None:
    x = run(
        "Polish President Andrzej Duda spoke first.\n\n"
        "EU foreign policy chief Josep Borrell agreed, telling a news conference in Brussels "
        'that the bloc saw no deliberate attack. "Poland is not alone," he said.'
    )
    assert speakers_of(x, "the bloc saw no deliberate attack") == {"Josep Borrell"}
    assert speakers_of(x, "Poland is not alone") == {"Josep Borrell"}


# -- the story's launch: its author is talked about ---------------------------------------------


def test_the_launch_is_about_whoever_fired_it() -> None:
    x = run(
        "SEOUL, Nov 2 (Reuters) - North Korea fired an intercontinental ballistic missile on "
        "Thursday. South Korean President Yoon Suk-yeol said the launch was a grave threat to "
        "peace."
    )
    labels = {e.id: e.label for e in x.entities}
    about = {labels[a] for q in x.quotes if "the launch" in q.text for a in q.about}
    assert "North Korea" in about


# -- "..., which X called a Y": an object relative clause -----------------------------------


def test_which_x_called_a_noun_is_a_statement_about_the_act() -> None:
    x = run(
        "Ankara stopped all exports to Israel on Thursday, which Israel called a blockade "
        "of its ports."
    )
    labels = {e.id: e.label for e in x.entities}
    got = [(labels[q.speaker], q.text, {labels[a] for a in q.about}) for q in x.quotes]
    assert [(s, t) for s, t, _ in got] == [("Israel", "a blockade of its ports")]
    assert "Türkiye" in got[0][2]


def test_called_with_its_object_after_it_is_not_a_relative() -> None:
    x = run("Israel called a meeting of the Security Council on Thursday.")
    assert not any(q.text.startswith("a meeting") for q in x.quotes)
