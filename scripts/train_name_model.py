#!/usr/bin/env python3
"""Train the unknown-name recogniser (:mod:`kg.gazetteer.name_model`) on the analysis gold.

Positions: every token where the linker asks for an unknown Arabic name after a title
(:meth:`kg.gazetteer.names.NameFinder.after`) and no gazetteer phrase covers that token.
Labels: the gold Person entities' name-only aliases (``name_ar`` and the aliases whose
every word is a word of it, no title) found in the text at that token.  A position gives a
decision "a name opens here" and, when one does, a decision per next word "the name runs
on" (the word after the gold name is a stop).  The model is a logistic regression trained
by deterministic SGD (fixed order, fixed epochs, L2).

Leave-one-set-out over the analysis sets prints precision/recall of the names at those
positions (exact span and first word) for the current rules, the model alone and the rules
with the model as fallback, and picks the start threshold for a fallback precision of at
least ``--precision``.  Then trains on all sets and writes ``kg/gazetteer/data/name_model.tsv``.
Dev and the unseen sets are refused (:func:`kg.evaluation.sets.off_limits_for_training`).

    python scripts/train_name_model.py [--out PATH] [--epochs 12]
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import json
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluation.sets import off_limits_for_training  # noqa: E402
from kg.gazetteer import name_model as nm  # noqa: E402
from kg.gazetteer.linker import Linking, link  # noqa: E402
from kg.gazetteer.resolve import Resolver  # noqa: E402
from kg.text import tokenize  # noqa: E402
from kg.text.tokens import ARABIC  # noqa: E402

SETS = ("gold", "blind", *(f"blind{i}" for i in range(2, 12)))


def set_path(name: str) -> Path:
    """The gold file of an analysis set."""
    if name == "gold":
        return ROOT / "examples" / "gold.jsonl"
    return ROOT / "examples" / name / "gold.jsonl"


@dataclass
class Position:
    """One token after a title where the linker looked for an unknown name."""

    set_name: str
    article: str
    q: int
    feats: list[list[str]]
    """Features of tokens q, q+1, ... (``k`` = index)."""
    gold: int
    """Tokens of the gold name starting at q (0: none)."""
    rule: int
    """Tokens of the Person name the linker emitted at q (0: none)."""
    blocked: bool
    """No name can open at q (:func:`kg.gazetteer.name_model.never_opens`)."""
    stops: list[bool]
    """A name of k tokens cannot run on over q+k (:func:`kg.gazetteer.name_model.stops_at`)."""
    words: list[str] = field(default_factory=list)


def _name_sequences(entities: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    """Folded token sequences of the Arabic persons' name-only aliases."""
    out: list[tuple[str, ...]] = []
    for e in entities:
        if e.get("type") != "Person" or not e.get("name_ar"):
            continue
        name = tuple(t.norm for t in tokenize(e["name_ar"]))
        words = set(name)
        for alias in (e["name_ar"], *e.get("aliases", [])):
            seq = tuple(t.norm for t in tokenize(alias))
            if seq and set(seq) <= words and seq not in out:
                out.append(seq)
    return out


def _gold_len(norms: list[str], q: int, seqs: list[tuple[str, ...]]) -> int:
    best = 0
    for seq in seqs:
        if len(seq) > best and tuple(norms[q : q + len(seq)]) == seq:
            best = len(seq)
    return best


