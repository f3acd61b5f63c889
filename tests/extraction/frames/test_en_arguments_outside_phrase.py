"""English relations whose arguments sit outside the trigger's own phrase (S8-H7).

Families: a state named before and taken up as "the kingdom" / "the country" in the next
sentence; an earlier act in an object relative with a pronoun subject ("will ease the
sanctions it had imposed on X", "a complaint it had lodged against X"); forces a state has
somewhere ("which has troops in X"); "at the request of the <adjective> government" and of
two states at once; an agreement signed by two people joined by "and"; the speaker's own
boats, troops or border after "its"; people standing for their group ("met representatives
of X"); a base or troops a state hosts (the owner is present, no meeting); a city shelled;
a reported content opening with the speaker's pronoun ("He said he hoped to visit X").
Every sentence is written for this test; each family has a guard where the argument is
absent or another act is meant.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article

Triple = tuple[str, str, str]


def triples(text: str) -> set[Triple]:
    x = extract(Article(id="t", lang="en", text=text, published=date(2024, 3, 15)))
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    }


def modalities(text: str) -> dict[Triple, str]:
    x = extract(Article(id="t", lang="en", text=text, published=date(2024, 3, 15)))
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label): r.modality.value
        for r in x.relations
    }


FOUND: list[tuple[str, Triple]] = [
    (
        "Saudi Arabia reacted sharply to the remarks. "
        "The kingdom recalled its ambassador from Lebanon on Friday.",
        ("Saudi Arabia", "SANCTION", "Lebanon"),
    ),
    (
        "Morocco signed a deal with Israel in December. "
        "The country also recalled its envoy from Berlin.",
        ("Morocco", "SANCTION", "Germany"),
    ),
    (
        "Taiwan reported 20 Chinese warships near its coast on Monday. "
        "The island accused Beijing of intimidation.",
        ("Taiwan", "ACCUSE", "China"),
    ),
    (
        "Washington said it would ease the sanctions it had imposed on Venezuela's oil sector.",
        ("United States", "SANCTION", "Venezuela"),
    ),
    (
        "Australia said it would drop a complaint it had lodged against China at the WTO.",
        ("Australia", "ACCUSE", "China"),
    ),
    (
        "Turkey, which has troops in northern Syria, said on Monday it would not withdraw them.",
        ("Türkiye", "PRESENCE", "Syria"),
    ),
    (
        "The United States has about 900 troops in Syria.",
        ("United States", "PRESENCE", "Syria"),
    ),
    (
        "French troops were deployed to Mali in 2013 at the request of the Malian government.",
        ("Mali", "REQUEST", "French Armed Forces"),
    ),
    (
        "The Security Council met on Friday at the request of France and Britain.",
        ("United Kingdom", "REQUEST", "United Nations Security Council"),
    ),
    (
        "The deal was signed by Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani "
        "counterpart Jeyhun Bayramov.",
        ("Ararat Mirzoyan", "AGREE", "Jeyhun Bayramov"),
    ),
    (
        "The treaty was signed by Putin and Lukashenko in Moscow.",
        ("Vladimir Putin", "AGREE", "Alexander Lukashenko"),
    ),
    (
        "Manila said Chinese coast guard ships had fired water cannon at its boats.",
        ("Chinese Coast Guard", "ASSAULT", "Philippines"),
    ),
    (
        "Israel said Hezbollah had fired rockets at its positions in the north.",
        ("Hezbollah", "ASSAULT", "Israel"),
    ),
    (
        "Ukraine said Russia had massed troops near its border.",
        ("Russia", "MOBILIZE", "Ukraine"),
    ),
    (
        "Rwandan troops entered Mozambique in 2021 at the request of its government.",
        ("Mozambique", "REQUEST", "Rwandan Armed Forces"),
    ),
    (
        "Antony Blinken met representatives of Hamas in Doha on Monday.",
        ("Antony Blinken", "CONSULT", "Hamas"),
    ),
    (
        "Egypt held talks with a delegation from Hamas in Cairo on Sunday.",
        ("Egypt", "CONSULT", "Hamas"),
    ),
    (
        "The Taliban met with members of the European Union in Kabul.",
        ("Taliban", "CONSULT", "European Union"),
    ),
    (
        "Qatar, which hosts the largest US base in the region, condemned the strike.",
        ("United States", "PRESENCE", "Qatar"),
    ),
    (
        "Djibouti hosts Chinese troops at its first overseas base.",
        ("Chinese Armed Forces", "PRESENCE", "Djibouti"),
    ),
    (
        "Russian forces shelled Kharkiv on Monday.",
        ("Russian Armed Forces", "ASSAULT", "Ukraine"),
    ),
    (
        "Olaf Scholz met Xi Jinping in Beijing on Friday. "
        "He said he hoped to make a return visit to China next year.",
        ("Olaf Scholz", "CONSULT", "China"),
    ),
    (
        "Gustavo Petro spoke in Bogota on Friday. "
        "He said he had ordered the suspension of diplomatic relations with Israel.",
        ("Gustavo Petro", "SANCTION", "Israel"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_argument_found_outside_the_trigger(text: str, triple: Triple) -> None:
    assert triple in triples(text)


def test_relative_act_is_asserted_though_its_noun_is_to_be_lifted() -> None:
    text = "Tokyo will lift the export controls it imposed on South Korea in 2019."
    found = modalities(text)
    assert found.get(("Japan", "SANCTION", "South Korea")) == "asserted"
    # the lifting is coded too, as intended, and the relative's year does not date it
    assert found.get(("Japan", "CONCEDE", "South Korea")) == "intended"
    x = extract(Article(id="t", lang="en", text=text, published=date(2024, 3, 15)))
    dates = {r.type.value: r.date for r in x.relations}
    assert dates == {"SANCTION": "2019", "CONCEDE": None}


KEPT_OUT: list[tuple[str, Triple]] = [
    # the sanctions are lifted, none imposed in the clause: no SANCTION
    (
        "Washington eased sanctions on Venezuela's oil sector on Wednesday.",
        ("United States", "SANCTION", "Venezuela"),
    ),
    # warships sent are a deployment, not forces held there (troops sent into another state
    # are its presence there, S21-CODER-EN)
    ("France has sent two frigates to Estonia.", ("France", "PRESENCE", "Estonia")),
    # "the kingdom" with no state named before it takes no subject from a person
    (
        "Emmanuel Macron arrived late. The kingdom recalled its ambassador from Lebanon.",
        ("Emmanuel Macron", "SANCTION", "Lebanon"),
    ),
    # the speaker's own troops moved to its own border: no patient
    (
        "Belarus said it had moved troops to its border on Monday.",
        ("Belarus", "MOBILIZE", "Belarus"),
    ),
    # rockets fired at another state's positions are no attack on the speaker
    (
        "Israel said Hezbollah had fired rockets at Syrian positions.",
        ("Hezbollah", "ASSAULT", "Israel"),
    ),
    # "their government" is the troops' own: no request from the host
    (
        "Russian troops arrived in Kazakhstan at the request of their government.",
        ("Kazakhstan", "REQUEST", "Russian Armed Forces"),
    ),
    # hosting a base is no meeting
    (
        "Qatar, which hosts the largest US base in the region, condemned the strike.",
        ("Qatar", "CONSULT", "United States"),
    ),
    # villages near a city are not the city
    (
        "Russian forces shelled villages near Kharkiv on Monday.",
        ("Russian Armed Forces", "ASSAULT", "Kharkiv"),
    ),
    # "it" in the content is no person speaker
    (
        "Emmanuel Macron spoke on Friday. He said it was time for talks with Russia.",
        ("Emmanuel Macron", "CONSULT", "Russia"),
    ),
    # another actor named between the pronoun and the act is its subject
    (
        "Olaf Scholz met Xi Jinping in Beijing on Friday. "
        "He said Macron hoped to make a visit to China next year.",
        ("Olaf Scholz", "CONSULT", "China"),
    ),
    # "them" after a verb of moving forces are the forces, not the actor named before
    (
        "The talks were hosted by the United States. Azerbaijan said it would not withdraw "
        "them until Armenia changed its constitution.",
        ("Azerbaijan", "RETREAT", "United States"),
    ),
    (
        "Poland hosted NATO ministers on Monday. Germany said it would deploy them soon.",
        ("Germany", "MOBILIZE", "Poland"),
    ),
    # a single signatory has no partner
    ("The accord was signed by Putin in Moscow on Tuesday.", ("Vladimir Putin", "AGREE", "Russia")),
]


@pytest.mark.parametrize(("text", "triple"), KEPT_OUT)
def test_no_argument_without_its_frame(text: str, triple: Triple) -> None:
    assert triple not in triples(text)


def test_hosted_envoys_still_meet() -> None:
    found = triples("Turkey hosted Russian and Ukrainian negotiators in Istanbul on Friday.")
    assert ("Türkiye", "CONSULT", "Ukraine") in found
    assert not any(t[1] == "PRESENCE" for t in found)


def test_at_request_keeps_the_single_requester() -> None:
    found = triples("The Security Council met on Friday at the request of Ukraine.")
    assert ("Ukraine", "REQUEST", "United Nations Security Council") in found
    assert not any(t[1] == "REQUEST" and t[0] != "Ukraine" for t in found)
