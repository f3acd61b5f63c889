"""A learnt statement filter: how likely each statement the finder emits is a gold one.

The statement finder (:mod:`kg.extractors.quotes`) is rules; sessions 16-18 fixed it on the
analysis sets' errors until such rules no longer moved held-out figures.  This module scores
every statement it emits with a small logistic model and drops those below a threshold.

* Features (:func:`features`): the cue (its first word, its lexicon kind and complement,
  its prior), direct or reported, the quotation mark a direct statement opens with, the
  word a reported one opens with, the finder family that made it and how much its rules
  discounted the cue's prior (the speaker's route), the speaker's kind (state, person,
  organisation; linked, unlinked name, state body, unnamed official) and its nearest
  mention to the cue (side, distance, mention kind: name, role, surname, nisba), a pronoun
  resolved, a relayer, a statement nested in another or cued inside a quotation, the
  statement's length and place in the article, how often its speaker speaks, overlap
  with another statement, first-person words (the speaker's voice) and the language.
* Label: the statement, as :mod:`kg.extractors.pipeline` outputs it, is paired with a gold
  statement by :func:`kg.evaluation.matching.match_article` (span overlap and speaker).
* Training data: today's finder is in-sample on the analysis sets (P .94 there against
  .81 on the unseen pool): its few errors there are unlike those on unseen text, and a
  model fitted on them changed nothing held out.  So the model is fitted on the
  statements of each analysis set's *unseen era* (:data:`ERAS`): the finder of a commit
  at which that set was still unseen, run on it (``scripts/qmodel_era.py``: a ``git
  archive`` of ``kg/`` at that commit, with today's features; 782 statements on blind7 …
  blind12, P .78).  Its errors are those a finder makes on text it was not fitted on.
* Weights: ``lexicons/qmodel.tsv`` (``feature<TAB>weight``; ``@threshold`` is the
  probability a statement needs, ``@enabled`` whether the pipeline applies it).  Fitted
  by ``python -m kg.extractors.statement_filter --train GOLD.jsonl... --eras --eras-only
  --cv --write`` on the analysis sets (the logistic regression of
  :func:`kg.extractors.logistic.fit`); ``--cv`` fits leave-one-set-out and chooses the
  threshold of best held-out F1 on the eras' statements (precision breaks ties).
  ``KG_QMODEL=0`` turns the filter off, ``1`` on.

Session 19 (S19-QMODEL): fitted on today's statements alone the model found nothing held
out (leave-one-set-out it lowered F1 at every threshold; on the unseen pool it dropped a
handful of statements).  Fitted on the eras' statements alone (threshold 0.15) it raised
the eras' held-out F1 .757 -> .764 (P .781 -> .814) and on the unseen pool (blind13 …
blind20) quotes .779 -> .783, P .808 -> .825; dev .975 -> .969 (P .988 -> .987).
Fitted on both, it kept almost every statement of today's finder (unseen .779 -> .779).
Session 21 refitted it with blind13 and blind14's era (24d0f68) added: the eras' held-out F1
.7685 unfiltered -> .7777 at the chosen threshold 0.25.

A dropped statement drops cleanly: a statement nested in it loses its ``reported_in``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.extractors.doc import Doc, Ment
from kg.extractors.lexicon import read_tsv
from kg.extractors.logistic import (
    LEXICONS,
    f1_score,
    fit,
    probability,
    provenance,
    read_weights,
    set_name,
    switched_on,
)
from kg.extractors.logistic import write_weights as _write_weights
from kg.extractors.statements.marks import find_quotes
from kg.extractors.statements.statement import Cue, Stmt
from kg.extractors.text import fold

__all__ = [
    "enabled",
    "features",
    "filter_statements",
    "load_weights",
    "main",
    "probabilities",
]

_WORD = re.compile(r"\w+")
_MARKS = frozenset("«»“”‘’\"'„")
_BEFORE = frozenset(':،,«“"')
_ENDS = frozenset('.!?؟»”"')
WEIGHTS_FILE = "qmodel.tsv"
WORDS_FILE = "qmodel_words.tsv"
ENV = "KG_QMODEL"
DEFAULT_THRESHOLD = 0.5


@lru_cache(maxsize=1)
def load_weights() -> dict[str, float]:
    """The weights of ``lexicons/qmodel.tsv`` (empty when absent); ``@`` rows are settings."""
    return read_weights(WEIGHTS_FILE)


def enabled() -> bool:
    """Whether the pipeline filters: ``KG_QMODEL`` (``0``/``1``), else ``@enabled``."""
    return switched_on(ENV, load_weights())


@lru_cache(maxsize=1)
def _first_person() -> dict[str, frozenset[str]]:
    """Words of a speaker's own voice (``lexicons/qmodel_words.tsv``, ``first_person``)."""
    got: dict[str, set[str]] = {"ar": set(), "en": set()}
    for row in read_tsv(WORDS_FILE):
        if row["set"] == "first_person":
            got.setdefault(row["lang"], set()).add(fold(row["word"]).lower())
    return {k: frozenset(v) for k, v in got.items()}


