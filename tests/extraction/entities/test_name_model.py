"""The learnt recogniser of unknown Arabic names after a title (S16-NAMEREC).

Where the rules leave a title without a name (a role-only mention, or a title completed by
a body or state: "قائد «الحرس الثوري»"، "رئيس هيئة الأركان الباكستاني") and the words
after it are no gazetteer phrase, :mod:`kg.gazetteer.name_model` reads an unknown name
there: the name's mention carries the title, a holder known only by that title is that
person (its later role references follow), and the name's last word links later.  It reads
no name where a title is followed by a common noun, a verb's object, a time word, a
preposition, a definite noun or a nisba.  The weights are data, read once, and the
reading is deterministic; ``KG_NAME_MODEL=0`` turns it off.

Every sentence is written for these tests (real people the gazetteer does not know,
several regions).
"""

from __future__ import annotations

import datetime

import pytest
from factories import linked

from kg.gazetteer import Linking
from kg.gazetteer.name_model import WEIGHTS, name_model


def _link(text: str) -> Linking:
    return linked(text, "ar", datetime.date(2025, 3, 1))


def _people(r: Linking) -> list[tuple[str, str | None]]:
    """(name, title) of the named people the linking read."""
    return [
        (m.text, m.role)
        for m in r.mentions
        if m.kind == "name" and r.entities[m.key].type.value == "Person"
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (  # Sudan: no given name the list knows opens it, a verb's object follows
            "والتقى حاكم إقليم دارفور مني أركو مناوي وفدا أمريكيا في بورتسودان.",
            "مني أركو مناوي",
            "حاكم إقليم دارفور",
        ),
        (  # Iran: after a body in quotes
            "ونشر قائد «الحرس الثوري» حسين سلامي رسالة إلى الجنود.",
            "حسين سلامي",
            "قائد «الحرس الثوري»",
        ),
        (  # Iraq
            "واستقبل رئيس «هيئة الحشد الشعبي» فالح الفياض وفدا إيرانيا.",
            "فالح الفياض",
            "رئيس «هيئة الحشد الشعبي»",
        ),
        (  # Gulf
            "وبحث قائد «قوات درع الجزيرة» حمد الرويلي التعاون العسكري مع الوفد.",
            "حمد الرويلي",
            "قائد «قوات درع الجزيرة»",
        ),
        (  # Morocco: after a party in quotes and its nisba
            "وترأس الأمين العام لحزب «التجمع الوطني للأحرار» المغربي عزيز أخنوش اجتماعا "
            "للمكتب السياسي.",
            "عزيز أخنوش",
            "الأمين العام لحزب «التجمع الوطني للأحرار» المغربي",
        ),
        (  # Tunisia: the name ends before a noun in ة
            "وقاد زعيم «حزب الدستوري الحر» التونسي عبير موسي مسيرة في العاصمة.",
            "عبير موسي",
            "زعيم «حزب الدستوري الحر» التونسي",
        ),
        (  # Pakistan: the name ends before a noun with its nisba in the accusative
            "واستقبل رئيس هيئة الأركان الباكستاني عاصم منير وفدا عسكريا صينيا.",
            "عاصم منير",
            "رئيس هيئة الأركان الباكستاني",
        ),
        (  # Somalia (Africa): a four-word name
            "وتسلم رئيس «المجلس الوطني» الصومالي آدم محمد نور مدوبي التقرير.",
            "آدم محمد نور مدوبي",
            "رئيس «المجلس الوطني» الصومالي",
        ),
        (  # Spain (Europe): a transliteration
            "وأرسل زعيم «حزب الشعب» الإسباني ألبرتو نونيث فيخو رسالة إلى البرلمان.",
            "ألبرتو نونيث فيخو",
            "زعيم «حزب الشعب» الإسباني",
        ),
        (  # United States
            "وأكد زعيم الأغلبية في مجلس النواب الأمريكي ستيف سكاليز دعم الحزب للمشروع.",
            "ستيف سكاليز",
            "زعيم الأغلبية في مجلس النواب الأمريكي",
        ),
    ],
)
def test_an_unknown_name_after_a_title_the_rules_left_without_one(
    text: str, name: str, title: str
) -> None:
    assert _people(_link(text)) == [(name, title)]


