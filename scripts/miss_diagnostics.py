#!/usr/bin/env python3
"""Totals-only diagnostics of what the extractor misses on gold sets.

Prints counts only — never a sentence — so it can be run on the unseen sets
(the README's unseen pool, ``scripts/eval_sets.py``'s ``UNSEEN``) without turning
them into analysis sets.  Two tables, per article language:

* **relations**: every gold relation is either matched (subject, type and object
  match, symmetric types either way) or missed; a miss is classed by what the
  system coded in a clause overlapping the gold evidence: a relation of the same
  type with another subject or object, only relations of other types, or
  nothing at all (split further by whether the system recognised both gold
  actors in the article, and whether a lexicon row of the gold type occurs in
  the gold evidence: lexicon gap, frame failure or actor failure); and the
  system's relations, and those matching a gold one (their ratio is the precision);
  with ``--types``, the same per relation type, and the causes of the misses per type;
* **quotes**: gold quotes, system quotes, system quotes whose span overlaps a
  gold quote's by at least half (the scorer's rule), and those that also carry
  the gold speaker;
* **quotes missed, by cause**: every gold quote the scorer would not match, by
  whether any system statement overlaps its span (by half, a little, or not at
  all) and whether any system entity matches its speaker (an unlinked speaker
  loses the quote whatever the statement rules do);
* **dates**: over relations the scorer matches, the system's event date is
  right, missing where gold has one, present where gold has none, of another
  granularity but the same period, the publication date where gold is earlier,
  the date of a system statement overlapping the relation where gold differs,
  or otherwise wrong;
* **dates by evidence**: the same, split by whether the system relation's
  evidence holds a time expression of its own (else its date, if any, was
  carried over from the story or a neighbouring clause).
* **relations inside statements**: gold relations whose evidence lies mostly
  inside a gold quote, by whether their subject is the quote's speaker, the
  speaker's state or another actor, and how many are matched; the system's
  relations inside and outside the gold quotes and how many match; and, for the
  gold ones whose subject is the speaker, missed although a system statement
  with that speaker overlaps them and nothing of ours overlaps their evidence.

Usage::

    python scripts/miss_diagnostics.py examples/blind4/gold.jsonl examples/blind5/gold.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.evaluation.gold import GoldRelation, read_gold
from kg.evaluation.matching import EntityMatcher, match_article, span_overlap
from kg.extractors import extract
from kg.extractors.dates import find_times
from kg.extractors.relations import relation_matcher
from kg.extractors.text import NormText, tokenize
from kg.models import Article, Extraction, Relation, date_bounds


def _overlaps(text: str, a: str, b: str) -> bool:
    s, t = text.find(a), text.find(b)
    return s >= 0 and t >= 0 and s < t + len(b) and t < s + len(a)


def _same(m: EntityMatcher, sr: Relation, subj: str, obj: str) -> bool:
    return (m.matches(sr.subject, subj) and m.matches(sr.object, obj)) or (
        m.matches(sr.subject, obj) and m.matches(sr.object, subj)
    )


def _date_kind(gd: str | None, sd: str | None, art: Article, x: Extraction, sr: Relation) -> str:
    """The DATES family of one matched relation's system date ``sd`` against gold ``gd``."""
    if gd == sd:
        return "right"
    if sd is None:
        return "system undated, gold dated"
    if gd is None:
        return "system dated, gold undated"
    (g0, g1), (s0, s1) = date_bounds(gd), date_bounds(sd)
    if (g0 <= s0 and s1 <= g1) or (s0 <= g0 and g1 <= s1):
        return "other granularity, same period"
    if art.published is not None and sd == art.published.isoformat() and g1 < art.published:
        return "system = publication date, gold earlier"
    statement_dates = {
        q.date for q in x.quotes if q.start < sr.evidence_end and sr.evidence_start < q.end
    }
    if sd in statement_dates:
        return "system = statement date, gold the event's"
    return "other wrong"


#: Short names of the causes of a miss, for the per-type table.
_CAUSE_COLUMNS = (
    "other actors",
    "other types",
    "no actor",
    "frame",
    "no row",
    "rows of other types",
)
_CAUSES = {
    **{
        f"an actor not found, {t}": "no actor"
        for t in (
            "a lexicon row of the type in the evidence",
            "no lexicon row in the evidence",
            "only rows of other types in the evidence",
        )
    },
    "both actors found, a lexicon row of the type in the evidence": "frame",
    "both actors found, no lexicon row in the evidence": "no row",
    "both actors found, only rows of other types in the evidence": "rows of other types",
}


