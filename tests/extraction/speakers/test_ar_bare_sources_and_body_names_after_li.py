"""S17-SPKLINK: Arabic speakers the linker missed: an unnamed source that no state or body
qualifies ("ذكر مصدر عسكري أن"): a person of the dateline's state, or of none; and a state
body read after the preposition لـ that took the article's alif ("وحدات للجيش اليمني"),
which keeps its own name ("الجيش اليمني") among its names.

All sentences are written for these tests in news style.
"""

from __future__ import annotations

import datetime

from factories import extracted, speaker_of

DAY = datetime.date(2023, 5, 2)


def _state_of(x, label: str) -> str | None:  # type: ignore[no-untyped-def]
    labels = {e.id: e.label for e in x.entities}
    e = next(e for e in x.entities if e.label == label)
    return labels.get(e.state or "")


def test_bare_military_source_before_that_is_the_speaker_of_the_dateline_state() -> None:
    x = extracted(
        "دمشق-سانا: وذكر مصدر عسكري أن طائرات معادية قصفت فجر اليوم محيط المطار.", "ar", DAY
    )
    assert speaker_of(x, "طائرات معادية") == "مصدر عسكري"
    assert _state_of(x, "مصدر عسكري") == "Syria"


def test_bare_informed_source_without_a_dateline_has_no_state() -> None:
    x = extracted("وأكد مصدر مطلع أن المفاوضات ستستأنف الأسبوع المقبل.", "ar", DAY)
    assert speaker_of(x, "المفاوضات ستستأنف") == "مصدر مطلع"
    assert _state_of(x, "مصدر مطلع") is None


def test_source_of_concern_is_no_speaker() -> None:
    x = extracted("ويبقى الملف النووي مصدر قلق كبير للمنطقة، بحسب المراقبين.", "ar", DAY)
    assert not any(e.label.startswith("مصدر") for e in x.entities)


def test_state_source_keeps_its_state() -> None:
    x = extracted("وقال مصدر أمني عراقي إن الهجوم استهدف قاعدة عسكرية.", "ar", DAY)
    assert speaker_of(x, "الهجوم استهدف") == "مصدر أمني عراقي"
    assert _state_of(x, "مصدر أمني عراقي") == "Iraq"


def test_body_after_li_keeps_its_name_with_the_article() -> None:
    x = extracted("وأعلن التحالف أنه قدم دعماً جوياً لوحدات للجيش اليمني قرب مدينة عدن.", "ar", DAY)
    army = next(e for e in x.entities if e.label == "Yemeni Armed Forces")
    assert "الجيش اليمني" in army.aliases
    assert army.labels.get("ar") == "الجيش اليمني"
