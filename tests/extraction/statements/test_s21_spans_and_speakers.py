"""S21-QUOTES: spans and speakers of statements, from the errors of blind13/blind14 (new text).

- "..., the bloc said Saturday, in an unprecedented rebuke": the time after a clause-final cue
  does not hide the afterthought after it; the clause before is the content;
- "رحب X، أمين عام المجلس، بالقرار", "أشاد X، الذي تسلم الرئاسة، بـ": the speaker's apposition
  set off by commas is not the object;
- "أبدت الجزائر وجنوب أفريقيا تحفظات ...، إذ طالبتا بأن": a dual verb takes the two of the
  sentence's coordinated subject, not two people named before;
- "ويرى متابعون لسوق الطاقة أن"، "وتشير أرقام رسمية إلى": observers and figures are nobody we
  know, not the last speaker;
- "وهو ما تنفيه باماكو": what is denied comes before, in the imperfect too;
- "خلال مشاركته في «منتدى X» الذي": the event's quoted name is no quotation of the speaker;
- "قال الوزير المنتدب في الشؤون الخارجية، السيد X:": a portfolio after "في" in a title;
- "وقال الرئيس، وفق بلاغ للرئاسة: «...»": the source after a comma ends the subject;
- "وأفادت المسؤولة الأوروبية بأن": the definite official with a nisba takes up the last speaker;
- "نقلت وكالة X عن <a name not linked> قوله: «...»، مضيفاً أن": the quotation is that cue's,
  not the participle's after it.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def run(text: str, lang: str = "ar") -> Extraction:
    return extracted(text, lang, date(2024, 5, 20))


def said(x: Extraction) -> list[tuple[str, str]]:
    """(speaker label, content) of each statement."""
    labels = {e.id: e.label for e in x.entities}
    return [(labels[q.speaker], q.text) for q in x.quotes]


def test_time_then_afterthought_after_final_cue_leaves_the_clause_before() -> None:
    x = run(
        "Gulf states will suspend flights to Doha, the Gulf Cooperation Council said "
        "Saturday, in a sharp rebuke to Qatar.",
        "en",
    )
    assert said(x) == [("Gulf Cooperation Council", "Gulf states will suspend flights to Doha")]


def test_time_then_comma_then_that_clause_keeps_what_follows() -> None:
    x = run(
        "The Gulf Cooperation Council said on Saturday, in a statement, that Gulf states "
        "would suspend flights to Doha.",
        "en",
    )
    assert [c for _, c in said(x)] == ["Gulf states would suspend flights to Doha"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "رحب الرئيس التونسي قيس سعيد، الذي تسلم أمس رئاسة القمة، بعودة سوريا إلى الجامعة.",
            "بعودة سوريا إلى الجامعة",
            id="relative_clause_before_preposition",
        ),
        pytest.param(
            "وأشاد جاسم البديوي، الأمين العام لمجلس التعاون، بالخطوات التي اتخذتها قطر.",
            "بالخطوات التي اتخذتها قطر",
            id="title_before_object",
        ),
    ],
)
def test_apposition_of_the_speaker_is_not_the_object(text: str, content: str) -> None:
    assert [c for _, c in said(run(text))] == [content]


def test_dual_verb_takes_the_coordinated_subject_of_its_sentence() -> None:
    x = run(
        "وقال وزير الخارجية المغربي ناصر بوريطة إن بلاده ستعود. من جهته، رحب رئيس غينيا ألفا "
        "كوندي بعودة المغرب، قائلاً: «إنها لحظة تاريخية». في المقابل، أبدت الجزائر وجنوب "
        "إفريقيا تحفظات على عودة المغرب، إذ طالبتا بأن تلتزم الرباط بالحدود."
    )
    demanded = {s for s, c in said(x) if "تلتزم الرباط" in c}
    assert demanded == {"Algeria", "South Africa"}


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("ويرى متابعون لسوق الطاقة أن الأسعار سترتفع.", id="observers"),
        pytest.param("وتشير أرقام رسمية إيطالية إلى وصول آلاف المهاجرين.", id="figures"),
    ],
)
def test_observers_and_figures_are_no_speaker_we_know(second: str) -> None:
    x = run("وقال وزير الخارجية الإيطالي أنطونيو تاياني إن بلاده تدعم الاتفاق. " + second)
    assert [c for _, c in said(x)] == ["بلاده تدعم الاتفاق"]


def test_what_is_denied_in_the_imperfect_comes_before() -> None:
    x = run(
        "ولجأ المجلس العسكري في مالي إلى مقاتلين من مجموعة فاغنر الروسية، وهو ما تنفيه "
        'باماكو التي تتحدث عن "مدربين روس".'
    )
    assert said(x) == []


def test_quoted_event_name_after_participation_is_no_quotation() -> None:
    x = run(
        "وقال وزير الخارجية الأردني أيمن الصفدي، خلال مشاركته في «منتدى الدوحة» الذي ينظمه "
        "معهد الدراسات في قطر، إن «الحرب يجب أن تتوقف فوراً»."
    )
    assert not any("منتدى الدوحة" == c for _, c in said(x))
    assert [s for s, c in said(x) if "الحرب يجب أن تتوقف" in c] == ["Ayman Safadi"]


def test_portfolio_after_fi_in_a_title_before_the_name() -> None:
    x = run(
        "وفي تصريح للصحافة، قال الوزير المنتدب في الشؤون الخارجية، السيد ناصر بوريطة: «هذا "
        "اليوم مهم للمملكة»، مضيفاً أن المغرب سيعمل من أجل السلام."
    )
    assert said(x) == [
        ("Nasser Bourita", "هذا اليوم مهم للمملكة"),
        ("Nasser Bourita", "المغرب سيعمل من أجل السلام"),
    ]


def test_source_set_off_by_commas_ends_the_subject() -> None:
    x = run(
        "استقبل الرئيس التونسي قيس سعيد وفدا أوروبيا. وقال الرئيس، وفق بلاغ للرئاسة: «هذه "
        "الاتفاقية يجب أن تنفذ سريعا»."
    )
    assert said(x) == [("Kais Saied", "هذه الاتفاقية يجب أن تنفذ سريعا")]


def test_definite_official_with_unlinked_nisba_takes_up_the_last_speaker() -> None:
    x = run(
        "وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الشراكة مهمة. وأفادت المسؤولة "
        "الأوروبية بأن المساعدة المالية تبقى رهينة الاتفاق مع صندوق النقد الدولي."
    )
    assert [s for s, c in said(x) if "المساعدة المالية" in c] == ["Ursula von der Leyen"]


def test_quotation_after_a_cues_colon_is_not_taken_by_a_participle_after_it() -> None:
    x = run(
        "وقال الرئيس السوداني عمر البشير إن بلاده تدعم سوريا. وفي الخرطوم، نقلت وكالة السودان "
        "للأنباء «سونا» عن وزير الخارجية الدرديري محمد أحمد قوله: «الزيارة تأتي في إطار حرص "
        "السودان على لم الشمل العربي»، مضيفاً أن الخرطوم تتواصل مع كل الأطراف."
    )
    assert not [s for s, c in said(x) if "لم الشمل" in c]


def test_family_name_first_takes_up_the_person_named_in_full() -> None:
    x = run(
        "Cambodian Prime Minister Hun Manet met Thai Prime Minister Srettha Thavisin in "
        "Bangkok. Hun said the talks opened a new chapter between the two neighbours.",
        "en",
    )
    assert [s for s, c in said(x) if "new chapter" in c] == ["Hun Manet"]


def test_person_of_an_unlinked_constituency_speaks() -> None:
    x = run(
        "Senator Tammy Duckworth of Illinois, a Democrat, said the sale would weaken the alliance.",
        "en",
    )
    assert said(x) == [("Tammy Duckworth", "the sale would weaken the alliance")]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("لكنها اعتبرت أن اللقاء كان بناء.", id="lakinnaha"),
        pytest.param("إلا أنها أكدت أن اللقاء كان بناء.", id="illa_annaha"),
    ],
)
def test_but_she_continues_the_speaker_before(second: str) -> None:
    x = run("قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن بلادها لن تعترف بالإقليم. " + second)
    assert [s for s, c in said(x) if "اللقاء كان بناء" in c] == ["Annalena Baerbock"]


def test_relay_after_an_occasion_then_a_colon_leaves_the_quotation_to_the_speaker() -> None:
    x = run(
        "وقال الرئيس البيلاروسي ألكسندر لوكاشينكو خلال اجتماع حكومي، وفق ما نقلت عنه وكالة "
        'الأنباء البيلاروسية: "نحن لن نتراجع أمام الضغوط". وأضاف أنه يوصي الحكومة بالحذر.'
    )
    assert said(x) == [
        ("Alexander Lukashenko", "نحن لن نتراجع أمام الضغوط"),
        ("Alexander Lukashenko", "أنه يوصي الحكومة بالحذر"),
    ]


def test_participle_after_a_quotation_with_a_nested_cue_is_the_outer_speakers() -> None:
    x = run(
        'Kenyan President William Ruto spoke in Nairobi on Monday. "The Somali government told '
        'us that its forces would leave the border soon," he told parliament, adding that any '
        "soldier who harmed civilians would be punished.",
        "en",
    )
    assert [s for s, c in said(x) if "would be punished" in c] == ["William Ruto"]


def test_long_title_and_name_after_a_quotation_make_no_second_statement() -> None:
    x = run(
        '"We will not let the junta play for time," outgoing African Union Commission chairman '
        "Moussa Faki Mahamat told reporters in Addis Ababa before the summit ended.",
        "en",
    )
    assert said(x) == [("Moussa Faki Mahamat", "We will not let the junta play for time")]


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("طرابلس 14-3-2023 (وال) - ", id="numeric_date"),
        pytest.param("الرياض 12 ذو الحجة 1444 هـ الموافق 30 يونيو 2023 م واس\n", id="hijri_date"),
    ],
)
def test_dated_dateline_gives_the_bare_ministry_its_home(dateline: str) -> None:
    x = run(
        dateline + "أعلنت وزارة الخارجية استدعاء سفير البلاد لدى تونس للتشاور. وقالت الوزارة في "
        "بيان اليوم: «نرفض بأشد العبارات هذا السلوك»."
    )
    assert said(x) == [("وزارة الخارجية", "نرفض بأشد العبارات هذا السلوك")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأعلنت قطر وقوفها إلى جانب الكويت في الدفاع عن سيادتها.", id="standing_with"),
        pytest.param("وأعلنت قطر تضامنها الكامل مع الكويت.", id="solidarity"),
    ],
)
def test_announced_solidarity_is_a_stance_statement(text: str) -> None:
    assert [s for s, _ in said(run(text))] == ["Qatar"]
