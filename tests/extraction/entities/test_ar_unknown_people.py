"""Arabic people the gazetteer does not know (issue #3, session 4).

An official introduced by a title but absent from the gazetteer becomes a new
Person with that title and its state or organisation: an organisation named by
an adjective ("المبعوث الأممي"), a posting ("إلى ليبيا"), a complement of the
title ("للشؤون الخارجية", which is not a ministry), an unknown body after a
construct title ("رئيس المجلس ..."), a name the given-name list lacks that ends
at a coordinated phrase ("... وزعيم").  A family name that is also a given name
("شريف") refers back to the person named in full, unless another name word
follows it.  New people get no QID.

All sentences are written for these tests in news style.
"""

from __future__ import annotations

import datetime

from factories import find_mention, linked

from kg.extractors import extract
from kg.gazetteer import Gazetteer, Linking
from kg.models import Article

UN = "Q1065"


def _link(text: str) -> Linking:
    return linked(text, "ar", datetime.date(2024, 5, 1))


def _state(code: str) -> str:
    return Gazetteer.load().by_code[code]


def test_un_adjective_title_with_posting_introduces_a_foreign_name() -> None:
    text = (
        "وقال المبعوث الأممي إلى ليبيا ستيفاني كوري إن الأطراف وافقت على استئناف "
        "الحوار. وأضافت كوري أن المنظمة تدعم الانتخابات."
    )
    r = _link(text)
    m = find_mention(r, "ستيفاني كوري")
    assert m.key == "Person:ستيفاني كوري" and m.kind == "name"
    assert m.role == "المبعوث الأممي إلى ليبيا"
    person = r.entities[m.key]
    assert person.qid is None
    assert [role.of for role in person.roles] == [UN]
    assert find_mention(r, "كوري").key == m.key  # the family name alone refers back
    assert find_mention(r, "ليبيا").key == _state("LBY")  # the posting is still a mention


def test_title_complement_for_affairs_is_part_of_the_title_not_a_ministry() -> None:
    text = (
        "وصل وزير الدولة القطري للشؤون الخارجية محمد الخليفي إلى بيروت أمس. "
        "وقال الخليفي إن الدوحة تدعم الجيش اللبناني."
    )
    r = _link(text)
    m = find_mention(r, "محمد الخليفي")
    assert m.role == "وزير الدولة القطري للشؤون الخارجية"
    person = r.entities[m.key]
    assert person.state == _state("QAT") and person.qid is None
    assert not any("Ministry of Foreign Affairs" in e.label for e in r.entities.values())
    assert find_mention(r, "الخليفي").key == m.key


def test_title_complement_without_a_nisba_before_a_given_name() -> None:
    text = "والتقى وزير الدولة للشؤون الخارجية خالد الحربي السفير الصيني في الرياض."
    r = _link(text)
    m = find_mention(r, "خالد الحربي")
    assert m.role == "وزير الدولة للشؤون الخارجية"


def test_construct_title_with_unknown_three_word_body_takes_the_name() -> None:
    text = (
        "وأعلن رئيس المجلس الوطني الأعلى سالم الكبير أن المرحلة المقبلة "
        "ستشهد انتخابات. وأكد الكبير أن البلاد منفتحة على الحوار."
    )
    r = _link(text)
    m = find_mention(r, "سالم الكبير")
    assert m.key.startswith("Person:") and m.role is not None
    assert m.role == "رئيس المجلس الوطني الأعلى"
    assert find_mention(r, "الكبير").key == m.key


def test_unlisted_first_name_ends_at_a_coordinated_title() -> None:
    text = "وكان رئيس الوزراء الإثيوبي آبي أحمد ونظيره الكيني قد بحثا ملف الحدود في نيروبي."
    r = _link(text)
    m = find_mention(r, "آبي أحمد")
    assert m.role == "رئيس الوزراء الإثيوبي"
    assert r.entities[m.key].state == _state("ETH")


def test_family_name_that_is_a_given_name_refers_back_after_the_full_name() -> None:
    text = (
        "استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء الباكستاني شهباز شريف في "
        "أنقرة. وقال شريف إن بلاده تقدر الموقف التركي."
    )
    r = _link(text)
    full = find_mention(r, "شهباز شريف")
    alone = find_mention(r, "شريف")
    assert alone.key == full.key and alone.kind == "surname"


def test_family_name_that_is_a_given_name_does_not_take_another_full_name() -> None:
    text = (
        "واستقبل رئيس الوزراء الباكستاني شهباز شريف الوفد. ثم التقى الوزير شريف "
        "إسماعيل السفراء في القاهرة."
    )
    r = _link(text)
    full = find_mention(r, "شهباز شريف")
    assert not any(
        m.key == full.key and m.text == "شريف" and m.start > full.end for m in r.mentions
    )


