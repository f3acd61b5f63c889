#!/usr/bin/env python3
"""A fingerprint of the extractor's output over every bundled article, for refactors.

A refactor of the extractors (moving rules into a module, speeding up a
matcher) must not change what they extract.  This runs :func:`kg.extractors.extract`
on the example articles (``examples/articles``), every gold set under
``examples/`` and, when it is beside the repository, ``../shared/eval/dev.jsonl``,
writes one JSON line per article (its id and the extraction) to ``--out`` and
prints the number of articles and a SHA-256 of the lines.  Paths are taken
relative to the repository root, so two checkouts of the same commit at
different places print the same hash::

    python scripts/extraction_fingerprint.py --out /tmp/before.jsonl
    # ... refactor ...
    python scripts/extraction_fingerprint.py --out /tmp/after.jsonl
    diff /tmp/before.jsonl /tmp/after.jsonl   # shows the first article that differs

Run it from the checkout to fingerprint (``PYTHONPATH=. python scripts/...``
when another checkout is installed in the virtual environment).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from kg.articles import read_articles
from kg.errors import InputError
from kg.evaluation.gold import read_gold
from kg.extractors import extract
from kg.models import Article

ROOT = Path(__file__).resolve().parent.parent


def articles(root: Path) -> Iterator[tuple[str, Article]]:
    """Every bundled article under ``root`` with a stable key, in a fixed order."""
    for item in read_articles([Path("examples/articles")]):
        if not isinstance(item, InputError):
            yield f"examples/articles:{item.id}", item
    golds = sorted(root.glob("examples/**/gold.jsonl")) + sorted(root.glob("examples/gold.jsonl"))
    dev = root.parent / "shared" / "eval" / "dev.jsonl"
    if dev.exists():
        golds.append(dev)
    for path in dict.fromkeys(golds):
        rel = os.path.relpath(path, root)
        for g in read_gold(path):
            yield f"{rel}:{g.id}", g.to_article()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="write the JSON lines here")
    args = ap.parse_args()
    os.chdir(ROOT)
    digest = hashlib.sha256()
    lines = []
    for key, article in articles(ROOT):
        undated = article.model_copy(update={"published": None})
        for variant, a in (("", article), (" undated", undated)):
            x = extract(a).model_dump(mode="json")
            record = {"key": key + variant, "extraction": x}
            line = json.dumps(record, ensure_ascii=False, sort_keys=True)
            digest.update(line.encode())
            lines.append(line)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles  sha256 {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
