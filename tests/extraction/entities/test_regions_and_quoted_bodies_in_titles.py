"""S17-SPKLINK: speakers titled after a sub-state region ("رئيس إقليم كردستان X",
"Kurdistan Region President X"), armed groups and parties the actor table lacked, and a
known person after a title that ends on a body's name in guillemets ("زعيم حزب «X» Y").

All sentences are written for these tests in news style.
"""

from __future__ import annotations

import datetime

from factories import extracted, speaker_of

from kg.models import EntityType, Extraction

DAY = datetime.date(2024, 4, 22)


def _entity(x: Extraction, label: str):  # type: ignore[no-untyped-def]
    return next(e for e in x.entities if e.label == label)


def _state_label(x: Extraction, label: str) -> str | None:
    labels = {e.id: e.label for e in x.entities}
    return labels.get(_entity(x, label).state or "")


# -- a region in the title -------------------------------------------------------------


def test_arabic_president_of_the_kurdistan_region_is_a_titled_speaker_of_iraq() -> None:
    x = extracted(
        "وقال رئيس إقليم كردستان نيجيرفان بارزاني، مساء الاثنين، إن الإقليم يدعم مشروع "
        "طريق التنمية.",
        "ar",
        DAY,
    )
    assert speaker_of(x, "الإقليم يدعم") == "نيجيرفان بارزاني"
    assert _state_label(x, "نيجيرفان بارزاني") == "Iraq"
    assert _entity(x, "Kurdistan Region").type is EntityType.PLACE


def test_arabic_head_of_the_regional_government_keeps_the_government_actor() -> None:
    x = extracted("وقالت حكومة إقليم كردستان إنها ترفض قرار المحكمة الاتحادية.", "ar", DAY)
    assert speaker_of(x, "ترفض قرار") == "Kurdistan Regional Government"


def test_english_region_president_before_the_name_is_a_title() -> None:
    x = extracted(
        "Kurdistan Region President Nechirvan Barzani said on Monday that Erbil backed "
        "the road project.",
        "en",
        DAY,
    )
    assert speaker_of(x, "Erbil backed") == "Nechirvan Barzani"


def test_english_tigray_region_president_is_a_title() -> None:
    x = extracted(
        "Tigray region president Debretsion Gebremichael said federal troops had shelled the town.",
        "en",
        DAY,
    )
    assert speaker_of(x, "federal troops") == "Debretsion Gebremichael"


def test_contested_region_is_a_place_without_a_state() -> None:
    x = extracted("Troops fired across the line in Kashmir on Tuesday, the army said.", "en", DAY)
    kashmir = _entity(x, "Kashmir")
    assert kashmir.type is EntityType.PLACE and kashmir.state is None


# -- groups and parties ----------------------------------------------------------------


def test_armed_group_after_a_place_ending_a_sentence_is_no_person() -> None:
    x = extracted(
        "A suicide bomber killed 20 policemen in Indian-controlled Kashmir. "
        "Jaish-e-Mohammed claimed the attack on Friday.",
        "en",
        DAY,
    )
    group = _entity(x, "Jaish-e-Mohammed")
    assert group.type is EntityType.ORGANIZATION
    assert not any(e.type is EntityType.PERSON for e in x.entities)


def test_party_acronym_in_an_apposed_title_is_the_party() -> None:
    x = extracted(
        "Masoud Barzani, leader of the KDP, said the region would hold the vote.", "en", DAY
    )
    barzani = _entity(x, "Masoud Barzani")
    labels = {e.id: e.label for e in x.entities}
    assert barzani.roles and labels[barzani.roles[0].of or ""] == "Kurdistan Democratic Party"


def test_arabic_faction_name_holding_a_known_group_is_the_faction() -> None:
    x = extracted("وأعلنت كتائب حزب الله أنها ستعلق عملياتها العسكرية حتى إشعار آخر.", "ar", DAY)
    assert speaker_of(x, "ستعلق") == "Kataib Hezbollah"
    assert not any(e.label == "Hezbollah" for e in x.entities)


def test_exiled_opposition_group_by_acronym() -> None:
    x = extracted("Tehran accused the MEK of plotting the cyberattack.", "en", DAY)
    assert any(e.label == "People's Mojahedin Organization of Iran" for e in x.entities)


# -- a quoted body's name ends the title -----------------------------------------------


def test_arabic_known_person_after_a_title_ending_in_guillemets_takes_the_title() -> None:
    x = extracted(
        "وهاجم زعيم حزب «الليكود» بنيامين نتنياهو الحكومة، معتبراً أنها تقود البلاد إلى الفوضى.",
        "ar",
        DAY,
    )
    assert not any(e.label.startswith("زعيم") for e in x.entities)
    netanyahu = _entity(x, "Benjamin Netanyahu")
    assert any(r.label.startswith("زعيم حزب") for r in netanyahu.roles)


# -- a permanent secretary ---------------------------------------------------------------


def test_arabic_name_before_permanent_secretary_title_is_the_speaker() -> None:
    x = extracted(
        "غير أن سامي الحربي الأمين الدائم للحركة نفى ذلك، وأكد أن الاتفاق لا ينص على أي انسحاب.",
        "ar",
        DAY,
    )
    assert speaker_of(x, "لا ينص") == "سامي الحربي"
