"""``kg eval``: score the extractor against gold JSONL files."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli._common import translate_errors
from kg.evaluation import evaluate, render_json, render_table
from kg.evaluation.report import render_markdown

__all__ = ["EvalFormat", "eval_command", "register"]


class EvalFormat(StrEnum):
    """Output formats of ``kg eval``."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


@translate_errors
def eval_command(
    gold: Annotated[
        list[Path],
        typer.Argument(
            metavar="GOLD.jsonl...",
            help="Gold annotations, one JSON article per line (GUIDELINES.md); several "
            "files are scored as one set.",
        ),
    ],
    by_article: Annotated[
        bool, typer.Option("--by-article", help="Add a table of figures for each article.")
    ] = False,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="Add error analysis: relation-type confusion table, missed and spurious "
            "quotes and relations with their text, wrong dates.",
        ),
    ] = False,
    fmt: Annotated[
        EvalFormat,
        typer.Option(
            "--format", "-f", help="table (text), json (everything) or markdown (headline table)."
        ),
    ] = EvalFormat.TABLE,
    extractor: Annotated[
        str,
        typer.Option(
            "--extractor",
            metavar="MODULE:FUNCTION",
            help="The extractor to score, as module:function taking an Article and "
            "returning an Extraction.",
        ),
    ] = "kg.extractors:extract",
) -> None:
    """Score extraction against gold annotations, per language and overall.

    Runs the extractor on each gold article (its id, lang, published, title and
    text) and scores the output as ../shared/eval/GUIDELINES.md describes:
    precision, recall and F1 of quotes (speaker + content span overlapping at
    least half the gold tokens), of relations between actors (subject, type,
    object; CONSULT, COOPERATE and AGREE in either order) and of state-to-state
    dyads; F1 of `about` over matched quotes; date accuracy over matched
    relations; QID recall of states and of all entities. Averages are micro
    (counts summed over articles). The text report ends with an 8-line block of
    headline figures (one column per language, then all), for CI logs.
    Several gold files are pooled into one set (their article ids must differ).

    \b
    Examples:
      kg eval ../shared/eval/dev.jsonl --by-article --errors
      kg eval gold.jsonl --format json > scores.json
      kg eval examples/blind4/gold.jsonl examples/blind5/gold.jsonl --format markdown
    """
    report = evaluate(gold, extractor=extractor)
    if fmt is EvalFormat.JSON:
        typer.echo(render_json(report))
    elif fmt is EvalFormat.MARKDOWN:
        typer.echo(render_markdown(report))
    else:
        typer.echo(render_table(report, by_article=by_article, errors=errors))


def register(app: typer.Typer) -> None:
    """Add ``eval`` to a typer app."""
    app.command("eval")(eval_command)
