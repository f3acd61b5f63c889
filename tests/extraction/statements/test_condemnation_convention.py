"""The condemnation convention (S10-H14): a condemning verb (condemn, denounce, deplore;
أدان/دان/تدين/يدين، ندد، استنكر، شجب, all their forms) with only a noun-phrase object
("Kenya condemned the bombing of a market") names an act, not a claim: the gold sets mark
no statement, while the ACCUSE relation of the condemner on the target is still coded.  A
content after it (an "as"/"بوصفه" evaluation, "what it called"/"ما وصفته", ", calling it",
a that/أن clause, a quotation) keeps the statement.  All sentences are written for these
tests (other events, other wording than any evaluation set)."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, relation_triples, said

_DAY = datetime.date(2024, 4, 8)


@pytest.mark.parametrize(
    ("text", "lang", "fragment", "relation"),
    [
        (
            "Kenya condemned the bombing of a market in Mogadishu on Saturday.",
            "en",
            "bombing",
            None,
        ),
        (
            "Saudi Arabia condemned Israel's storming of the Al-Aqsa mosque compound.",
            "en",
            "storming",
            ("Saudi Arabia", "ACCUSE", "Israel"),
        ),
        (
            "Canada condemns Russia's detention of the reporter in Yekaterinburg.",
            "en",
            "detention",
            ("Canada", "ACCUSE", "Russia"),
        ),
        (
            "ونددت الكويت بالقصف الإسرائيلي على مخيم جباليا.",
            "ar",
            "القصف",
            ("Kuwait", "ACCUSE", "Israel"),
        ),
        (
            "وتستنكر قطر اقتحام القوات الإسرائيلية لمستشفى الشفاء.",
            "ar",
            "اقتحام",
            ("Qatar", "ACCUSE", "Israeli Armed Forces"),
        ),
        # the subject the statement finder resolves past a relative clause (relations read
        # the act-only condemnations: relations.find_relations)
        (
            "Armenia and Azerbaijan met in Brussels on Sunday. Georgia, which borders both "
            "countries, also condemned Azerbaijan over the shelling of border villages.",
            "en",
            "shelling",
            ("Georgia", "ACCUSE", "Azerbaijan"),
        ),
        # the participle continuing a speaker ("، مستنكرا X") acts for that speaker
        (
            "وقال الرئيس الإيراني إبراهيم رئيسي إن بلاده لن تتراجع، مستنكرا العقوبات الأمريكية.",
            "ar",
            "العقوبات",
            ("Ebrahim Raisi", "ACCUSE", "United States"),
        ),
        (
            "ويدين الأردن الهجوم الروسي على ميناء أوديسا.",
            "ar",
            "الهجوم",
            ("Jordan", "ACCUSE", "Russia"),
        ),
    ],
)
def test_a_condemned_plain_object_is_no_statement_but_keeps_the_relation(
    text: str, lang: str, fragment: str, relation: tuple[str, str, str] | None
) -> None:
    x = extracted(text, lang, _DAY)
    assert not [c for _, c in said(x) if fragment in c], said(x)
    if relation is not None:
        assert relation in relation_triples(x)


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "fragment"),
    [
        ("Kenya condemned the bombing as a cowardly act.", "en", "Kenya", "as a cowardly act"),
        (
            "Chile condemned what it called an assault on democracy in Peru.",
            "en",
            "Chile",
            "what it called",
        ),
        (
            "Iran condemned the accord on Thursday, calling it a betrayal of the Palestinians.",
            "en",
            "Iran",
            "a betrayal of the Palestinians",
        ),
        (
            "وأدانت الجزائر القصف الإسرائيلي لمدرسة في غزة بوصفه جريمة حرب.",
            "ar",
            "Algeria",
            "بوصفه جريمة حرب",
        ),
        ("واستنكرت مصر ما وصفته بالاستفزاز الإسرائيلي في رفح.", "ar", "Egypt", "ما وصفته"),
        # guards: the claim after the act stays the condemner's
        (
            "ونددت الكويت بالهجوم على ناقلة النفط واعتبرته تهديدا لأمن الملاحة.",
            "ar",
            "Kuwait",
            "تهديدا لأمن الملاحة",
        ),
        (
            "وأدانت الإمارات الهجوم على السفارة، مؤكدة أن الإرهاب لا دين له.",
            "ar",
            "United Arab Emirates",
            "الإرهاب لا دين له",
        ),
    ],
)
def test_a_condemnation_with_a_content_stays_a_statement(
    text: str, lang: str, speaker: str, fragment: str
) -> None:
    x = extracted(text, lang, _DAY)
    assert [s for s, c in said(x) if fragment in c] == [speaker], said(x)
