"""``kg network``, ``kg events``, ``kg timeline``, ``kg top-speakers``, ``kg ego``, ``kg path``,
``kg centrality``, ``kg communities`` and ``kg plot network|timeline``: thin wrappers over
:mod:`kg.network`."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from kg.cli._common import LangOption, StoreOption, echo_table, fail, store_path, translate_errors
from kg.errors import KGError
from kg.models import Modality, RelationType
from kg.store import KnowledgeGraph

P = ParamSpec("P")
R = TypeVar("R")


class LevelChoice(StrEnum):
    """Nodes of the network: states, or the actors named in the reports."""

    STATE = "state"
    ACTOR = "actor"


class MeasureChoice(StrEnum):
    """Centrality measures."""

    DEGREE = "degree"
    IN = "in"
    OUT = "out"
    PAGERANK = "pagerank"
    BETWEENNESS = "betweenness"


class Output(StrEnum):
    """Output of the analytics commands."""

    TABLE = "table"
    JSON = "json"


LevelOption = Annotated[
    LevelChoice,
    typer.Option("--level", help="Nodes: state (actors count for their state) or actor."),
]
SinceOption = Annotated[
    str | None, typer.Option(help="Events from this date (YYYY, YYYY-MM or YYYY-MM-DD).")
]
UntilOption = Annotated[str | None, typer.Option(help="Events up to this date.")]
TypesOption = Annotated[
    list[RelationType] | None, typer.Option("--type", "-t", help="Only these relation types.")
]
ModalityOption = Annotated[
    Modality | None,
    typer.Option("--modality", help="Only events of this modality (default: all)."),
]
FormatOption = Annotated[Output, typer.Option("--format", "-f", help="table or json.")]


def _values_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Bad dates and the like (ValueError) as one-line errors, like library errors."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except ValueError as exc:
            raise fail(str(exc)) from None

    return wrapper


def _open(store: Path | None) -> KnowledgeGraph:
    path = store_path(store)
    if not path.is_dir():
        raise KGError(f"no store at {path} (run `kg ingest` first, or pass --store)")
    return KnowledgeGraph(path, read_only=True)


def _label(data: dict[str, object], lang: str) -> str:
    first, second = ("label_ar", "label_en") if lang == "ar" else ("label_en", "label_ar")
    return str(data.get(first) or data.get(second) or data.get("label") or "")


def _json(value: object) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


# -- network and events ------------------------------------------------------------------


@translate_errors
@_values_errors
def network(
    level: LevelOption = LevelChoice.STATE,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write the graph to FILE.graphml or FILE.gexf (Gephi)."),
    ] = None,
    statements: Annotated[
        bool, typer.Option("--statements", help="Who spoke about whom instead of relations.")
    ] = False,
    since: SinceOption = None,
    until: UntilOption = None,
    type_: TypesOption = None,
    modality: ModalityOption = None,
    limit: Annotated[int, typer.Option(help="Edges to print.")] = 20,
    store: StoreOption = None,
    lang: LangOption = "en",
) -> None:
    """The network of what states (or actors) did to each other: one edge per event.

    Example: kg network --level state --out relations.graphml
    """
    from kg.network import relations_graph, statements_graph, write_gexf, write_graphml

    with _open(store) as kg:
        if statements:
            g = statements_graph(kg, since=since, until=until, level=level.value)
        else:
            g = relations_graph(
                kg, since=since, until=until, types=type_, level=level.value, modality=modality
            )
    typer.echo(
        f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges ({g.graph['kind']}, "
        f"{level.value} level)"
    )
    if out is not None:
        suffix = out.suffix.lower()
        if suffix == ".graphml":
            write_graphml(g, out)
        elif suffix == ".gexf":
            write_gexf(g, out)
        else:
            raise KGError(f"--out must end in .graphml or .gexf, not {out.name!r}")
        typer.echo(f"written {out}")
    edges = sorted(
        g.edges(data=True),
        key=lambda e: (-int(e[2].get("articles", 0)), str(e[2].get("date", "")), e[0], e[1]),
    )[:limit]
    if not edges:
        return
    rows = [
        [
            str(d.get("date") or "-"),
            _label(g.nodes[u], lang),
            str(d.get("type") or d.get("cue") or "spoke about"),
            _label(g.nodes[v], lang),
            str(d.get("modality", "")),
            str(d.get("reports", d.get("statements", ""))),
            str(d.get("articles", "")),
        ]
        for u, v, d in edges
    ]
    echo_table(
        ["date", "from", "what", "to", "modality", "reports", "articles"], rows, max_width=40
    )


@translate_errors
@_values_errors
def events(
    since: SinceOption = None,
    until: UntilOption = None,
    type_: TypesOption = None,
    modality: ModalityOption = None,
    window: Annotated[int, typer.Option(help="Days within which one-a-day events merge.")] = 1,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 30,
    store: StoreOption = None,
    lang: LangOption = "en",
    fmt: FormatOption = Output.TABLE,
) -> None:
    """Events (reports of one happening clustered), most reported first.

    Example: kg events --type ASSAULT --since 2025-06
    """
    from kg.network.analytics import relations_between
    from kg.network.graphs import event_clusters

    with _open(store) as kg:
        clusters = event_clusters(
            kg, since=since, until=until, types=type_, modality=modality, window_days=window
        )
        clusters.sort(key=lambda c: (-len(c.articles), -len(c.reports), str(c.start), c.iri))
        clusters = clusters[:limit]
        g = relations_between(kg, clusters)
    if fmt is Output.JSON:
        _json(
            [
                {
                    "event": c.iri,
                    "type": c.type.value,
                    "quad_class": c.quad_class.value,
                    "subject": c.subject,
                    "object": c.object,
                    "modality": c.modality.value,
                    "date": c.period,
                    "start": c.start,
                    "end": c.end,
                    "reports": [r.relation for r in c.reports],
                    "articles": list(c.articles),
                }
                for c in clusters
            ]
        )
        return
    if not clusters:
        typer.echo("no events found")
        return
    echo_table(
        ["date", "subject", "type", "object", "modality", "reports", "articles"],
        [
            [
                c.period or "-",
                _label(g.nodes[c.subject], lang) if c.subject in g else c.subject,
                c.type.value,
                _label(g.nodes[c.object], lang) if c.object in g else c.object,
                c.modality.value,
                str(len(c.reports)),
                str(len(c.articles)),
            ]
            for c in clusters
        ],
        max_width=40,
    )


# -- analytics --------------------------------------------------------------------------


@translate_errors
@_values_errors
def timeline(
    a: Annotated[str, typer.Argument(help="First state or actor (ar/en name or QID).")],
    b: Annotated[str, typer.Argument(help="Second state or actor.")],
    since: SinceOption = None,
    until: UntilOption = None,
    modality: Annotated[
        Modality | None, typer.Option("--modality", help="Events of this modality.")
    ] = Modality.ASSERTED,
    store: StoreOption = None,
    fmt: FormatOption = Output.TABLE,
) -> None:
    """Month by month, cooperation vs conflict events between two states (either direction).

    Example: kg timeline Russia Syria
    """
    from kg.network.analytics import dyad_timeline

    with _open(store) as kg:
        months = dyad_timeline(kg, a, b, since=since, until=until, modality=modality)
    if fmt is Output.JSON:
        _json(
            [
                {
                    **asdict(m),
                    "cooperation": m.cooperation,
                    "conflict": m.conflict,
                    "balance": m.balance,
                }
                for m in months
            ]
        )
        return
    if not months:
        typer.echo("no events between them")
        return
    echo_table(
        [
            "month",
            "verb.coop",
            "mat.coop",
            "verb.confl",
            "mat.confl",
            "balance",
            "reports",
            "articles",
        ],
        [
            [
                m.month,
                str(m.verbal_cooperation),
                str(m.material_cooperation),
                str(m.verbal_conflict),
                str(m.material_conflict),
                f"{m.balance:+d}",
                str(m.reports),
                str(m.articles),
            ]
            for m in months
        ],
    )


@translate_errors
@_values_errors
def top_speakers(
    about: Annotated[str, typer.Option("--about", help="The state or actor spoken about.")],
    level: LevelOption = LevelChoice.ACTOR,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option(help="At most this many speakers.")] = 10,
    store: StoreOption = None,
    lang: LangOption = "en",
    fmt: FormatOption = Output.TABLE,
) -> None:
    """Who speaks most about a state: speakers ranked by statements (on distinct days).

    Example: kg top-speakers --about Syria
    """
    from kg.network.analytics import top_speakers as rank

    with _open(store) as kg:
        rows = rank(kg, about, since=since, until=until, level=level.value, limit=limit)
    if fmt is Output.JSON:
        _json([asdict(r) for r in rows])
        return
    if not rows:
        typer.echo("nobody spoke about them")
        return
    echo_table(
        ["speaker", "statements (days)", "reports", "articles"],
        [
            [
                (r.label_ar or r.label) if lang == "ar" else r.label,
                str(r.clusters),
                str(r.statements),
                str(r.articles),
            ]
            for r in rows
        ],
    )


@translate_errors
@_values_errors
def ego(
    name: Annotated[str, typer.Argument(help="The actor or state (ar/en name or QID).")],
    radius: Annotated[int, typer.Option(help="Steps from the centre.")] = 1,
    level: LevelOption = LevelChoice.ACTOR,
    statements: Annotated[
        bool, typer.Option("--statements/--no-statements", help="Include who spoke about whom.")
    ] = True,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write FILE.graphml or FILE.gexf.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    store: StoreOption = None,
    lang: LangOption = "en",
) -> None:
    """The ego network of an actor: everyone within RADIUS steps, and what links them.

    Example: kg ego "Dmitry Peskov"
    """
    from kg.network import write_gexf, write_graphml
    from kg.network.analytics import ego_network

    with _open(store) as kg:
        g = ego_network(
            kg,
            name,
            radius=radius,
            level=level.value,
            since=since,
            until=until,
            statements=statements,
        )
    center = g.graph["center"]
    typer.echo(
        f"{_label(g.nodes[center], lang)}: {g.number_of_nodes() - 1} neighbours, "
        f"{g.number_of_edges()} edges"
    )
    if out is not None:
        (write_gexf if out.suffix.lower() == ".gexf" else write_graphml)(g, out)
        typer.echo(f"written {out}")
    rows = [
        [
            _label(g.nodes[u], lang),
            str(d.get("type") or "spoke about"),
            _label(g.nodes[v], lang),
            str(d.get("date") or "-"),
            str(d.get("articles", "")),
        ]
        for u, v, d in sorted(g.edges(data=True), key=lambda e: (str(e[2].get("date")), e[0], e[1]))
    ]
    if rows:
        echo_table(["from", "what", "to", "date", "articles"], rows, max_width=40)


@translate_errors
@_values_errors
def path(
    a: Annotated[str, typer.Argument(help="From this actor or state.")],
    b: Annotated[str, typer.Argument(help="To this actor or state.")],
    level: LevelOption = LevelChoice.ACTOR,
    limit: Annotated[int, typer.Option(help="At most this many shortest paths.")] = 5,
    statements: Annotated[
        bool, typer.Option("--statements/--no-statements", help="Let statements link actors.")
    ] = True,
    store: StoreOption = None,
    lang: LangOption = "en",
) -> None:
    """The shortest paths between two actors through relations (and statements).

    Example: kg path Qatar Iran
    """
    from kg.network.analytics import paths

    with _open(store) as kg:
        found = paths(kg, a, b, level=level.value, limit=limit, statements=statements)
        if lang == "ar" and found:
            from kg.network.analytics import node_info

            info = node_info(kg, {n for p in found for n in p.nodes})
    if not found:
        typer.echo("no path between them")
        return
    for i, p in enumerate(found, 1):
        labels = (
            [info[n].label_ar or info[n].label if n in info else n for n in p.nodes]
            if lang == "ar"
            else list(p.labels)
        )
        steps = [labels[0]]
        for link, label in zip(p.links, labels[1:], strict=True):
            steps.append(f" —[{link}]— {label}")
        typer.echo(f"{i}. " + "".join(steps))


@translate_errors
@_values_errors
def centrality(
    measure: Annotated[
        MeasureChoice, typer.Option("--measure", "-m", help="Centrality measure.")
    ] = (MeasureChoice.DEGREE),
    level: LevelOption = LevelChoice.STATE,
    since: SinceOption = None,
    until: UntilOption = None,
    type_: TypesOption = None,
    limit: Annotated[int, typer.Option(help="At most this many nodes.")] = 10,
    store: StoreOption = None,
    lang: LangOption = "en",
    fmt: FormatOption = Output.TABLE,
) -> None:
    """States (or actors) ranked by centrality in the network of asserted events.

    Example: kg centrality --measure pagerank
    """
    from kg.network.analytics import centrality as rank

    with _open(store) as kg:
        rows = rank(
            kg,
            measure=measure.value,
            level=level.value,
            since=since,
            until=until,
            types=type_,
            limit=limit,
        )
    if fmt is Output.JSON:
        _json([asdict(r) for r in rows])
        return
    if not rows:
        typer.echo("no events")
        return
    echo_table(
        ["rank", "node", "type", measure.value],
        [
            [str(i), (r.label_ar or r.label) if lang == "ar" else r.label, r.type, f"{r.score:g}"]
            for i, r in enumerate(rows, 1)
        ],
    )


@translate_errors
@_values_errors
def communities(
    since: SinceOption = None,
    until: UntilOption = None,
    min_size: Annotated[int, typer.Option("--min-size", help="Smallest community shown.")] = 2,
    all_actors: Annotated[
        bool, typer.Option("--all-actors", help="Let actors that act for no state take part.")
    ] = False,
    store: StoreOption = None,
    lang: LangOption = "en",
    fmt: FormatOption = Output.TABLE,
) -> None:
    """Communities of states that support each other (cooperation outweighs conflict).

    Example: kg communities --since 2024
    """
    from kg.network.analytics import communities as find

    with _open(store) as kg:
        found = find(kg, since=since, until=until, min_size=min_size, states_only=not all_actors)
    if fmt is Output.JSON:
        _json([asdict(c) for c in found])
        return
    if not found:
        typer.echo("no communities")
        return
    for i, c in enumerate(found, 1):
        names = (
            [ar or en for ar, en in zip(c.labels_ar, c.labels, strict=True)]
            if lang == "ar"
            else list(c.labels)
        )
        typer.echo(f"{i}. {', '.join(names)}  (cooperation {c.cooperation}, conflict {c.conflict})")


# -- pictures ---------------------------------------------------------------------------

plot_app = typer.Typer(
    name="plot",
    help="Pictures: the relations network, a dyad's cooperation vs conflict (PNG or SVG).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

OutOption = Annotated[Path, typer.Option("--out", "-o", help="FILE.png or FILE.svg.")]
WidthOption = Annotated[int, typer.Option(help="Width in pixels.")]
HeightOption = Annotated[int, typer.Option(help="Height in pixels.")]


@translate_errors
@_values_errors
def plot_network(
    out: OutOption,
    level: LevelOption = LevelChoice.STATE,
    since: SinceOption = None,
    until: UntilOption = None,
    type_: TypesOption = None,
    modality: ModalityOption = None,
    width: WidthOption = 1200,
    height: HeightOption = 900,
    store: StoreOption = None,
    lang: LangOption = "en",
) -> None:
    """Draw the relations network (Arabic labels with --lang ar).

    Example: kg plot network --out network.svg --lang ar
    """
    from kg.network import relations_graph
    from kg.network.plot import plot_network as draw

    with _open(store) as kg:
        g = relations_graph(
            kg, since=since, until=until, types=type_, level=level.value, modality=modality
        )
    draw(g, out, lang=lang, width=width, height=height)
    typer.echo(f"written {out} ({g.number_of_nodes()} nodes, {g.number_of_edges()} events)")


@translate_errors
@_values_errors
def plot_timeline(
    a: Annotated[str, typer.Argument(help="First state or actor.")],
    b: Annotated[str, typer.Argument(help="Second state or actor.")],
    out: OutOption,
    since: SinceOption = None,
    until: UntilOption = None,
    width: WidthOption = 1000,
    height: HeightOption = 500,
    store: StoreOption = None,
    lang: LangOption = "en",
) -> None:
    """Draw monthly cooperation vs conflict events between two states.

    Example: kg plot timeline Russia Syria --out russia-syria.png
    """
    from kg.network.analytics import dyad_timeline, node_info, resolve_iris
    from kg.network.plot import plot_timeline as draw

    with _open(store) as kg:
        months = dyad_timeline(kg, a, b, since=since, until=until)
        info = node_info(kg, sorted(resolve_iris(kg, a))[:1] + sorted(resolve_iris(kg, b))[:1])
    names = []
    for given in (a, b):
        node = next((n for n in info.values() if given in (n.label_en, n.label_ar, n.qid)), None)
        names.append((node.label_ar if lang == "ar" else node.label_en) or given if node else given)
    draw(months, out, a=names[0], b=names[1], lang=lang, width=width, height=height)
    typer.echo(f"written {out} ({len(months)} months)")


plot_app.command("network")(plot_network)
plot_app.command("timeline")(plot_timeline)


def register(app: typer.Typer) -> None:
    """Add the network, analytics and picture commands to the app."""
    app.command("network")(network)
    app.command("events")(events)
    app.command("timeline")(timeline)
    app.command("top-speakers")(top_speakers)
    app.command("ego")(ego)
    app.command("path")(path)
    app.command("centrality")(centrality)
    app.command("communities")(communities)
    app.add_typer(plot_app, name="plot")
