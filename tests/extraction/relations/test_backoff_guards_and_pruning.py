"""Session 15: the learned back-off obeys the coder's guards.

A guard of the relation coder that sees a trigger and judges it no act of its type (an act
inside a proposal, a counterfactual, clashes said to be verbal, an agreement only welcomed,
a meeting of demands) records (first token, type) in ``doc.lexicon_hits["rejected"]``; the
back-off never codes such a trigger again.  Fresh news-style sentences about other events
than any gold set's."""

from __future__ import annotations

import pytest

from kg.extractors.backoff import backoff_relations
from kg.extractors.pipeline import prepare
from kg.models import Article

ALWAYS = {"bias": 5.0}
"""Weights under which every candidate is sure: the back-off fires wherever it may."""

GUARDED = [
    # an act inside what is proposed is not told as done
    ("en", "Turkey proposed that Egypt host talks with Sudan next month.", "host", "CONSULT"),
    ("ar", "واقترحت مصر أن تستضيف قطر محادثات بين السودان وتشاد.", "تستضيف", "CONSULT"),
    # a counterfactual: it did not happen
    (
        "en",
        "Without the truce, Israel would have attacked Lebanon again, the envoy said.",
        "attacked",
        "ASSAULT",
    ),
    # clashes in words are no fighting
    ("ar", "اشتبكت الجزائر والمغرب كلاميا في مجلس الأمن.", "اشتبكت", "ASSAULT"),
    (
        "en",
        "Chile and Argentina have clashed repeatedly over the fishing rights.",
        "clashed",
        "ASSAULT",
    ),
    # an agreement welcomed: the welcomers are not its parties
    ("ar", "ورحب الاتحاد الأوروبي والولايات المتحدة بالاتفاق.", "بالاتفاق", "AGREE"),
    # meeting demands is no meeting
    ("en", "Bolivia refused to meet Peru's demands on Friday.", "meet", "CONSULT"),
    # a permission refused to anyone: no threat by a named actor
    ("ar", "وقال الوزير إن الجزائر لن تسمح لأي جهة بتهديد أمن تونس.", "بتهديد", "THREATEN"),
]


@pytest.mark.parametrize(("lang", "text", "word", "rtype"), GUARDED)
def test_the_coder_records_the_trigger_its_guard_rejected(
    lang: str, text: str, word: str, rtype: str
) -> None:
    doc, _, _, _ = prepare(Article(id="g", lang=lang, text=text))
    rejected = {(doc.word(t), ty.value) for t, ty in doc.lexicon_hits.get("rejected", [])}
    assert (word, rtype) in rejected


@pytest.mark.parametrize(("lang", "text", "word", "rtype"), GUARDED)
def test_the_back_off_never_codes_a_trigger_a_guard_rejected(
    lang: str, text: str, word: str, rtype: str
) -> None:
    doc, _, stmts, rels = prepare(Article(id="g", lang=lang, text=text))
    got = backoff_relations(doc, list(rels), list(stmts), weights=ALWAYS)
    rejected = set(doc.lexicon_hits.get("rejected", []))
    starts = {doc.tokens[t].start: ty for t, ty in rejected}
    assert not any(starts.get(r.trig_start) is r.type for r in got)


def test_a_frame_failure_no_guard_saw_is_still_coded() -> None:
    text = (
        "Peru, after weeks of silence, and with its envoy recalled, sanctions against "
        "Bolivia took effect on Monday."
    )
    doc, _, stmts, rels = prepare(Article(id="f", lang="en", text=text))
    assert not doc.lexicon_hits.get("rejected")
    got = backoff_relations(doc, list(rels), list(stmts), weights=ALWAYS)
    assert [(r.subject, r.type.value, r.object) for r in got] == [("Q419", "SANCTION", "Q750")]


