"""S11-ARQ: classes of Arabic statements (precision first, then speakers).

- "عبّر عن" written without the shadda is the cue, not the preposition "عبر" (via): its
  subject is found after a long title or an occasion, and the preposition reading ("تنقل عبر
  موانئ ...، على أن") makes no statement;
- "بحسب/وفق تقديرات/أرقام/حصيلة X": figures somebody compiled, not a statement by X;
- a cue written like a perfect verb right after an adverbial noun ("مقابل"، "بسبب"، "عقب")
  is its verbal noun ("مقابل تعهد طهران بخفض ..."): an event, not a statement, unless a
  person is named as its agent and a complementiser follows ("عقب وصف الرئيس X الاتفاق
  بأنه «...»");
- "في حين/بينما تؤكد X أن": the conjunction is no noun whose relative clause the verb opens;
- a bare title ("وأضاف المتحدث الرسمي أن") refers back to the person the article named
  with that title in an apposition ("X، المتحدث الرسمي باسم الرئاسة،");
- "قال X في كلمة ...، نقلتها وكالة Y: «...»": the carrying clause after the occasion is the
  relay, not a new cue; the quotation is X's.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

_DAY = datetime.date(2024, 5, 10)


def _said(text: str) -> dict[str, str]:
    """Statement text -> speaker label."""
    x = extracted(text, "ar", _DAY)
    labels = {e.id: e.label for e in x.entities}
    return {q.text: labels[q.speaker] for q in x.quotes}


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # no shadda, a title and a name between the cue and its preposition
            "وعبر الرئيس الجزائري عبد المجيد تبون عن دعمه للشعب الفلسطيني.",
            "عن دعمه للشعب الفلسطيني",
            "Abdelmadjid Tebboune",
        ),
        (  # with the shadda
            "وعبّر وزير الخارجية الأمريكي أنتوني بلينكن عن قلق واشنطن من المناورات الصينية.",
            "عن قلق واشنطن من المناورات الصينية",
            "Antony Blinken",
        ),
        (  # an occasion between the subject and "عن"
            "وعبر وزير الخارجية الأمريكي أنتوني بلينكن في اتصال مع نظيره الصيني عن قلق "
            "واشنطن من المناورات.",
            "عن قلق واشنطن من المناورات",
            "Antony Blinken",
        ),
    ],
)
def test_abbara_without_shadda_is_the_cue_with_its_subject(
    text: str, said: str, speaker: str
) -> None:
    assert _said(text).get(said) == speaker


def test_abbara_as_via_makes_no_statement() -> None:
    text = (
        "ويسمح الاتفاق لتركيا بأن تنقل عبر موانئ ليبيا الأسلحة والمعدات اللازمة، على أن "
        "تدفع أنقرة رسوماً سنوية."
    )
    assert _said(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "وتراجع إنتاج النفط في ليبيا إلى أدنى مستوى له منذ عامين، وفق تقديرات منظمة أوبك.",
        "ويقيم في لبنان نحو مليون ونصف مليون لاجئ سوري، بحسب أرقام المفوضية السامية للأمم "
        "المتحدة لشؤون اللاجئين.",
        "وارتفع عدد النازحين في السودان إلى أكثر من عشرة ملايين، بحسب إحصاءات الأمم المتحدة.",
    ],
)
def test_figures_according_to_a_body_are_no_statement(text: str) -> None:
    assert _said(text) == {}


def test_according_to_a_body_itself_still_attributes() -> None:
    text = (
        "وعبر آلاف اللاجئين الحدود إلى تشاد خلال الأسبوع الماضي. وقال الأمين العام للأمم "
        "المتحدة أنطونيو غوتيريش إن الوضع الإنساني كارثي، بحسب ما نقلت وكالة رويترز."
    )
    assert _said(text).get("الوضع الإنساني كارثي") == "António Guterres"


def test_verbal_noun_after_an_adverbial_noun_is_no_statement() -> None:
    text = "وجاء الاتفاق مقابل تعهد طهران بخفض مستوى تخصيب اليورانيوم إلى 3.67 في المئة."
    assert _said(text) == {}


def test_verbal_noun_with_a_named_person_and_complementiser_is_a_statement() -> None:
    text = "وجاءت الخطوة عقب وصف الرئيس الكيني وليام روتو الاتفاق بأنه «تاريخي»."
    assert _said(text).get("الاتفاق بأنه «تاريخي»") == "وليام روتو"


def test_verbal_noun_after_a_preposition_with_complementiser_is_a_statement() -> None:
    text = (
        "ويأتي ذلك بعد يومين من تأكيد وزير الخارجية الفرنسي جان نويل بارو أن باريس "
        "ستعترف بدولة فلسطين."
    )
    assert _said(text).get("باريس ستعترف بدولة فلسطين") == "Jean-Noël Barrot"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وقال الرئيس التركي رجب طيب أردوغان في كلمة أمام البرلمان، نقلتها وكالة "
            "الأناضول: «لن نسمح بتقسيم سوريا».",
            "لن نسمح بتقسيم سوريا",
            "Recep Tayyip Erdoğan",
        ),
        (
            "وقال الأمير فيصل بن فرحان في تصريح عقب الاجتماع، نقلته وكالة الأنباء السعودية "
            "(واس): «المملكة تدعم وحدة السودان».",
            "المملكة تدعم وحدة السودان",
            "Faisal bin Farhan",
        ),
    ],
)
def test_outlet_carrying_an_occasion_is_a_relay_not_the_speaker(
    text: str, said: str, speaker: str
) -> None:
    assert _said(text).get(said) == speaker


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وصرح أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيسين عقدا جلسة "
            "مباحثات مغلقة. وأضاف المتحدث الرسمي أن الجانبين وقعا مذكرة تفاهم في مجال الطاقة.",
            "الجانبين وقعا مذكرة تفاهم في مجال الطاقة",
            "أحمد فهمي",
        ),
        (
            "وقال سامي النجار، السفير لدى الاتحاد الأوروبي، إن الاجتماع كان مثمراً. وأضاف "
            "السفير أن الطرفين اتفقا على مواصلة الحوار.",
            "الطرفين اتفقا على مواصلة الحوار",
            "سامي النجار",
        ),
    ],
)
def test_bare_title_refers_back_to_the_name_it_was_apposed_to(
    text: str, said: str, speaker: str
) -> None:
    assert _said(text).get(said) == speaker


def test_bare_title_of_someone_else_is_not_the_last_speaker() -> None:
    text = (
        "وصرح أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيسين عقدا جلسة "
        "مباحثات مغلقة. وأضاف السفير أن الجانبين وقعا مذكرة تفاهم في مجال الطاقة."
    )
    assert _said(text).get("الجانبين وقعا مذكرة تفاهم في مجال الطاقة") != "أحمد فهمي"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وتقول واشنطن إن الصواريخ تهدد الملاحة، في حين تؤكد طهران أن برنامجها دفاعي بحت.",
            "برنامجها دفاعي بحت",
            "Iran",
        ),
        (
            "واتهمت أنقرة الجماعة بتنفيذ الهجوم، بينما تؤكد بغداد أن التحقيقات لم تنته بعد.",
            "التحقيقات لم تنته بعد",
            "Iraq",
        ),
    ],
)
def test_imperfect_claim_after_whereas_is_a_statement(text: str, said: str, speaker: str) -> None:
    assert _said(text).get(said) == speaker


def test_standing_demand_after_whereas_stays_background() -> None:
    text = (
        "وتكررت الغارات على الموانئ خلال الأشهر الماضية، في حين تطالب صنعاء الأمم المتحدة "
        "بوقف الهجمات على المنشآت المدنية."
    )
    assert not any("الأمم المتحدة بوقف" in q for q in _said(text))


def test_ar_according_to_what_a_long_titled_person_announced() -> None:
    # (S18-QPREC) "وفق ما أعلنه" + a title of several words before the name: the person
    # at the end of the title says the clause before it
    said = _said(
        "علّق الأردن اليوم الاثنين المحادثات التجارية مع الجانب الإسرائيلي حتى إشعار آخر، "
        "وفق ما أعلنه نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي."
    )
    assert [who for text, who in said.items() if "المحادثات التجارية" in text] == ["Ayman Safadi"]