def collect() -> list[Position]:
    """The candidate positions (:func:`kg.gazetteer.name_model.candidates`) of every Arabic
    article of the analysis sets, read as the linker leaves them (the model off)."""
    positions: list[Position] = []
    original = Resolver._linking
    seen: dict[int, tuple[list[list[str]], int, bool, list[bool]]] = {}

    def spy(self: Resolver) -> Linking:
        if self.lang == "ar":
            ments = sorted(self.mentions, key=lambda m: (m.start, -(m.end - m.start)))
            rows = [(m.start, m.end, m.kind, _is_person(self, m.key)) for m in ments]
            starts = [t.start for t in self.tokens]
            for m in ments:  # unknown names the rules read after a title
                q = bisect.bisect_left(starts, m.start)
                if (
                    m.kind == "name"
                    and m.role
                    and q < len(starts)
                    and starts[q] == m.start
                    and self.cover[q] == -1
                    and self.tokens[q].flags & ARABIC
                    and _is_person(self, m.key)
                ):
                    last = bisect.bisect_left(starts, m.end) - 1
                    seen[q] = (_feats(self, q), last - q + 1, *_guards(self, q))
            for q, _n, _title in nm.candidates(self.names, rows):  # titles with no name
                seen.setdefault(q, (_feats(self, q), 0, *_guards(self, q)))
        return original(self)

    Resolver._linking = spy  # type: ignore[method-assign]
    os.environ["KG_NAME_MODEL"] = "0"
    try:
        for name in SETS:
            path = set_path(name)
            if off_limits_for_training(str(path)):
                raise SystemExit(f"refusing {path}: dev or unseen")
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                art = json.loads(line)
                if art.get("lang") != "ar":
                    continue
                seen.clear()
                pub = art.get("published")
                day = datetime.date.fromisoformat(pub[:10]) if pub else None
                text = art["text"]
                link(text, lang="ar", published=day)
                tokens = tokenize(text)
                norms = [t.norm for t in tokens]
                seqs = _name_sequences(art.get("entities", []))
                for q in sorted(seen):
                    positions.append(
                        Position(
                            name,
                            art["id"],
                            q,
                            seen[q][0],
                            _gold_len(norms, q, seqs),
                            seen[q][1],
                            seen[q][2],
                            seen[q][3],
                            norms[q : q + 5],
                        )
                    )
    finally:
        Resolver._linking = original  # type: ignore[method-assign]
    return positions


def _feats(r: Resolver, q: int) -> list[list[str]]:
    return [nm.features(r.names, q + k, k) for k in range(nm.MAX_TOKENS)]


def _guards(r: Resolver, q: int) -> tuple[bool, list[bool]]:
    stops = [nm.stops_at(r.names, q + k, k) for k in range(nm.MAX_TOKENS)]
    return nm.never_opens(r.names, q), stops


def _is_person(r: Resolver, key: str) -> bool:
    entry = r.g.entries.get(key) or r.new.get(key)
    return entry is not None and entry.type.value == "Person"


def examples(positions: list[Position]) -> list[tuple[list[str], int]]:
    """The model's decisions at the positions: (features, 1 for a name word)."""
    out: list[tuple[list[str], int]] = []
    for p in positions:
        out.append((p.feats[0], int(p.gold > 0)))
        if p.gold:
            for k in range(1, min(p.gold + 1, nm.MAX_TOKENS)):
                out.append((p.feats[k], int(k < p.gold)))
    return out


def train(data: list[tuple[list[str], int]], epochs: int, l2: float) -> dict[str, float]:
    """Logistic regression by SGD in a fixed order (deterministic)."""
    w: dict[str, float] = {}
    for epoch in range(epochs):
        rate = 0.2 / (1 + epoch)
        for feats, y in data:
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = rate * (y - p)
            for f in feats:
                old = w.get(f, 0.0)
                w[f] = old + g - rate * l2 * old
    return {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-4}


@dataclass
class Scored:
    pos: Position
    p0: float
    length: int
    """Tokens of the span the model would take."""


def score(model: nm.NameModel, positions: list[Position]) -> list[Scored]:
    out = []
    for p in positions:
        p0 = model.prob(p.feats[0])
        length = 1
        while (
            length < nm.MAX_TOKENS
            and not p.stops[length]
            and model.prob(p.feats[length]) >= model.extend
        ):
            length += 1
        out.append(Scored(p, p0, length))
    return out


def _ok(s: Scored) -> bool:
    return s.length >= 2 and not s.pos.blocked


