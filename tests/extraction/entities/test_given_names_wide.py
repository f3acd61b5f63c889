"""A wide list of real given names opens unknown names after a title (issue #3, S16-GIVEN).

``given_names.tsv`` lists the given names an unknown Arabic name may open with after a
title that names no state ("قال الوزير X Y في ...") or before an apposed title. The list
now holds the given names of every region that international news reports on, in the
spellings Arabic news uses; names that are also common words, verbs or function words
(وسام as a medal, سكوت as silence, واصل as "went on") are left out, so a title followed by
such a word still reads no person.

The people below are real and absent from ``people.tsv``; all sentences are written for
these tests in news style.
"""

from __future__ import annotations

from kg.extractors import extract
from kg.models import Article, EntityType, Extraction


def _extract(text: str) -> Extraction:
    return extract(Article(id="t", text=text, lang="ar", published="2025-03-01"))


def _person(x: Extraction, name: str) -> tuple[list[str], str | None]:
    """The role labels and the state's label of the person named ``name``."""
    by_id = {e.id: e for e in x.entities}
    for e in x.entities:
        if e.type == EntityType.PERSON and e.label == name:
            state = by_id[e.state].label if e.state in by_id else None
            return [r.label for r in e.roles], state
    persons = [e.label for e in x.entities if e.type == EntityType.PERSON]
    raise AssertionError(f"no person {name!r} in {persons}")


def _persons(x: Extraction) -> list[str]:
    return [e.label for e in x.entities if e.type == EntityType.PERSON]


# Arab given names of every region


def test_iraqi_compound_given_name_after_a_bare_title() -> None:
    x = _extract(
        "وقال الوزير عبدالأمير الشمري في مؤتمر صحفي ببغداد إن القوات عززت انتشارها على الحدود."
    )
    assert _person(x, "عبدالأمير الشمري")[0] == ["الوزير"]


def test_egyptian_woman_minister_after_a_bare_title() -> None:
    x = _extract("وقالت الوزيرة مايا مرسي خلال زيارتها لمعبر رفح إن المساعدات مستمرة.")
    assert _person(x, "مايا مرسي")[0] == ["الوزيرة"]


def test_syrian_given_name_before_a_kunya_family_name() -> None:
    x = _extract("وأكد الوزير مرهف أبو قصرة في تصريح أن الجيش الجديد سيضم كل الفصائل.")
    assert _person(x, "مرهف أبو قصرة")[0] == ["الوزير"]


def test_moroccan_compound_given_name_after_a_bare_title() -> None:
    x = _extract("وقال الوزير عبدالوافي لفتيت في كلمة إن المغرب ملتزم بالحل السياسي.")
    assert _person(x, "عبدالوافي لفتيت")[0] == ["الوزير"]


def test_gulf_woman_spokesperson_after_a_bare_title() -> None:
    x = _extract("وقالت المتحدثة لولوة الخاطر في بيان إن الدوحة تواصل وساطتها.")
    assert _person(x, "لولوة الخاطر")[0] == ["المتحدثة"]


def test_an_organisation_named_after_a_given_name_opens_no_person() -> None:
    # بدر is a given name, but "منظمة بدر" is the organisation the title heads
    x = _extract("وقال الأمين العام لمنظمة بدر هادي العامري إن الفصائل ملتزمة بالتهدئة.")
    assert not any(p.startswith("بدر") for p in _persons(x))


# Persian, Kurdish, Turkish, Caucasian and Hebrew given names


def test_azeri_given_name_ends_before_a_verbal_noun() -> None:
    x = _extract(
        "وأجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره الأذربيجاني جيهون بيراموف "
        "تناول العلاقات الثنائية."
    )
    roles, state = _person(x, "جيهون بيراموف")
    assert roles == ["نظيره الأذربيجاني"] and state == "Azerbaijan"


def test_persian_compound_given_name_after_a_bare_title() -> None:
    x = _extract("وقال السفير غلامحسين دهقاني في تصريح للصحفيين إن طهران لن تتراجع.")
    assert _person(x, "غلامحسين دهقاني")[0] == ["السفير"]


def test_kurdish_given_names_open_a_speaker_and_a_titled_name() -> None:
    x = _extract("وأكد نيجيرفان بارزاني، رئيس إقليم كردستان، أن الإقليم ملتزم بالاتفاق.")
    assert "نيجيرفان بارزاني" in _persons(x)
    x = _extract("وقال السفير كوسرت رسول في تصريح إن الإقليم يدعم الحوار.")
    assert _person(x, "كوسرت رسول")[0] == ["السفير"]


