"""Coverage of the English relation lexicon (``kg/extractors/lexicons/en_relations.tsv``):
ordinary news phrasings of every relation type, with modality (negation, intent), passives,
and phrasings that must *not* be coded.  All sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from factories import relation_triples

from kg.extractors import extract
from kg.models import Article, Extraction, Modality, RelationType


def run(text: str) -> Extraction:
    return extract(Article(id="cov", lang="en", text=text, published=date(2025, 6, 12)))


def triples(x: Extraction) -> set[tuple[str, str, str]]:
    return relation_triples(x)


def modality_of(x: Extraction, rtype: RelationType) -> Modality:
    (r,) = [r for r in x.relations if r.type == rtype]
    return r.modality


CASES = [
    # AID
    ("Germany provided Ukraine with tanks.", ("Germany", "AID", "Ukraine")),
    ("Russia helped Syria rebuild its power grid.", ("Russia", "AID", "Syria")),
    (
        "The European Union announced a new aid package for Lebanon.",
        ("European Union", "AID", "Lebanon"),
    ),
    ("Iran assisted Russia with drones.", ("Iran", "AID", "Russia")),
    # MOBILIZE
    ("Russia held military drills near Ukraine.", ("Russia", "MOBILIZE", "Ukraine")),
    ("North Korea conducted a missile test over Japan.", ("North Korea", "MOBILIZE", "Japan")),
    (
        "The United States sent an aircraft carrier to the Mediterranean.",
        ("United States", "MOBILIZE", "Mediterranean Sea"),
    ),
    # PRESENCE
    (
        "The United States maintains a military base in Qatar.",
        ("United States", "PRESENCE", "Qatar"),
    ),
    ("Britain maintains a garrison in Cyprus.", ("United Kingdom", "PRESENCE", "Cyprus")),
    ("Turkey has about 3,000 troops deployed in Iraq.", ("Türkiye", "PRESENCE", "Iraq")),
    # REQUEST
    (
        "France called on Iran to release the detained diplomats.",
        ("France", "REQUEST", "Iran"),
    ),
    ("Kyiv sought help from the United States.", ("Ukraine", "REQUEST", "United States")),
    # THREATEN
    ("Iran reserved the right to respond to Israel.", ("Iran", "THREATEN", "Israel")),
    ("Iran vowed revenge against Israel.", ("Iran", "THREATEN", "Israel")),
    # CONCEDE
    ("The United States lifted all sanctions on Syria.", ("United States", "CONCEDE", "Syria")),
    ("Washington removed sanctions on Venezuela.", ("United States", "CONCEDE", "Venezuela")),
    # CONSULT
    ("Emmanuel Macron telephoned Joe Biden.", ("Emmanuel Macron", "CONSULT", "Joe Biden")),
    ("Iran sent a delegation to Saudi Arabia.", ("Iran", "CONSULT", "Saudi Arabia")),
    ("Iran and Saudi Arabia exchanged messages.", ("Iran", "CONSULT", "Saudi Arabia")),
    # SUPPORT
    ("Russia stands by Syria.", ("Russia", "SUPPORT", "Syria")),
    ("Iran expressed thanks to China for its support.", ("Iran", "SUPPORT", "China")),
    # ACCUSE
    (
        "Iran lashed out at the United States over the sanctions.",
        ("Iran", "ACCUSE", "United States"),
    ),
    ("Pakistan hit out at India over the dam.", ("Pakistan", "ACCUSE", "India")),
    ("Algeria expressed anger at France.", ("Algeria", "ACCUSE", "France")),
    # REJECT
    ("Ukraine ruled out talks with Russia.", ("Ukraine", "REJECT", "Russia")),
    ("Serbia declined an invitation from Kosovo.", ("Serbia", "REJECT", "Kosovo")),
    ("Israel turned down a request from Turkey.", ("Israel", "REJECT", "Türkiye")),
    # AGREE
    ("Russia inked a deal with North Korea.", ("Russia", "AGREE", "North Korea")),
    ("Azerbaijan and Armenia initialled a peace treaty.", ("Azerbaijan", "AGREE", "Armenia")),
    # COOPERATE
    ("France and Germany teamed up on defence procurement.", ("France", "COOPERATE", "Germany")),
    (
        "Israel shares intelligence with the United States.",
        ("Israel", "COOPERATE", "United States"),
    ),
    ("Saudi Arabia partnered with China on a refinery.", ("Saudi Arabia", "COOPERATE", "China")),
    # SANCTION
    (
        "China suspended exports of rare earths to the United States.",
        ("China", "SANCTION", "United States"),
    ),
    (
        "Washington placed export controls on Chinese firms.",
        ("United States", "SANCTION", "China"),
    ),
    ("Niger suspended diplomatic relations with Ukraine.", ("Niger", "SANCTION", "Ukraine")),
    # COERCE
    ("Iran seized a British-flagged tanker.", ("Iran", "COERCE", "United Kingdom")),
    ("China launched a cyber-attack on Taiwan.", ("China", "COERCE", "Taiwan")),
    # ASSAULT
    ("Russia pounded Ukraine with drones.", ("Russia", "ASSAULT", "Ukraine")),
    (
        "Sudan's army clashed with the Rapid Support Forces.",
        ("Sudanese Armed Forces", "ASSAULT", "Rapid Support Forces"),
    ),
    ("The Houthis fired at a US destroyer.", ("Houthis", "ASSAULT", "United States")),
    # RETREAT
    ("France ended its military mission in Mali.", ("France", "RETREAT", "Mali")),
    ("Russia retreated from Kyiv.", ("Russia", "RETREAT", "Ukraine")),
    # FLEE
    ("Bashar al-Assad sought refuge in Moscow.", ("Bashar al-Assad", "FLEE", "Moscow")),
    ("Bashar al-Assad took refuge in Russia.", ("Bashar al-Assad", "FLEE", "Russia")),
    # PROTEST
    ("Armenian protesters marched against Azerbaijan.", ("Armenia", "PROTEST", "Azerbaijan")),
    ("Serbia staged protests against Kosovo.", ("Serbia", "PROTEST", "Kosovo")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_news_phrasing_is_coded(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    ("text", "subject", "objects"),
    [
        (
            "Mark Rutte took office as head of NATO.",
            "Mark Rutte",
            {"North Atlantic Treaty Organization", "head of NATO"},
        ),
        (
            "Yahya Sinwar took office as leader of Hamas.",
            "Yahya Sinwar",
            {"Hamas", "leader of Hamas"},
        ),
    ],
)
def test_taking_office_is_leads(text: str, subject: str, objects: set[str]) -> None:
    # the office holder leads the organisation, named directly or by the role entity
    x = run(text)
    leads = {(s, o) for s, t, o in triples(x) if t == "LEADS"}
    assert any(s == subject and o in objects for s, o in leads)


def test_passive_asylum_grant_names_the_host_as_giver() -> None:
    x = run("Bashar al-Assad was granted asylum in Russia.")
    assert ("Russia", "AID", "Bashar al-Assad") in triples(x)


def test_passive_with_by_agent_keeps_the_direction() -> None:
    x = run("Ukraine was shelled by Russia on Monday.")
    assert ("Russia", "ASSAULT", "Ukraine") in triples(x)
    assert ("Ukraine", "ASSAULT", "Russia") not in triples(x)


@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        (
            "Russia will station tactical nuclear weapons in Belarus.",
            ("Russia", "PRESENCE", "Belarus"),
            Modality.INTENDED,
        ),
        (
            "Russia will not station nuclear weapons in Belarus.",
            ("Russia", "PRESENCE", "Belarus"),
            Modality.NEGATED,
        ),
        (
            "Turkey did not withdraw its troops from Syria.",
            ("Türkiye", "RETREAT", "Syria"),
            Modality.NEGATED,
        ),
        (
            "Pakistan and China pledged to work together on security.",
            ("Pakistan", "COOPERATE", "China"),
            Modality.INTENDED,
        ),
        (
            "Hungary will boycott the summit with Ukraine.",
            ("Hungary", "PROTEST", "Ukraine"),
            Modality.INTENDED,
        ),
        (
            "The United States will not lift sanctions on Cuba.",
            ("United States", "CONCEDE", "Cuba"),
            Modality.NEGATED,
        ),
    ],
)
def test_modality_of_new_triggers(
    text: str, triple: tuple[str, str, str], modality: Modality
) -> None:
    x = run(text)
    assert triple in triples(x)
    assert modality_of(x, RelationType(triple[1])) == modality


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Iran's exports declined sharply in March, Russia said.", RelationType.REJECT),
        ("Turkey will respond to Sweden's request in due course.", RelationType.THREATEN),
        ("The EU imposed targeted sanctions on Russia.", RelationType.ASSAULT),
        ("Britain gave 3 billion pounds to Ukraine.", RelationType.ASSAULT),
        ("France recognized the need to talk to Russia.", RelationType.SUPPORT),
        ("Egypt sought to distance itself from Israel.", RelationType.REQUEST),
        ("Putin will decline to comment on talks in Turkey.", RelationType.REJECT),
    ],
)
def test_ambiguous_words_are_not_coded_out_of_their_phrase(text: str, absent: RelationType) -> None:
    assert not [r for r in run(text).relations if r.type == absent]


def test_request_as_a_noun_is_not_the_rejecters_request() -> None:
    x = run("Israel turned down a request from Turkey.")
    assert ("Israel", "REQUEST", "Türkiye") not in triples(x)