# ---------------------------------------------------------------- features


def _bucket(n: float, edges: Sequence[float]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e:g}"
    return f">{edges[-1]:g}"


def _speaker_kind(doc: Doc, key: str) -> str:
    etype = doc.entity_types.get(key)
    t = etype.value if etype is not None else "none"
    head = key.split(":", 1)[0]
    if head.startswith("Q") and head[1:].isdigit():
        origin = "qid"
    elif head in ("Body", "Unnamed", "Person", "Organization", "Office"):
        origin = head.lower()
    else:
        origin = "other"
    return f"{t}|{origin}"


@dataclass
class _Ctx:
    """What the features of one article's statements share."""

    doc: Doc
    stmts: list[Stmt]
    cues: dict[int, Cue]
    quotes: list[tuple[int, int]]
    counts: Counter[str]
    rank: dict[str, int]

    @classmethod
    def of(cls, doc: Doc, stmts: list[Stmt]) -> _Ctx:
        cues: dict[int, Cue] = {}
        for h in doc.lexicon_hits.get("cues", []):
            cues.setdefault(h.first, h.entry)
        counts = Counter(s.speaker for s in stmts)
        rank = {k: i for i, (k, _) in enumerate(counts.most_common())}
        quotes = [(q.start, q.end) for q in find_quotes(doc.text)]
        return cls(doc, stmts, cues, quotes, counts, rank)

    def in_quote(self, off: int) -> bool:
        return any(s <= off < e for s, e in self.quotes)


def _nearest(doc: Doc, key: str, tok: int, sent: tuple[int, int]) -> tuple[Ment | None, int]:
    best: Ment | None = None
    dist = 10**9
    for m in doc.mentions:
        if m.key != key or not sent[0] <= m.t0 < sent[1]:
            continue
        d = m.t0 - tok if m.t0 > tok else m.t1 - tok
        if abs(d) < abs(dist):
            best, dist = m, d
    return best, dist


def _opening(doc: Doc, st: Stmt, lang: str) -> str:
    """The class of a reported statement's first word: a named actor (its type), else a
    class of ``lexicons/qmodel_words.tsv`` (a complementiser, a preposition, a pronoun),
    else a word."""
    m = doc.mention_at_tok(doc.tok_after(st.start))
    if m is not None and m.start <= st.start + 1:
        return "actor|" + m.etype.value + ("|adj" if m.adjectival else "")
    words = _WORD.findall(doc.text[st.start : min(st.end, st.start + 30)].lower())
    if not words:
        return "none"
    return _word_class(words[0], lang)


def _word_class(word: str, lang: str) -> str:
    w = fold(word)
    for name, got in _opening_words().items():
        if w in got.get(lang, frozenset()):
            return name
    return "word"


def _intro(doc: Doc, st: Stmt, lang: str) -> str:
    """The class of the word right before a reported statement's content, when it lies
    after the cue ("said that ...", "قال إن ..."): a complementiser, a preposition ..."""
    if st.start <= st.cue_end:
        return "none"
    words = _WORD.findall(doc.text[max(st.cue_end, st.start - 30) : st.start].lower())
    return _word_class(words[-1], lang) if words else "none"


@lru_cache(maxsize=1)
def _opening_words() -> dict[str, dict[str, frozenset[str]]]:
    got: dict[str, dict[str, set[str]]] = {}
    for row in read_tsv(WORDS_FILE):
        if row["set"] != "first_person":
            got.setdefault(row["set"], {}).setdefault(row["lang"], set()).add(
                fold(row["word"]).lower()
            )
    return {k: {lang: frozenset(v) for lang, v in d.items()} for k, d in got.items()}