def _nothing_kind(lang: str, r: GoldRelation, found: set[str]) -> str:
    """Why nothing was coded: an actor not recognised, no lexicon row of the type, or the frame.

    ``found`` holds the ids of the gold entities some system entity matches.
    """
    actors = "both actors found" if {r.subject, r.object} <= found else "an actor not found"
    hits = relation_matcher(lang).find(tokenize(NormText.of(r.evidence).norm))
    if any(h.entry.type == r.type for h in hits):
        trigger = "a lexicon row of the type in the evidence"
    elif hits:
        trigger = "only rows of other types in the evidence"
    else:
        trigger = "no lexicon row in the evidence"
    return f"{actors}, {trigger}"


def _in_quote(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether more than half of ``[start, end)`` lies inside one of ``spans``."""
    return any(min(end, b) - max(start, a) > 0.5 * (end - start) for a, b in spans)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path, help="gold JSONL files")
    ap.add_argument(
        "--types", action="store_true", help="also a table per relation type (both languages)"
    )
    args = ap.parse_args()
    typ: Counter[tuple[str, str]] = Counter()
    rel: Counter[tuple[str, str]] = Counter()
    quo: Counter[tuple[str, str]] = Counter()
    qmiss: Counter[tuple[str, str]] = Counter()
    dat: Counter[tuple[str, str]] = Counter()
    own: Counter[tuple[str, str]] = Counter()
    nothing: Counter[tuple[str, str]] = Counter()
    cause: Counter[tuple[str, str]] = Counter()
    inside: Counter[tuple[str, str]] = Counter()
    for path in args.gold:
        for g in read_gold(path):
            art = Article(id=g.id, lang=g.lang, text=g.text, title=g.title, published=g.published)
            x = extract(art)
            m = EntityMatcher(g, x)
            found = {gid for s in x.entities for gid in m.matched_gold(s.id)}

            quotes = [(i, i + len(q.text), q) for q in g.quotes if (i := g.text.find(q.text)) >= 0]
            states = {e.id: e.state for e in g.entities}
            for r in g.relations:
                e0 = g.text.find(r.evidence)
                e1 = e0 + len(r.evidence)
                around = [q for a, b, q in quotes if e0 >= 0 and _in_quote([(a, b)], e0, e1)]
                matched = any(
                    s.type == r.type and _same(m, s, r.subject, r.object) for s in x.relations
                )
                if around:
                    speakers = {q.speaker for q in around}
                    who = (
                        "the speaker"
                        if r.subject in speakers
                        else "the state of the speaker"
                        if r.subject in {states.get(sp) for sp in speakers}
                        else "another actor"
                    )
                    inside[g.lang, f"gold inside a statement, subject {who}"] += 1
                    inside[g.lang, f"gold inside a statement, subject {who}, matched"] += matched
                    said = any(
                        m.matches(sq.speaker, r.subject) and sq.start < e1 and e0 < sq.end
                        for sq in x.quotes
                    )
                    bare = not any(
                        sr.evidence_start < e1 and e0 < sr.evidence_end for sr in x.relations
                    )
                    if who == "the speaker" and not matched and said and bare:
                        inside[
                            g.lang,
                            "gold inside, subject the speaker, missed: our statement with "
                            "that speaker, nothing coded on the evidence",
                        ] += 1
                else:
                    inside[g.lang, "gold outside statements"] += 1
                    inside[g.lang, "gold outside statements, matched"] += matched
            for sr in x.relations:
                where = (
                    "inside a statement"
                    if _in_quote([(a, b) for a, b, _ in quotes], sr.evidence_start, sr.evidence_end)
                    else "outside statements"
                )
                inside[g.lang, f"system {where}"] += 1
                inside[g.lang, f"system {where}, matching a gold relation"] += any(
                    r.type == sr.type and _same(m, sr, r.subject, r.object) for r in g.relations
                )
            for r in g.relations:
                hit = (s.type == r.type and _same(m, s, r.subject, r.object) for s in x.relations)
                typ[r.type, "gold"] += 1
                if any(hit):
                    rel[g.lang, "matched"] += 1
                    typ[r.type, "matched"] += 1
                    continue
                near = [sr for sr in x.relations if _overlaps(g.text, sr.evidence, r.evidence)]
                if any(sr.type == r.type for sr in near):
                    rel[g.lang, "missed: same type, other actors"] += 1
                    cause[r.type, "other actors"] += 1
                elif near:
                    rel[g.lang, "missed: other types only"] += 1
                    cause[r.type, "other types"] += 1
                else:
                    rel[g.lang, "missed: nothing coded in the clause"] += 1
                    kind = _nothing_kind(g.lang, r, found)
                    nothing[g.lang, kind] += 1
                    cause[r.type, _CAUSES[kind]] += 1
            rel[g.lang, "system"] += len(x.relations)
            for s in x.relations:
                typ[s.type, "system"] += 1
                if any(r.type == s.type and _same(m, s, r.subject, r.object) for r in g.relations):
                    rel[g.lang, "system, matching a gold relation"] += 1
                    typ[s.type, "system matching"] += 1
            for gi, si in match_article(g, x).relations:
                sr = x.relations[si]
                kind = _date_kind(g.relations[gi].date, sr.date, art, x, sr)
                dat[g.lang, kind] += 1
                timed = find_times(sr.evidence, g.lang, g.published)
                if kind == "right":
                    kind = "right, dated" if sr.date else "right, both undated"
                own[g.lang, f"{'own time' if timed else 'no time in evidence'}: {kind}"] += 1
            quo[g.lang, "gold"] += len(g.quotes)
            quo[g.lang, "system"] += len(x.quotes)
            for q in g.quotes:
                overlap = max(
                    (span_overlap(g.text, q.text, s.start, s.end) for s in x.quotes), default=0.0
                )
                if any(
                    m.matches(s.speaker, q.speaker)
                    for s in x.quotes
                    if span_overlap(g.text, q.text, s.start, s.end) >= 0.5
                ):
                    continue
                span = (
                    "a statement on its span, other speaker"
                    if overlap >= 0.5
                    else "a statement overlapping less than half"
                    if overlap > 0
                    else "no statement overlapping"
                )
                linked = "linked" if q.speaker in found else "not linked"
                qmiss[g.lang, f"{span}, gold speaker {linked} in the article"] += 1
            for s in x.quotes:
                hits = [q for q in g.quotes if span_overlap(g.text, q.text, s.start, s.end) >= 0.5]
                if hits:
                    quo[g.lang, "system, on a gold span"] += 1
                    if any(m.matches(s.speaker, q.speaker) for q in hits):
                        quo[g.lang, "system, on a gold span, gold speaker"] += 1
    print("relations")
    for (lang, kind), n in sorted(rel.items()):
        print(f"  {lang}  {n:4d}  {kind}")
    print("relations missed with nothing coded in the clause, by cause")
    for (lang, kind), n in sorted(nothing.items()):
        print(f"  {lang}  {n:4d}  {kind}")
    print("quotes")
    for (lang, kind), n in sorted(quo.items()):
        print(f"  {lang}  {n:4d}  {kind}")
    print("quotes missed, by cause")
    for (lang, kind), n in sorted(qmiss.items()):
        print(f"  {lang}  {n:4d}  {kind}")
    if args.types:
        print("relation types: gold / matched / system / system matching")
        for t in sorted({t for t, _ in typ}, key=lambda t: -typ[t, "gold"] - typ[t, "system"]):
            row = " / ".join(
                f"{typ[t, k]:3d}" for k in ("gold", "matched", "system", "system matching")
            )
            print(f"  {t:12s} {row}")
        print("relation types, why the gold ones were missed: " + " / ".join(_CAUSE_COLUMNS))
        for t in sorted({t for t, _ in typ}, key=lambda t: -typ[t, "gold"]):
            row = " / ".join(f"{cause[t, k]:3d}" for k in _CAUSE_COLUMNS)
            print(f"  {t:12s} {row}")
    print("dates (matched relations)")
    for (lang, kind), n in sorted(dat.items()):
        print(f"  {lang}  {n:4d}  {kind}")
    print("dates by evidence (matched relations)")
    for (lang, kind), n in sorted(own.items()):
        print(f"  {lang}  {n:4d}  {kind}")
    print("relations inside statements (evidence mostly inside a gold quote)")
    for (lang, kind), n in sorted(inside.items()):
        print(f"  {lang}  {n:4d}  {kind}")


if __name__ == "__main__":
    main()
