"""S9-R4-H1: Arabic people named after a military rank or an honorific.

"وأضاف اللواء X Y أن"، "وقال العقيد تركي X إن": an honorific (``roles.tsv``) right after
the speech verb opens the titled-speaker reading of :meth:`Resolver._ar_titled_speaker`
as a role does; a given name a nisba could also read ("تركي") is the name after a rank.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

_DAY = datetime.date(2019, 9, 16)


def _speakers(text: str) -> dict[str, str]:
    """Statement text -> speaker label."""
    x = extracted(text, "ar", _DAY)
    labels = {e.id: e.label for e in x.entities}
    return {q.text: labels[q.speaker] for q in x.quotes}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأضاف اللواء سامر الحربي أن القوات صدت هجوما على الحدود.", "سامر الحربي"),
        ("وقال العميد خالد الزهراني إن الطائرات المسيرة أسقطت فوق البحر.", "خالد الزهراني"),
        ("وقال العقيد تركي الشمري إن الدفاعات الجوية اعترضت صاروخا.", "تركي الشمري"),
        ("وأكد الدكتور وليد العنزي أن المفاوضات تسير ببطء.", "وليد العنزي"),
    ],
)
def test_ar_name_after_rank_or_honorific_speaks(text: str, speaker: str) -> None:
    assert speaker in _speakers(text).values()


def test_ar_turkish_nisba_after_official_stays_a_state_speaker() -> None:
    # guard: "مسؤول تركي" is a Turkish official, not a man named Turki
    got = _speakers("وقال مسؤول تركي إن المحادثات مع موسكو مستمرة.")
    assert all("مسؤول" in s for s in got.values()) and got


def _mention_labels(text: str, surface: str) -> list[str]:
    """Labels of the entities with a mention whose text is ``surface``."""
    x = extracted(text, "ar", _DAY)
    return [e.label for e in x.entities if any(m.text == surface for m in e.mentions)]


def test_ar_alliance_refers_to_organisation_named_in_a_title() -> None:
    # "الحلف" after NATO named only inside its secretary general's title, in a Brussels wire
    text = (
        "بروكسل (رويترز) - قال الأمين العام لحلف شمال الأطلسي مارك روته إن الحلف سيرسل "
        "مزيدا من الدفاعات الجوية إلى أوكرانيا. وأضاف أن الحلف لن ينجر إلى الحرب."
    )
    assert _mention_labels(text, "الحلف") == ["North Atlantic Treaty Organization"]


def test_ar_union_still_refers_to_the_union_named_before() -> None:
    # guard: "الاتحاد" after the European Union named in full stays the Union
    text = (
        "بروكسل (رويترز) - قال الاتحاد الأوروبي إنه سيفرض عقوبات جديدة على روسيا. "
        "وأضاف الاتحاد أن الحزمة تشمل قيودا على صادرات النفط."
    )
    assert _mention_labels(text, "الاتحاد") == ["European Union"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name after the Secretary-General's office, in another spelling (ج for غ)
        (
            "نيويورك (أ ش أ) - وقال الأمين العام للأمم المتحدة أنطونيو جوتيريش إن العنف "
            "في السودان يجب أن يتوقف.",
            "António Guterres",
        ),
        # guard: the office speaks when no name follows it
        (
            "نيويورك (أ ش أ) - وقال الأمين العام للأمم المتحدة في بيان إن العنف في السودان "
            "يجب أن يتوقف.",
            "United Nations Secretary-General",
        ),
    ],
)
def test_ar_name_after_secretary_general_office(text: str, speaker: str) -> None:
    assert list(_speakers(text).values()) == [speaker]


def test_ar_foreign_minister_title_is_no_bare_ministry() -> None:
    # "وزير الخارجية" in a double title under a home-state dateline names no ministry; the
    # bare "الخارجية" that speaks later in the same wire is still the dateline's ministry
    text = (
        "الكويت (كونا) - أعرب نائب رئيس مجلس الوزراء وزير الخارجية الشيخ سالم عبدالله "
        "الجابر الصباح عن تضامن دولة الكويت مع تركيا إثر الزلزال. "
        "وأكدت الخارجية أن الكويت سترسل فرق إنقاذ."
    )
    x = extracted(text, "ar", _DAY)
    ministry = [e for e in x.entities if any(m.text == "الخارجية" for m in e.mentions)]
    assert len(ministry) == 1
    starts = [m.start for m in ministry[0].mentions]
    assert starts == [text.index("وأكدت الخارجية") + len("وأكدت ")]


def test_ar_source_at_a_ministry_with_glued_preposition_speaks() -> None:
    # "مصدر مسؤول بوزارة الخارجية X" reads as "مصدر مسؤول في وزارة الخارجية X"; guard: a
    # bare "مصدر بالكرملين" stays no speaker of its own
    text = (
        "عمان (بترا) - قال مصدر مسؤول بوزارة الخارجية الأردنية إن المملكة ترفض اقتحام "
        "المسجد الأقصى. وقال مصدر بالكرملين إن الرئيس الروسي سيزور بكين الشهر المقبل."
    )
    speakers = list(_speakers(text).values())
    assert speakers[0] == "مصدر مسؤول بوزارة الخارجية الأردنية"
    assert "مصدر بالكرملين" not in speakers


@pytest.mark.parametrize(
    ("text", "speaker", "state"),
    [
        # a government named by its own name and a state adjective: a body of that state
        (
            "صنعاء (أ ف ب) - وقالت حكومة الإنقاذ الوطني اليمنية إن الطرق إلى تعز ستفتح.",
            "حكومة الإنقاذ الوطني اليمنية",
            "Yemen",
        ),
        # guard: "حكومة" and a state's name is that state
        (
            "دكا (أ ف ب) - وقالت حكومة بنغلاديش إنها سترسل فرق إغاثة إلى الجزر.",
            "Bangladesh",
            "Bangladesh",
        ),
    ],
)
def test_ar_named_government_with_state_adjective(text: str, speaker: str, state: str) -> None:
    x = extracted(text, "ar", _DAY)
    ents = {e.id: e for e in x.entities}
    (q,) = x.quotes
    who = ents[q.speaker]
    assert who.label == speaker
    assert who.state is not None and ents[who.state].label == state


def test_ar_group_adjective_names_the_group() -> None:
    # "الهجوم الحوثي"، "الطائرات الحوثية": the adjective of a known armed group names it;
    # guard: "عبد الملك الحوثي" stays the person
    text = (
        "صنعاء (أ ف ب) - أعلنت البحرية الأمريكية أن الهجوم الحوثي استهدف سفينة تجارية، "
        "وأن الطائرات الحوثية أسقطت فوق البحر الأحمر. وقال عبد الملك الحوثي إن الهجمات ستستمر."
    )
    assert _mention_labels(text, "الحوثي") == ["Houthis"]
    assert _mention_labels(text, "الحوثية") == ["Houthis"]
    assert _mention_labels(text, "عبد الملك الحوثي") == ["Abdul-Malik al-Houthi"]