def _stmt_features(ctx: _Ctx, i: int) -> list[str]:
    doc = ctx.doc
    st = ctx.stmts[i]
    text = doc.text
    lang = "ar" if doc.lang == "ar" else "en"
    f: list[str] = []
    cue = ctx.cues.get(st.cue_tok)
    if cue is not None:
        f += [f"kind={cue.kind}", f"comp={cue.comp}", f"kindcomp={cue.kind}|{cue.comp}"]
        f.append("prior" + _bucket(cue.prior, (0.5, 0.7, 0.8, 0.9)))
        ratio = st.confidence / cue.prior if cue.prior > 0 else 0.0
        f.append(f"route={st.found_by}|{ratio:.2f}")
    else:
        f.append("nocue")
    f.append(f"by={st.found_by}")
    f.append(f"direct={st.direct}")
    f.append(f"by={st.found_by}|direct={st.direct}")
    j = st.start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    before = text[j] if j >= 0 else ""
    if st.direct:
        f.append("mark=" + (before if before in _MARKS else "other"))
    else:
        f.append("open=" + _opening(doc, st, lang))
        f.append("intro=" + _intro(doc, st, lang))
        f.append("before=" + (before if before in _BEFORE else "other"))
        if any(c in text[st.start : st.end] for c in _MARKS):
            f.append("has_marks")
    f.append(f"content_before_cue={st.start < st.cue_start}")
    gap = st.start - st.cue_end
    f.append("gap" + _bucket(gap, (-1, 2, 8, 30, 120)))
    f.append("spk=" + _speaker_kind(doc, st.speaker))
    assert doc.seg is not None
    si = st.sent if st.sent >= 0 else doc.seg.index_at(st.cue_start)
    sent = doc.seg.sents[si] if 0 <= si < len(doc.seg.sents) else None
    tok = doc.tok_at(st.cue_start) if st.cue_tok < 0 else st.cue_tok
    if sent is not None:
        m, d = _nearest(doc, st.speaker, tok, doc.tok_range(sent))
    else:
        m, d = None, 0
    if m is None:
        f.append("spk_out_of_sentence")
    else:
        side = "after" if d > 0 else "before"
        f.append(f"spk_side={side}|" + _bucket(abs(d), (1, 2, 4, 8, 15)))
        f.append(f"spk_mention={m.kind}")
    if st.pronoun is not None:
        f.append("pronoun")
    if st.via:
        f.append("via")
    if st.reported_in is not None:
        f.append("nested")
    if ctx.in_quote(st.cue_start):
        f.append("cue_in_quote")
    n_tok = len(text[st.start : st.end].split())
    f.append("len" + _bucket(n_tok, (2, 4, 8, 15, 30, 60)))
    f.append("sent" + _bucket(si, (0, 1, 2, 4, 8, 16)))
    f.append("speaks" + _bucket(ctx.counts[st.speaker], (1, 2, 4, 8)))
    f.append("rank" + _bucket(ctx.rank.get(st.speaker, 9), (0, 1, 3)))
    f.append("stmts" + _bucket(len(ctx.stmts), (3, 8, 15, 30)))
    for k, o in enumerate(ctx.stmts):
        if k != i and o.start < st.end and st.start < o.end:
            f.append("overlap_same" if o.speaker == st.speaker else "overlap_other")
            break
    words = set(_WORD.findall(text[st.start : st.end].lower()))
    if words & _first_person().get(lang, frozenset()):
        f.append("first_person")
    if st.about:
        f.append("about" + _bucket(len(st.about), (1, 2)))
    if st.addressed:
        f.append("addressed")
    end = text[st.end - 1 : st.end]
    f.append("ends=" + (end if end in _ENDS else "other"))
    out = ["bias", f"lang={lang}"]
    for x in f:
        out.append(x)
        out.append(f"{x}|{lang}")
    return out


def features(doc: Doc, stmts: list[Stmt]) -> list[list[str]]:
    """The features of each statement of an article (the finder's output, in order)."""
    ctx = _Ctx.of(doc, stmts)
    return [_stmt_features(ctx, i) for i in range(len(stmts))]


def probabilities(doc: Doc, stmts: list[Stmt], weights: dict[str, float]) -> list[float]:
    """The model's probability that each statement is a gold one."""
    return [probability(fs, weights) for fs in features(doc, stmts)]


