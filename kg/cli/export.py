"""``kg dump`` and ``kg extract``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli._common import StoreOption, store_path, translate_errors
from kg.errors import KGError
from kg.models import Article
from kg.store import DumpFormat, KnowledgeGraph


@translate_errors
def dump(
    fmt: Annotated[DumpFormat, typer.Option("--format", "-f", help="RDF format.")] = DumpFormat.TRIG,
    graph: Annotated[str | None, typer.Option(help="Only this article (id or graph IRI).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file (default: stdout).")] = None,
    ontology: Annotated[bool, typer.Option(help="Include the ontology and PLOVER scheme graph.")] = False,
    store: StoreOption = None,
) -> None:
    """Write the graph (or one article's graph) as Turtle, TriG, N-Quads, N-Triples, JSON-LD or RDF/XML.

    Triple formats merge the article graphs; TriG and N-Quads keep one named graph per article.

    Example: kg dump --format turtle --out graph.ttl
    """
    from pyoxigraph import NamedNode

    path = store_path(store)
    if not path.is_dir():
        raise KGError(f"no store at {path}")
    with KnowledgeGraph(path, read_only=True) as kg:
        selected = None
        if graph is not None:
            selected = NamedNode(graph) if ":" in graph else kg.article_iri(graph)
            if selected not in set(kg.graphs()):
                raise KGError(f"no article graph {selected.value} in {path}")
        if out is None:
            kg.dump(sys.stdout.buffer, fmt, graph=selected, ontology=ontology)
            sys.stdout.buffer.flush()
        else:
            tmp = out.with_name(out.name + ".part")
            with tmp.open("wb") as fh:
                kg.dump(fh, fmt, graph=selected, ontology=ontology)
            tmp.replace(out)


@translate_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .json, .jsonl, .html); the gold JSONL works too.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (one object per line).")] = "json",
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


def register(app: typer.Typer) -> None:
    """Add ``dump`` and ``extract`` to the app."""
    app.command("dump")(dump)
    app.command("extract")(extract)
