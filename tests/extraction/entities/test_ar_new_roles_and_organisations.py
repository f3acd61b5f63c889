"""Arabic speakers and actors the gazetteer lacks (issue #3, S9-H3).

People introduced by a role the lexicon missed (lawmakers, representatives, an activist
with an adjective), name runs that swallowed a stance noun or stopped at a short family
name, a verb read as a name, and organisations named by a head noun (هيئة، حزب، حركة،
نقابة ...) right after a speech verb, with their later back-reference ("النقابة").

All sentences are written for these tests in news style about real events.
"""

from __future__ import annotations

import datetime

from factories import speaker_labels as _speakers

from kg.extractors import extract
from kg.models import Article, EntityType, Extraction


def _run(text: str) -> Extraction:
    art = Article(id="t", lang="ar", published=datetime.date(2021, 10, 30), text=text)
    return extract(art)


def _labels(x: Extraction, etype: EntityType) -> set[str]:
    return {e.label for e in x.entities if e.type == etype}


def test_lawmaker_title_introduces_a_name() -> None:
    x = _run("وقال عضو مجلس النواب المصري مصطفى بكري إن الحكومة ستعرض الموازنة الشهر المقبل.")
    assert "مصطفى بكري" in _labels(x, EntityType.PERSON)
    assert _speakers(x) == ["مصطفى بكري"]


def test_representative_title_introduces_a_foreign_name() -> None:
    x = _run("وقال ممثل الأمين العام للأمم المتحدة في العراق جينين بلاسخارت إن الحوار ضروري.")
    assert _speakers(x) == ["جينين بلاسخارت"]


def test_activist_with_adjective_and_given_name_that_folds_like_a_preposition() -> None:
    x = _run("وقال الناشط الحقوقي علي الدميني إن السلطات منعته من السفر.")
    assert "علي الدميني" in _labels(x, EntityType.PERSON)


def test_short_family_name_after_prefix_letters_is_kept() -> None:
    x = _run("وقال محافظ عدن أحمد حامد لملس في مؤتمر صحفي إن الكهرباء ستعود.")
    assert "أحمد حامد لملس" in _labels(x, EntityType.PERSON)
    # guard: a verbal noun after a preposition still ends the name
    y = _run("وطالب وزير الخارجية الإيراني محمد جواد ظريف بمواصلة المفاوضات في فيينا.")
    assert not any("بمواصلة" in p for p in _labels(y, EntityType.PERSON))


def test_stance_noun_with_pronoun_is_not_a_name_word() -> None:
    x = _run("وأبدى رئيس حزب الأمة القومي مبارك الفاضل رفضه للاتفاق السياسي.")
    people = _labels(x, EntityType.PERSON)
    assert "مبارك الفاضل" in people
    assert not any("رفضه" in p for p in people)


def test_defective_imperfect_verb_opens_no_name() -> None:
    x = _run(
        "قال مسؤول عراقي إن المفاوضات مع إيران مستمرة.\n"
        "وقال حزب الدعوة إن رئيس الوزراء يسعى لتشكيل حكومة توافقية."
    )
    assert not any("يسعى" in p for p in _labels(x, EntityType.PERSON))


def test_organisation_named_by_head_noun_speaks_and_is_referred_back() -> None:
    x = _run(
        "وأعلنت نقابة الصحفيين العراقيين أن مراسلين اثنين اعتقلا في البصرة.\n"
        "وقالت النقابة إن الاعتقال يخالف الدستور."
    )
    assert "نقابة الصحفيين العراقيين" in _labels(x, EntityType.ORGANIZATION)
    assert _speakers(x) == ["نقابة الصحفيين العراقيين", "نقابة الصحفيين العراقيين"]


def test_organisation_in_guillemets_after_its_head() -> None:
    x = _run("وقالت حركة «تحرير السودان» في بيان إن مقاتليها انسحبوا من الفاشر.")
    assert _speakers(x) == ["حركة «تحرير السودان»"]


def test_party_complement_before_a_leaders_name() -> None:
    x = _run("وقال رئيس حزب التجمع اليمني للإصلاح محمد اليدومي إن الحزب يدعم الحكومة.")
    assert "محمد اليدومي" in _labels(x, EntityType.PERSON)


def test_known_organisations_after_a_head_noun_stay_themselves() -> None:
    x = _run(
        "وقالت منظمة «أطباء بلا حدود» إن مستشفياتها امتلأت بالجرحى.\n"
        "وقال حزب الله في بيان إن مقاتليه استهدفوا موقعا عسكريا."
    )
    orgs = _labels(x, EntityType.ORGANIZATION)
    assert "Doctors Without Borders" in orgs and "Hezbollah" in orgs
    assert not any(o.startswith(("منظمة", "حزب")) for o in orgs)
    assert _speakers(x) == ["Doctors Without Borders", "Hezbollah"]


def test_head_noun_over_a_bare_body_word_is_a_new_organisation() -> None:
    x = _run("وقالت هيئة الدفاع عن الرئيس السابق إن المحكمة رفضت الطعن.")
    orgs = _labels(x, EntityType.ORGANIZATION)
    assert "هيئة الدفاع" in orgs
    assert not any("Defen" in o for o in orgs)
    assert _speakers(x) == ["هيئة الدفاع"]


def test_definite_naib_is_a_lawmaker_not_a_prosecutor_or_first_deputy() -> None:
    x = _run(
        "وقالت النائبة في البرلمان الأردني ديمة طهبوب إن الحكومة تجاهلت المعلمين.\n"
        "وقال النائب العام اللبناني غسان عويدات إن التحقيق مستمر.\n"
        "وقال النائب الأول لرئيس الوزراء العراقي فؤاد حسين إن بغداد ترفض التصعيد."
    )
    assert _speakers(x) == ["ديمة طهبوب", "غسان عويدات", "Fuad Hussein"]
    roles = {e.label: [r.label for r in e.roles] for e in x.entities}
    assert any("النائب العام" in r for r in roles["غسان عويدات"])


def test_state_adjective_closes_an_organisation_named_before_its_object() -> None:
    x = _run(
        "وانتقدت حركة «النهضة» التونسية قرار حل البرلمان.\n"
        "واتهم حزب الأصالة والمعاصرة المغربي الحكومة بالتضييق على الصحافة."
    )
    orgs = _labels(x, EntityType.ORGANIZATION)
    assert "حركة «النهضة» التونسية" in orgs
    assert "حزب الأصالة والمعاصرة المغربي" in orgs
    by_label = {e.label: e for e in x.entities}
    assert by_label["حركة «النهضة» التونسية"].state == by_label["Tunisia"].id