def test_the_title_holder_is_the_named_person_and_the_family_name_links_later() -> None:
    r = _link(
        "وأعلن وزير الخارجية الإستوني مارغوس تساهكنا دعم بلاده لكييف. وقال تساهكنا إن "
        "تالين سترسل ذخائر. وأضاف الوزير الإستوني أن العقوبات يجب أن تشدد."
    )
    people = [(m.text, m.kind) for m in r.mentions if m.key == "Person:مارغوس تساهكنا"]
    assert people == [
        ("مارغوس تساهكنا", "name"),
        ("تساهكنا", "surname"),
        ("الوزير الإستوني", "role"),
    ]
    assert [role.label for role in r.entities["Person:مارغوس تساهكنا"].roles][:1] == [
        "وزير الخارجية الإستوني"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وأكد وزير الخارجية المصري ضرورة وقف إطلاق النار.",  # a noun in ة
        "وبحث وزير الدفاع الأمريكي مع نظيره الفرنسي تطورات الأوضاع في المنطقة.",  # ات
        "وبحث وزير الداخلية الفرنسي الوضع الأمني في كاليدونيا الجديدة.",  # definite noun
        "وقال المتحدث باسم الجيش الإسرائيلي صباح اليوم إن الغارات استهدفت مواقع.",  # time
        "وأعلن رئيس الوزراء الباكستاني اليوم حالة الطوارئ.",
        "وقال السفير الأمريكي لدى الأمم المتحدة خلال الجلسة إن واشنطن ترفض القرار.",
        "ووصف وزير الخارجية الروسي الاتفاق بأنه تاريخي.",
        "وقال رئيس الوزراء العراقي الجديد إن حكومته ستكافح الفساد.",  # a verb follows
        "وزار رئيس الوزراء الهندي المغربي مدينة الرباط.",  # a nisba, then a place
        "وغادر وزير الخارجية الإيراني طهران متوجها إلى مسقط.",  # a capital
        "واستقبل وزير الخارجية الأردني الأمين العام للجامعة العربية.",  # another title
        "وأصدر قائد «الجيش الوطني» بيانا أعلن فيه وقف القتال.",
        "وقال زعيم «حزب العمال» البريطاني اليوم إن الحكومة فشلت.",
        "وأعرب الأمين العام عن قلقه البالغ من التصعيد.",
        "وقال وزير الخارجية الليبي الاجتماع كان مثمرا.",
        "وقدم السفير الأمريكي في بغداد تعازيه لأسر الضحايا.",  # a noun with its pronoun
        "واعتبرت الحكومة السنغالية القنصل المالي شخصا غير مرغوب فيه.",  # a predicate
        "وأبلغ السفير الروسي لدى الأمم المتحدة مجلس الأمن رفض بلاده للمشروع.",
        "وقال رئيس الوزراء الإثيوبي مساء الثلاثاء إن السد لن يضر أحدا.",
    ],
)
def test_no_name_where_a_title_is_followed_by_no_name(text: str) -> None:
    assert _people(_link(text)) == []


def test_a_portfolio_complement_before_a_comma_ends_the_title_and_opens_no_name() -> None:
    text = "وقال فولكر تورك، المفوض السامي للأمم المتحدة لحقوق الإنسان، إن الوضع في غزة كارثي."
    people = _people(_link(text))
    assert not any("لحقوق" in name for name, _ in people)


def test_the_model_is_off_with_kg_name_model_0(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "ونشر قائد «الحرس الثوري» حسين سلامي رسالة إلى الجنود."
    monkeypatch.setenv("KG_NAME_MODEL", "0")
    assert _people(_link(text)) == []


def test_the_weights_are_data_read_once_with_the_cv_threshold() -> None:
    head = WEIGHTS.read_text(encoding="utf-8").splitlines()[:40]
    assert head[0].startswith("# Unknown Arabic name recogniser")
    assert any(line.startswith("# start=") for line in head)
    assert any("never dev or the unseen sets" in line for line in head)
    model = name_model()
    assert model is name_model()  # cached
    assert 0.5 <= model.start < 1 and model.weights


def test_the_reading_is_deterministic() -> None:
    text = "والتقى حاكم إقليم دارفور مني أركو مناوي وفدا أمريكيا في بورتسودان."
    first = [(m.start, m.end, m.key) for m in _link(text).mentions]
    assert all([(m.start, m.end, m.key) for m in _link(text).mentions] == first for _ in range(3))


def test_the_name_finder_bisects_one_list_of_token_starts() -> None:
    """Session 20: the offsets a name is sought after are bisected in the token starts the
    finder builds once (it was a new list per title): the same list, the tokens' starts."""
    from kg.gazetteer import Gazetteer
    from kg.gazetteer.names import NameFinder
    from kg.text import tokenize

    text = "وقال قائد القوات البحرية أمادو كوليبالي إن السفن عادت إلى الميناء."
    tokens = tokenize(text)
    f = NameFinder(Gazetteer.load(), text, tokens, [], [-1] * len(tokens), "ar")
    starts = f.starts()
    assert starts == [t.start for t in tokens]
    assert f.starts() is starts
