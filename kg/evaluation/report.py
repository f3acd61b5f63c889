"""Rendering an :class:`EvalReport` as plain text (for people and CI logs) or JSON.

The text report is ordered so that the figures that matter come last: the
optional per-article table, the optional error analysis, the detailed tables
per language, and finally an 8-line headline block (one line per measure,
one column per language), so ``tail -n 8`` of a CI log holds the result.
"""

from __future__ import annotations

from kg.evaluation.scorer import EvalReport, Figures, Ratio, Score, TypeCount
from kg.models import RelationType

__all__ = ["HEADLINE_LINES", "render_json", "render_table"]

HEADLINE_LINES = 8
"""Number of lines of the headline block that ends the text report."""

_TRUNCATE = 100


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _short(s: str, n: int = _TRUNCATE) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def render_json(report: EvalReport) -> str:
    """The whole report as indented JSON (figures, per-article results, errors)."""
    return report.model_dump_json(indent=2)


def render_table(report: EvalReport, *, by_article: bool = False, errors: bool = False) -> str:
    """The report as text; ``by_article`` and ``errors`` add those sections first."""
    langs = [k for k in report.languages if k != "all"]
    counts = ", ".join(f"{k} {report.languages[k].articles}" for k in langs)
    out = [
        f"kg eval: {report.gold}",
        f"articles: {report.overall.articles} ({counts}); extractor: {report.extractor}",
        "",
    ]
    if by_article:
        out += [*_articles(report), ""]
    if errors:
        out += [*_errors(report), ""]
    for lang, fig in report.languages.items():
        out += [*_details(lang, fig), ""]
    out += _headline(report)
    return "\n".join(out)


def _details(lang: str, f: Figures) -> list[str]:
    lines = [
        f"== {lang}: {f.articles} article{'s' if f.articles != 1 else ''} ==",
        f"{'measure':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'system':>8}{'gold':>7}",
    ]
    scores: list[tuple[str, Score]] = [
        ("quotes", f.quotes),
        ("relations (actors)", f.relations),
        ("dyads (states)", f.dyads),
        ("about (matched quotes)", f.about),
    ]
    for name, s in scores:
        lines.append(
            f"{name:<22}{_num(s.precision):>7}{_num(s.recall):>7}{_num(s.f1):>7}"
            f"{s.tp:>7}{s.system:>8}{s.gold:>7}"
        )
    ratios: list[tuple[str, Ratio]] = [
        ("date accuracy", f.dates),
        ("QID recall, states", f.qid_states),
        ("QID recall, all", f.qid_all),
    ]
    lines.append(f"{'':<22}{'value':>7}{'':>14}{'hits':>7}{'':>8}{'total':>7}")
    for name, r in ratios:
        lines.append(f"{name:<22}{_num(r.value):>7}{'':>14}{r.hits:>7}{'':>8}{r.total:>7}")
    return lines


def _headline(report: EvalReport) -> list[str]:
    cols = list(report.languages)
    width = 22

    def prf(s: Score) -> str:
        return f"{_num(s.precision)}/{_num(s.recall)}/{_num(s.f1)}"

    def row(name: str, cells: list[str]) -> str:
        return f"{name:<20}" + "".join(f"{c:<{width}}" for c in cells).rstrip()

    figs = [report.languages[c] for c in cols]
    lines = [
        row("headline", [f"{c} ({report.languages[c].articles})" for c in cols]),
        row("quotes P/R/F1", [prf(f.quotes) for f in figs]),
        row("relations P/R/F1", [prf(f.relations) for f in figs]),
        row("dyads P/R/F1", [prf(f.dyads) for f in figs]),
        row("about F1", [_num(f.about.f1) for f in figs]),
        row("date accuracy", [_num(f.dates.value) for f in figs]),
        row("QID recall states", [_num(f.qid_states.value) for f in figs]),
        row("QID recall all", [_num(f.qid_all.value) for f in figs]),
    ]
    return lines


