"""English statements (session 11): fronted clauses before a titled speaker, pronoun
subjects of coordinated cues, quotations inside quotations, "it added" after a body's
quotation, border services, trailing relays, "as X said" asides and demonstrative
"that".  Fresh news-style sentences, written for these tests."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction, Statement


def run(text: str) -> Extraction:
    return extract(Article(id="t", lang="en", text=text, published=date(2025, 6, 12)))


def label(x: Extraction, entity_id: str | None) -> str | None:
    return x.entity(entity_id).label if entity_id else None


def by_text(x: Extraction, fragment: str) -> Statement:
    found = [q for q in x.quotes if fragment in q.text]
    assert found, f"no statement containing {fragment!r} in {[q.text for q in x.quotes]}"
    return found[0]


# ------------------------------------------------------- fronted clause, titled speaker


def test_a_fronted_clause_with_a_modal_before_a_titled_speaker_is_what_he_said() -> None:
    x = run("The ceasefire will hold, Dutch Foreign Minister Caspar Veldkamp said on Sunday.")
    q = by_text(x, "The ceasefire will hold")
    assert label(x, q.speaker) == "Caspar Veldkamp"
    assert q.text == "The ceasefire will hold"


def test_a_fronted_clause_with_be_before_a_body_is_what_it_said() -> None:
    x = run("The talks were constructive, the Egyptian foreign ministry said.")
    q = by_text(x, "The talks were constructive")
    assert label(x, q.speaker) == "Egyptian Ministry of Foreign Affairs"


def test_a_fronted_negated_clause_before_a_surname_is_a_statement() -> None:
    x = run("The ceasefire has not been violated, Peskov told reporters.")
    assert label(x, by_text(x, "has not been violated").speaker) == "Dmitry Peskov"


def test_a_title_phrase_before_an_apposed_name_is_still_no_content() -> None:
    x = run("A spokesman for the ministry, Lin Jian, said Beijing opposed the sanctions.")
    assert [q.text for q in x.quotes] == ["Beijing opposed the sanctions"]
    assert label(x, x.quotes[0].speaker) == "Lin Jian"


# ------------------------------------------------------- pronoun subject, coordinated cue


def test_he_who_asked_goes_on_speaking_after_and_said_not_the_state_named_before() -> None:
    x = run(
        "Philippine President Ferdinand Marcos spoke to lawmakers on Monday. He asked "
        "neighbours to respect the Philippines' right to choose its partners, and said the "
        "pact would not threaten anyone."
    )
    q = by_text(x, "the pact would not threaten anyone")
    assert label(x, q.speaker) == "Ferdinand Marcos"


def test_the_pronoun_of_a_coordinated_cue_follows_the_quotation_before_it() -> None:
    x = run(
        "Chinese Foreign Ministry spokesperson Lin Jian said on Monday that Beijing would "
        'respond. "We signed this with our eyes open," Kenyan President William Ruto told '
        "parliament on Tuesday. He urged neighbours to respect Kenya's choices, and said "
        "the agreement would not harm regional peace."
    )
    q = by_text(x, "the agreement would not harm regional peace")
    assert label(x, q.speaker) == "William Ruto"


# ------------------------------------------------------- quotations inside quotations


def test_words_quoted_inside_a_quotation_are_no_statement_of_their_own() -> None:
    x = run(
        "\"The Czech government has ignored Beijing's position and created the false "
        "impression of 'two Chinas' in the world,\" the Chinese foreign ministry said in a "
        "statement."
    )
    assert len(x.quotes) == 1
    assert "'two Chinas'" in x.quotes[0].text


# ------------------------------------------------------- "it added" after a body's quote


def test_it_added_goes_on_with_the_ministry_not_the_state_that_spoke_before() -> None:
    x = run(
        "Hanoi (AFP) - Vietnam on Monday recalled its ambassador from Manila, and warned "
        'that Manila must "face the consequences".\n"The Philippine government has ignored '
        "Vietnam's position,\" the Vietnamese foreign ministry said in a statement.\n"
        '"To protect its sovereignty, the Vietnamese government has to lower diplomatic '
        'relations between the two countries," it added.'
    )
    q = by_text(x, "To protect its sovereignty")
    assert label(x, q.speaker) == "Vietnamese Ministry of Foreign Affairs"


# ------------------------------------------------------- border services


def test_a_states_border_guard_service_speaks_not_the_state() -> None:
    x = run(
        "Ukraine's border guard service said on Monday that Russian drones had crossed into "
        "Moldovan airspace."
    )
    q = by_text(x, "Russian drones had crossed")
    speaker = x.entity(q.speaker)
    assert speaker.type.value == "Organization"
    assert label(x, speaker.state) == "Ukraine"


def test_border_troops_and_border_service_are_bodies_of_their_state() -> None:
    x = run(
        "Nigeria's border service accused Beninese smugglers on Friday of attacking a patrol "
        "near Seme. Latvia's border troops said they had detained 30 migrants."
    )
    for fragment, state in (("Beninese smugglers", "Nigeria"), ("detained 30", "Latvia")):
        speaker = x.entity(by_text(x, fragment).speaker)
        assert speaker.type.value == "Organization"
        assert label(x, speaker.state) == state


# ------------------------------------------------------- trailing relay


def test_a_trailing_according_to_is_the_relay_not_the_content() -> None:
    x = run(
        "Turkey will not approve Sweden's bid, Erdogan told reporters on Tuesday, according "
        "to the state news agency Anadolu."
    )
    (q,) = x.quotes
    assert q.text == "Turkey will not approve Sweden's bid"
    assert label(x, q.speaker) == "Recep Tayyip Erdoğan"
    assert q.via is not None and "Anadolu" in (label(x, q.via) or "")


# ------------------------------------------------------- asides and demonstratives


def test_an_as_x_said_aside_inside_a_sentence_gives_no_broken_statement() -> None:
    x = run("The accord, as Jordan said in 2021, was signed by both governments.")
    assert x.quotes == []


def test_a_sentence_opening_as_x_said_keeps_the_main_clause_as_content() -> None:
    x = run("As Sergei Lavrov said on Monday, the West is waging a hybrid war against Russia.")
    assert [q.text for q in x.quotes] == ["the West is waging a hybrid war against Russia"]


def test_rejected_that_insinuation_is_a_plain_object_and_he_is_the_rejecter() -> None:
    x = run(
        "Chinese Foreign Ministry spokesperson Mao Ning said last week that it was unfair "
        "to pressure Nepal.\nIndian foreign ministry spokesman Randhir Jaiswal rejected that "
        'insinuation on Friday. "Nepal makes its own decisions," he told reporters.'
    )
    assert not any("insinuation" in q.text for q in x.quotes)
    q = by_text(x, "Nepal makes its own decisions")
    assert label(x, q.speaker) == "Randhir Jaiswal"


def test_said_that_with_a_clause_is_still_a_statement() -> None:
    x = run("Egypt said that Israel must withdraw from the Philadelphi corridor.")
    assert [q.text for q in x.quotes] == ["Israel must withdraw from the Philadelphi corridor"]


def test_a_statement_carried_by_an_agency_after_the_content_is_relayed_by_it() -> None:
    x = run(
        "North Korea said the drills were a rehearsal for an invasion, according to a "
        "statement carried by KCNA."
    )
    (q,) = x.quotes
    assert q.text == "the drills were a rehearsal for an invasion"
    assert label(x, q.via) == "Korean Central News Agency"


def test_a_fronted_clause_before_a_state_and_a_carried_statement_keeps_the_relay() -> None:
    x = run(
        "The exercises were a rehearsal for an invasion, North Korea said, according to a "
        "statement carried by the official KCNA news agency."
    )
    (q,) = x.quotes
    assert q.text == "The exercises were a rehearsal for an invasion"
    assert label(x, q.speaker) == "North Korea"
    assert label(x, q.via) == "Korean Central News Agency"


# ------------------------------------------------------- an outlet's witness


def test_an_outlets_witness_is_not_the_outlet_speaking() -> None:
    x = run("A Reuters witness said smoke was rising over the port of Hodeidah.")
    assert not any(label(x, q.speaker) == "Reuters" for q in x.quotes)


def test_an_outlet_that_reports_still_speaks() -> None:
    x = run("Reuters reported that Egypt had closed the Rafah crossing.")
    (q,) = x.quotes
    assert label(x, q.speaker) == "Reuters"


# ------------------------------------------------------- a subject past a comma


def test_a_state_in_the_clause_before_the_comma_is_not_the_unknown_speakers_subject() -> None:
    x = run("Having said that, Poland will keep its border open, Tusk told reporters.")
    assert not any(label(x, q.speaker) == "Poland" for q in x.quotes)