def test_turkish_given_name_after_a_bare_title() -> None:
    x = _extract("وقال الزعيم أوزغور أوزيل في خطاب إن المعارضة ستفوز بالانتخابات.")
    assert "أوزغور أوزيل" in _persons(x)


def test_hebrew_given_names_after_a_bare_title() -> None:
    x = _extract("وقال المتحدث أوفير جندلمان في تغريدة إن الجيش سيرد على أي هجوم.")
    assert _person(x, "أوفير جندلمان")[0] == ["المتحدث"]
    x = _extract("وقالت الوزيرة أييليت شاكيد في مقابلة إن الائتلاف متماسك.")
    assert _person(x, "أييليت شاكيد")[0] == ["الوزيرة"]


def test_a_field_named_after_a_given_name_is_no_person() -> None:
    x = _extract("وقال وزير النفط الإيراني إن طهران ستبدأ التنقيب في حقل آرش المشترك مع الكويت.")
    assert not any(p.startswith("آرش") for p in _persons(x))


# Slavic, Greek, Western European and American given names


def test_ukrainian_and_polish_given_names_after_a_bare_title() -> None:
    x = _extract(
        "وقال الوزير أولكسندر كوبراكوف في تصريح إن كييف تحتاج إلى مزيد من الدفاعات الجوية."
    )
    assert _person(x, "أولكسندر كوبراكوف")[0] == ["الوزير"]
    x = _extract("وقال الوزير رادوسلاف سيكورسكي خلال زيارته لكييف إن وارسو ستواصل دعمها.")
    assert _person(x, "رادوسلاف سيكورسكي")[0] == ["الوزير"]


def test_greek_and_dutch_given_names_after_a_bare_title() -> None:
    x = _extract("وقال الوزير يورغوس غيرابيتريتيس في تصريح إن أثينا تدعم الحل.")
    assert _person(x, "يورغوس غيرابيتريتيس")[0] == ["الوزير"]
    x = _extract("وقال المستشار كاسبر فيلدكامب في تصريح إن لاهاي تدعم المحكمة.")
    assert _person(x, "كاسبر فيلدكامب")[0] == ["المستشار"]


def test_german_given_name_ends_the_envoys_name_before_a_preposition() -> None:
    x = _extract("واستقبل الرئيس الجزائري المبعوث الأممي فولكر بيرتس بحضور وزير الخارجية.")
    assert _person(x, "فولكر بيرتس")[0] == ["المبعوث الأممي"]


def test_names_that_are_arabic_words_are_left_out() -> None:
    # سكوت (Scott) is also "silence", لوي (Louis) "twisting": not in the list
    x = _extract("وانتقد الوزير سكوت المجتمع الدولي عن الانتهاكات المتواصلة في غزة.")
    assert _persons(x) == []
    x = _extract("وأشار الوزير إلى أن سياسة لوي الذراع لن تنجح.")
    assert _persons(x) == []


# African, South Asian and East Asian given names (Chinese and Korean: the family name)


def test_kenyan_given_name_ends_before_the_object_of_the_verb() -> None:
    x = _extract("وبحث وزير الخارجية السعودي مع نظيرته الكينية موساليا مودافادي سبل التعاون.")
    roles, state = _person(x, "موساليا مودافادي")
    assert roles == ["نظيرته الكينية"] and state == "Kenya"


def test_west_african_given_names_after_a_bare_title() -> None:
    x = _extract("وقال الرئيس بولا تينوبو في خطابه إن نيجيريا ستواجه الإرهاب.")
    assert _person(x, "بولا تينوبو")[0] == ["الرئيس"]
    x = _extract("وقال الرئيس الأسبق ماكي سال في مقابلة إن السنغال تحتاج إلى الحوار.")
    assert _person(x, "ماكي سال")[0] == ["الرئيس الأسبق"]
    x = _extract("وقالت الوزيرة نغوزي أوكونجو إيويالا في كلمة إن التجارة العالمية تواجه تحديات.")
    assert _person(x, "نغوزي أوكونجو إيويالا")[0] == ["الوزيرة"]


def test_east_and_south_east_asian_names_after_a_bare_title() -> None:
    x = _extract("وقال الرئيس يون سوك يول في خطاب متلفز إن سيول ستحمي مواطنيها.")
    assert _person(x, "يون سوك يول")[0] == ["الرئيس"]
    x = _extract("وقال الوزير فام مينه تشينه في كلمة إن هانوي تدعم السلام.")
    assert _person(x, "فام مينه تشينه")[0] == ["الوزير"]
    x = _extract("وقال الرئيس برابوو سوبيانتو في كلمة إن إندونيسيا مستعدة لإرسال قوات.")
    assert _person(x, "برابوو سوبيانتو")[0] == ["الرئيس"]
