"""``kg dump``, ``kg extract``, ``kg export quickstatements`` and ``kg validate``."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli._common import StoreOption, store_path, translate_errors
from kg.dump import Profile, select_graphs, write, write_path
from kg.errors import KGError
from kg.models import Article
from kg.store import DumpFormat, KnowledgeGraph

FormatOption = Annotated[DumpFormat, typer.Option("--format", "-f", help="RDF format.")]
GraphOption = Annotated[
    list[str] | None,
    typer.Option("--graph", help="Only this article (id or graph IRI); repeatable."),
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="Only articles published on or after YYYY-MM-DD.")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Only articles published on or before YYYY-MM-DD.")
]
OutOption = Annotated[
    Path | None,
    typer.Option("--out", "-o", help="Write to this file, atomically (default: stdout)."),
]


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=option) from None


def _open_store(store: Path | None) -> KnowledgeGraph:
    path = store_path(store)
    if not path.is_dir():
        raise KGError(f"no store at {path}")
    return KnowledgeGraph(path, read_only=True)


@translate_errors
def dump(
    fmt: FormatOption = DumpFormat.TRIG,
    graph: GraphOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    out: OutOption = None,
    canonical: Annotated[
        bool,
        typer.Option(help="Byte-identical output for the same graph (sorted), to diff releases."),
    ] = False,
    profile: Annotated[
        Profile, typer.Option(help="kg: the graph as stored; wikidata: Wikidata's RDF shape.")
    ] = Profile.KG,
    retrieved: Annotated[
        str | None,
        typer.Option(help="Day the articles were retrieved (pr:P813 in --profile wikidata)."),
    ] = None,
    ontology: Annotated[
        bool, typer.Option(help="Include the ontology and PLOVER scheme graph.")
    ] = False,
    store: StoreOption = None,
) -> None:
    """Write the graph (or some articles) as Turtle, TriG, N-Quads, N-Triples, JSON-LD or RDF/XML.

    Streamed: memory stays flat as the store grows. Triple formats merge the article
    graphs (each shared triple once); TriG, N-Quads and JSON-LD keep one named graph per
    article. --profile wikidata writes the facts that have a Wikidata counterpart in
    Wikidata's own RDF shape (wd:, wdt:, p:/ps:/pq:, references with pr:P854).

    Example: kg dump --format turtle --canonical --out graph.ttl
    """
    if ontology and (canonical or profile is Profile.WIKIDATA):
        raise KGError("--ontology goes with the kg profile and without --canonical")
    with _open_store(store) as kg:
        graphs = select_graphs(kg, graph, since=since, until=until)
        options: dict[str, Any] = {
            "graphs": graphs,
            "ontology": ontology,
            "canonical": canonical,
            "profile": profile,
            "retrieved": _day(retrieved, "--retrieved"),
        }
        if out is None:
            summary = write(kg, sys.stdout.buffer, fmt, **options)
            sys.stdout.buffer.flush()
        else:
            summary = write_path(kg, out, fmt, **options)
            what = "triples" if not fmt.rdf_format.supports_datasets else "quads"
            typer.echo(
                f"wrote {summary.items} {what} from {summary.graphs} article graph(s) to {out} "
                f"in {summary.seconds:.2f} s",
                err=True,
            )
    if summary.skipped:
        typer.echo(
            f"note: {summary.skipped} article(s) without a URL have nothing to cite; "
            "their facts were left out of the Wikidata profile",
            err=True,
        )
    if profile is Profile.WIKIDATA and retrieved is None:
        typer.echo("note: no --retrieved date given, so references carry no pr:P813", err=True)


@translate_errors
def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders (.txt, .json, .jsonl, .html); the gold JSONL works too."
        ),
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json (one object per line).")
    ] = "json",
    lang: Annotated[str | None, typer.Option(help="Language of .txt inputs.")] = None,
    pretty: Annotated[bool, typer.Option(help="Indent the JSON.")] = False,
) -> None:
    """Extract entities, statements and relations without storing them: one JSON object per article.

    Example: kg extract examples/articles --format json
    """
    from kg.articles import read_articles
    from kg.extractors import extract as run

    if fmt != "json":
        raise KGError(f"unknown format {fmt!r} (only json)")
    failed = False
    for item in read_articles(paths, lang=lang):
        if not isinstance(item, Article):
            typer.echo(f"error: {item}", err=True)
            failed = True
            continue
        record = run(item).model_dump(mode="json")
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2 if pretty else None))
    if failed:
        raise typer.Exit(1)


export_app = typer.Typer(
    name="export",
    help="Export the graph for other tools (QuickStatements for Wikidata).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@export_app.command("quickstatements")
@translate_errors
def quickstatements_cmd(
    out: OutOption = None,
    graph: GraphOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    retrieved: Annotated[
        str | None,
        typer.Option(help="Day the articles were retrieved (S813 on every reference)."),
    ] = None,
    store: StoreOption = None,
) -> None:
    """QuickStatements v1 commands for the sourced facts Wikidata can take.

    Each article with a URL and a headline becomes a news-article item (P31 Q5707594) with
    title, publication date, URL and its speakers' verbatim quotations (P1683, qualified by
    P50 author); every claim carries a reference (S854 URL, S577 publication date, S813
    retrieved when --retrieved is given). Articles without a URL produce nothing.

    Example: kg export quickstatements --retrieved 2025-03-21 --out batch.qs
    """
    import os
    import tempfile

    from kg.wikidata.quickstatements import QuickStatementsReport, quickstatements

    day = _day(retrieved, "--retrieved")
    report = QuickStatementsReport()
    with _open_store(store) as kg:
        graphs = select_graphs(kg, graph, since=since, until=until)
        lines = quickstatements(kg, graphs, retrieved=day, report=report)
        if out is None:
            for line in lines:
                sys.stdout.write(line + "\n")
            sys.stdout.flush()
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                    for line in lines:
                        fh.write(line + "\n")
                Path(tmp).chmod(0o644)
                Path(tmp).replace(out)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    typer.echo(f"{report.articles} article item(s), {report.commands} commands", err=True)
    if report.no_url:
        typer.echo(
            f"note: {len(report.no_url)} article(s) have no URL, so nothing sourced: left out",
            err=True,
        )
    if report.no_title:
        typer.echo(
            f"note: {len(report.no_title)} article(s) have no headline with a language "
            "(an item needs a label): left out",
            err=True,
        )
    if day is None:
        typer.echo("note: no --retrieved date given, so references carry no S813", err=True)


@translate_errors
def validate_cmd(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Dump files (.trig, .nq, .ttl, .nt, .jsonld, .rdf); default: the store."
        ),
    ] = None,
    graph: Annotated[
        list[str] | None, typer.Option(help="Only this article (id or graph IRI); repeatable.")
    ] = None,
    inference: Annotated[
        str, typer.Option(help="pySHACL inference: rdfs (default), none, owlrl, both.")
    ] = "rdfs",
    limit: Annotated[int, typer.Option(help="Show at most this many results.")] = 50,
    store: StoreOption = None,
) -> None:
    """Check the store (one article graph at a time) or dump files against the SHACL shapes.

    Uses ontology/shapes.ttl with ontology/kg.ttl and plover.ttl as the ontology graph, so the
    class hierarchy is respected. Prints each result (article, focus node, path, message) and
    exits with 1 when there are violations.

    Example: kg validate --store kg-store
    """
    from kg.validate import validate

    if files:
        if graph:
            raise KGError("--graph applies to the store, not to files")
        report = validate(files, inference=inference)
        prefixes = None
    else:
        with _open_store(store) as kg:
            graphs = select_graphs(kg, graph) if graph else None
            report = validate(kg, graphs=graphs, inference=inference)
            from kg.dump import dump_prefixes

            prefixes = dump_prefixes(kg)
    typer.echo(report.text(prefixes, limit=limit))
    if not report.conforms:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``dump``, ``extract``, ``export`` and ``validate`` to the app."""
    app.command("dump")(dump)
    app.command("extract")(extract)
    app.add_typer(export_app, name="export")
    app.command("validate")(validate_cmd)
