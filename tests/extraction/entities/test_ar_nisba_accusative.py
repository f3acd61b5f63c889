"""Arabic: the indefinite accusative of a nisba ("صحفيًا أمريكيًا", written without its
tanween as "صحفيا أمريكيا") names the nisba's state, like the other inflections do; where that
spelling is already a state's own name ("روسيا", "ليبيا", "ألمانيا"), it stays the name."""

from __future__ import annotations

import datetime

import pytest

from kg.extractors import extract
from kg.models import Article, Extraction


def _run(text: str) -> Extraction:
    return extract(Article(id="t", lang="ar", published=datetime.date(2024, 3, 1), text=text))


def _mentions(x: Extraction) -> dict[str, str]:
    return {m.text: e.label for e in x.entities for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("احتجزت السلطات بحارا يابانيا قرب الجزر المتنازع عليها.", "يابانيا", "Japan"),
        ("استقبل الوزير وفدا برلمانيا كنديا في مكتبه.", "كنديا", "Canada"),
        ("منحت المحكمة مستثمرا قطريا تعويضا عن خسائره.", "قطريا", "Qatar"),
        ("سلمت الشرطة مشتبها به تونسيا إلى سلطات بلاده.", "تونسيا", "Tunisia"),
    ],
)
def test_an_indefinite_accusative_nisba_names_its_state(text: str, word: str, state: str) -> None:
    assert _mentions(_run(text)).get(word) == state


def test_a_state_whose_name_is_spelled_like_an_accusative_nisba_stays_the_named_state() -> None:
    x = _run("وقعت روسيا وليبيا اتفاقا، فيما رحبت ألمانيا وإيطاليا بالخطوة.")
    found = _mentions(x)
    assert found["روسيا"] == "Russia" and found["ليبيا"] == "Libya"
    assert found["ألمانيا"] == "Germany" and found["إيطاليا"] == "Italy"
    kinds = {m.text: e.type.value for e in x.entities for m in e.mentions}
    assert kinds["روسيا"] == "State"


def test_a_two_word_nisba_gives_no_accusative_form() -> None:
    from kg.gazetteer import Gazetteer

    index = Gazetteer.load().index
    assert not index.get(index.key("كوري الجنوبيا") or "")
