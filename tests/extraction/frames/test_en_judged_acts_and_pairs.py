"""English relation frames, session 13 (S13-RELEN): where the coder declined with the
trigger and both actors in view.  A judging verb whose object names an act already told
by a noun of the relation lexicon ("denounced the veto") aims at its doer; "both
governments ... each other" is the pair named around it; aid sent to a place goes to the
place's state; the "by" agent of a participle after the trigger is no patient; a pronoun
subject is read past negation and adverbs ("it has not recognised"); "the two foreign
ministers" is a pair with modifiers between the number and the noun.  Fresh news-style
sentences about other events."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


# ------------------------------------- a judged act named by a lexicon noun: its doer


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia on Friday vetoed a Security Council resolution on Syria. Brazil "
            "denounced the veto on Saturday.",
            ("Brazil", "ACCUSE", "Russia"),
        ),
        (
            "China on Thursday vetoed a draft resolution on Myanmar. Britain criticised "
            "the veto in a statement.",
            ("United Kingdom", "ACCUSE", "China"),
        ),
        (
            "Egypt released 20 Sudanese fishermen on Monday. Sudan welcomed the release "
            "and thanked Cairo.",
            ("Sudan", "SUPPORT", "Egypt"),
        ),
        (
            "Oman released two detained French nationals on Tuesday. Paris welcomed the release.",
            ("France", "SUPPORT", "Oman"),
        ),
    ],
)
def test_judged_act_named_by_a_lexicon_noun_aims_at_its_doer(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


def test_judged_act_of_the_judge_itself_names_no_one() -> None:
    text = "Kenya released 12 Somali fishermen on Monday. Kenya said it welcomed the release."
    got = triples(text)
    assert not any(t == "SUPPORT" for _, t, _ in got)


def test_a_denied_charge_is_no_rejection() -> None:
    text = (
        "Somalia accused Kenya of meddling in its elections. Kenya rejected the charge on Monday."
    )
    got = triples(text)
    assert ("Somalia", "ACCUSE", "Kenya") in got
    assert ("Kenya", "REJECT", "Somalia") not in got


def test_a_judged_noun_with_its_own_actor_keeps_that_actor() -> None:
    text = (
        "Turkey struck Kurdish positions in Syria on Sunday. Iran condemned the attack "
        "by Israel on its embassy."
    )
    assert ("Iran", "ACCUSE", "Turkey") not in triples(text)


# --------------------------------- "both governments ... each other": the pair named there


def test_both_governments_are_the_two_states_named_around_them() -> None:
    text = (
        "China and the Maldives signed 20 agreements in Beijing. Xi Jinping and Mohamed "
        "Muizzu agreed to deepen ties. Relations with India were already strained after "
        "Maldivian officials insulted Narendra Modi. The Maldives suspended the officials, "
        "and the next day both governments summoned each other's envoys."
    )
    got = triples(text)
    assert ("India", "ACCUSE", "Maldives") in got
    assert ("Maldives", "ACCUSE", "India") in got
    assert ("China", "ACCUSE", "Maldives") not in got


def test_both_countries_asked_of_stay_the_story_pair() -> None:
    text = (
        "Ecuadorian police raided the Mexican embassy in Quito on Friday. Mexico broke off "
        "relations with Ecuador. Brazil and Colombia condemned the raid on Saturday. The "
        "United States condemned the raid and called on both countries to resolve their "
        "differences."
    )
    got = triples(text)
    assert ("United States", "REQUEST", "Brazil") not in got
    assert ("United States", "REQUEST", "Colombia") not in got


# ----------------------------------------------- aid sent to a place: the place's state


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Egypt sent 50 trucks of aid to Gaza on Sunday.", ("Egypt", "AID", "Palestine")),
        (
            "Turkey shipped 500 tonnes of humanitarian aid to Gaza on Friday.",
            ("Türkiye", "AID", "Palestine"),
        ),
        (
            "The UAE pledged $20 million in humanitarian aid for Gaza.",
            ("United Arab Emirates", "AID", "Palestine"),
        ),
    ],
)
def test_aid_sent_to_a_place_goes_to_its_state(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(text)


def test_a_place_struck_is_no_aid() -> None:
    got = triples("Israel struck Gaza on Sunday.")
    assert not any(t == "AID" for _, t, _ in got)


# ---------------------------------------------- the "by" agent of a participle: no patient


def test_agent_of_a_participle_after_the_trigger_is_no_patient() -> None:
    text = "Benin closed its border in line with sanctions imposed by the West African bloc ECOWAS."
    got = triples(text)
    assert not any(o == "Economic Community of West African States" for _, _, o in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sudan's army struck areas controlled by the Rapid Support Forces.",
            ("Sudanese Armed Forces", "ASSAULT", "Rapid Support Forces"),
        ),
        (
            "Iran condemned the sanctions imposed by the United States.",
            ("Iran", "ACCUSE", "United States"),
        ),
        ("Ukraine was struck by Russian missiles on Monday.", ("Russia", "ASSAULT", "Ukraine")),
        (
            "Ukraine received air defence systems supplied by Germany.",
            ("Germany", "AID", "Ukraine"),
        ),
    ],
)
def test_owners_judged_doers_and_passive_agents_are_kept(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


# ------------------------------------ a pronoun subject read past negation and adverbs


def test_pronoun_subject_after_negation_and_adverbs() -> None:
    text = (
        "Venezuelan President Nicolas Maduro rejected the ruling on Monday. He had not "
        "recognised the International Court of Justice."
    )
    assert ("Nicolas Maduro", "SUPPORT", "International Court of Justice") in triples(text)


def test_no_opening_a_noun_phrase_is_no_pronoun_subject() -> None:
    text = "Kenya hosted the talks. No country recognised Somaliland."
    assert ("Kenya", "SUPPORT", "Somaliland") not in triples(text)


# ------------------------------------- "the two foreign ministers": modifiers in the pair


def test_a_pair_with_modifiers_between_number_and_noun() -> None:
    text = (
        "Armenia and Azerbaijan signed a peace deal in Washington. The two foreign "
        "ministers also asked the OSCE to dissolve the Minsk Group."
    )
    got = triples(text)
    osce = "Organization for Security and Co-operation in Europe"
    assert ("Armenia", "REQUEST", osce) in got
    assert ("Azerbaijan", "REQUEST", osce) in got


# ------------------------------ "denounced X as a betrayal of Y": Y is wronged, not judged


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Russia vetoed the resolution on Friday. France condemned the veto as a "
            "betrayal of Syria.",
            ("France", "ACCUSE", "Russia"),
            ("France", "ACCUSE", "Syria"),
        ),
        (
            "Israel struck Beirut on Sunday. Brazil denounced the strike as an attack on "
            "Lebanon's sovereignty.",
            ("Brazil", "ACCUSE", "Israel"),
            ("Brazil", "ACCUSE", "Lebanon"),
        ),
    ],
)
def test_the_one_a_judged_act_wrongs_is_not_judged(
    text: str, want: tuple[str, str, str], not_want: tuple[str, str, str]
) -> None:
    got = triples(text)
    assert want in got
    assert not_want not in got


def test_a_pact_judged_as_a_threat_to_a_third_state_accuses_no_one_there() -> None:
    assert ("Türkiye", "ACCUSE", "Cyprus") not in triples(
        "Turkey denounced the deal as a threat to Cyprus."
    )


def test_a_state_judged_as_something_is_still_judged() -> None:
    assert ("Iran", "ACCUSE", "Israel") in triples("Iran denounced Israel as a terrorist state.")


# ------------------------------------------- "called the veto shameful": the veto's doer


def test_an_act_called_shameful_accuses_its_doer() -> None:
    text = "Russia vetoed the resolution on Friday. Britain called the veto shameful."
    assert ("United Kingdom", "ACCUSE", "Russia") in triples(text)


def test_an_act_called_a_positive_step_supports_its_doer() -> None:
    text = "Egypt released 20 Sudanese fishermen. Khartoum called the release a positive step."
    assert ("Sudan", "SUPPORT", "Egypt") in triples(text)


# ------------------------------------------------- a pact ended: ties downgraded, no deal


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mali ended its defence pact with France on Monday.", ("Mali", "SANCTION", "France")),
        (
            "Sudan is ending its security accord with Egypt.",
            ("Sudan", "SANCTION", "Egypt"),
        ),
        (
            "Chad will end its defence cooperation agreement with France.",
            ("Chad", "SANCTION", "France"),
        ),
    ],
)
def test_a_pact_ended_is_no_agreement(text: str, want: tuple[str, str, str]) -> None:
    got = triples(text)
    assert want in got
    assert not any(t == "AGREE" for _, t, _ in got)


def test_talks_ending_with_an_agreement_still_meet() -> None:
    got = triples("The talks ended with an agreement between Armenia and Azerbaijan.")
    pair = {("Armenia", "CONSULT", "Azerbaijan"), ("Azerbaijan", "CONSULT", "Armenia")}
    assert pair & got
    assert not any(t == "SANCTION" for _, t, _ in got)


# --------------------------------- a request of an unnamed addressee: no actor asked


@pytest.mark.parametrize(
    "text",
    [
        "The EU urged European carriers to avoid flying over Belarus.",
        "China asked neighbours to respect the sovereignty of the Solomon Islands.",
        "Britain urged its citizens to leave Lebanon.",
    ],
)
def test_a_request_of_an_unnamed_addressee_asks_no_actor(text: str) -> None:
    assert not any(t == "REQUEST" for _, t, _ in triples(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The United States urged Israel to allow more aid into Gaza.",
            ("United States", "REQUEST", "Israel"),
        ),
        ("Qatar urged the Taliban to reopen schools for girls.", ("Qatar", "REQUEST", "Taliban")),
    ],
)
def test_a_request_of_a_named_actor_is_kept(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(text)


# -------------------------- "the two countries" after mediated talks: the parties, not the host


def test_the_two_countries_after_mediated_talks_are_the_parties() -> None:
    text = (
        "Somalia and Ethiopia agreed late Wednesday to end a year-long feud after talks in "
        "Ankara brokered by Turkish President Recep Tayyip Erdogan. The African Union "
        "commission chief Moussa Faki Mahamat welcomed the declaration and urged the two "
        "countries to carry it out in good faith."
    )
    got = triples(text)
    assert ("Moussa Faki Mahamat", "REQUEST", "Ethiopia") in got
    assert ("Moussa Faki Mahamat", "REQUEST", "Somalia") in got
    assert ("Moussa Faki Mahamat", "REQUEST", "Türkiye") not in got


# ------------------------------- "praising his measures": the man named last, not oneself


def test_his_after_a_judging_verb_is_the_man_named_last() -> None:
    text = (
        "China's President Xi Jinping sent Kazakh President Kassym-Jomart Tokayev a message "
        "on Friday praising his decisive measures."
    )
    assert ("Xi Jinping", "SUPPORT", "Kassym-Jomart Tokayev") in triples(text)


def test_his_of_the_judge_himself_names_no_one() -> None:
    text = (
        "French President Emmanuel Macron met Ukrainian President Volodymyr Zelenskiy on "
        "Monday. Macron praised his own government's efforts."
    )
    got = triples(text)
    assert ("Emmanuel Macron", "SUPPORT", "Volodymyr Zelenskyy") not in got


# ------------------------------------- "sent Tokayev a message": the receiver in the gap


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kazakh President Kassym-Jomart Tokayev said order was restored. China's "
            "President Xi Jinping sent Tokayev a message on Friday.",
            ("Xi Jinping", "CONSULT", "Kassym-Jomart Tokayev"),
        ),
        ("Germany sent Kyiv weapons on Monday.", ("Germany", "AID", "Ukraine")),
    ],
)
def test_the_receiver_named_between_verb_and_thing_sent(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


def test_a_state_adjective_in_the_gap_is_no_receiver() -> None:
    got = triples("Iran sent Russian-made drones to Sudan on Monday.")
    assert ("Iran", "AID", "Russia") not in got


# ------------------------------------------------ "came to Tuvalu's aid": AID the state


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Australia will come to Tuvalu's aid in the event of a major natural disaster.",
            ("Australia", "AID", "Tuvalu"),
        ),
        ("Turkey came to Azerbaijan's aid during the war.", ("Türkiye", "AID", "Azerbaijan")),
    ],
)
def test_coming_to_a_states_aid(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(text)


# ------------------------- "X did not want ... and was ready for talks": X, the subject


def test_a_predicate_after_and_be_shares_the_sentence_subject() -> None:
    text = "Pakistan did not want the situation to escalate and was ready for talks with India."
    got = triples(text)
    assert ("Pakistan", "CONSULT", "India") in got or ("India", "CONSULT", "Pakistan") in got


def test_a_passive_after_and_keeps_its_by_agent() -> None:
    got = triples("Israel struck Gaza and was criticised by Egypt.")
    assert ("Egypt", "ACCUSE", "Israel") in got


# ------------------------------------ "demanded a public apology": from the side accused


def test_an_apology_demanded_is_asked_of_the_side_just_accused() -> None:
    text = (
        "Spanish Foreign Minister Jose Manuel Albares accused Argentine President Javier "
        "Milei of insulting Pedro Sanchez. Albares demanded a public apology."
    )
    assert ("Jose Manuel Albares", "REQUEST", "Javier Milei") in triples(text)


def test_an_apology_demanded_with_no_one_accused_asks_no_one() -> None:
    got = triples("Turkey demanded an explanation on Monday.")
    assert not any(t == "REQUEST" for _, t, _ in got)
