"""S17-QPREC: the writer's aside "وهو ما رفضه X" between a statement and a participle.

"أعلن ترامب أنه بعث برسالة ...، وهو ما رفضه خامنئي واصفاً العرض بأنه «خداع»": the aside
ends the first speaker's content, and the one who rejected (or denied) the claim in it
goes on with the participle after it.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

from factories import extracted

_DAY = datetime.date(2025, 3, 14)


def test_participle_after_the_aside_goes_on_with_its_subject() -> None:
    x = extracted(
        "وكان الرئيس الأمريكي دونالد ترامب قد أعلن الشهر الماضي أنه بعث برسالة إلى المرشد "
        "الإيراني علي خامنئي يقترح فيها إجراء مفاوضات، وهو ما رفضه خامنئي واصفاً العرض "
        'بأنه "خداع".',
        "ar",
        _DAY,
    )
    labels = {e.id: e.label for e in x.entities}
    said = {q.text: labels[q.speaker] for q in x.quotes}
    assert said.get("أنه بعث برسالة إلى المرشد الإيراني علي خامنئي يقترح فيها إجراء مفاوضات") == (
        "Donald Trump"
    )
    assert said.get('العرض بأنه "خداع"') == "Ali Khamenei"


def test_participle_after_a_relative_clause_on_remarks_goes_on_with_the_main_clause() -> None:
    # S17-QPREC: "رد X على تصريحات Y الذي قال إن ...، معتبراً": the relative clause recalls
    # Y's remarks; the participle answering them is X's, or nobody's we linked, never Y's
    x = extracted(
        "ورد المتحدث باسم الخارجية الإيرانية إسماعيل بقائي على تصريحات وزير الخارجية "
        'الأمريكي ماركو روبيو الذي قال إن "كل الخيارات مطروحة"، معتبراً أنها "تهديدات '
        'جوفاء".',
        "ar",
        _DAY,
    )
    labels = {e.id: e.label for e in x.entities}
    said = {q.text: labels[q.speaker] for q in x.quotes}
    assert said.get('"كل الخيارات مطروحة"') == "Marco Rubio"
    assert said.get('أنها "تهديدات جوفاء"') == "Esmaeil Baghaei"
