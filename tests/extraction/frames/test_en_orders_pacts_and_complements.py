"""English relation constructions of session 4, round 2 (issue #3): joint exercises, orders,
quitting pacts, object complements ("declared X persona non grata"), passives past a
relative clause, coordination past "the", new clauses after "and", neighbours across a
border, negated orders and a second infinitive of intent. All sentences are written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from factories import relation_triples

from kg.extractors import extract
from kg.models import Article, Extraction, Modality, RelationType


def run(text: str) -> Extraction:
    return extract(Article(id="s4b", lang="en", text=text, published=date(2025, 6, 12)))


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(run(text))


def has(got: set[tuple[str, str, str]], triple: tuple[str, str, str]) -> bool:
    """The triple, in either order for a symmetric type."""
    a, t, b = triple
    return triple in got or (RelationType(t).symmetric and (b, t, a) in got)


# ---------------------------------------------------------------- joint exercises
@pytest.mark.parametrize(
    ("text", "partners", "target"),
    [
        (
            "Egypt and Greece held joint naval drills in the Mediterranean Sea on Monday.",
            ("Egypt", "Greece"),
            "Mediterranean Sea",
        ),
        (
            "The Philippines staged joint military exercises with Japan near Taiwan.",
            ("Philippines", "Japan"),
            "Taiwan",
        ),
    ],
)
def test_joint_drills_are_cooperation_and_still_a_show_of_force(
    text: str, partners: tuple[str, str], target: str
) -> None:
    got = triples(text)
    assert has(got, (partners[0], "COOPERATE", partners[1]))
    assert (partners[0], "MOBILIZE", partners[1]) not in got
    assert (partners[1], "MOBILIZE", partners[0]) not in got
    assert (partners[0], "MOBILIZE", target) in got


def test_joint_drills_without_a_place_are_cooperation_only() -> None:
    got = triples("Morocco and Spain held joint military exercises on Tuesday.")
    assert has(got, ("Morocco", "COOPERATE", "Spain"))
    assert not {t for t in got if t[1] == "MOBILIZE"}


def test_drills_near_a_state_remain_a_mobilisation() -> None:
    got = triples("China staged large military drills near Taiwan on Saturday.")
    assert ("China", "MOBILIZE", "Taiwan") in got
    assert not {t for t in got if t[1] == "COOPERATE"}


# ---------------------------------------------------------------- orders
def test_a_court_ordering_a_state_to_act_makes_a_request() -> None:
    got = triples(
        "The International Court of Justice on Friday ordered Israel to halt its offensive."
    )
    assert ("International Court of Justice", "REQUEST", "Israel") in got


@pytest.mark.parametrize(
    "text",
    [
        "Trump ordered strikes on three Iranian nuclear sites.",
        "Putin ordered the army to prepare for a long campaign.",
    ],
)
def test_ordering_strikes_or_ones_own_army_is_no_request(text: str) -> None:
    assert not {t for t in triples(text) if t[1] == "REQUEST"}


def test_ordering_diplomats_to_leave_stays_an_expulsion() -> None:
    got = triples("Moscow ordered the Latvian diplomats to leave the country within a week.")
    assert ("Russia", "SANCTION", "Latvia") in got
    assert not {t for t in got if t[1] == "REQUEST"}


# ---------------------------------------------------------------- quitting a pact
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The United States withdrew from the nuclear deal with Iran in 2018.",
            ("United States", "Iran"),
        ),
        ("Russia pulled out of the grain agreement with Ukraine on Monday.", ("Russia", "Ukraine")),
        (
            "Washington quit the arms control treaty with Russia in 2019.",
            ("United States", "Russia"),
        ),
    ],
)
def test_quitting_a_pact_downgrades_ties_and_is_no_agreement(
    text: str, pair: tuple[str, str]
) -> None:
    got = triples(text)
    assert (pair[0], "SANCTION", pair[1]) in got
    assert not has(got, (pair[0], "AGREE", pair[1]))


def test_signing_a_pact_is_still_an_agreement() -> None:
    assert has(
        triples("Iran signed a nuclear deal with the United States in 2015."),
        ("Iran", "AGREE", "United States"),
    )


# ---------------------------------------------------------------- object complements
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "On Thursday, Lima declared Bolivia's ambassador, Maria Lopez, persona non grata "
            "over comments President Luis Arce made about the election.",
            ("Peru", "SANCTION", "Maria Lopez"),
        ),
        (
            "Hungary declared two Swedish diplomats persona non grata.",
            ("Hungary", "SANCTION", "Sweden"),
        ),
    ],
)
def test_declaring_someone_persona_non_grata_expels_him(
    text: str, triple: tuple[str, str, str]
) -> None:
    got = triples(text)
    assert triple in got
    assert not {t for t in got if t[0] == triple[2]}


# ---------------------------------------------------------------- passives
def test_a_passive_agent_acts_on_the_subject_past_a_relative_clause() -> None:
    text = (
        "Peruvian police arrested former interior minister Juan Perez on Friday. Perez, who "
        "served under former President Pedro Castillo and has been convicted twice, had been "
        "granted political asylum by Bolivia only hours earlier."
    )
    assert ("Bolivia", "AID", "Juan Perez") in triples(text)


# ---------------------------------------------------------------- coordination and clauses
@pytest.mark.parametrize(
    ("text", "pair", "type_"),
    [
        (
            "Iran and the United States signed a prisoner deal in Doha.",
            ("United States", "Iran"),
            "AGREE",
        ),
        (
            "Iran and the United States met in Muscat on Saturday.",
            ("United States", "Iran"),
            "CONSULT",
        ),
    ],
)
def test_a_conjunct_with_the_article_is_still_coordinated(
    text: str, pair: tuple[str, str], type_: str
) -> None:
    assert has(triples(text), (pair[0], type_, pair[1]))


@pytest.mark.parametrize("condemner", ["Poland", "the United States"])
def test_a_name_after_and_before_a_verb_opens_a_new_clause(condemner: str) -> None:
    got = triples(f"Russia attacked Ukraine and {condemner} condemned the strike.")
    name = condemner.removeprefix("the ")
    assert ("Russia", "ASSAULT", name) not in got
    assert (name, "ACCUSE", "Russia") in got


def test_a_list_of_thanked_states_ends_at_a_comma_before_a_participle() -> None:
    got = triples(
        "Biden thanked Germany, Poland, Slovenia and Turkey, saying their leaders were brave."
    )
    assert {t[2] for t in got if t[1] == "SUPPORT"} >= {"Germany", "Poland", "Slovenia", "Türkiye"}


def test_a_second_verb_of_a_speaker_after_a_long_object_shares_the_speaker() -> None:
    text = (
        "Germany, home to a large Turkish diaspora, condemned the Azerbaijani offensive as "
        "unjustifiable and requested an emergency meeting of the U.N. Security Council."
    )
    assert ("Germany", "REQUEST", "United Nations Security Council") in triples(text)


# ---------------------------------------------------------------- borders
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Serbia has amassed troops along its border with Kosovo.",
            ("Serbia", "MOBILIZE", "Kosovo"),
        ),
        ("Russia deployed troops near the border with Finland.", ("Russia", "MOBILIZE", "Finland")),
    ],
)
def test_a_neighbour_across_the_border_is_where_troops_go(
    text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(text)


def test_a_clash_along_a_border_is_not_with_the_neighbour() -> None:
    got = triples("Indian and Chinese troops clashed along the border with Nepal.")
    assert not {t for t in got if "Nepal" in (t[0], t[2])}


# ---------------------------------------------------------------- modality
def test_refusing_to_order_troops_across_is_negated() -> None:
    x = run("Belgrade said it would not order its army to cross into Kosovo.")
    (r,) = [r for r in x.relations if r.type == RelationType.MOBILIZE]
    assert r.modality == Modality.NEGATED


def test_a_second_infinitive_after_agreeing_is_intended() -> None:
    x = run(
        "Japan and India agreed on Monday to resume defence talks and to work together "
        "against piracy in the Indian Ocean."
    )
    (r,) = [r for r in x.relations if r.type == RelationType.COOPERATE]
    assert r.modality == Modality.INTENDED


# ---------------------------------------------------------------- retaliation
@pytest.mark.parametrize(
    ("text", "avenger"),
    [
        (
            "Iran fired missiles at a U.S. base in Kuwait on Monday. Kuwait vowed to retaliate.",
            "Kuwait",
        ),
        (
            "Bahrain on Monday condemned an Iranian drone attack on a U.S. base. Manama said it "
            "reserved the right to respond.",
            "Bahrain",
        ),
    ],
)
def test_a_vow_to_retaliate_is_aimed_at_the_attacker_of_ones_side(text: str, avenger: str) -> None:
    assert (avenger, "THREATEN", "Iran") in triples(text)


def test_a_vow_to_retaliate_with_no_attack_on_ones_side_names_no_one() -> None:
    got = triples("Iran fired missiles at Israel on Monday. Egypt vowed to retaliate.")
    assert not {t for t in got if t[1] == "THREATEN"}


# ---------------------------------------------------------------- more lexicon rows
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Chinese warplanes entered Taiwan's air defence zone on Sunday.",
            ("China", "MOBILIZE", "Taiwan"),
        ),
        ("Russian jets violated Estonian airspace on Friday.", ("Russia", "MOBILIZE", "Estonia")),
        (
            "Spain denied Morocco's request to extradite the activist.",
            ("Spain", "REJECT", "Morocco"),
        ),
        (
            "Canada dropped its lawsuit against the United States on Monday.",
            ("Canada", "CONCEDE", "United States"),
        ),
        ("Beijing withdrew the complaint against Canberra.", ("China", "CONCEDE", "Australia")),
        (
            "Colombia said it had reinforced its troops along the border with Venezuela.",
            ("Colombia", "MOBILIZE", "Venezuela"),
        ),
    ],
)
def test_lexicon_rows_of_session_4b(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


# ---------------------------------------------------------------- pronouns
def test_condemning_it_after_an_attack_accuses_the_attacker() -> None:
    got = triples("Russia attacked Ukraine on Friday. Poland condemned it.")
    assert ("Poland", "ACCUSE", "Russia") in got
    assert ("Poland", "ACCUSE", "Ukraine") not in got


def test_a_pronoun_opening_a_relative_clause_is_no_patient() -> None:
    got = triples(
        "North Korea fired a missile on Thursday. Tokyo will lift the export controls it "
        "imposed in 2019 on chemicals."
    )
    assert not {t for t in got if t[0] == "Japan" and t[2] == "North Korea"}


def test_a_declaration_whose_author_is_not_linked_does_not_make_the_envoy_act() -> None:
    got = triples(
        "On Thursday, the government declared Chile's ambassador, Ana Soto, persona non grata "
        "over comments President Gabriel Boric made."
    )
    assert not {t for t in got if t[0] == "Ana Soto"}


@pytest.mark.parametrize(
    ("text", "objects"),
    [
        (
            "Sri Lankan President Anura Dissanayake travelled to India and then China on his "
            "first foreign trips.",
            {"India", "China"},
        ),
    ],
)
def test_travelling_to_states_visits_each(text: str, objects: set[str]) -> None:
    got = triples(text)
    assert {t[2] for t in got if t[1] == "CONSULT" and t[0] == "Anura Dissanayake"} == objects


def test_a_second_verb_inside_a_that_clause_belongs_to_its_own_subject() -> None:
    got = triples(
        "The General Assembly voted on Wednesday to demand that Russia stop its offensive in "
        "Ukraine and immediately withdraw all of its troops."
    )
    assert not {t for t in got if t[0] == "United Nations General Assembly" and t[1] != "REQUEST"}


def test_water_cannon_fired_at_a_vessel_attacks_its_state() -> None:
    got = triples(
        "China's coast guard fired water cannon at a Vietnamese vessel near the Paracels."
    )
    assert ("Chinese Coast Guard", "ASSAULT", "Vietnam") in got


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile that landed in waters east of Japan.",
        "North Korea fired a cruise missile that fell into the sea off Japan.",
    ],
)
def test_a_missile_landing_in_waters_near_a_state_is_aimed_at_it(text: str) -> None:
    assert ("North Korea", "MOBILIZE", "Japan") in triples(text)


def test_a_launch_near_a_state_then_condemned_by_two_leaders() -> None:
    got = triples(
        "North Korea fired a ballistic missile that landed in waters west of Japan on Monday. "
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung "
        "condemned the launch."
    )
    assert ("Shigeru Ishiba", "ACCUSE", "North Korea") in got
    assert ("Lee Jae-myung", "ACCUSE", "North Korea") in got


@pytest.mark.parametrize(
    ("text", "expected", "not_subject"),
    [
        (
            "Sri Lankan President Anura Dissanayake took office in September. Soon after, he "
            "asked Beijing to drop its claims, and he broke with tradition by travelling to "
            "Japan on his first foreign trip.",
            ("Anura Dissanayake", "CONSULT", "Japan"),
            "China",
        ),
        (
            "The new president angered Beijing by travelling to Japan.",
            None,
            "China",
        ),
    ],
)
def test_a_gerund_after_by_has_the_main_subject(
    text: str, expected: tuple[str, str, str] | None, not_subject: str
) -> None:
    got = triples(text)
    if expected is not None:
        assert expected in got
    assert not {t for t in got if t[0] == not_subject and t[1] == "CONSULT"}


def test_condemning_the_raid_near_the_end_aims_at_the_raid_of_the_lead() -> None:
    text = (
        "Venezuelan police stormed the Argentine embassy in Caracas late Friday. "
        "The diplomat in charge said officers had climbed the walls. "
        "Argentina said its staff would leave within days. "
        "The foreign minister said the building had been damaged. "
        "Several diplomats were treated in hospital, officials said. "
        "The government in Caracas did not comment. "
        "Argentina summoned its envoys for consultations. "
        "Opposition leaders called for calm. "
        "Markets were closed for the holiday. "
        "Chile and Uruguay also condemned the raid."
    )
    got = triples(text)
    # a police raid is its state's act (GUIDELINES: the actor acted upon; gold codes such raids so)
    assert ("Chile", "ACCUSE", "Venezuela") in got
    assert ("Uruguay", "ACCUSE", "Venezuela") in got


def test_a_mutual_pledge_not_to_threaten_or_attack_each_other() -> None:
    x = run(
        "The presidents of Kenya and Uganda pledged on Friday not to threaten or use force "
        "against each other."
    )
    got = relation_triples(x)
    for s_, o in (("Kenya", "Uganda"), ("Uganda", "Kenya")):
        assert (s_, "THREATEN", o) in got
        assert (s_, "ASSAULT", o) in got
    agree = [r for r in x.relations if r.type == RelationType.AGREE]
    assert len(agree) == 1 and agree[0].modality == Modality.ASSERTED
    assert all(
        r.modality == Modality.NEGATED
        for r in x.relations
        if r.type in (RelationType.THREATEN, RelationType.ASSAULT)
    )


# ---------------------------------------------------------------- agents across sentences
def test_a_pronoun_opening_a_sentence_continues_its_subject() -> None:
    got = triples(
        "Lithuania closed its border with Belarus. It also summoned the Belarusian envoy."
    )
    assert {t for t in got if t[1] == "ACCUSE"} and all(
        t[0] == "Lithuania" for t in got if t[1] == "ACCUSE"
    )


def test_an_order_to_leave_by_a_pronoun_is_its_referents_expulsion() -> None:
    got = triples(
        "Albania cut diplomatic ties with Iran. It also ordered Iranian diplomats to leave "
        "within 24 hours."
    )
    assert ("Albania", "SANCTION", "Iran") in got
    assert ("Iran", "SANCTION", "Albania") not in got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The attack on Ukraine's power grid by Russia drew condemnation.",
            ("Russia", "ASSAULT", "Ukraine"),
        ),
        (
            "The expulsion of Iran's diplomats by Albania followed a cyberattack.",
            ("Albania", "SANCTION", "Iran"),
        ),
    ],
)
def test_a_by_agent_after_the_nouns_object(text: str, triple: tuple[str, str, str]) -> None:
    got = triples(text)
    assert triple in got
    assert not {t for t in got if t[1] == "ACCUSE"}  # "drew condemnation" names no one


# ---------------------------------------------------------------- goods, prisoners, ground
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Washington imposed new tariffs on imports from Canada.",
            ("United States", "SANCTION", "Canada"),
        ),
        ("Germany sent more weapons to Kyiv on Monday.", ("Germany", "AID", "Ukraine")),
        (
            "The United States sent Patriot missile systems to Poland.",
            ("United States", "AID", "Poland"),
        ),
        (
            "Moscow handed over 20 Ukrainian prisoners of war to Kyiv.",
            ("Russia", "CONCEDE", "Ukraine"),
        ),
        ("Russia exchanged prisoners with Ukraine on Friday.", ("Ukraine", "CONCEDE", "Russia")),
        (
            "Lebanon's army said Israel had fired 10 rockets into its territory.",
            ("Israel", "MOBILIZE", "Lebanon"),
        ),
        (
            "Poland said Russian drones had entered its airspace overnight.",
            ("Russia", "MOBILIZE", "Poland"),
        ),
    ],
)
def test_goods_prisoners_and_ones_own_ground(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


def test_two_states_exchanging_prisoners_concede_both_ways() -> None:
    got = triples("Armenia and Azerbaijan exchanged prisoners on Thursday.")
    assert {("Armenia", "CONCEDE", "Azerbaijan"), ("Azerbaijan", "CONCEDE", "Armenia")} <= got


def test_firing_into_its_own_territory_names_no_victim() -> None:
    got = triples("Israel said it had fired rockets into its own territory by mistake.")
    assert not {t for t in got if t[1] in ("MOBILIZE", "ASSAULT")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia struck Kyiv overnight. The attack drew condemnation from France.",
            {("France", "ACCUSE", "Russia")},
        ),
        (
            "Russia struck Kyiv overnight, an attack that drew sharp criticism from Germany.",
            {("Germany", "ACCUSE", "Russia")},
        ),
        ("Russia struck Kyiv overnight. The attack drew international condemnation.", set()),
    ],
)
def test_an_attack_drawing_condemnation(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples(text) if t[1] == "ACCUSE"} == expected


def test_trading_blame_accuses_both_ways() -> None:
    got = triples("Beijing and Manila traded blame after the collision.")
    assert {("China", "ACCUSE", "Philippines"), ("Philippines", "ACCUSE", "China")} <= got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hungary blocked EU aid to Ukraine.", ("Hungary", "REJECT", "European Union")),
        ("Turkey blocked Sweden's membership bid for months.", ("Türkiye", "REJECT", "Sweden")),
    ],
)
def test_blocking_what_another_seeks_is_a_veto(text: str, triple: tuple[str, str, str]) -> None:
    got = triples(text)
    assert triple in got
    assert not {t for t in got if t[1] == "COERCE"}
