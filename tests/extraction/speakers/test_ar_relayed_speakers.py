"""Session-7 Arabic relayed and nested attribution (issue #3), found by reading the output
on fresh wire copy (SANA, KUNA, WAM, Petra, Anadolu, IRNA styles).

* "X، على لسان <title> Y، ..." : the body or state speaks through the named person Y;
* "وبحسب بيان لمكتبه، أكد X" : someone's statement, not the one quoted just before;
* "وجاء في البيان، الذي وقعه X، أن" : the signer speaks;
* "أفادت الوزارة بأن الوزير X بحث ...، وشدد على" : the masculine verb is the minister's,
  relayed by the ministry (its feminine verb cannot go on);
* "قال الوزير إن مصر تطالب ...، مشيراً إلى" : after a nested statement the participle goes
  on with the outer speaker whose gender it has;
* "ونقلت الوكالة عن سموه قوله إن" : the dignitary named before speaks.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest
from factories import extracted, said_via, speaker_of

from kg.models import Extraction


def run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 3, 12))


class Case(NamedTuple):
    """One article and what must hold of its statements."""

    text: str
    speakers: tuple[tuple[str, str | None], ...] = ()  # (content words, speaker or None)
    silent: tuple[str, ...] = ()  # labels that speak no statement
    statements: tuple[tuple[str, str, str | None], ...] = ()  # (speaker, content, via) made
    not_content: tuple[str, ...] = ()  # words no statement's content holds


CASES: dict[str, Case] = {
    # -- "على لسان": the person the body speaks through
    "union_on_the_tongue_of_its_envoy_is_the_envoy": Case(
        "طالب الاتحاد الأوروبي، على لسان ممثله الأعلى للشؤون الخارجية جوزيب بوريل، "
        "بوقف التصعيد في البحر الأحمر.",
        speakers=(("بوقف التصعيد", "Josep Borrell"),),
        silent=("European Union",),
    ),
    "state_on_the_tongue_of_its_spokeswoman_is_the_spokeswoman": Case(
        "أكدت روسيا، على لسان المتحدثة باسم وزارة خارجيتها ماريا زاخاروفا، أن موسكو لن "
        "تقبل بالعقوبات الجديدة.",
        speakers=(("لن تقبل بالعقوبات", "Maria Zakharova"),),
    ),
    "on_the_tongue_of_an_unnamed_minister_keeps_the_government": Case(
        "أعلنت الحكومة الإثيوبية، على لسان وزير الإعلام، أن السد سيكتمل هذا العام.",
        speakers=(("السد سيكتمل", "Ethiopia"),),
    ),
    "on_the_tongue_of_a_name_we_lack_gives_the_body_nothing": Case(
        "وأعربت الأمم المتحدة، على لسان منسق الشؤون الإنسانية مارتن غريفيث، عن قلقها من "
        "نقص الوقود في المستشفيات.",
        silent=("United Nations",),
    ),
    "on_the_tongue_of_an_unnamed_official_keeps_the_government": Case(
        "نفت الحكومة السودانية، على لسان مسؤول رفيع، أن الجيش قصف المدنيين.",
        speakers=(("الجيش قصف", "Sudan"),),
    ),
    # -- "بحسب بيان لمكتبه": someone's own statement
    "according_to_a_statement_of_his_office_is_not_the_previous_speaker": Case(
        "قال المتحدث باسم الحكومة العراقية باسم العوادي إن بغداد تتابع الوضع في سوريا.\n"
        "وبحسب بيان لمكتبه، دعا رئيس الوزراء العراقي محمد شياع السوداني إلى ضبط النفس "
        "في المنطقة.",
        statements=(("Mohammed Shia al-Sudani", "إلى ضبط النفس في المنطقة", None),),
        not_content=("لمكتبه",),
    ),
    "according_to_the_statement_still_goes_to_its_issuer": Case(
        "قالت وزارة الخارجية القطرية في بيان إن الدوحة تدين الهجوم على السفارة. ووفقاً "
        "للبيان، فإن قطر تحمل السلطات المسؤولية الكاملة عن حماية البعثات.",
        speakers=(("المسؤولية الكاملة", "Qatari Ministry of Foreign Affairs"),),
    ),
    # -- "وجاء في البيان، الذي وقعه X": the signer
    "statement_signed_by_a_minister_is_his": Case(
        "أعربت المملكة العربية السعودية عن رفضها للتصريحات الإسرائيلية. وجاء في البيان، "
        "الذي وقعه وزير الخارجية السعودي الأمير فيصل بن فرحان، أن المملكة ترفض أي تهجير "
        "للفلسطينيين.",
        statements=(("Faisal bin Farhan", "المملكة ترفض أي تهجير للفلسطينيين", None),),
        not_content=("الذي وقعه",),
    ),
    "unsigned_statement_still_goes_to_its_issuer": Case(
        "قالت وزارة الخارجية المصرية إن القاهرة تدين الهجوم. وجاء في البيان أن مصر "
        "تطالب بتحقيق دولي.",
        speakers=(("مصر تطالب", "Egyptian Ministry of Foreign Affairs"),),
    ),
    # -- a masculine verb after a body's report on its minister
    "masculine_verb_after_ministry_report_is_the_ministers": Case(
        "ذكرت وزارة الخارجية التركية أن الوزير هاكان فيدان التقى نظيره الإيراني في "
        "أنقرة، وأكد أن تركيا تعارض أي تصعيد في المنطقة.",
        speakers=(("التقى نظيره", "Turkish Ministry of Foreign Affairs"),),
        statements=(
            (
                "Hakan Fidan",
                "تركيا تعارض أي تصعيد في المنطقة",
                "Turkish Ministry of Foreign Affairs",
            ),
        ),
    ),
    "verbs_that_agree_with_the_body_keep_the_body": Case(
        "قال الكرملين إن الرئيس فلاديمير بوتين بحث مع الرئيس الصيني شي جين بينغ العلاقات "
        "الثنائية، ودعا إلى تعزيز التعاون الاقتصادي.\n"
        "أعلنت الحكومة الأردنية أن الملك عبدالله الثاني سيزور برلين الأسبوع المقبل، "
        "وأكدت أن الزيارة ستتناول الوضع في غزة.",
        speakers=(
            ("تعزيز التعاون الاقتصادي", "Moscow Kremlin"),
            ("الزيارة ستتناول", "Jordan"),
        ),
    ),
    # -- "عن سموه قوله": the dignitary
    "agency_quoting_his_highness_is_the_dignitary": Case(
        "بحث سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية مع نظيره الفرنسي العلاقات "
        "الثنائية. ونقلت وكالة أنباء الإمارات (وام) عن سموه قوله إن الشراكة مع فرنسا "
        "استراتيجية.",
        statements=(
            (
                "Abdullah bin Zayed Al Nahyan",
                "الشراكة مع فرنسا استراتيجية",
                "Emirates News Agency",
            ),
        ),
    ),
    "agency_quoting_a_named_minister_is_unchanged": Case(
        "ونقلت وكالة الأنباء الكويتية (كونا) عن وزير الخارجية عبدالله اليحيا قوله إن "
        "الكويت تدعم الجهود المصرية.",
        speakers=(("الكويت تدعم الجهود", "عبدالله اليحيا"),),
    ),
    # -- "الديوان الملكي" without a state: the dateline's court
    "statement_issued_by_the_royal_court_is_the_datelines_court": Case(
        "الرياض (واس) -\nأوضح بيان صادر عن الديوان الملكي أن خادم الحرمين الشريفين الملك "
        "سلمان بن عبدالعزيز استقبل رئيس الوزراء الباكستاني في جدة.",
        speakers=(("استقبل رئيس الوزراء", "Saudi Royal Court"),),
    ),
    # -- a relay from someone we did not link
    "relay_from_an_unnamed_source_gives_the_agency_nothing": Case(
        "ونقلت وكالة الأنباء القطرية (قنا) عن مصدر مطلع قوله إن المفاوضات مستمرة، "
        "مضيفاً أن الدوحة متفائلة بالتوصل إلى اتفاق.",
        silent=("Qatar News Agency",),
    ),
    # -- a bare "الوزارة" after a minister named by his title
    "bare_ministry_after_its_minister_is_his_ministry": Case(
        "مسقط (العمانية) -\nصرح وزير الخارجية العماني بأن السلطنة تبذل جهوداً لتثبيت "
        "الهدنة في اليمن.\nوقالت الوزارة في بيان إن مسقط استضافت وفداً يمنياً لبحث تمديد "
        "الهدنة.",
        speakers=(("مسقط استضافت", "Omani Ministry of Foreign Affairs"),),
    ),
    "bare_ministry_after_a_president_stays_unlinked": Case(
        "قال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحل السياسي. وأكدت الوزارة أن "
        "الاتصالات مستمرة.",
        speakers=(("الاتصالات مستمرة", None),),
    ),
    # -- a unit of a body; "the statement" after a body relayed its head
    "unit_of_a_body_speaks_for_the_body": Case(
        "قالت إدارة الإعلام في وزارة الخارجية القطرية إن الدوحة تواصل وساطتها بين الطرفين.",
        speakers=(("الدوحة تواصل", "Qatari Ministry of Foreign Affairs"),),
    ),
    "the_statement_after_a_relayed_head_is_the_bodys": Case(
        "أنقرة (الأناضول) -\nذكرت الرئاسة التركية في بيان أن الرئيس رجب طيب أردوغان "
        "استقبل رئيس الوزراء السويدي في أنقرة، وأكد دعم بلاده لتوسيع حلف الناتو.\n"
        "وأضاف البيان أن الجانبين بحثا مكافحة الإرهاب.",
        speakers=(
            ("دعم بلاده لتوسيع", "Recep Tayyip Erdoğan"),
            ("مكافحة الإرهاب", "Turkish Presidency"),
        ),
    ),
    "the_statement_after_an_agency_quote_stays_with_the_speaker": Case(
        "ونقلت وكالة الأنباء الأردنية (بترا) عن وزير الخارجية أيمن الصفدي قوله إن الأردن "
        "يرفض التهجير. وأضاف البيان أن عمّان ستواصل اتصالاتها.",
        speakers=(("ستواصل اتصالاتها", "Ayman Safadi"),),
    ),
}


@pytest.mark.parametrize("case", [pytest.param(c, id=name) for name, c in CASES.items()])
def test_relayed_statement_goes_to_its_speaker(case: Case) -> None:
    x = run(case.text)
    got = said_via(x)
    for words, speaker in case.speakers:
        assert speaker_of(x, words) == speaker, (words, got)
    for label in case.silent:
        assert not any(s == label for s, _, _ in got), (label, got)
    for statement in case.statements:
        assert statement in got, (statement, got)
    for words in case.not_content:
        assert not any(words in text for _, text, _ in got), (words, got)


# -- a participle after a nested statement --------------------------------------------------


def test_participle_after_nested_state_goes_on_with_the_minister() -> None:
    x = run(
        "وقال وزير الخارجية المصري سامح شكري إن مصر تطالب المجتمع الدولي بالتحرك لوقف "
        "الحرب، مشيراً إلى أن القاهرة تتابع التطورات عن كثب.\n"
        'وتابع أن "الحل السياسي هو الطريق الوحيد".'
    )
    assert speaker_of(x, "تتابع التطورات") == "Sameh Shoukry"
    assert speaker_of(x, "الحل السياسي") == "Sameh Shoukry"
    assert speaker_of(x, "المجتمع الدولي بالتحرك") in ("Sameh Shoukry", "Egypt")


def test_feminine_participle_after_nested_minister_goes_on_with_the_ministry() -> None:
    x = run(
        "قالت وزارة الخارجية المصرية إن الوزير سامح شكري أكد خلال اتصال مع نظيره الأمريكي "
        "أنتوني بلينكن رفض مصر للتهجير، مشيرة إلى أن القاهرة ستواصل جهودها للتهدئة."
    )
    assert speaker_of(x, "ستواصل جهودها") == "Egyptian Ministry of Foreign Affairs"
    got = said_via(x)
    assert any(s == "Sameh Shoukry" and t.startswith("رفض مصر للتهجير") for s, t, _ in got)


# -- "رئاسة الجمهورية" / "الرئاسة" without a state: the dateline's presidency -------------


def test_presidency_without_its_state_is_the_datelines() -> None:
    x = run(
        "تونس (وات) -\nأعلنت رئاسة الجمهورية في بيان أن الرئيس قيس سعيد استقبل وزير "
        "الخارجية الإيطالي. وأوضحت الرئاسة أن اللقاء تناول ملف الهجرة غير النظامية."
    )
    assert speaker_of(x, "استقبل وزير الخارجية") == "Tunisian Presidency"
    assert speaker_of(x, "ملف الهجرة") == "Tunisian Presidency"
    presidency = next(e for e in x.entities if e.label == "Tunisian Presidency")
    assert {e.id: e.label for e in x.entities}[presidency.state or ""] == "Tunisia"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "الجزائر (واج) -\nتولت الجزائر الرئاسة الدورية لمجلس الأمن الدولي. وتسلم الرئيس "
            "عبد المجيد تبون رئاسة الجمهورية عام 2019.",
            id="presidency_as_an_office_held_or_a_rotating_chair_is_no_body",
        ),
        pytest.param(
            "أعلنت الرئاسة أن الرئيس سيلقي كلمة مساء اليوم.",
            id="presidency_without_a_dateline_stays_unlinked",
        ),
    ],
)
def test_presidency_not_a_body_is_not_linked(text: str) -> None:
    x = run(text)
    assert not any("Presidency" in e.label for e in x.entities)


def test_court_named_with_its_state_stays_one_body() -> None:
    x = run(
        "الرياض (واس) -\nأعلن الديوان الملكي السعودي أن الملك سيجري فحوصات طبية. وأوضح "
        "بيان للديوان الملكي أن الفحوصات روتينية."
    )
    courts = [e for e in x.entities if "Royal Court" in e.label]
    assert [e.label for e in courts] == ["Saudi Royal Court"]
    assert speaker_of(x, "الفحوصات روتينية") == "Saudi Royal Court"