def test_new_person_with_given_name_surname_refers_back() -> None:
    text = (
        "وقال المبعوث الأممي إلى السودان يان بيرك حسن إن الطرفين وافقا على الهدنة. "
        "وأضاف حسن أن المساعدات ستصل."
    )
    r = _link(text)
    m = find_mention(r, "يان بيرك حسن")
    assert find_mention(r, "حسن").key == m.key


def test_council_of_the_arab_league_is_an_actor_of_its_own() -> None:
    text = "وأدان مجلس جامعة الدول العربية في ختام دورته الهجوم على المدنيين."
    r = _link(text)
    m = find_mention(r, "مجلس جامعة الدول العربية")
    assert r.entities[m.key].label == "Council of the Arab League"
    assert r.entities[m.key].qid is None


def test_new_un_official_speaks_and_is_the_subject_of_the_quote() -> None:
    text = (
        "وقال المبعوث الأممي إلى ليبيا ستيفاني كوري إن الأطراف الليبية وافقت على "
        "استئناف الحوار في جنيف."
    )
    x = extract(Article(id="t", lang="ar", text=text, published=datetime.date(2024, 5, 1)))
    labels = {e.id: e.label for e in x.entities}
    assert [labels[q.speaker] for q in x.quotes] == ["ستيفاني كوري"]


def test_role_word_that_is_a_given_name_opens_the_name_after_a_complete_title() -> None:
    text = (
        "وصل وزير الدولة الإماراتي للشؤون الخارجية سلطان المريخي إلى بيروت أمس. "
        "وقال المريخي إن أبوظبي تدعم الجيش اللبناني."
    )
    r = _link(text)
    m = find_mention(r, "سلطان المريخي")
    assert m.role == "وزير الدولة الإماراتي للشؤون الخارجية"
    assert r.entities[m.key].state == _state("ARE")
    assert find_mention(r, "المريخي").key == m.key


def test_unknown_body_of_an_organisation_after_a_construct_title() -> None:
    text = (
        "وأكد رئيس الهيئة التنفيذية لحركة حماس سامي الأحمد أن الحركة ستدرس المقترح. "
        "وأضاف الأحمد أن الوسطاء أبلغوا الحركة بالتفاصيل."
    )
    r = _link(text)
    m = find_mention(r, "سامي الأحمد")
    assert m.role == "رئيس الهيئة التنفيذية لحركة حماس"
    assert [role.of for role in r.entities[m.key].roles] == ["Organization:hamas"]


def test_unknown_body_with_a_nisba_after_a_construct_title() -> None:
    text = "وقال نائب رئيس المجلس الرئاسي الليبي عبد الله اللافي إن الحوار سيستأنف في تونس."
    r = _link(text)
    m = find_mention(r, "عبد الله اللافي")
    assert m.role == "نائب رئيس المجلس الرئاسي الليبي"
    assert r.entities[m.key].state == _state("LBY")


def test_unknown_body_held_with_a_group_after_lada() -> None:
    text = (
        "وتعهد رئيس الهيئة السياسية العليا لدى الحوثيين صالح الرزامي بمواصلة التصعيد. "
        "وقال الرزامي إن الجماعة لن تتراجع."
    )
    r = _link(text)
    m = find_mention(r, "صالح الرزامي")
    assert m.role == "رئيس الهيئة السياسية العليا لدى الحوثيين"
    assert find_mention(r, "الرزامي").key == m.key


def test_other_spelling_of_a_known_holder_after_their_title_is_that_holder() -> None:
    text = (
        "وقال مدير عام الوكالة الدولية للطاقة الذرية رافائيل غروسي إن المفتشين عادوا "
        "إلى المنشأة. وأضاف غروسي أن التعاون تحسن."
    )
    r = _link(text)
    full = find_mention(r, "رافائيل غروسي")
    assert not full.key.startswith("Person:رافائيل")  # the known Director General
    assert find_mention(r, "غروسي").key == full.key


def test_assistant_of_a_minister_is_not_the_minister() -> None:
    text = "وتلقى مساعد وزير الخارجية الأمريكي اتصالا من نظيره الأردني."
    r = _link(text)
    m = find_mention(r, "مساعد وزير الخارجية الأمريكي")
    assert m.key.startswith("Person:مساعد")  # a new, unnamed official, not the Secretary


def test_given_name_surname_is_no_adjective_in_a_construct() -> None:
    text = (
        "وقال المبعوث الأممي إلى السودان يان بيرك حسن إن الطرفين وافقا على الهدنة. "
        "ودعا المجلس إلى احترام قواعد حسن الجوار. ووجّه حسن الشكر إلى الوسطاء."
    )
    r = _link(text)
    key = find_mention(r, "يان بيرك حسن").key
    backrefs = [m for m in r.mentions if m.key == key and m.text == "حسن"]
    assert len(backrefs) == 1 and text[backrefs[0].end :].startswith(" الشكر")
