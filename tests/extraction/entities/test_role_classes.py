"""A generic title names again a person the article gave a specific one (role_classes.tsv):
"the diplomat" after a foreign minister or an ambassador, "the French leader" after the French
president; not when the title is a body's ("head of X's agency") or an Arabic adjective."""

from __future__ import annotations

import datetime

from kg.gazetteer.tables import load_tables
from tests.factories import extracted, said

DAY = datetime.date(2025, 4, 14)


def test_the_diplomat_names_again_the_foreign_minister_named_before() -> None:
    x = extracted(
        "Iranian Foreign Minister Abbas Araqchi arrived in Muscat on Saturday for a second round "
        "of talks. The diplomat told state television that Tehran had received a written message "
        "from Washington.",
        "en",
        DAY,
    )
    assert ("Abbas Araghchi", "Tehran had received a written message from Washington") in said(x)
    assert all(e.label.lower() != "diplomat" for e in x.entities)


def test_the_national_leader_names_again_that_states_president() -> None:
    x = extracted(
        "French President Emmanuel Macron spoke by phone with Lebanese Prime Minister Nawaf "
        "Salam on Monday. The French leader said Paris would host an international conference "
        "to support the Lebanese army.",
        "en",
        DAY,
    )
    speakers = {s for s, _ in said(x)}
    assert speakers == {"Emmanuel Macron"}
    assert "French leader" not in {e.label for e in x.entities}


def test_arabic_diplomat_with_his_nationality_names_again_the_foreign_minister() -> None:
    x = extracted(
        "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط السبت. "
        "وقال الدبلوماسي الإيراني إن طهران تسلمت رسالة مكتوبة من واشنطن.",
        "ar",
        DAY,
    )
    assert [s for s, _ in said(x)] == ["Abbas Araghchi"]


def test_head_of_a_states_agency_is_not_that_states_leader() -> None:
    x = extracted(
        "Indian Prime Minister Narendra Modi met the Canadian premier in June. On Monday Ottawa "
        "expelled the head of India's intelligence agency in Canada, officials said.",
        "en",
        DAY,
    )
    modi = next(e for e in x.entities if e.label == "Narendra Modi")
    assert all("agency" not in m.text and "head" not in m.text for m in modi.mentions)


def test_arabic_diplomatic_adjective_is_no_back_reference_to_a_minister() -> None:
    x = extracted(
        "التقى وزير الخارجية الإيراني عباس عراقجي نظيره العماني في مسقط، "
        "وقال إن الفرصة ما زالت قائمة أمام الحل الدبلوماسي.",
        "ar",
        DAY,
    )
    araghchi = next(e for e in x.entities if e.label == "Abbas Araghchi")
    assert all("الدبلوماسي" not in m.text for m in araghchi.mentions)


def test_every_role_class_row_names_known_role_keys() -> None:
    t = load_tables()
    keys = {r["key"] for r in t["roles"] if r["kind"] == "role"}
    rows = t["role_classes"]
    assert rows
    for r in rows:
        assert r["query"] in keys and r["role"] in keys, r
        assert r["scope"] in ("any", "state"), r
