#!/usr/bin/env python3
"""Compile the extraction modules with mypyc into a separate directory (opt-in speed-up).

The package stays pure Python: this copies ``kg/`` to ``--out`` and compiles the
modules of :data:`NATIVE_MODULES` there with mypyc (C extensions next to the copied
sources), so that ``PYTHONPATH=OUT`` runs the compiled extractor and the checkout
itself is never shadowed by stale extension modules.  Rebuild after any change to
``kg/``; the output must stay byte-identical::

    python scripts/build_native.py --out /tmp/kg-native
    PYTHONPATH=/tmp/kg-native python scripts/extraction_fingerprint.py
    PYTHONPATH=/tmp/kg-native python benchmarks/bench_extract.py --articles 600 --join 2

The relation coder (``relations.py``) is compiled with its mixins: mypyc allows a native
class one base class plus traits, so the families of its rules in ``coder/`` (one trait on
another, the lowest on the mixins ``coder/stances.py``, ``coder/meetings.py`` and
``coder/event_dates.py``, all on ``coder/base.py``) are traits (``kg.extractors.native.trait``)
whose class bodies declare the coder's helpers as abstract methods (no class-body ``if``),
and ``speakers_ar.py`` is the base class of the statement finder (``quotes._Finder``), a
stack of plain classes in ``statements/``, each family of its rules on the one below it.
``lexicon.py`` is compiled except its generic dataclasses ``Hit`` and ``Matcher``, which
stay Python classes (``mypyc_attr(native_class=False)``: mypyc/mypyc#827).  Needs mypy
(with mypyc) and a C compiler.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NATIVE_MODULES = (
    "kg/extractors/about.py",
    "kg/extractors/bodies.py",
    "kg/extractors/calibrate.py",
    "kg/extractors/coder/admission.py",
    "kg/extractors/coder/arguments.py",
    "kg/extractors/coder/authors.py",
    "kg/extractors/coder/base.py",
    "kg/extractors/coder/event_dates.py",
    "kg/extractors/coder/frame.py",
    "kg/extractors/coder/meetings.py",
    "kg/extractors/coder/mentions.py",
    "kg/extractors/coder/modality.py",
    "kg/extractors/coder/nouns.py",
    "kg/extractors/coder/passes.py",
    "kg/extractors/coder/references.py",
    "kg/extractors/coder/relation.py",
    "kg/extractors/coder/sides.py",
    "kg/extractors/coder/stances.py",
    "kg/extractors/coder/subjects.py",
    "kg/extractors/coder/timing.py",
    "kg/extractors/coder/words.py",
    "kg/extractors/coding.py",
    "kg/extractors/dates.py",
    "kg/extractors/doc.py",
    "kg/extractors/home_states.py",
    "kg/extractors/lexicon.py",
    "kg/extractors/pipeline.py",
    "kg/extractors/quotes.py",
    "kg/extractors/relations.py",
    "kg/extractors/sentences.py",
    "kg/extractors/speakers_ar.py",
    "kg/extractors/statements/attribution.py",
    "kg/extractors/statements/base.py",
    "kg/extractors/statements/claims.py",
    "kg/extractors/statements/cues.py",
    "kg/extractors/statements/emission.py",
    "kg/extractors/statements/endings.py",
    "kg/extractors/statements/issuers.py",
    "kg/extractors/statements/joint.py",
    "kg/extractors/statements/marks.py",
    "kg/extractors/statements/occasions.py",
    "kg/extractors/statements/openings.py",
    "kg/extractors/statements/pronouns.py",
    "kg/extractors/statements/relays.py",
    "kg/extractors/statements/speakers.py",
    "kg/extractors/statements/speakers_en.py",
    "kg/extractors/statements/statement.py",
    "kg/extractors/statements/words.py",
    "kg/extractors/text.py",
    "kg/extractors/times/anaphora.py",
    "kg/extractors/times/arabic.py",
    "kg/extractors/times/clauses.py",
    "kg/extractors/times/datelines.py",
    "kg/extractors/times/days.py",
    "kg/extractors/times/english.py",
    "kg/extractors/times/expression.py",
    "kg/extractors/times/handlers.py",
    "kg/extractors/times/hijri.py",
    "kg/extractors/times/windows.py",
    "kg/extractors/triggers.py",
    "kg/gazetteer/builder.py",
    "kg/gazetteer/forms.py",
    "kg/gazetteer/gazetteer.py",
    "kg/gazetteer/index.py",
    "kg/gazetteer/linker.py",
    "kg/gazetteer/names.py",
    "kg/gazetteer/resolve.py",
    "kg/gazetteer/tables.py",
    "kg/text/arabic.py",
    "kg/text/common.py",
    "kg/text/english.py",
    "kg/text/tokens.py",
)
"""The modules compiled, relative to the repository root."""


def link_data(out: Path) -> None:
    """Link the checkout's ``ontology/`` and ``examples/`` into ``out``: ``kg.vocab`` and
    ``kg.examples`` read them beside ``kg/``, so the tests run under ``PYTHONPATH=out`` too."""
    for data in ("ontology", "examples"):
        link = out / data
        if link.is_symlink():
            link.unlink()
        if not link.exists():
            link.symlink_to(ROOT / data)


def build(out: Path, opt_level: str) -> float:
    """Copy ``kg/`` to ``out`` and compile :data:`NATIVE_MODULES` there; seconds taken."""
    t0 = time.monotonic()
    if (out / "kg").exists():
        shutil.rmtree(out / "kg")
    shutil.rmtree(out / "build", ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "kg", out / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    link_data(out)
    env = {**os.environ, "MYPYC_OPT_LEVEL": opt_level, "MYPYC_DEBUG_LEVEL": "0"}
    subprocess.run([sys.executable, "-m", "mypyc", *NATIVE_MODULES], cwd=out, env=env, check=True)
    return time.monotonic() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="directory to build in")
    ap.add_argument("--opt-level", default="1", help="MYPYC_OPT_LEVEL (C compiler -O)")
    args = ap.parse_args()
    out = args.out.resolve()
    if out == ROOT or out in ROOT.parents or ROOT / "kg" in (out, *out.parents):
        ap.error("--out must be a directory of its own, not the checkout or above it")
    seconds = build(out, args.opt_level)
    print(f"built {len(NATIVE_MODULES)} modules in {seconds:.0f} s; run with PYTHONPATH={out}")


if __name__ == "__main__":
    main()