PRUNED = [
    (
        "en",
        "Peru, after weeks of silence, and with its envoy recalled, sanctions against "
        "Bolivia took effect on Monday. Chile's president, speaking in Lima, said talks with "
        "Argentina and Brazil on the lithium accord would resume after Uruguay's vote.",
    ),
    (
        "ar",
        "وقال وزير الخارجية المصري إن القاهرة، بعد اتصال مع الرياض وعمان، تدعم جهود قطر "
        "لوقف إطلاق النار بين السودان وتشاد، فيما أعلنت الجزائر دعمها للمبادرة.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PRUNED)
@pytest.mark.parametrize("threshold", [0.01, 0.2, 0.45])
def test_pruned_candidates_are_exactly_those_that_reach_the_threshold(
    lang: str, text: str, threshold: float
) -> None:
    from kg.extractors.backoff import candidates, load_weights, probability

    w = load_weights()
    doc, _, stmts, rels = prepare(Article(id="p", lang=lang, text=text))
    every = candidates(doc, list(rels), list(stmts))
    assert every
    kept = candidates(doc, list(rels), list(stmts), weights=w, threshold=threshold)
    above = [c for c in every if probability(c.feats, w) >= threshold]
    assert [(c.hit.first, c.subject.key, c.object.key, c.feats) for c in above] == [
        (c.hit.first, c.subject.key, c.object.key, c.feats) for c in kept
    ]


@pytest.mark.parametrize(("lang", "text"), PRUNED)
def test_pair_features_beyond_the_static_ones_are_all_listed_as_optional(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bound that skips a pair before its features are built adds the positive
    weights of :data:`_PAIR_OPTIONAL`: it holds only if no other pair feature exists."""
    from kg.extractors import backoff

    seen: list[tuple[list[str], list[str]]] = []
    built = backoff._pair_features

    def recording(*args: object) -> list[str]:
        full = built(*args)  # type: ignore[arg-type]
        seen.append((backoff._pair_static(*args[:3]), full))  # type: ignore[arg-type]
        return full

    monkeypatch.setattr(backoff, "_pair_features", recording)
    doc, _, stmts, rels = prepare(Article(id="p", lang=lang, text=text))
    assert backoff.candidates(doc, list(rels), list(stmts))
    assert seen
    for static, full in seen:
        assert full[: len(static)] == static
        assert set(full[len(static) :]) <= set(backoff._PAIR_OPTIONAL)


def test_gap_scans_find_exactly_the_punctuation_and_quotation_marks_of_their_sets() -> None:
    """_between looks for punctuation and quotation marks in the gap with one regex search
    each, inside the text (no slice): the same characters as the sets they stand for."""
    from kg.extractors import backoff

    for regex, marks in (
        (backoff._PUNCT_RE, backoff._PUNCT),
        (backoff._QUOTE_RE, backoff._QUOTE_MARKS),
    ):
        for ch in "".join(sorted(marks)) + ".-!?'’—«»\"“”[]{}،؛":
            text = f"وقال {ch} the envoy"
            assert (regex.search(text, 4, 7) is not None) == (ch in marks), (regex.pattern, ch)
            assert regex.search(text, 6, len(text)) is None  # (outside the window: not seen)


@pytest.mark.parametrize(("lang", "text"), PRUNED)
def test_a_sides_bound_read_without_the_gap_is_never_below_its_exact_score(
    lang: str, text: str
) -> None:
    """Session 20: a pair is first bounded by each side's score with what lies between the
    mention and its trigger left unread (the costly part); the bound must hold for every
    mention of every trigger, in both roles, and be exact for an adjacent mention."""
    from kg.extractors import backoff

    w = backoff.load_weights()
    doc, _, stmts, _rels = prepare(Article(id="p", lang=lang, text=text))
    assert doc.seg is not None
    cues = sorted(h.first for h in doc.lexicon_hits.get("cues", []))
    trigs = sorted(h.first for h in doc.lexicon_hits.get("relations", []))
    checked = 0
    for hit in doc.lexicon_hits.get("relations", []):
        si = doc.seg.index_at(doc.tokens[hit.first].start)
        ctx = backoff._Ctx(doc, hit, si, list(stmts), cues, trigs)
        for m in doc.mentions_in(ctx.s0, ctx.s1):
            if not (m.t1 < hit.first or m.t0 > hit.last):
                continue
            up_key = backoff._side_key_but_between(ctx, m)
            key = backoff._side_key(ctx, m)
            assert up_key[:5] == key[:5] and up_key[6] == key[6]
            for role in ("s", "o"):
                up = backoff._side_z_up(w, role, up_key)
                exact = backoff._side_z(w, role, key)
                assert up >= exact
                if key[5] is None:
                    assert up == exact
            checked += 1
    assert checked
