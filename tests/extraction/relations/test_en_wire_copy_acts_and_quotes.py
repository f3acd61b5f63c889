"""Fresh English wire text (session 6, helper s6h4): a direct quote attributed after
the closing mark to a speaker titled with a dotted abbreviation ('“...,” U.S. Secretary
of State X said') is kept."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted
from factories import relations_with_modality as _rels

from kg.models import Extraction


def _run(text: str, published: datetime.date = datetime.date(2019, 6, 20)) -> Extraction:
    return extracted(text, "en", published)


def _quotes(x: Extraction) -> set[tuple[str, str]]:
    label = {e.id: e.label for e in x.entities}
    return {(label[q.speaker], q.text) for q in x.quotes}


THE_STATEMENT_IS_READ_CASES = [
    pytest.param(
        '"Our patience is not unlimited," U.S. President Donald Trump said on Thursday.',
        ("Donald Trump", "Our patience is not unlimited"),
        id="quote_attributed_after_dotted_country_abbreviation",
    ),
    pytest.param(
        '"The door to diplomacy remains open," U.S. Secretary of State Mike Pompeo told '
        "reporters in Brussels.",
        ("Mike Pompeo", "The door to diplomacy remains open"),
        id="quote_attributed_to_long_dotted_title",
    ),
    pytest.param(
        "Indian Prime Minister Narendra Modi received Bangladeshi Prime Minister Sheikh "
        'Hasina in New Delhi on Tuesday. "Our ties are stronger than ever," he told reporters.',
        ("Narendra Modi", "Our ties are stronger than ever"),
        id="pronoun_speaker_is_the_previous_sentences_subject_not_its_object",
    ),
    pytest.param(
        "The raid, which Damascus said killed five soldiers, was the third this month.",
        ("Syria", "killed five soldiers"),
        id="content_of_a_cue_in_a_relative_aside_ends_with_the_aside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_STATEMENT_IS_READ_CASES)
def test_the_statement_is_read(text: str, expected: tuple[str, str]) -> None:
    assert expected in _quotes(_run(text))


def test_quote_before_a_new_sentence_is_not_attributed_across_it() -> None:
    x = _run(
        'Iran\'s foreign minister Javad Zarif spoke first. "We will not retreat." '
        "U.S. Secretary of State Mike Pompeo said talks could resume."
    )
    assert not any(t.startswith("We will not") for s, t in _quotes(x) if s == "Mike Pompeo")


def test_calling_a_leader_is_a_phone_call() -> None:
    rels = _rels(_run("Emmanuel Macron called Vladimir Putin on Friday to discuss Ukraine."))
    assert ("Emmanuel Macron", "CONSULT", "Vladimir Putin", "asserted") in rels
    x = _run(
        "German Chancellor Angela Merkel called Turkish President Recep Tayyip Erdogan and "
        "urged restraint in Syria."
    )
    assert ("Angela Merkel", "CONSULT", "Recep Tayyip Erdoğan", "asserted") in _rels(x)


def test_calling_someone_something_is_no_phone_call() -> None:
    rels = _rels(_run("Donald Trump called Kim Jong Un a rocket man."))
    assert not any(t == "CONSULT" for _, t, _, _ in rels)
    rels = _rels(_run("The Kremlin called Ukraine's claims absurd."))
    assert not any(t == "CONSULT" for _, t, _, _ in rels)


def test_not_hesitating_to_act_is_not_a_negation() -> None:
    rels = _rels(_run("Netanyahu said Israel would not hesitate to strike Iran."))
    assert ("Israel", "ASSAULT", "Iran", "intended") in rels
    rels = _rels(_run("Netanyahu said Israel would not strike Iran."))
    assert ("Israel", "ASSAULT", "Iran", "negated") in rels


def test_what_another_should_do_is_requested_not_done() -> None:
    rels = _rels(_run("Moscow said Washington should lift its sanctions on Russian banks."))
    assert ("Russia", "REQUEST", "United States", "asserted") in rels
    assert ("United States", "CONCEDE", "Russia", "asserted") not in rels
    rels = _rels(_run("Erdogan said Turkey must defend itself against Syria."))
    assert not any(t == "REQUEST" for _, t, _, _ in rels)


def test_people_detained_in_a_state_are_coerced_by_it() -> None:
    rels = _rels(_run("Two Canadians jailed in China were allowed to go home on Friday."))
    assert ("China", "COERCE", "Canada", "asserted") in rels
    assert ("Canada", "COERCE", "China", "asserted") not in rels


def test_counted_plural_demonym_is_the_patient() -> None:
    rels = _rels(_run("Venezuela freed six Americans on Saturday."))
    assert ("Venezuela", "CONCEDE", "United States", "asserted") in rels


def test_members_named_after_including_are_the_patients() -> None:
    x = _run("Russia expelled diplomats from four Nordic countries, including Sweden and Norway.")
    rels = _rels(x)
    assert ("Russia", "SANCTION", "Sweden", "asserted") in rels
    assert ("Russia", "SANCTION", "Norway", "asserted") in rels
    x = _run("Washington imposed visa bans on five countries, including Cuba and Nicaragua.")
    assert ("United States", "SANCTION", "Cuba", "asserted") in _rels(x)


THE_RELATION_IS_READ_CASES = [
    pytest.param(
        "Egypt condemned the raid, calling on Israel to halt its operations.",
        ("Egypt", "REQUEST", "Israel", "asserted"),
        id="participial_adjunct_still_bounds_the_patient",
    ),
    pytest.param(
        "Bahrain suspended high-level diplomatic and economic ties with Qatar in June.",
        ("Bahrain", "SANCTION", "Qatar", "asserted"),
        id="suspending_coordinated_kinds_of_ties_is_a_sanction",
    ),
    pytest.param(
        "Britain is weighing new sanctions against Belarus.",
        ("United Kingdom", "SANCTION", "Belarus", "intended"),
        id="an_act_under_consideration_is_intended",
    ),
    pytest.param(
        "Moscow hit back at London over the new sanctions.",
        ("Russia", "ACCUSE", "United Kingdom", "asserted"),
        id="criticism_aimed_at_a_capital_is_aimed_at_its_state",
    ),
    pytest.param(
        "Britain did not rule out sending troops to Ukraine.",
        ("United Kingdom", "PRESENCE", "Ukraine", "hypothetical"),
        id="not_ruling_out_an_act_makes_it_possible",
    ),
    pytest.param(
        "During a visit to Tokyo on Monday, Narendra Modi said India valued its ties.",
        ("Narendra Modi", "CONSULT", "Japan", "asserted"),
        id="a_fronted_visit_is_the_main_subjects_visit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_RELATION_IS_READ_CASES)
def test_the_relation_is_read(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _rels(_run(text))


def test_ratifying_a_states_accession_is_agreement_and_delay_negates_it() -> None:
    x = _run("Hungary finally completed its ratification of Finland's accession to NATO.")
    assert ("Hungary", "AGREE", "Finland", "asserted") in _rels(x)
    x = _run("Turkey postponed the ratification of Sweden's accession to NATO.")
    rels = _rels(x)
    assert ("Türkiye", "AGREE", "Sweden", "negated") in rels
    assert ("Türkiye", "AGREE", "Sweden", "asserted") not in rels


def test_cue_verb_after_a_determiner_is_a_noun() -> None:
    x = _run("Canada is preparing an appeal to the World Trade Organization over the duties.")
    assert not any(q.cue == "appeal" for q in x.quotes)
    x = _run("Canada said it would appeal to the World Trade Organization over the duties.")
    assert any(s == "Canada" for s, _ in _quotes(x))


def test_relative_that_after_a_rejected_object_is_no_content_clause() -> None:
    x = _run("Kyiv rejected the referendum that gave Moscow control of Crimea.")
    assert not any(t.startswith("gave") for _, t in _quotes(x))
    x = _run("Kyiv told the council that Moscow had violated the truce.")
    assert ("Ukraine", "Moscow had violated the truce") in _quotes(x)


def test_unlinked_subject_after_dateline_is_not_the_news_agency() -> None:
    x = _run("LONDON, March 3 (Reuters) - The Home Office said it had refused the visa request.")
    assert not any(s == "Reuters" for s, _ in _quotes(x))
    x = _run("BEIJING, March 3 (Reuters) - China said it had lodged a protest with Japan.")
    assert ("China", "it had lodged a protest with Japan") in _quotes(x)


def test_second_cue_after_a_scare_quote_keeps_its_own_content() -> None:
    x = _run(
        'Sergei Lavrov said the ceasefire could be "a first step" toward peace but warned '
        "that Moscow would answer any provocation."
    )
    quotes = _quotes(x)
    assert ("Sergey Lavrov", "Moscow would answer any provocation") in quotes
    assert any(t.startswith("the ceasefire could be") for s, t in quotes if s == "Sergey Lavrov")


def test_opposition_candidate_introduces_an_unknown_name() -> None:
    x = _run("The EU congratulated Belarusian opposition candidate Sviatlana Tsikhanouskaya.")
    rels = _rels(x)
    assert any(o == "Sviatlana Tsikhanouskaya" and t == "SUPPORT" for _, t, o, _ in rels)


def test_selling_weapons_to_a_state_is_military_aid() -> None:
    x = _run("Washington approved the sale of 66 fighter jets to Taiwan on Tuesday.")
    assert any(s == "United States" and t == "AID" and o == "Taiwan" for s, t, o, _ in _rels(x))
    x = _run("North Korea sold artillery shells and missiles to Russia last year, Seoul said.")
    assert ("North Korea", "AID", "Russia", "asserted") in _rels(x)
    x = _run("Saudi Arabia sells crude oil to China.")
    assert not any(t == "AID" for _, t, _, _ in _rels(x))


def test_coast_guard_ships_name_the_coast_guard() -> None:
    x = _run("Chinese coast guard ships rammed Philippine vessels near the reef on Sunday.")
    assert any(s == "Chinese Coast Guard" and o == "Philippines" for s, _, o, _ in _rels(x))


def test_threatening_someone_with_sanctions_threatens_them() -> None:
    x = _run("Donald Trump threatened Turkey with sanctions over its offensive.")
    assert ("Donald Trump", "THREATEN", "Türkiye", "asserted") in _rels(x)
    x = _run("Donald Trump threatened new tariffs on China.")
    assert ("Donald Trump", "THREATEN", "China", "asserted") in _rels(x)


def test_agreeing_to_normalise_is_an_agreement_restoring_ties_cooperation() -> None:
    x = _run("Sudan and Israel agreed to normalise relations in October 2020.")
    assert any({s, o} == {"Sudan", "Israel"} and t == "AGREE" for s, t, o, _ in _rels(x))
    x = _run("Qatar restored diplomatic ties with Egypt in January.")
    assert ("Qatar", "COOPERATE", "Egypt", "asserted") in _rels(x)
    x = _run("Algeria severed diplomatic ties with Morocco.")
    assert not any(t == "AGREE" for _, t, _, _ in _rels(x))


def test_an_offered_act_is_intended() -> None:
    x = _run("Oman offered to host talks between Iran and the United States.")
    assert all(m == "intended" for _, t, _, m in _rels(x) if t == "CONSULT")
    assert any(t == "CONSULT" for _, t, _, _ in _rels(x))


def test_sending_missiles_or_jets_is_military_aid() -> None:
    x = _run("Britain said it would send Storm Shadow missiles to Ukraine.")
    assert ("United Kingdom", "AID", "Ukraine", "intended") in _rels(x)
    x = _run("Moscow supplied Damascus with fighter jets in 2015.")
    assert ("Russia", "AID", "Syria", "asserted") in _rels(x)


def test_final_attribution_to_a_titled_name_after_the_xs() -> None:
    x = _run(
        "Hezbollah will not be dragged into a war, the group's deputy leader Naim Qassem "
        "told reporters."
    )
    assert any(t.startswith("Hezbollah will not") for s, t in _quotes(x) if s == "Naim Qassem")
    assert not any(o == "Naim Qassem" for _, _, o, _ in _rels(x))


def test_relay_between_cue_and_clause_is_via_not_content() -> None:
    x = _run("Dmitry Peskov said, according to TASS, that the Kremlin saw no basis for talks.")
    label = {e.id: e.label for e in x.entities}
    got = {(label[q.speaker], q.text, label[q.via] if q.via else None) for q in x.quotes}
    assert ("Dmitry Peskov", "the Kremlin saw no basis for talks", "TASS") in got


def test_hit_by_an_actor_is_an_assault_by_it() -> None:
    x = _run("Israeli towns were hit by Hezbollah rockets on Sunday.")
    assert ("Hezbollah", "ASSAULT", "Israel", "asserted") in _rels(x)
    x = _run("Iran was hit by new sanctions on Monday.")
    assert not any(t == "ASSAULT" for _, t, _, _ in _rels(x))


def test_the_invitee_not_the_destination_is_invited() -> None:
    x = _run("Emmanuel Macron invited Narendra Modi to Paris for Bastille Day.")
    rels = _rels(x)
    assert ("Emmanuel Macron", "CONSULT", "Narendra Modi", "intended") in rels
    assert not any(o == "France" for _, _, o, _ in rels)


def test_those_who_joined_another_in_an_act_do_it_too() -> None:
    x = _run("Canada and New Zealand joined Australia in condemning China over the incident.")
    rels = _rels(x)
    for s in ("Australia", "Canada", "New Zealand"):
        assert (s, "ACCUSE", "China", "asserted") in rels
    x = _run("Japan joined the talks with Russia in Geneva.")
    assert not any(s == "Japan" and t == "ACCUSE" for s, t, _, _ in _rels(x))


def test_honorific_word_inside_an_unknown_full_name() -> None:
    x = _run("Former Somali President Sharif Sheikh Ahmed said the deal was a good one.")
    assert any(s == "Sharif Sheikh Ahmed" for s, _ in _quotes(x))


def test_purpose_of_a_planned_trip_is_intended_and_dated_ahead() -> None:
    # published on Thursday 20 June 2019
    x = _run("Sergei Lavrov will travel to New Delhi on Tuesday for talks with Narendra Modi.")
    label = {e.id: e.label for e in x.entities}
    got = {(label[r.object], r.modality.value, r.date) for r in x.relations}
    assert ("Narendra Modi", "intended", "2019-06-25") in got


def test_weekday_of_the_announcement_stays_in_the_past() -> None:
    x = _run("Turkey said on Tuesday it would send troops to Libya.")
    assert all(r.date == "2019-06-18" for r in x.relations)
    assert x.relations
    x = _run("Japan pledged on Tuesday to send aid to Syria.")
    assert ("Japan", "AID", "Syria", "intended") in _rels(x)


def test_an_agreement_under_discussion_is_not_reached() -> None:
    x = _run("Erdogan and Zelenskiy discussed the Black Sea grain deal on Friday.")
    rels = _rels(x)
    assert not any(t == "AGREE" for _, t, _, _ in rels)
    assert any(t == "CONSULT" for _, t, _, _ in rels)
    x = _run("Armenia and Azerbaijan signed a peace deal on Friday.")
    assert any(t == "AGREE" for _, t, _, _ in _rels(x))


def test_posting_on_social_media_is_a_statement() -> None:
    x = _run(
        "Hungarian Foreign Minister Peter Szijjarto posted on Facebook that Budapest would "
        "veto the aid."
    )
    assert any(t == "Budapest would veto the aid" for _, t in _quotes(x))
    x = _run("Ukraine posted a video of the strike.")
    assert not x.quotes


def test_the_one_accused_of_something_says_nothing() -> None:
    x = _run("Britain expelled a Russian diplomat accused of spying on Ukrainian refugees.")
    assert not any(q.cue == "accused" for q in x.quotes)
    assert ("United Kingdom", "SANCTION", "Russia", "asserted") in _rels(x)


def test_approving_a_states_membership_is_agreement() -> None:
    x = _run("Hungary's parliament approved Sweden's NATO membership on Monday.")
    assert any(t == "AGREE" and o == "Sweden" for _, t, o, _ in _rels(x))


def test_not_ruling_out_force_is_a_threat() -> None:
    x = _run("Washington has not ruled out the use of force against Iran.")
    rels = _rels(x)
    assert ("United States", "THREATEN", "Iran", "asserted") in rels
    assert not any(t == "REJECT" for _, t, _, _ in rels)


def test_members_listed_after_a_long_group_of_a_verbal_noun() -> None:
    x = _run(
        "Niger ordered the expulsion of ambassadors from four West African countries, "
        "including Nigeria and Benin."
    )
    rels = _rels(x)
    assert ("Niger", "SANCTION", "Nigeria", "asserted") in rels
    assert ("Niger", "SANCTION", "Benin", "asserted") in rels


def test_arriving_somewhere_for_talks_with_someone_consults_both() -> None:
    x = _run("Sergei Lavrov arrived in Ankara on Sunday for talks with Mevlut Cavusoglu.")
    rels = _rels(x)
    assert ("Sergey Lavrov", "CONSULT", "Mevlüt Çavuşoğlu", "asserted") in rels
    assert ("Sergey Lavrov", "CONSULT", "Türkiye", "asserted") in rels


def test_welcoming_an_agreement_between_others_makes_no_party_of_the_speaker() -> None:
    x = _run("The African Union welcomed the agreement between Sudan and the rebel forces.")
    assert not any(t == "AGREE" and s == "African Union" for s, t, _, _ in _rels(x))
    x = _run("The African Union welcomed the agreement between Sudan and South Sudan.")
    assert any(t == "AGREE" and {s, o} == {"Sudan", "South Sudan"} for s, t, o, _ in _rels(x))


def test_a_comma_closing_a_conditional_clause_joins_no_list() -> None:
    x = _run("If North Korea attacks South Korea, the United States will respond.")
    rels = _rels(x)
    assert ("North Korea", "ASSAULT", "South Korea", "hypothetical") in rels
    assert not any(o == "United States" for _, _, o, _ in rels)
    x = _run("Iran attacked Israel, Jordan and Iraq.")
    assert ("Iran", "ASSAULT", "Jordan", "asserted") in _rels(x)


def test_a_quote_attributed_to_coordinated_speakers_is_each_ones() -> None:
    x = _run('"The door to dialogue is open," Egypt and Jordan said in a joint statement.')
    quotes = _quotes(x)
    assert ("Egypt", "The door to dialogue is open") in quotes
    assert ("Jordan", "The door to dialogue is open") in quotes


def test_a_protest_to_a_capital_is_aimed_at_its_state() -> None:
    x = _run("Seoul protested to Tokyo over the textbooks on Tuesday.")
    assert ("South Korea", "ACCUSE", "Japan", "asserted") in _rels(x)
    x = _run("Vietnam filed a formal protest with China over the survey ship.")
    assert ("Vietnam", "ACCUSE", "China", "asserted") in _rels(x)


def test_saying_little_about_something_is_no_statement() -> None:
    x = _run("Tehran has said little about the explosion at the port.")
    assert not x.quotes
    x = _run("Tehran said little had changed at the port.")
    assert ("Iran", "little had changed at the port") in _quotes(x)


def test_providing_money_to_a_state_is_aid() -> None:
    x = _run("South Korea will provide $2.3 billion to Ukraine next year.")
    assert ("South Korea", "AID", "Ukraine", "intended") in _rels(x)
    x = _run("South Korea provided a venue for the talks.")
    assert not any(t == "AID" for _, t, _, _ in _rels(x))
