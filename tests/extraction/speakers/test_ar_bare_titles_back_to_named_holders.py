"""S17-QPREC: a bare title refers back to the one named with it.

"تلقى الرئيس الإيراني X اتصالاً هاتفياً من أمير قطر الشيخ تميم ...، أكد خلاله الأمير"،
"... . وأكد الأمير دعم الدوحة": the title (definite here, in construct or definite where
the name was given) takes up the only person of the last lines written with it, not the
sentence's subject or nobody.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

_DAY = datetime.date(2025, 1, 20)

_CALL = "وتلقى الرئيس الإيراني مسعود بزشكيان اتصالاً هاتفياً من أمير قطر الشيخ تميم بن حمد آل ثاني"


@pytest.mark.parametrize(
    "text",
    [
        _CALL + "، أكد خلاله الأمير دعم الدوحة لكل جهود التهدئة.",
        _CALL + ". وأكد الأمير دعم الدوحة لكل جهود التهدئة.",
    ],
)
def test_bare_title_takes_up_the_one_named_with_it(text: str) -> None:
    x = extracted(text, "ar", _DAY)
    labels = {e.id: e.label for e in x.entities}
    said = {q.text: labels[q.speaker] for q in x.quotes}
    assert said.get("دعم الدوحة لكل جهود التهدئة") == "Tamim bin Hamad Al Thani"


def test_title_the_sentence_subject_holds_still_takes_him_up() -> None:
    x = extracted(
        "وأجرى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالاً هاتفياً بالرئيس الإيراني مسعود "
        "بزشكيان، أكد خلاله الأمير دعم الدوحة لكل جهود التهدئة.",
        "ar",
        _DAY,
    )
    labels = {e.id: e.label for e in x.entities}
    said = {q.text: labels[q.speaker] for q in x.quotes}
    assert said.get("دعم الدوحة لكل جهود التهدئة") == "Tamim bin Hamad Al Thani"
