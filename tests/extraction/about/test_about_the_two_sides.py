"""``about`` of "the two sides" / "الطرفين" and of "the agreement" / "بالاتفاق" when a
side is a non-state party (fresh sentences, not from any evaluation set): the pair that
acted, not the states that hosted or attended the talks."""

from __future__ import annotations

import datetime

import pytest

from kg.extractors import extract
from kg.models import Article

_EN_FACTIONS = (
    "China hosts Palestinian factions\n\n"
    "BEIJING, July 23 (Reuters) - Hamas and Fatah signed a declaration in Beijing on Tuesday "
    "pledging to form an interim government of national reconciliation, after three days of "
    "talks hosted by China and attended by Egypt and Algeria.\n"
    "Chinese Foreign Minister Wang Yi said the two sides had agreed to end their division.\n"
)
_EN_TRUCE = (
    "Yemen truce extended\n\n"
    "ADEN, June 2 (AP) - The Saudi-backed Yemeni government and the Houthis agreed on Thursday "
    "to extend a nationwide truce for two more months. The talks were facilitated by Oman and "
    "Saudi Arabia.\n"
    "U.N. envoy Hans Grundberg urged the two sides to reopen roads to Taiz.\n"
)
_AR_TRUCE = (
    "اليمن: تمديد الهدنة\n\n"
    "عدن 2 يونيو (أ ف ب) - اتفقت الحكومة اليمنية وجماعة الحوثي الخميس على تمديد الهدنة "
    "شهرين إضافيين، بعد محادثات بوساطة سلطنة عمان والسعودية.\n"
    "وقال المبعوث الأممي هانس غروندبرغ إن الطرفين أبديا مسؤولية.\n"
)
_EN_STATES = (
    "Caucasus talks\n\n"
    "BRUSSELS, May 14 (Reuters) - Armenia and Azerbaijan agreed on Sunday to resume work on a "
    "peace treaty at talks hosted by the European Union.\n"
    "European Council President Charles Michel said both sides had shown goodwill.\n"
)
_EN_DEAL = (
    "Sudan rivals meet in Jeddah\n\n"
    "JEDDAH, May 21 (Reuters) - Sudan's army and the Rapid Support Forces signed an agreement "
    "on Saturday for a seven-day ceasefire, in talks hosted by Saudi Arabia and the United "
    "States.\n"
    "Egypt's foreign ministry said it welcomed the agreement and hoped it would be respected.\n"
)
_AR_DEAL = (
    "توقيع هدنة في السودان\n\n"
    "جدة 21 مايو (رويترز) - وقع الجيش السوداني وقوات الدعم السريع السبت اتفاقا لوقف إطلاق "
    "النار لمدة سبعة أيام، في محادثات استضافتها السعودية والولايات المتحدة.\n"
    "ورحبت وزارة الخارجية المصرية بالاتفاق.\n"
)
_AR_TALKS = (
    "محادثات جنيف بشأن السودان\n\n"
    "جنيف 14 أغسطس (رويترز) - تبادل الجيش السوداني وقوات الدعم السريع الاتهامات الأربعاء "
    "بعرقلة وصول المساعدات، مع انطلاق محادثات تستضيفها سويسرا بمشاركة السعودية.\n"
    "وقال المبعوث الأمريكي توم بيرييلو إن على الطرفين الإصغاء لمعاناة الشعب السوداني.\n"
)
_EN_CALL = (
    "Colombia expels Venezuelan diplomats\n\n"
    "BOGOTA, March 3 (Reuters) - Colombia expelled Venezuela's ambassador on Sunday after "
    "Venezuelan troops crossed the border near Cucuta, the foreign ministry said.\n"
    "U.S. State Department spokesman Ned Price said the United States was concerned by the "
    "incursion and called on both sides to resolve the dispute peacefully.\n"
)
_AR_CALL = (
    "توتر بين تايلاند وكمبوديا\n\n"
    "بانكوك 24 يوليو (رويترز) - تبادلت تايلاند وكمبوديا إطلاق النار على الحدود المتنازع "
    "عليها الخميس.\n"
    "وقال المتحدث باسم الخارجية الماليزية إن ماليزيا تتابع التطورات بقلق، داعيا الطرفين إلى "
    "وقف القتال فورا.\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "content", "expected", "absent"),
    [
        (_EN_FACTIONS, "en", "two sides", {"Hamas", "Fatah"}, {"Egypt", "Algeria"}),
        (_EN_TRUCE, "en", "two sides", {"Yemen", "Houthis"}, {"Oman", "Saudi Arabia"}),
        (_AR_TRUCE, "ar", "الطرفين", {"Yemen", "Houthis"}, {"Oman", "Saudi Arabia"}),
        # the army is a side of the war, not dropped as a part of the state named too
        (
            _AR_TALKS,
            "ar",
            "الطرفين",
            {"Sudan", "Sudanese Armed Forces", "Rapid Support Forces"},
            {"Switzerland", "Saudi Arabia"},
        ),
        (
            _EN_DEAL,
            "en",
            "the agreement",
            {"Sudanese Armed Forces", "Rapid Support Forces"},
            {"Saudi Arabia", "United States"},
        ),
        (
            _AR_DEAL,
            "ar",
            "بالاتفاق",
            {"Sudanese Armed Forces", "Rapid Support Forces"},
            {"Saudi Arabia", "United States"},
        ),
        # the one who calls on both sides is not one of them
        (_EN_CALL, "en", "both sides", {"Colombia", "Venezuela"}, {"United States"}),
        (_AR_CALL, "ar", "الطرفين", {"Thailand", "Cambodia"}, {"Malaysia"}),
        # guard: two states are still the two sides, not the host body
        (_EN_STATES, "en", "both sides", {"Armenia", "Azerbaijan"}, {"European Union"}),
    ],
)
def test_two_sides_are_the_pair_that_acted(
    text: str, lang: str, content: str, expected: set[str], absent: set[str]
) -> None:
    art = Article(id="t", lang=lang, published=datetime.date(2024, 7, 23), text=text)
    x = extract(art)
    labels = {e.id: e.label for e in x.entities}
    about = [{labels[k] for k in q.about} for q in x.quotes if content in q.text]
    assert about, [(q.cue, q.text) for q in x.quotes]
    assert expected <= about[0]
    assert not absent & about[0]
