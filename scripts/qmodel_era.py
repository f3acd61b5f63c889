#!/usr/bin/env python3
"""Label the statements an OLD extractor emitted on a gold set, with today's features.

The statement model (:mod:`kg.extractors.statement_filter`) learns which statements are
wrong.  On the analysis sets today's finder is in-sample (its rules were fitted on their
errors), so its errors there are few and unlike those on unseen text.  The finder of the
time a set was still unseen made the errors a finder makes on text it was not fitted on:
this script runs that finder (a ``git archive`` of ``kg/`` at that commit, unpacked in
OLD_KG_ROOT) on the set and writes each output statement's features (computed by this
checkout's ``statement_filter.py``) and label as JSON.  ``python -m kg.extractors.statement_filter
--eras`` calls it; run it by hand as::

    python scripts/qmodel_era.py OLD_KG_ROOT GOLD.jsonl SET_NAME OUT.json
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _load_today(name: str, filename: str) -> types.ModuleType:
    """This checkout's ``kg/extractors/<filename>``, imported as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "kg" / "extractors" / filename)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _shim_old_tree() -> None:
    """Make an old tree look like today's to the feature code: the statement records
    in ``kg.extractors.statements`` (once in ``kg.extractors.quotes``), the shared
    logistic code (``kg.extractors.logistic``, since session 20), the fields added
    since, and ``pipeline.prepare``."""
    import kg.extractors.pipeline as pl
    import kg.extractors.quotes as quotes

    try:
        import kg.extractors.statements.marks
        import kg.extractors.statements.statement as stmt_mod
    except ImportError:
        pkg = types.ModuleType("kg.extractors.statements")
        pkg.__path__ = []
        sys.modules["kg.extractors.statements"] = pkg
        sys.modules["kg.extractors.statements.marks"] = quotes
        sys.modules["kg.extractors.statements.statement"] = quotes
        stmt_mod = quotes
    try:
        import kg.extractors.logistic  # noqa: F401
    except ImportError:  # older than session 20: today's shared logistic code
        _load_today("kg.extractors.logistic", "logistic.py")
    fields = getattr(stmt_mod.Stmt, "__dataclass_fields__", {})
    for attr, value in (("found_by", ""), ("pronoun", None), ("addressed", ())):
        if attr not in fields and not hasattr(stmt_mod.Stmt, attr):
            setattr(stmt_mod.Stmt, attr, value)
    if not hasattr(pl, "prepare"):
        g: dict[str, Any] = pl.__dict__

        def prepare(article: Any) -> tuple[Any, Any, Any, Any]:
            text = article.text
            lang = article.lang if article.lang in ("ar", "en") else g["detect_lang"](text)
            lang = lang if lang in ("ar", "en") else "en"
            pub = article.published or g["parse_dateline"](text)
            nt = g["NormText"].of(text)
            linking = g["_link"](text, lang, pub)
            doc = g["_doc"](article, linking, nt, lang, pub)
            cues, triggers = g["find_all"](
                doc.tokens, g["cue_matcher"](lang), g["relation_matcher"](lang)
            )
            doc.lexicon_hits = {"cues": cues, "relations": triggers}
            stmts = g["find_statements"](doc)
            return doc, linking, stmts, g["find_relations"](doc, stmts)

        pl.prepare = prepare  # type: ignore[attr-defined]


def _today_tsv(name: str) -> Iterator[dict[str, str]]:
    path = ROOT / "kg" / "extractors" / "lexicons" / name
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def main(argv: list[str]) -> int:
    old, gold, name, out = argv
    sys.path.insert(0, str(Path(old).resolve()))
    os.environ["KG_QMODEL"] = "0"
    import kg

    if not str(Path(kg.__file__).resolve()).startswith(str(Path(old).resolve())):
        print(f"the old tree was not imported ({kg.__file__})", file=sys.stderr)
        return 2
    _shim_old_tree()
    qm = _load_today("qmodel_today", "statement_filter.py")
    qm.read_tsv = _today_tsv  # type: ignore[attr-defined]
    arts = qm.collect(Path(gold), name)
    rows = [[a.set_name, a.lang, a.gold_quotes, a.feats, a.labels] for a in arts]
    Path(out).write_text(json.dumps(rows), encoding="utf-8")
    n = sum(len(a.labels) for a in arts)
    right = sum(sum(a.labels) for a in arts)
    print(f"{name}: {n} statements, {right} right (P {right / max(1, n):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