def keep_only(stmts: list[Stmt], keep: Sequence[bool]) -> list[Stmt]:
    """The statements ``keep`` marks, copied, ``reported_in`` re-pointed (None when the
    carrying statement is dropped)."""
    new_index: dict[int, int] = {}
    for i, k in enumerate(keep):
        if k:
            new_index[i] = len(new_index)
    out: list[Stmt] = []
    for i, st in enumerate(stmts):
        if i not in new_index:
            continue
        outer = new_index.get(st.reported_in) if st.reported_in is not None else None
        out.append(replace(st, reported_in=outer))
    return out


def filter_statements(doc: Doc, stmts: list[Stmt]) -> list[Stmt]:
    """``stmts`` without those the model scores below its threshold (all of them when
    no weights are installed)."""
    weights = load_weights()
    if not stmts or not weights:
        return stmts
    thr = weights.get("@threshold", DEFAULT_THRESHOLD)
    probs = probabilities(doc, stmts, weights)
    keep = [p >= thr for p in probs]
    if all(keep):
        return stmts
    return keep_only(stmts, keep)


# ---------------------------------------------------------------- training


ERAS: dict[str, str] = {
    "blind7": "ded9c3b",
    "blind8": "b06730d",
    "blind9": "fd88f2f",
    "blind10": "b06730d",
    "blind11": "f6e6c39^",
    "blind12": "a77945f^",
    "blind13": "24d0f68",
    "blind14": "24d0f68",
}
"""Per analysis set, a commit at which it was still unseen (the commit that first scored
it, or the one before it was opened): the finder there made on it the errors a finder
makes on text it was not fitted on (``--eras``; blind5 and blind6's eras, older, lowered
the held-out figures)."""


@dataclass
class _Article:
    set_name: str
    lang: str
    gold_quotes: int
    feats: list[list[str]]
    labels: list[int]


def _output_index(doc: Doc, stmts: list[Stmt], quotes: Sequence[Any]) -> list[int | None]:
    """Per statement the index of the output quote it became (None: the pipeline dropped
    it); the pipeline keeps the finder's order."""
    out: list[int | None] = []
    qi = 0
    for st in stmts:
        start, end, _ = doc.nt.span(st.start, st.end)
        if qi < len(quotes) and quotes[qi].start == start and quotes[qi].end == end:
            out.append(qi)
            qi += 1
        else:
            out.append(None)
    return out


def collect(gold_path: Path, set_name: str) -> list[_Article]:
    """Run the pipeline (no filter) on a gold file; label each statement it outputs: 1
    when :func:`kg.evaluation.matching.match_article` pairs it with a gold statement."""
    from kg.evaluation.gold import read_gold
    from kg.evaluation.matching import match_article
    from kg.extractors import pipeline as pl

    arts: list[_Article] = []
    for g in read_gold(gold_path):
        article = g.to_article()
        doc, linking, stmts, rels = pl.prepare(article)
        x = pl._build(article, doc, linking, stmts, rels, calibrated=True)
        matched = {si for _, si in match_article(g, x).quotes}
        idx = _output_index(doc, stmts, x.quotes)
        fs: list[list[str]] = []
        ys: list[int] = []
        for q, f in zip(idx, features(doc, stmts), strict=True):
            if q is not None:
                fs.append(f)
                ys.append(1 if q in matched else 0)
        arts.append(_Article(set_name, doc.lang, len(g.quotes), fs, ys))
    return arts


def collect_era(gold_path: Path, set_name: str, commit: str, cache: Path) -> list[_Article]:
    """The labelled statements of the finder at ``commit`` on a gold file (see
    ``scripts/qmodel_era.py``), cached in ``cache`` by set, commit and the hash of this
    module and its word list (the features)."""
    import hashlib
    import json
    import subprocess
    import tarfile
    import tempfile

    here = Path(__file__).resolve()
    root = here.parents[2]
    words = LEXICONS / WORDS_FILE
    digest = hashlib.sha1(here.read_bytes() + words.read_bytes() + gold_path.read_bytes())
    out = cache / f"{set_name}-{commit.replace('^', '~1')}-{digest.hexdigest()[:10]}.json"
    if not out.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            tar = Path(tmp) / "kg.tar"
            with tar.open("wb") as fh:
                subprocess.run(["git", "archive", commit, "kg"], cwd=root, stdout=fh, check=True)
            with tarfile.open(tar) as tf:
                tf.extractall(tmp, filter="data")
            subprocess.run(
                [
                    sys.executable,
                    str(root / "scripts" / "qmodel_era.py"),
                    tmp,
                    str(gold_path.resolve()),
                    set_name,
                    str(out),
                ],
                check=True,
                env={**os.environ, "PYTHONPATH": tmp},
            )
    rows = json.loads(out.read_text(encoding="utf-8"))
    return [_Article(r[0], r[1], r[2], r[3], r[4]) for r in rows]


THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 17))


def _score(
    arts: Sequence[_Article], probs: dict[int, list[float]], thr: float | None
) -> tuple[int, int, int]:
    """``(right, kept, gold)`` over ``arts`` when statements below ``thr`` are dropped
    (None: none).  Each statement's label stands: a dropped statement does not let
    another pair with its gold statement (the scorer's matching is one to one)."""
    tp = n = g = 0
    for a in arts:
        for p, y in zip(probs[id(a)], a.labels, strict=True):
            if thr is None or p >= thr:
                n += 1
                tp += y
        g += a.gold_quotes
    return tp, n, g


def _table(
    title: str, arts: Sequence[_Article], probs: dict[int, list[float]]
) -> tuple[float | None, list[str]]:
    """Rows per threshold, pooled over ``arts`` with the held-out probabilities ``probs``;
    returns the threshold of best F1 (higher precision on a tie; None when no threshold
    beats keeping everything)."""
    base = _score(arts, probs, None)
    f0 = f1_score(*base)
    lines = [
        f"{title}: no filter: right {base[0]} system {base[1]} gold {base[2]} "
        f"P {base[0] / max(1, base[1]):.3f} R {base[0] / max(1, base[2]):.3f} F1 {f0:.4f}",
        "| threshold | dropped | dropped right | P | R | F1 | ar F1 (P) | en F1 (P) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    best: tuple[float, float, float] | None = None
    for thr in THRESHOLDS:
        tp, n, g = _score(arts, probs, thr)
        f1 = f1_score(tp, n, g)
        p = tp / max(1, n)
        cells = []
        for lang in ("ar", "en"):
            lt, ln, lg = _score([a for a in arts if a.lang == lang], probs, thr)
            cells.append(f"{f1_score(lt, ln, lg):.3f} ({lt / max(1, ln):.3f})")
        lines.append(
            f"| {thr:.2f} | {base[1] - n} | {base[0] - tp} | {p:.3f} | {tp / max(1, g):.3f} "
            f"| {f1:.4f} | {cells[0]} | {cells[1]} |"
        )
        if f1 > f0 and (best is None or (round(f1, 4), p) > (round(best[1], 4), best[2])):
            best = (thr, f1, p)
    return (best[0] if best else None), lines


def cross_validate(
    arts: Sequence[_Article],
    eras: Sequence[_Article],
    l2: float,
    epochs: int,
    eras_only: bool = False,
) -> tuple[float | None, list[str]]:
    """Leave-one-set-out: per held-out set, fit on the other sets' statements (today's
    finder's and their eras') and score the held-out set's.  The threshold is chosen on
    the held-out ERA statements when there are any (today's finder is in-sample on the
    analysis sets: its few errors there are unlike those on unseen text), else on
    today's.  Returns it and the tables' lines."""
    sets = sorted({a.set_name for a in [*arts, *eras]})
    probs: dict[int, list[float]] = {}
    for s in sets:
        rows = [
            row
            for a in [*([] if eras_only else arts), *eras]
            if a.set_name != s
            for row in zip(a.feats, a.labels, strict=True)
        ]
        w = fit(rows, l2=l2, epochs=epochs)
        for a in [*arts, *eras]:
            if a.set_name == s:
                probs[id(a)] = [probability(f, w) for f in a.feats]
    chosen, lines = _table("today's finder, held-out sets", arts, probs)
    if eras:
        chosen, era_lines = _table("the eras' finders, held-out sets", eras, probs)
        lines += era_lines
    shown = chosen if chosen is not None else DEFAULT_THRESHOLD
    lines += [
        f"held-out sets at {shown:.2f} (today's finder; the era's):",
        "| set | F1 without | F1 with | P with | era F1 without | era F1 with | era P with |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in sets:
        cells = []
        for pool in (arts, eras):
            part = [a for a in pool if a.set_name == s]
            if not part:
                cells += ["-", "-", "-"]
                continue
            t0 = _score(part, probs, None)
            t1 = _score(part, probs, shown)
            cells += [
                f"{f1_score(*t0):.3f}",
                f"{f1_score(*t1):.3f}",
                f"{t1[0] / max(1, t1[1]):.3f}",
            ]
        lines.append(f"| {s} | " + " | ".join(cells) + " |")
    return chosen, lines


def write_weights(
    weights: dict[str, float], threshold: float, on: bool, provenance: list[str]
) -> Path:
    """Write ``lexicons/qmodel.tsv``."""
    path = _write_weights(WEIGHTS_FILE, weights, threshold, on, provenance)
    load_weights.cache_clear()
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kg.extractors.statement_filter --train GOLD.jsonl... [--eras] [--cv]
    [--write]``."""
    from kg.evaluation.sets import off_limits_for_training

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", nargs="+", type=Path, required=True, help="analysis gold files")
    ap.add_argument(
        "--eras", action="store_true", help="also the statements of each set's unseen-era finder"
    )
    ap.add_argument("--cache", type=Path, default=Path(".cache/qmodel"), help="eras' cache")
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out threshold choice")
    ap.add_argument("--threshold", type=float, help="the threshold to write (skips --cv's)")
    ap.add_argument(
        "--eras-only",
        action="store_true",
        help="fit on the eras' statements alone (today's finder is in-sample on these sets)",
    )
    ap.add_argument("--l2", type=float, default=0.1)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--write", action="store_true", help="write lexicons/qmodel.tsv")
    args = ap.parse_args(argv)
    for p in args.train:
        if off_limits_for_training(str(p)):
            print(f"refusing to train on {p}: dev and unseen sets are off limits", file=sys.stderr)
            return 2
    os.environ[ENV] = "0"
    arts: list[_Article] = []
    eras: list[_Article] = []
    for p in args.train:
        name = set_name(p)
        arts.extend(collect(p, name))
        if args.eras and name in ERAS:
            eras.extend(collect_era(p, name, ERAS[name], args.cache))
    fitted = [*([] if args.eras_only and eras else arts), *eras]
    rows = [r for a in fitted for r in zip(a.feats, a.labels, strict=True)]
    pos = sum(y for _, y in rows)
    n_era = sum(len(a.labels) for a in eras)
    print(f"{len(arts)} articles, {len(rows)} statements ({n_era} of eras), {pos} right")
    threshold = args.threshold
    on = threshold is not None
    cv_note = "no cross-validation"
    if args.cv:
        chosen, lines = cross_validate(arts, eras, args.l2, args.epochs, args.eras_only)
        print("\n".join(lines), flush=True)
        print(f"chosen threshold: {chosen}")
        pick = [i for i, ln in enumerate(lines) if not ln.startswith("|")]
        era_at = pick[1] if eras and len(pick) > 1 else 0
        row = next(
            (
                ln
                for ln in lines[era_at:]
                if chosen is not None and ln.startswith(f"| {chosen:.2f} ")
            ),
            "",
        )
        cv_note = "leave-one-set-out " + (
            f"(threshold | dropped | dropped right | P | R | F1 | ar | en): {row} "
            f"against {lines[era_at]}"
            if row
            else "chose no threshold"
        )
        if threshold is None and chosen is not None:
            threshold, on = chosen, True
    if args.write:
        weights = fit(rows, l2=args.l2, epochs=args.epochs)
        sets = " ".join(sorted({a.set_name for a in arts}))
        used = {a.set_name for a in eras}
        era_note = ", ".join(f"{s}@{c}" for s, c in ERAS.items() if s in used) or "none"
        prov = provenance(
            "kg.extractors.statement_filter",
            argv,
            [
                "Learnt statement filter (kg/extractors/statement_filter.py): logistic, L2 "
                f"{args.l2}, {args.epochs} epochs.",
                f"analysis sets: {sets} ({len(arts)} articles)",
                f"the finders of their unseen eras: {era_note} ({n_era} statements)",
                f"fitted on {len(rows)} statements, {pos} right"
                + (" (the eras' alone)" if args.eras_only and eras else " (today's and the eras')"),
            ],
            "the finder",
            cv_note,
        )
        path = write_weights(weights, threshold or DEFAULT_THRESHOLD, on, prov)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
