"""``kg who-said``, ``kg relations``, ``kg query``, ``kg stats``."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.answers import RelationRow, StatementRow
from kg.cli._common import LangOption, StoreOption, echo_table, store_path, translate_errors
from kg.errors import KGError
from kg.models import RelationType
from kg.store import KnowledgeGraph


class Format(StrEnum):
    """Output formats of the question commands."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.")]


def _open(store: Path | None) -> KnowledgeGraph:
    path = store_path(store)
    if not path.is_dir():
        raise KGError(f"no store at {path} (run `kg ingest` or `kg demo` first, or pass --store)")
    return KnowledgeGraph(path, read_only=True)


def _emit(rows: list[StatementRow] | list[RelationRow], fmt: Format) -> bool:
    """JSON/CSV output; False when the caller should print its table."""
    if fmt is Format.JSON:
        typer.echo(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return True
    if fmt is Format.CSV:
        dicts = [asdict(r) for r in rows]
        if dicts:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(dicts[0]))
            writer.writeheader()
            for d in dicts:
                writer.writerow(
                    {k: " | ".join(v) if isinstance(v, list) else v for k, v in d.items()}
                )
        return True
    return False


def print_statements(rows: list[StatementRow], fmt: Format = Format.TABLE) -> None:
    """Print statement rows: speaker, role, state, content, cue, date, via, source."""
    if _emit(rows, fmt):
        return
    if not rows:
        typer.echo("no statements found")
        return
    for r in rows:
        state = f", {r.state}" if r.state and r.state != r.speaker_label else ""
        who = r.speaker_label + (f" ({r.role})" if r.role else "") + state
        via = f" via {r.via}" if r.via else ""
        quote = f"“{r.content}”" if r.direct else r.content
        typer.echo(f"{r.date or '????-??-??'}  {who}{via} — {r.cue or 'said'}:")
        typer.echo(f"    {quote}")
        src = ", ".join(x for x in (r.source, r.published) if x)
        typer.echo(f"    about: {', '.join(r.about) or '-'}   source: {src or '-'}  <{r.article}>")


def print_relations(rows: list[RelationRow], fmt: Format = Format.TABLE) -> None:
    """Print relation rows as a table."""
    if _emit(rows, fmt):
        return
    if not rows:
        typer.echo("no relations found")
        return
    echo_table(
        ["date", "subject", "type", "object", "modality", "topic", "evidence", "source"],
        [
            [
                r.date or "-",
                r.subject_label,
                r.type,
                r.object_label,
                r.modality,
                r.topic or "-",
                r.evidence,
                ", ".join(x for x in (r.source, r.published) if x) or "-",
            ]
            for r in rows
        ],
        max_width=50,
    )


@translate_errors
def who_said(
    about: Annotated[
        str | None, typer.Option(help="Entity the statements are about (ar/en name or QID).")
    ] = None,
    speaker: Annotated[str | None, typer.Option(help="Who spoke (ar/en name or QID).")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    store: StoreOption = None,
    lang: LangOption = "en",
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Who said what about whom: speaker, role, state, content, cue, date, via, source.

    Example: kg who-said --about Syria
    """
    with _open(store) as kg:
        rows = kg.who_said(
            about=about, speaker=speaker, since=since, until=until, lang=lang, limit=limit
        )
    print_statements(rows, fmt)


@translate_errors
def relations(
    a: Annotated[
        str | None, typer.Argument(help="First actor or state (ar/en name or QID).")
    ] = None,
    b: Annotated[str | None, typer.Argument(help="Second actor or state.")] = None,
    type_: Annotated[
        list[RelationType] | None, typer.Option("--type", "-t", help="Only these relation types.")
    ] = None,
    directed: Annotated[bool, typer.Option(help="Only from A to B.")] = False,
    since: Annotated[str | None, typer.Option(help="Events from this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events up to this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    store: StoreOption = None,
    lang: LangOption = "en",
    fmt: FormatOption = Format.TABLE,
) -> None:
    """What two actors or states did to each other, over time, with evidence.

    Actors acting for a state count for it (Putin for Russia).

    Example: kg relations Russia Syria
    """
    with _open(store) as kg:
        rows = kg.relations(
            a, b, types=type_, directed=directed, since=since, until=until, lang=lang, limit=limit
        )
    print_relations(rows, fmt)


@translate_errors
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE to read it from a file.")],
    store: StoreOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Run a SPARQL query over the union of article graphs (kg:, wd:, schema: … predeclared).

    Example: kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }'
    """
    from pathlib import Path

    text = Path(sparql[1:]).read_text(encoding="utf-8") if sparql.startswith("@") else sparql
    with _open(store) as kg:
        rows = kg.sparql(text)
    values = [
        {k: str(v.value) if hasattr(v, "value") else str(v) for k, v in r.items()} for r in rows
    ]
    if fmt is Format.JSON:
        typer.echo(json.dumps(values, ensure_ascii=False, indent=2))
        return
    headers: list[str] = list(dict.fromkeys(k for r in values for k in r))
    if fmt is Format.CSV:
        writer = csv.DictWriter(sys.stdout, fieldnames=headers)
        writer.writeheader()
        writer.writerows(values)
        return
    echo_table(headers, [[r.get(h, "") for h in headers] for r in values])


@translate_errors
def stats(store: StoreOption = None) -> None:
    """Counts of articles, statements, relations and entities in the store.

    Example: kg stats
    """
    with _open(store) as kg:
        s = kg.stats()
    for name in ("articles", "statements", "relations", "entities", "linked_entities", "quads"):
        typer.echo(f"{name.replace('_', ' '):<16}{getattr(s, name)}")


def register(app: typer.Typer) -> None:
    """Add the question commands to the app."""
    app.command("who-said")(who_said)
    app.command("relations")(relations)
    app.command("query")(query)
    app.command("stats")(stats)
