#!/usr/bin/env python3
"""Totals-only diagnostics of what the extractor misses on gold sets.

Prints counts only — never a sentence — so it can be run on the unseen sets
(``examples/blind4``, ``blind5``, ``blind7``, ``blind8``) without turning them into
analysis sets.  Two tables, per article language:

* **relations**: every gold relation is either matched (subject, type and object
  match, symmetric types either way) or missed; a miss is classed by what the
  system coded in a clause overlapping the gold evidence: a relation of the same
  type with another subject or object, only relations of other types, or
  nothing at all; and the system's relations, and those matching a gold one
  (their ratio is the precision);
* **quotes**: gold quotes, system quotes, system quotes whose span overlaps a
  gold quote's by at least half (the scorer's rule), and those that also carry
  the gold speaker.

Usage::

    python scripts/miss_diagnostics.py examples/blind4/gold.jsonl examples/blind5/gold.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.evaluation.gold import read_gold
from kg.evaluation.matching import EntityMatcher, span_overlap
from kg.extractors import extract
from kg.models import Article, Relation


def _overlaps(text: str, a: str, b: str) -> bool:
    s, t = text.find(a), text.find(b)
    return s >= 0 and t >= 0 and s < t + len(b) and t < s + len(a)


def _same(m: EntityMatcher, sr: Relation, subj: str, obj: str) -> bool:
    return (m.matches(sr.subject, subj) and m.matches(sr.object, obj)) or (
        m.matches(sr.subject, obj) and m.matches(sr.object, subj)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path, help="gold JSONL files")
    args = ap.parse_args()
    rel: Counter[tuple[str, str]] = Counter()
    quo: Counter[tuple[str, str]] = Counter()
    for path in args.gold:
        for g in read_gold(path):
            art = Article(id=g.id, lang=g.lang, text=g.text, title=g.title, published=g.published)
            x = extract(art)
            m = EntityMatcher(g, x)

            for r in g.relations:
                hit = (s.type == r.type and _same(m, s, r.subject, r.object) for s in x.relations)
                if any(hit):
                    rel[g.lang, "matched"] += 1
                    continue
                near = [sr for sr in x.relations if _overlaps(g.text, sr.evidence, r.evidence)]
                if any(sr.type == r.type for sr in near):
                    rel[g.lang, "missed: same type, other actors"] += 1
                elif near:
                    rel[g.lang, "missed: other types only"] += 1
                else:
                    rel[g.lang, "missed: nothing coded in the clause"] += 1
            rel[g.lang, "system"] += len(x.relations)
            for s in x.relations:
                if any(r.type == s.type and _same(m, s, r.subject, r.object) for r in g.relations):
                    rel[g.lang, "system, matching a gold relation"] += 1
            quo[g.lang, "gold"] += len(g.quotes)
            quo[g.lang, "system"] += len(x.quotes)
            for s in x.quotes:
                hits = [q for q in g.quotes if span_overlap(g.text, q.text, s.start, s.end) >= 0.5]
                if hits:
                    quo[g.lang, "system, on a gold span"] += 1
                    if any(m.matches(s.speaker, q.speaker) for q in hits):
                        quo[g.lang, "system, on a gold span, gold speaker"] += 1
    print("relations")
    for (lang, kind), n in sorted(rel.items()):
        print(f"  {lang}  {n:4d}  {kind}")
    print("quotes")
    for (lang, kind), n in sorted(quo.items()):
        print(f"  {lang}  {n:4d}  {kind}")


if __name__ == "__main__":
    main()
