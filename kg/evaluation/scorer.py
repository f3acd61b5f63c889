"""Scores: extraction against gold, per article, per language and overall.

:func:`evaluate` reads a gold file, runs an extractor on each article
(``id, lang, published, title, text`` of the record become the
:class:`kg.models.Article`), pairs the output with the gold
(:mod:`kg.evaluation.matching`) and sums counts.  All figures are **micro**
averages: counts are added over articles, then divided.

* quotes, relations, dyads: precision ``tp/system``, recall ``tp/gold``,
  F1 ``2tp/(system+gold)``; a ratio whose denominator is 0 is ``None``;
* ``about`` F1 over matched quotes: per matched pair, the gold and system
  ``about`` entities are paired one-to-one by entity match;
* date accuracy over matched relations: gold and system ``date`` strings
  equal (``None == None`` counts as right);
* QID recall: of the gold States that have a QID (and of all gold entities
  that have one), the share for which some system entity carries that QID.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal, cast

from pydantic import BaseModel, ConfigDict, computed_field

from kg.errors import EvalError, KGError
from kg.evaluation.gold import GoldArticle, occurrences, read_gold
from kg.evaluation.matching import ArticleMatch, match_article
from kg.models import Article, EntityType, Extraction, RelationType

__all__ = [
    "ArticleResult",
    "EvalReport",
    "Extractor",
    "Figures",
    "QuoteIssue",
    "Ratio",
    "RelationIssue",
    "Score",
    "TypeCount",
    "evaluate",
    "load_extractor",
    "score_article",
    "summarize",
]

Extractor = Callable[[Article], Extraction]
"""What :func:`evaluate` runs on each gold article."""


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


def _div(a: int, b: int) -> float | None:
    return a / b if b else None


class Score(_Result):
    """Counts of one precision/recall measure: pairs found, system items, gold items."""

    tp: int = 0
    system: int = 0
    gold: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        """``tp / system``; None when the system produced nothing."""
        return _div(self.tp, self.system)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        """``tp / gold``; None when the gold has nothing."""
        return _div(self.tp, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        """``2 tp / (system + gold)``; None when both are empty."""
        return _div(2 * self.tp, self.system + self.gold)

    def __add__(self, other: Score) -> Score:
        return Score(
            tp=self.tp + other.tp, system=self.system + other.system, gold=self.gold + other.gold
        )


class Ratio(_Result):
    """A share: ``hits / total`` (accuracy or recall)."""

    hits: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> float | None:
        """``hits / total``; None when there is nothing to count."""
        return _div(self.hits, self.total)

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(hits=self.hits + other.hits, total=self.total + other.total)


class Figures(_Result):
    """Every headline measure for a set of articles."""

    articles: int = 0
    quotes: Score = Score()
    relations: Score = Score()
    dyads: Score = Score()
    about: Score = Score()
    dates: Ratio = Ratio()
    qid_states: Ratio = Ratio()
    qid_all: Ratio = Ratio()

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            articles=self.articles + other.articles,
            quotes=self.quotes + other.quotes,
            relations=self.relations + other.relations,
            dyads=self.dyads + other.dyads,
            about=self.about + other.about,
            dates=self.dates + other.dates,
            qid_states=self.qid_states + other.qid_states,
            qid_all=self.qid_all + other.qid_all,
        )


class QuoteIssue(_Result):
    """A gold quote the system missed, or a system quote with no gold counterpart."""

    kind: Literal["missed", "spurious"]
    speaker: str
    text: str
    direct: bool
    note: str


class RelationIssue(_Result):
    """A missed or spurious relation, or a matched one whose date is wrong (``kind="date"``)."""

    kind: Literal["missed", "spurious", "date"]
    subject: str
    type: RelationType
    object: str
    date: str | None
    evidence: str
    note: str


class TypeCount(_Result):
    """One cell of the relation-type confusion table (None: missed / spurious)."""

    gold: RelationType | None
    system: RelationType | None
    count: int


class ArticleResult(_Result):
    """The figures and the errors of one article."""

    id: str
    lang: str
    line: int
    figures: Figures
    quote_issues: list[QuoteIssue]
    relation_issues: list[RelationIssue]
    relation_types: list[TypeCount]


class EvalReport(_Result):
    """Everything ``kg eval`` reports.

    ``languages`` maps each language of the gold (sorted) and finally
    ``"all"`` to its figures; ``relation_types`` is the confusion table over
    all articles.
    """

    gold: str
    extractor: str
    languages: dict[str, Figures]
    articles: list[ArticleResult]
    relation_types: list[TypeCount]

    @property
    def overall(self) -> Figures:
        """The figures over all articles."""
        return self.languages["all"]


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def score_article(gold: GoldArticle, system: Extraction) -> ArticleResult:
    """Figures and error lists for one article."""
    am = match_article(gold, system)
    g, x = gold, system
    quotes = Score(tp=len(am.quotes), system=len(x.quotes), gold=len(g.quotes))
    relations = Score(tp=len(am.relations), system=len(x.relations), gold=len(g.relations))
    dyads = Score(tp=len(am.dyads), system=len(am.system_dyads), gold=len(am.gold_dyads))
    about = Score()
    for gi, si in am.quotes:
        about += Score(
            tp=am.about[(gi, si)],
            system=len(set(x.quotes[si].about)),
            gold=len(set(g.quotes[gi].about)),
        )
    dates = Ratio(
        hits=sum(g.relations[gi].date == x.relations[si].date for gi, si in am.relations),
        total=len(am.relations),
    )
    system_qids = {e.qid for e in x.entities if e.qid}
    with_qid = [e for e in g.entities if e.qid]
    states = [e for e in with_qid if e.type is EntityType.STATE]
    figures = Figures(
        articles=1,
        quotes=quotes,
        relations=relations,
        dyads=dyads,
        about=about,
        dates=dates,
        qid_states=Ratio(hits=sum(e.qid in system_qids for e in states), total=len(states)),
        qid_all=Ratio(hits=sum(e.qid in system_qids for e in with_qid), total=len(with_qid)),
    )
    return ArticleResult(
        id=g.id,
        lang=g.lang,
        line=g.line,
        figures=figures,
        quote_issues=_quote_issues(am),
        relation_issues=_relation_issues(am),
        relation_types=_type_counts(am),
    )


def _sys_label(x: Extraction, entity_id: str | None) -> str:
    return x.entity(entity_id).label if entity_id is not None else "-"


def _quote_issues(am: ArticleMatch) -> list[QuoteIssue]:
    g, x, m = am.gold, am.system, am.entities
    issues: list[QuoteIssue] = []
    matched_g = {gi for gi, _ in am.quotes}
    matched_s = {si for _, si in am.quotes}
    for gi, gq in enumerate(g.quotes):
        if gi in matched_g:
            continue
        cands = sorted(
            ((r, si) for (gj, si), r in am.quote_overlap.items() if gj == gi), reverse=True
        )
        same = [(r, si) for r, si in cands if m.matches(x.quotes[si].speaker, gq.speaker)]
        if cands and 2 * cands[0][0] >= 1:
            r, si = cands[0]
            if m.matches(x.quotes[si].speaker, gq.speaker):
                note = "its system quote was paired with another gold quote"
            else:
                note = (
                    f"span found ({_pct(r)}); system speaker: {_sys_label(x, x.quotes[si].speaker)}"
                )
        elif same:
            note = f"speaker found; span overlap only {_pct(same[0][0])}"
        elif cands:
            r, si = cands[0]
            speaker = _sys_label(x, x.quotes[si].speaker)
            note = f"partial span ({_pct(r)}) with system speaker {speaker}"
        else:
            note = "not found"
        issues.append(
            QuoteIssue(
                kind="missed",
                speaker=g.entity(gq.speaker).display,
                text=gq.text,
                direct=gq.direct,
                note=note,
            )
        )
    for si, sq in enumerate(x.quotes):
        if si in matched_s:
            continue
        cands = sorted(
            ((r, gi) for (gi, sj), r in am.quote_overlap.items() if sj == si), reverse=True
        )
        if cands and 2 * cands[0][0] >= 1:
            gq = g.quotes[cands[0][1]]
            if m.matches(sq.speaker, gq.speaker):
                note = "duplicate of a gold quote already matched"
            else:
                note = f"gold speaker: {g.entity(gq.speaker).display}"
        elif cands:
            note = f"overlaps a gold quote by {_pct(cands[0][0])} only"
        else:
            note = "no gold quote here"
        issues.append(
            QuoteIssue(
                kind="spurious",
                speaker=_sys_label(x, sq.speaker),
                text=sq.text,
                direct=sq.direct,
                note=note,
            )
        )
    return issues


def _relation_issues(am: ArticleMatch) -> list[RelationIssue]:
    g, x = am.gold, am.system
    issues: list[RelationIssue] = []
    matched_g = {gi for gi, _ in am.relations}
    matched_s = {si for _, si in am.relations}
    confused_g = dict(am.type_confusions)
    confused_s = {si: gi for gi, si in am.type_confusions}

    def gold_issue(kind: Literal["missed", "date"], gi: int, note: str) -> RelationIssue:
        r = g.relations[gi]
        return RelationIssue(
            kind=kind,
            subject=g.entity(r.subject).display,
            type=r.type,
            object=g.entity(r.object).display,
            date=r.date,
            evidence=r.evidence,
            note=note,
        )

    for gi, si in am.relations:
        gd, sd = g.relations[gi].date, x.relations[si].date
        if gd != sd:
            issues.append(
                gold_issue("date", gi, f"system date {sd or 'null'}, gold {gd or 'null'}")
            )
    for gi, gr in enumerate(g.relations):
        if gi in matched_g:
            continue
        if gi in confused_g:
            note = f"system typed it {x.relations[confused_g[gi]].type.value}"
        else:
            near = [
                s
                for s in x.relations
                if s.type is gr.type
                and _overlaps(g.text, gr.evidence, s.evidence_start, s.evidence_end)
            ]
            if near:
                s = near[0]
                note = (
                    f"system has {s.type.value} {_sys_label(x, s.subject)} -> "
                    f"{_sys_label(x, s.object)} here (actors differ)"
                )
            else:
                note = "not found"
        issues.append(gold_issue("missed", gi, note))
    for si, sr in enumerate(x.relations):
        if si in matched_s:
            continue
        if si in confused_s:
            note = f"gold types it {g.relations[confused_s[si]].type.value}"
        else:
            here = [
                r
                for r in g.relations
                if r.type is sr.type
                and _overlaps(g.text, r.evidence, sr.evidence_start, sr.evidence_end)
            ]
            if here:
                r = here[0]
                note = (
                    f"gold has {r.type.value} {g.entity(r.subject).display} -> "
                    f"{g.entity(r.object).display} here (actors differ)"
                )
            else:
                note = "no gold relation here"
        issues.append(
            RelationIssue(
                kind="spurious",
                subject=_sys_label(x, sr.subject),
                type=sr.type,
                object=_sys_label(x, sr.object),
                date=sr.date,
                evidence=sr.evidence,
                note=note,
            )
        )
    return issues


def _overlaps(text: str, gold_span: str, start: int, end: int) -> bool:
    return any(a < end and b > start for a, b in occurrences(text, gold_span))


def _type_counts(am: ArticleMatch) -> list[TypeCount]:
    g, x = am.gold, am.system
    cells: Counter[tuple[RelationType | None, RelationType | None]] = Counter()
    for gi, si in [*am.relations, *am.type_confusions]:
        cells[(g.relations[gi].type, x.relations[si].type)] += 1
    paired_g = {gi for gi, _ in [*am.relations, *am.type_confusions]}
    paired_s = {si for _, si in [*am.relations, *am.type_confusions]}
    for gi, r in enumerate(g.relations):
        if gi not in paired_g:
            cells[(r.type, None)] += 1
    for si, s in enumerate(x.relations):
        if si not in paired_s:
            cells[(None, s.type)] += 1
    return _cells(cells)


def _cells(cells: Counter[tuple[RelationType | None, RelationType | None]]) -> list[TypeCount]:
    order = {t: i for i, t in enumerate(RelationType)}

    def key(k: tuple[RelationType | None, RelationType | None]) -> tuple[int, int]:
        return (order[k[0]] if k[0] else 99, order[k[1]] if k[1] else 99)

    return [
        TypeCount(gold=a, system=b, count=n)
        for (a, b), n in sorted(cells.items(), key=lambda kv: key(kv[0]))
    ]


def summarize(
    gold: str, results: Iterable[ArticleResult], extractor: str = "unknown"
) -> EvalReport:
    """Sum per-article results into per-language and overall figures."""
    articles = list(results)
    by_lang: dict[str, Figures] = {}
    for a in sorted(articles, key=lambda a: a.lang):
        by_lang[a.lang] = by_lang.get(a.lang, Figures()) + a.figures
    total = Figures()
    for a in articles:
        total += a.figures
    by_lang["all"] = total
    cells: Counter[tuple[RelationType | None, RelationType | None]] = Counter()
    for a in articles:
        for c in a.relation_types:
            cells[(c.gold, c.system)] += c.count
    return EvalReport(
        gold=gold,
        extractor=extractor,
        languages=by_lang,
        articles=articles,
        relation_types=_cells(cells),
    )


def load_extractor(spec: str = "kg.extractors:extract") -> Extractor:
    """The extractor named ``module:function`` (default :func:`kg.extractors.extract`).

    Imported when needed, so evaluation depends on no particular extractor.
    Raises :class:`EvalError` when the module or function is missing.
    """
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise EvalError(f"extractor {spec!r}: expected module:function")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise EvalError(f"extractor {spec!r}: cannot import {module_name} ({exc})") from None
    fn = getattr(module, attr, None)
    if not callable(fn):
        raise EvalError(f"extractor {spec!r}: {module_name} has no function {attr}")
    return cast(Extractor, fn)


def evaluate(
    gold_path: Path | str | Sequence[Path | str], *, extractor: Extractor | str | None = None
) -> EvalReport:
    """Run ``extractor`` (default :func:`kg.extractors.extract`) on gold files and score it.

    ``gold_path`` is one gold JSONL file or several; several are scored as one
    set (micro averages over all their articles, whose ids must differ).
    ``extractor`` is a function from :class:`Article` to :class:`Extraction`,
    or its ``module:function`` name (imported after the gold files are read).

    Raises :class:`kg.errors.EvalError` for a bad gold file, an article id found
    twice, or when the extractor fails on an article or returns an extraction
    of another text.
    """
    paths = [gold_path] if isinstance(gold_path, (str, Path)) else list(gold_path)
    if not paths:
        raise EvalError("no gold file given")
    golds = [(path, g) for path in paths for g in read_gold(path)]
    seen: dict[str, Path | str] = {}
    for path, g in golds:
        if g.id in seen:
            raise EvalError(f"{path}:{g.line}: article id {g.id!r} is also in {seen[g.id]}")
        seen[g.id] = path
    run = load_extractor(extractor) if isinstance(extractor, str) else extractor
    if run is None:
        run = load_extractor()
    results: list[ArticleResult] = []
    names: dict[str, None] = {}
    for path, g in golds:
        where = f"{path}:{g.line}: article {g.id}"
        try:
            x = run(g.to_article())
        except KGError as exc:
            raise EvalError(f"{where}: extractor failed: {exc}") from exc
        if x.article.text != g.text:
            raise EvalError(f"{where}: the extraction is of another text than the gold article")
        names[f"{x.extractor} {x.extractor_version}"] = None
        results.append(score_article(g, x))
    name = " ".join(str(p) for p in paths)
    return summarize(name, results, extractor=", ".join(names))
