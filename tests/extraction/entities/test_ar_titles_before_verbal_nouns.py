"""Arabic verbal nouns after a title (session 17, S17-FRAME-AR2): a first-form verbal noun
(or one whose shape the rules miss) glued to ب/ل right after a title ("هدد الرئيس الأمريكي
بفرض رسوم"، "طالب وزير الخارجية بوقف الهجمات") is the object of the verb, never the first
word of an unknown name (``cues.tsv``, cue=masdar); the title keeps its holder and the act
its actor.  A real name after the title still opens.  Sentences written for these tests.
"""

from __future__ import annotations

import datetime

from factories import extracted, linked, relation_triples


def _texts(text: str) -> list[str]:
    return [m.text for m in linked(text, "ar", datetime.date(2025, 6, 12)).mentions]


def test_a_levy_after_a_title_is_no_person() -> None:
    texts = _texts("وهدد الرئيس الأمريكي بفرض رسوم جمركية جديدة على الواردات الصينية.")
    assert not any(t.startswith("بفرض") for t in texts)


def test_a_halt_after_a_title_is_no_person() -> None:
    texts = _texts("وطالب وزير الخارجية الإيراني بوقف الضربات الجوية على الأراضي اللبنانية.")
    assert not any(t.startswith("بوقف") for t in texts)


def test_a_resumption_after_a_title_is_no_person() -> None:
    texts = _texts("ورحب رئيس الوزراء العراقي باستئناف المحادثات مع أنقرة.")
    assert not any(t.startswith("باستئناف") for t in texts)


def test_the_titled_president_threatens_the_state_named_after_the_levy() -> None:
    x = extracted(
        "وهدد الرئيس الأمريكي بفرض رسوم جمركية جديدة على الواردات الصينية.",
        "ar",
        datetime.date(2025, 6, 12),
    )
    got = relation_triples(x, symmetric=False)
    assert any(t == "THREATEN" and o == "China" for _, t, o in got)
    assert not any(s.startswith("بفرض") for s, _, _ in got)


def test_a_name_after_the_title_still_opens() -> None:
    texts = _texts("وقال المبعوث الأممي إلى السودان رمطان لعمامرة إن الطرفين وافقا على الهدنة.")
    assert any("لعمامرة" in t for t in texts)
