"""The gazetteer data, its generated forms, tenures, and the reproducible build."""

from __future__ import annotations

import datetime
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.gazetteer import Gazetteer, lookup_qids
from kg.gazetteer.forms import clean_name, demonym_forms, nisba_forms
from kg.gazetteer.tables import read_tsv
from kg.models import EntityType

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "kg" / "gazetteer" / "data"
SHARED = Path(__file__).parents[4] / "shared"
HAND_FILES = [
    "roles.tsv",
    "stoplist.tsv",
    "cues.tsv",
    "given_names.tsv",
    "metonyms.tsv",
    "departments.tsv",
    "tenures.tsv",
    "corrections.tsv",
]


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.load()


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", REPO / "scripts" / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


# -- data files ---------------------------------------------------------------------


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="../shared/data is not available")
def test_build_reproduces_the_committed_data_files_exactly() -> None:
    build = _build_module()
    rendered = build.render(SHARED / "data")
    assert set(rendered) == {
        "states.tsv",
        "organizations.tsv",
        "agencies.tsv",
        "people.tsv",
        "PROVENANCE.md",
    }
    for name, content in rendered.items():
        assert (DATA / name).read_text(encoding="utf-8") == content, name
    assert build.render(SHARED / "data") == rendered  # deterministic


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="../shared/data is not available")
def test_every_built_row_names_its_shared_source_row() -> None:
    for name in ("states", "organizations", "agencies", "people"):
        shared_lines = (SHARED / "data" / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
        for row in read_tsv((DATA / f"{name}.tsv").read_text(encoding="utf-8")):
            file, line = row["source"].split(":")
            assert file == f"{name}.tsv"
            shared = dict(
                zip(
                    shared_lines[0].split("\t"),
                    shared_lines[int(line) - 1].split("\t"),
                    strict=False,
                )
            )
            assert shared["qid"].strip() == row["qid"]
            assert shared["name_en"].strip() == row["name_en"]


def test_hand_written_files_say_so_and_carry_no_qids() -> None:
    for name in HAND_FILES:
        text = (DATA / name).read_text(encoding="utf-8")
        assert text.startswith("# HAND-WRITTEN"), name
        for row in read_tsv(text):
            assert not any(k.endswith("qid") for k in row), name
    provenance = (DATA / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "QIDs come only from those shared files" in provenance


def test_qids_in_the_gazetteer_all_come_from_the_built_files(g: Gazetteer) -> None:
    allowed: set[str] = set()
    for name in ("states", "organizations", "agencies", "people"):
        for row in read_tsv((DATA / f"{name}.tsv").read_text(encoding="utf-8")):
            allowed |= {row.get("qid", ""), row.get("capital_qid", "")}
    for entry in g.entries.values():
        if entry.qid:
            assert entry.qid in allowed, entry.key
            assert entry.key == entry.qid
        else:
            assert entry.key.startswith(f"{entry.type.value}:")


def test_entities_without_a_verified_qid_keep_it_empty(g: Gazetteer) -> None:
    tass = g.lookup("TASS")[0]
    assert tass.qid is None and tass.key == "Organization:tass" and tass.state == "Q159"
    assert g.lookup("بيسكوف")[0].qid is None


def test_corrections_fill_the_united_kingdom_row(g: Gazetteer) -> None:
    uk = g.state("GBR")
    assert uk is not None and uk.label == "United Kingdom" and uk.label_ar == "المملكة المتحدة"
    assert g.lookup("Britain")[0] is uk


# -- forms -------------------------------------------------------------------------


def test_nisba_inflections_masculine_feminine_plural_dual() -> None:
    forms = nisba_forms("السوري", "السورية")
    for form in ["السوري", "السورية", "السوريون", "السوريين", "السوريان", "السوريات", "السوريتان"]:
        assert form in forms
    for form in ["سوري", "سورية", "سوريون", "سوريين"]:
        assert form in forms
    assert "السورون" not in forms and "السوريه" not in forms


def test_multiword_nisba_inflects_each_adjective() -> None:
    forms = nisba_forms("الكوري الشمالي", "الكورية الشمالية")
    assert "الكوريون الشماليون" in forms and "كورية شمالية" in forms


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("الروسية", "RUS"),
        ("والروسي", "RUS"),
        ("الأمريكيين", "USA"),
        ("الأميركي", "USA"),
        ("الروس", "RUS"),
        ("الأتراك", "TUR"),
        ("إماراتية", "ARE"),
        ("Russians", "RUS"),
        ("Iraqis", "IRQ"),
        ("Turks", "TUR"),
        ("Russia's", "RUS"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
    ],
)
def test_names_nisbas_demonyms_and_possessives_look_up_their_state(
    g: Gazetteer, form: str, code: str
) -> None:
    assert g.lookup(form)[0] is g.state(code)


def test_demonym_forms_and_name_cleaning() -> None:
    assert demonym_forms("Syrian") == ["Syrian", "Syrians"]
    assert demonym_forms("Chinese") == ["Chinese"]
    assert clean_name("Laayoune (claimed)") == "Laayoune"


def test_homograph_nisbas_are_not_generated(g: Gazetteer) -> None:
    assert g.lookup("المالية") == []  # 'financial', not Malian
    assert g.lookup("القمري") == []  # 'lunar'
    assert g.lookup("مالي")[0] is g.state("MLI")  # the country's name stays


@pytest.mark.parametrize("word", ["الأمن", "السلام", "العالم", "كان", "كيف", "بنا"])
def test_common_words_are_not_names(g: Gazetteer, word: str) -> None:
    assert [e for e in g.lookup(word) if not any(f.antecedent for f in g.forms(word))] == []


def test_metonyms_point_at_the_government(g: Gazetteer) -> None:
    kremlin = g.lookup("the Kremlin")[0]
    assert kremlin.type is EntityType.ORGANIZATION and kremlin.state == "Q159"
    assert g.lookup("الكرملين")[0] is kremlin
    assert g.lookup("الإليزيه")[0].state == "Q142"
    assert g.lookup("Washington")[0] is g.state("USA")
    forms = g.forms("موسكو")
    assert [(f.kind, f.target) for f in forms][:2] == [("metonym", "Q159"), ("place", "Q649")]
    moscow = g.entry("Q649")
    assert moscow.type is EntityType.PLACE and moscow.state == "Q159"


def test_agencies_are_organisations_with_their_state(g: Gazetteer) -> None:
    for name, code in [
        ("وكالة تاس", "RUS"),
        ("Reuters", "GBR"),
        ("الأناضول", "TUR"),
        ("WAM", "ARE"),
    ]:
        entry = g.lookup(name)[0]
        assert entry.type is EntityType.ORGANIZATION and entry.subtype == "agency"
        assert entry.state == g.by_code[code]


def test_lookup_qids_for_answers() -> None:
    assert lookup_qids("Russia's") == ["Q159"]
    assert lookup_qids("بوتين") == ["Q7747"]
    assert lookup_qids("no such place") == []


# -- roles and tenures -----------------------------------------------------------------


def test_role_labels_parse_into_role_keys_and_departments(g: Gazetteer) -> None:
    peskov = g.lookup("Dmitry Peskov")[0]
    (tenure,) = peskov.tenures
    assert tenure.roles == ("spokesperson",) and tenure.dept == "presidency"
    assert tenure.of == g.lookup("Kremlin")[0].key and tenure.state == "Q159"
    mbs = g.lookup("Mohammed bin Salman")[0]
    assert mbs.tenures[0].roles == ("crown_prince", "prime_minister")


@pytest.mark.parametrize(
    ("role", "code", "day", "name"),
    [
        ("president", "SYR", "2020-06-01", "Bashar al-Assad"),
        ("president", "SYR", "2025-06-01", "Ahmed al-Sharaa"),
        ("president", "USA", "2019-06-01", "Donald Trump"),  # hand-written first-term tenure
        ("president", "USA", "2023-06-01", "Joe Biden"),
        ("president", "USA", "2025-06-01", "Donald Trump"),
        ("foreign_minister", "TUR", "2022-06-01", "Mevlüt Çavuşoğlu"),
        ("foreign_minister", "TUR", "2024-06-01", "Hakan Fidan"),
        ("prime_minister", "GBR", "2023-06-01", "Rishi Sunak"),
    ],
)
def test_holder_of_is_time_aware(g: Gazetteer, role: str, code: str, day: str, name: str) -> None:
    holder = g.holder_of(role, code, datetime.date.fromisoformat(day))
    assert holder is not None and holder.label == name


def test_holder_of_former_and_elect(g: Gazetteer) -> None:
    day = datetime.date(2025, 3, 1)
    former = g.holder_of("president", "SYR", day, modifier="former")
    assert former is not None and former.label == "Bashar al-Assad"
    elect = g.holder_of("president", "USA", datetime.date(2024, 11, 20), modifier="new")
    assert elect is not None and elect.label == "Donald Trump"
    assert g.holder_of("president", "SYR", datetime.date(1990, 1, 1)) is None


def test_holder_of_needs_a_department_when_several_spokespeople_exist(g: Gazetteer) -> None:
    day = datetime.date(2025, 3, 1)
    assert g.holder_of("spokesperson", "RUS", day) is None  # Kremlin or foreign ministry?
    kremlin = g.holder_of("spokesperson", "RUS", day, dept="presidency")
    mfa = g.holder_of("spokesperson", "RUS", day, dept="mfa")
    assert kremlin is not None and kremlin.label == "Dmitry Peskov"
    assert mfa is not None and mfa.label == "Maria Zakharova"
