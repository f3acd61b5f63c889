"""The word lists of the extraction rules live in ``lexicons/word_sets.tsv``: every list a
module reads is there, every list there is read, and what is read is the folded words."""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources
from pathlib import Path

from kg.extractors.lexicon import read_tsv, word_set
from kg.extractors.text import fold

EXTRACTORS = Path(str(resources.files("kg.extractors")))


def _rows() -> list[dict[str, str]]:
    return list(read_tsv("word_sets.tsv"))


def _sources() -> dict[str, str]:
    """The source of every extraction module by its path under ``kg/extractors`` (no
    ``.py``): ``relations``, ``coder/stances``, ..."""
    return {
        p.relative_to(EXTRACTORS).with_suffix("").as_posix(): p.read_text(encoding="utf-8")
        for p in EXTRACTORS.rglob("*.py")
    }


def test_every_list_in_the_table_is_read_by_the_module_its_name_gives() -> None:
    names = {r["set"] for r in _rows()}
    sources = _sources()
    for name in names:
        module, _ = name.split(".", 1)
        # a module of the coder package by its own name; the ``relations.*`` lists by the
        # relation coder: relations.py or any module of kg/extractors/coder/; the ``quotes.*``
        # lists by the statement finder: quotes.py or any module of kg/extractors/statements/;
        # the ``dates.*`` lists by dates.py or any module of kg/extractors/times/
        readers = [
            src
            for key, src in sources.items()
            if module == "common"
            or key.rsplit("/", 1)[-1] == module
            or (module == "relations" and key.startswith("coder/"))
            or (module == "quotes" and key.startswith("statements/"))
            or (module == "dates" and key.startswith("times/"))
        ]
        assert any(f'word_set("{name}")' in src for src in readers), f"{name} is never read"


def test_a_common_list_is_read_by_more_than_one_module_and_no_list_is_copied() -> None:
    sets: dict[str, set[str]] = {}
    for r in _rows():
        sets.setdefault(r["set"], set()).add(fold(r["word"]))
    sources = list(_sources().values())
    for name in (n for n in sets if n.startswith("common.")):
        assert sum(f'word_set("{name}")' in src for src in sources) > 1, name
    copies = [n for n in sets if len(sets[n]) > 2 and sum(v == sets[n] for v in sets.values()) > 1]
    assert not copies, sorted(copies)  # one list, read where it is needed


def test_every_list_a_module_reads_is_in_the_table() -> None:
    names = {r["set"] for r in _rows()}
    for path in EXTRACTORS.rglob("*.py"):
        for name in re.findall(r'word_set\("([^"]+)"\)', path.read_text(encoding="utf-8")):
            assert name in names, f"{path.name} reads {name}, which word_sets.tsv lacks"


def test_no_module_reads_a_list_twice_or_binds_one_name_twice() -> None:
    # a second "_X = ..." silently replaced the first list before the lists were data
    for path in EXTRACTORS.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        reads = re.findall(r'word_set\("([^"]+)"\)', source)
        assert len(reads) == len(set(reads)), path.name
        bound = re.findall(r"^(_[A-Z][A-Z0-9_]*) = ", source, re.M)
        twice = sorted(Counter(bound) - Counter(set(bound)))
        assert not twice, (path.name, twice)


def test_rows_are_well_formed_and_not_repeated() -> None:
    rows = _rows()
    assert rows
    for r in rows:
        assert re.fullmatch(r"[a-z][a-z_]*\.[a-z0-9_]+", r["set"]), r  # module.list
        assert r["lang"] in ("ar", "en", "both"), r
        assert r["word"] and " " not in r["word"], r
    repeated = [k for k, n in Counter((r["set"], r["word"]) for r in rows).items() if n > 1]
    assert not repeated


def test_a_list_is_its_words_folded_so_spelling_variants_match() -> None:
    rows = [r for r in _rows() if r["set"] == "relations.neg_ar"]
    assert rows
    assert word_set("relations.neg_ar") == frozenset(fold(r["word"]) for r in rows)
    assert fold("لَمْ") in word_set("relations.neg_ar")  # diacritics do not matter
    assert "not" in word_set("relations.neg_en")


def test_an_unknown_list_is_a_clear_error() -> None:
    try:
        word_set("relations.no_such_list")
    except KeyError as e:
        assert "word_sets.tsv has no list 'relations.no_such_list'" in str(e)
    else:
        raise AssertionError("expected a KeyError")