def table(scored: list[Scored], threshold: float) -> list[str]:
    """Rows of precision/recall (exact span, first word) for rules, model, rules+model."""
    gold = sum(1 for s in scored if s.pos.gold)
    systems: dict[str, Callable[[Scored], int]] = {
        "rules": lambda s: s.pos.rule,
        "model": lambda s: s.length if s.p0 >= threshold and _ok(s) else 0,
        "rules+model": lambda s: s.pos.rule or (s.length if s.p0 >= threshold and _ok(s) else 0),
        "model fallback only": lambda s: (
            0 if s.pos.rule else (s.length if s.p0 >= threshold and _ok(s) else 0)
        ),
    }
    rows = [
        f"{'system':<20} {'pred':>5} {'exact P':>8} {'exact R':>8} {'first P':>8} {'first R':>8}"
    ]
    for name, pred in systems.items():
        n_pred = exact = first = 0
        for s in scored:
            length = pred(s)
            if not length:
                continue
            n_pred += 1
            exact += length == s.pos.gold
            first += s.pos.gold > 0
        recall_base = gold if name != "model fallback only" else max(gold, 1)
        rows.append(
            f"{name:<20} {n_pred:>5} {exact / max(n_pred, 1):>8.3f} {exact / recall_base:>8.3f}"
            f" {first / max(n_pred, 1):>8.3f} {first / recall_base:>8.3f}"
        )
    rows.append(f"gold names at these positions: {gold} (of {len(scored)} positions)")
    curve = []
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        fired = [s for s in scored if not s.pos.rule and s.p0 >= t and _ok(s)]
        curve.append(f"{t}: {sum(s.length == s.pos.gold for s in fired)}/{len(fired)}")
    rows.append("fallback exact/fired by start threshold: " + ", ".join(curve))
    return rows


def pick_threshold(scored: list[Scored], precision: float) -> float:
    """The start threshold for the fallback (spans where the rules found none): among those
    whose exact-span precision reaches ``precision`` (with at least 5 spans), the ones with
    the most exact spans, and of these the highest (the same recall for fewer risks)."""
    best: tuple[int, float] = (0, 0.99)
    for t in [round(0.5 + 0.02 * i, 2) for i in range(25)]:
        fired = [s for s in scored if not s.pos.rule and s.p0 >= t and _ok(s)]
        exact = sum(s.length == s.pos.gold for s in fired)
        if len(fired) >= 5 and exact / len(fired) >= precision and exact >= best[0]:
            best = (exact, t)
    return best[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=nm.WEIGHTS)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--l2", type=float, default=0.001)
    ap.add_argument("--precision", type=float, default=0.85)
    ap.add_argument("--show", action="store_true", help="print the out-of-fold fallback spans")
    args = ap.parse_args(argv)
    positions = collect()
    oof: list[Scored] = []
    for held in SETS:
        train_pos = [p for p in positions if p.set_name != held]
        test_pos = [p for p in positions if p.set_name == held]
        w = train(examples(train_pos), args.epochs, args.l2)
        oof += score(nm.NameModel(w, 0.5, nm.EXTEND_THRESHOLD), test_pos)
    threshold = pick_threshold(oof, args.precision)
    rows = table(oof, threshold)
    print(f"leave-one-set-out over {len(SETS)} analysis sets, start threshold {threshold}")
    print("\n".join(rows))
    if args.show:
        for s in oof:
            if not s.pos.rule and (s.pos.gold or (s.p0 >= 0.3 and _ok(s))):
                print(
                    f"{s.pos.set_name}/{s.pos.article} q={s.pos.q} p0={s.p0:.2f} "
                    f"len={s.length} gold={s.pos.gold} {' '.join(s.pos.words)}"
                )
    w = train(examples(positions), args.epochs, args.l2)
    header = [
        "# Unknown Arabic name recogniser (kg/gazetteer/name_model.py): logistic weights.",
        "# Made by scripts/train_name_model.py from the analysis gold sets only",
        f"# ({', '.join(SETS)};",
        f"# never dev or the unseen sets): {len(positions)} positions after titles, labels",
        "# from the gold persons' name-only aliases;",
        f"# SGD {args.epochs} epochs, l2 {args.l2}; start threshold by leave-one-set-out CV",
        f"# for fallback exact-span precision >= {args.precision}.",
        "# Leave-one-set-out table:",
        *(f"#   {r}" for r in rows),
        f"# start={threshold}",
        f"# extend={nm.EXTEND_THRESHOLD}",
        "feature\tweight",
    ]
    body = [f"{f}\t{v}" for f, v in sorted(w.items())]
    args.out.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(w)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