def render_markdown(report: EvalReport) -> str:
    """The headline figures as a Markdown table (one column per language), for the README."""
    cols = list(report.languages)
    figs = [report.languages[c] for c in cols]

    def prf(s: Score) -> str:
        return f"{_num(s.precision)} / {_num(s.recall)} / **{_num(s.f1)}**"

    rows = [
        ("quotes P / R / F1", [prf(f.quotes) for f in figs]),
        ("relations (actor level) P / R / F1", [prf(f.relations) for f in figs]),
        ("state-to-state dyads P / R / F1", [prf(f.dyads) for f in figs]),
        ("`about` F1 over matched quotes", [_num(f.about.f1) for f in figs]),
        ("event date accuracy over matched relations", [_num(f.dates.value) for f in figs]),
        ("QID recall, states", [_num(f.qid_states.value) for f in figs]),
        ("QID recall, all entities with a QID", [_num(f.qid_all.value) for f in figs]),
    ]
    head = "| measure | " + " | ".join(f"{c} ({report.languages[c].articles})" for c in cols) + " |"
    lines = [head, "|---" * (len(cols) + 1) + "|"]
    lines += [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows]
    return "\n".join(lines)


def _cell(s: Score) -> str:
    return f"{_num(s.f1)} {s.tp}/{s.system}/{s.gold}"


def _articles(report: EvalReport) -> list[str]:
    width = max([len(a.id) for a in report.articles] + [7])
    lines = [
        "== per article (F1 tp/system/gold; date accuracy; QID recall states, all) ==",
        f"{'article':<{width}}  lang  {'quotes':<17}{'relations':<17}{'dyads':<17}"
        f"{'about':<17}{'dates':<13}{'QID st.':<13}QID all",
    ]
    for a in report.articles:
        f = a.figures
        lines.append(
            f"{a.id:<{width}}  {a.lang:<4}  {_cell(f.quotes):<17}{_cell(f.relations):<17}"
            f"{_cell(f.dyads):<17}{_cell(f.about):<17}"
            + "".join(
                f"{_num(r.value) + f' {r.hits}/{r.total}':<13}" for r in (f.dates, f.qid_states)
            )
            + f"{_num(f.qid_all.value)} {f.qid_all.hits}/{f.qid_all.total}"
        )
    return lines


def _confusion(cells: list[TypeCount]) -> list[str]:
    """Rows: gold types, then "spurious"; columns: system types (4-letter codes), then "miss"."""
    if not cells:
        return ["(no relations)"]
    rows = [t for t in RelationType if any(c.gold is t for c in cells)]
    cols = [t for t in RelationType if any(c.system is t for c in cells)]
    counts = {(c.gold, c.system): c.count for c in cells}
    names: list[RelationType | None] = [*cols, None]
    head = f"{'gold/system':<12}" + "".join(f"{(t.value[:4] if t else 'miss'):>6}" for t in names)
    lines = [head]
    for g in [*rows, None]:
        label = g.value if g else "spurious"
        row = "".join(f"{counts.get((g, s), '.')!s:>6}" for s in names)
        lines.append(f"{label:<12}{row}")
    return lines


def _errors(report: EvalReport) -> list[str]:
    lines = [
        "== relation types: rows gold, columns system (same subject and object; 4-letter codes) ==",
        *_confusion(report.relation_types),
        "",
        "== quotes: missed (gold) and spurious (system) ==",
    ]
    if not any(a.quote_issues for a in report.articles):
        lines.append("(none)")
    for a in report.articles:
        for q in a.quote_issues:
            marks = "«»" if q.direct else "[]"
            lines.append(
                f"[{a.id}] {q.kind.upper():<8} {q.speaker}: {marks[0]}{_short(q.text)}{marks[1]}"
                f"  -- {q.note}"
            )
    lines += ["", "== relations: missed (gold), spurious (system), wrong date (matched) =="]
    if not any(a.relation_issues for a in report.articles):
        lines.append("(none)")
    for a in report.articles:
        for r in a.relation_issues:
            lines.append(
                f"[{a.id}] {r.kind.upper():<8} {r.subject} {r.type.value} {r.object}"
                f" ({r.date or 'no date'}): {_short(r.evidence)}  -- {r.note}"
            )
    return lines
