"""English relation frames, session 12 (S12-RELEN): near misses on the actor of a
relation.  A judged act of a state body aims at its state, a clause boundary ends a
coordinated subject, a verb coordinated after a meeting or pact shares its partner, a
person welcomed by a person is a visit, two agreeing subjects both do the agreed act,
struck towns and downed aircraft stand for their state, an act asked of a pair is not
done, and the men of a state named by its adjective stand for it.  Fresh news-style
sentences about other events."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


# ------------------------------------------- a judged act of a state body: its state


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Venezuelan police raided the Argentine embassy in Caracas late Friday and "
            "arrested two diplomats.\n\nChile and Peru also condemned the raid.",
            ("Peru", "ACCUSE", "Venezuela"),
            ("Peru", "ACCUSE", "Venezuelan Police"),
        ),
        (
            "Algeria's foreign ministry expelled two French diplomats on Monday. Paris "
            "condemned the expulsion.",
            ("France", "ACCUSE", "Algeria"),
            ("France", "ACCUSE", "Algerian Ministry of Foreign Affairs"),
        ),
    ],
)
def test_judged_act_of_a_state_body_aims_at_its_state(
    text: str, want: tuple[str, str, str], not_want: tuple[str, str, str]
) -> None:
    got = triples(text)
    assert want in got
    assert not_want not in got


def test_judged_act_of_a_force_in_the_field_stays_the_force() -> None:
    text = "The Iranian navy seized a Greek tanker on Friday. Athens condemned the seizure."
    got = triples(text)
    assert ("Greece", "ACCUSE", "Iranian Navy") in got
    assert ("Greece", "ACCUSE", "Iran") not in got


def test_judged_act_of_an_armed_group_stays_the_group() -> None:
    text = "Wagner Group fighters attacked a Malian village on Monday. France condemned the attack."
    assert ("France", "ACCUSE", "Wagner Group") in triples(text)


# -------------------------------------- a coordinated subject ends at a clause boundary


def test_subject_after_a_sentence_opener_takes_no_partner_from_the_sentence_before() -> None:
    text = (
        "Washington has pressed its neighbours to curb migration. In May, the United "
        "States cut aid to Nicaragua and Cuba. In July, Costa Rica agreed to take in "
        "deported migrants after Washington threatened to impose visa restrictions."
    )
    got = triples(text)
    assert ("United States", "SANCTION", "Cuba") in got
    assert not any(s == "Costa Rica" and t == "AGREE" for s, t, _ in got)


def test_titled_second_name_still_coordinates() -> None:
    text = (
        "Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump agreed on "
        "Friday to expand defence cooperation."
    )
    got = triples(text)
    assert ("Donald Trump", "AGREE", "Shigeru Ishiba") in got or (
        "Shigeru Ishiba",
        "AGREE",
        "Donald Trump",
    ) in got


# ------------------------ a verb coordinated after a meeting or a pact: the same partner


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Saudi Arabia hosted talks with Iran in Riyadh and agreed to restore diplomatic ties.",
            {"Saudi Arabia", "Iran"},
        ),
        (
            "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva "
            "on Monday and signed 20 agreements.",
            {"Xi Jinping", "Luiz Inacio Lula da Silva"},
        ),
    ],
)
def test_agreement_after_a_meeting_is_with_the_one_met(text: str, pair: set[str]) -> None:
    assert any(t == "AGREE" and {s, o} == pair for s, t, o in triples(text))


def test_agreement_after_a_meeting_with_its_own_partner_is_not_with_the_one_met() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara "
        "Dissanayake in Colombo on Saturday and agreed to a new loan from China."
    )
    got = triples(text)
    assert ("Narendra Modi", "CONSULT", "Anura Kumara Dissanayake") in got
    assert not any(t == "AGREE" for _, t, _ in got)


# ------------------------------------------------- a person welcomed by a person: a visit


def test_passive_welcome_of_a_leader_is_hosting() -> None:
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan was welcomed by Egyptian President "
        "Abdel Fattah al-Sisi in Cairo on Thursday."
    )
    got = triples(text)
    assert ("Abdel Fattah el-Sisi", "CONSULT", "Abdel Fattah al-Burhan") in got
    assert not any(t == "SUPPORT" for _, t, _ in got)


# ------------------------------------------- two subjects agreeing both do the agreed act


def test_both_agreeing_subjects_do_the_agreed_act() -> None:
    text = "Germany and France agreed to supply Ukraine with more air defence systems."
    got = triples(text)
    assert ("Germany", "AID", "Ukraine") in got
    assert ("France", "AID", "Ukraine") in got


# ------------------------------------------------------------ struck towns and aircraft


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russian drones struck Kharkiv overnight, killing three people.", "Ukraine"),
        ("Russia shelled Kharkiv overnight.", "Ukraine"),
    ],
)
def test_struck_town_stands_for_its_state(text: str, want: str) -> None:
    assert ("Russia", "ASSAULT", want) in triples(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Turkey shot down a Russian warplane near the Syrian border in 2015.",
            ("Türkiye", "ASSAULT", "Russia"),
        ),
        (
            "Pakistan shot down an Indian fighter jet over Kashmir on Wednesday.",
            ("Pakistan", "ASSAULT", "India"),
        ),
    ],
)
def test_downed_aircraft_is_the_downing_states_attack(
    text: str, want: tuple[str, str, str]
) -> None:
    got = triples(text)
    assert want in got
    assert (want[2], "ASSAULT", want[0]) not in got


def test_downed_drones_are_still_the_senders_attack() -> None:
    text = "Ukraine's air defences shot down 20 Russian drones overnight."
    assert ("Russia", "ASSAULT", "Ukraine") in triples(text)


# ----------------------------------------------------- an act asked of a pair is not done


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine held talks in Istanbul. Turkey urged both sides to agree a ceasefire.",
        "Russia and Ukraine held talks in Istanbul. Turkey called on the two sides to sign a "
        "peace deal.",
    ],
)
def test_act_asked_of_both_sides_is_no_agreement(text: str) -> None:
    got = triples(text)
    assert ("Türkiye", "REQUEST", "Russia") in got
    assert ("Türkiye", "REQUEST", "Ukraine") in got
    assert not any(t == "AGREE" for _, t, _ in got)


def test_pair_that_agrees_itself_still_agrees() -> None:
    text = "Russia and Ukraine held talks in Istanbul. The two sides agreed to swap prisoners."
    assert any(t == "AGREE" and {s, o} == {"Russia", "Ukraine"} for s, t, o in triples(text))


# ------------------------------------------------------ the men of a state: the state


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Turkey trains Somali troops.", ("Türkiye", "AID", "Somalia")),
        (
            "Kyrgyzstan accused Tajik forces of shelling its villages.",
            ("Kyrgyzstan", "ACCUSE", "Tajikistan"),
        ),
    ],
)
def test_men_of_a_state_as_patient_stand_for_the_state(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


def test_a_states_military_as_institution_stays_the_body() -> None:
    text = "Mexico's president accused the Bolivian military of staging a coup."
    assert any(o == "Bolivian Armed Forces" and t == "ACCUSE" for _, t, o in triples(text))


def test_reported_attack_by_the_men_of_a_state_accuses_the_state() -> None:
    text = (
        "Thailand's foreign ministry spokesman Nikorndej Balankura said on Monday that "
        "Cambodian troops had attacked Thai positions along the border."
    )
    assert ("Nikorndej Balankura", "ACCUSE", "Cambodia") in triples(text)


# ------------------------------------------ a gerund a pair does together attacks no one


def test_cooperation_on_fighting_a_crime_is_no_attack() -> None:
    text = (
        "Colombia and Ecuador held talks in Quito on Monday. The two governments cooperate "
        "closely on fighting drug trafficking, and Ecuador is Colombia's largest market."
    )
    got = triples(text)
    assert any(t == "COOPERATE" for _, t, _ in got)
    assert not any(t == "ASSAULT" for _, t, _ in got)


# ------------------------------------------ restrictions lifted: a concession, no inner act


@pytest.mark.parametrize(
    ("text", "want", "not_type"),
    [
        (
            "Washington lifted restrictions on arms sales to Vietnam on Monday.",
            ("United States", "CONCEDE", "Vietnam"),
            "AID",
        ),
        (
            "Biden also lifted restrictions on military cooperation with Armenia that "
            "Congress imposed in 1992.",
            ("Joe Biden", "CONCEDE", "Armenia"),
            "COOPERATE",
        ),
        (
            "Canada eased restrictions on trade with Cuba on Tuesday.",
            ("Canada", "CONCEDE", "Cuba"),
            "COOPERATE",
        ),
    ],
)
def test_lifted_restrictions_are_a_concession_not_the_restricted_act(
    text: str, want: tuple[str, str, str], not_type: str
) -> None:
    got = triples(text)
    assert want in got
    assert not any(t == not_type for _, t, _ in got)


def test_imposed_ban_is_still_a_sanction() -> None:
    text = "China imposed a ban on Japanese seafood imports in 2023."
    assert ("China", "SANCTION", "Japan") in triples(text)


# ------------------------------------------- a host or broker of talks told before


@pytest.mark.parametrize(
    ("text", "host", "pair"),
    [
        (
            "Sudan and South Sudan agreed on Monday to reopen their border. Kenya hosted two "
            "earlier rounds of talks in March and April.",
            "Kenya",
            ("Sudan", "South Sudan"),
        ),
        (
            "Armenia and Azerbaijan signed a peace deal at the White House on Friday. The "
            "United States brokered the agreement.",
            "United States",
            ("Armenia", "Azerbaijan"),
        ),
    ],
)
def test_host_or_broker_of_told_talks_meets_each_side(
    text: str, host: str, pair: tuple[str, str]
) -> None:
    got = triples(text)
    for side in pair:
        assert (host, "CONSULT", side) in got


def test_host_of_a_guest_is_unchanged() -> None:
    text = "Egypt hosted Jordan's King Abdullah II in Cairo on Sunday."
    got = triples(text)
    assert ("Egypt", "CONSULT", "Jordan") in got
    assert len(got) == 1


# ---------------------------------------------------- particle verbs and agency verbs


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "India pushed back against China's claims over Arunachal Pradesh.",
            ("India", "REJECT", "China"),
            ("India", "SUPPORT", "China"),
        ),
        (
            "Mexico pushed back on Trump's tariff threat on Monday.",
            ("Mexico", "REJECT", "Donald Trump"),
            ("Mexico", "SUPPORT", "Donald Trump"),
        ),
        (
            "Germany reached out to Iran to revive the nuclear talks.",
            ("Germany", "CONSULT", "Iran"),
            None,
        ),
        (
            "Beijing rapped Washington over the arms sale to Taiwan.",
            ("China", "ACCUSE", "United States"),
            None,
        ),
    ],
)
def test_particle_and_agency_verbs(
    text: str, want: tuple[str, str, str], not_want: tuple[str, str, str] | None
) -> None:
    got = triples(text)
    assert want in got
    assert not_want not in got


# ------------------------------- a request or offer in apposition answered by its addressee


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia proposed a 30-day truce in the Black Sea, an offer Kyiv rejected on Tuesday.",
            ("Ukraine", "REJECT", "Russia"),
        ),
        (
            "Egypt offered to host a new round of talks, an offer Ethiopia accepted.",
            ("Ethiopia", "AGREE", "Egypt"),
        ),
    ],
)
def test_answer_in_apposition_goes_to_the_one_who_asked(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


def test_answerer_in_apposition_is_no_patient_of_the_request_before() -> None:
    text = (
        "Somaliland's president Abdirahman Irro called on Mogadishu to start talks, an "
        "appeal Somali President Hassan Sheikh Mohamud has so far rebuffed."
    )
    got = triples(text)
    assert ("Abdirahman Irro", "REQUEST", "Somalia") in got
    assert ("Hassan Sheikh Mohamud", "REJECT", "Abdirahman Irro") in got
    assert ("Abdirahman Irro", "CONSULT", "Hassan Sheikh Mohamud") not in got


def test_lifting_is_not_dated_by_the_year_the_restrictions_were_imposed() -> None:
    text = (
        "Biden also lifted restrictions on military cooperation with Armenia that Congress "
        "imposed in 1992."
    )
    x = extracted(text, "en", date(2025, 6, 12))
    dates = {r.type.value: r.date for r in x.relations}
    assert dates == {"CONCEDE": None}
