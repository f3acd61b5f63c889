"""A tour of statekg's networks, notebook style: run it whole, or cell by cell (``# %%``).

It ingests the example articles into a temporary store, prints the network of
states (counted in events, not reports), who spoke about whom, the analytics,
and draws pictures into a folder::

    python examples/network_tour.py            # pictures in a temporary folder
    python examples/network_tour.py --out pics # ... or in ./pics

Needs the ``plot`` extra for the pictures (``pip install 'statekg[plot]'``);
without it the tour prints everything and says the pictures were skipped.
"""

# %% Setup: a store in a temporary folder, with event clustering on
from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path

import kg
from kg.errors import KGError
from kg.examples import example_articles_path
from kg.network import (
    event_clusters,
    install,
    relations_graph,
    statements_graph,
    write_gexf,
    write_graphml,
)
from kg.network.analytics import (
    centrality,
    communities,
    dyad_timeline,
    ego_network,
    paths,
    top_speakers,
)

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--out", type=Path, help="folder for pictures and Gephi files")
args = parser.parse_args()
work = Path(tempfile.mkdtemp(prefix="statekg-tour-"))
out = args.out or work / "pictures"
out.mkdir(parents=True, exist_ok=True)

graph = kg.open(work / "store")
install(graph)  # link reports of one happening to one event, as articles are written


def name(g: object, node: str) -> str:
    """A node's English label, with its Arabic label when there is one."""
    data = g.nodes[node]  # type: ignore[attr-defined]
    en, ar = data.get("label_en") or data.get("label"), data.get("label_ar")
    return f"{en} ({ar})" if ar and ar != en else str(en)


# %% Ingest the example articles (Arabic and English, five file formats)
for item in kg.read_articles([example_articles_path()]):
    if isinstance(item, KGError):
        print("skipped:", item)
        continue
    result = graph.ingest(item)
    print(f"{result.outcome.value:>8}  {item.id}  ({result.relations} relations)")
print(graph.stats())

# %% Events: reports of one happening clustered, most reported first
clusters = sorted(event_clusters(graph), key=lambda c: (-len(c.articles), str(c.start), c.iri))
print(f"\n{len(clusters)} events from {sum(len(c.reports) for c in clusters)} relation reports")
states = relations_graph(graph)  # one edge per event, between states
for c in clusters[:12]:
    subject = name(states, c.subject) if c.subject in states else c.subject
    obj = name(states, c.object) if c.object in states else c.object
    print(
        f"  {c.period or '????'}  {subject} {c.type.value} {obj}  [{c.modality.value}]"
        f"  reports={len(c.reports)} articles={len(c.articles)}"
    )

# %% The network of states
print(f"\nstate network: {states.number_of_nodes()} states, {states.number_of_edges()} events")
for u, v, d in sorted(states.edges(data=True), key=lambda e: str(e[2]["date"])):
    print(f"  {d['date'] or '????'}  {name(states, u)} —{d['type']}→ {name(states, v)}")
write_graphml(states, out / "states.graphml")
write_gexf(states, out / "states.gexf")
print(f"Gephi files: {out / 'states.graphml'}, {out / 'states.gexf'}")

# %% Who spoke about whom
said = statements_graph(graph)
print(f"\nwho spoke about whom: {said.number_of_edges()} (speaker, day, target) links")
spoken_about = Counter(v for _, v in said.edges())
for target, n in spoken_about.most_common(5):
    print(f"  {name(said, target)}: {n}")

# %% Who speaks most about the state most spoken about
about = next(
    (t for t, _ in spoken_about.most_common() if said.nodes[t].get("type") == "State"), None
)
if about is not None:
    label = said.nodes[about].get("qid") or said.nodes[about]["label"]
    print(f"\ntop speakers about {name(said, about)}:")
    for row in top_speakers(graph, label, limit=5):
        print(f"  {row.label} ({row.label_ar}): {row.clusters} days, {row.articles} articles")

# %% Monthly cooperation vs conflict for the busiest pair of states
pairs = Counter(frozenset((u, v)) for u, v in states.edges() if u != v)
dyad = pairs.most_common(1)[0][0] if pairs else None
months = []
if dyad is not None:
    a, b = sorted(dyad)
    qa, qb = (states.nodes[n].get("qid") or states.nodes[n]["label"] for n in (a, b))
    months = dyad_timeline(graph, qa, qb, modality=None)
    print(f"\n{name(states, a)} – {name(states, b)}, month by month (events):")
    for m in months:
        if not m.events:
            continue
        print(
            f"  {m.month}  cooperation {m.cooperation}  conflict {m.conflict}  "
            f"balance {m.balance:+d}  ({m.reports} reports)"
        )

# %% Centrality, communities, ego network, paths
print("\nmost central states (events, asserted):")
for r in centrality(graph, measure="degree", limit=5):
    print(f"  {r.label} ({r.label_ar}): {r.score:g}")
print("\ncommunities of states that support each other:")
for c in communities(graph):
    print(f"  {', '.join(c.labels)}  (cooperation {c.cooperation}, conflict {c.conflict})")
actors = relations_graph(graph, level="actor")
if actors.number_of_nodes():
    hub = max(sorted(actors.nodes), key=actors.degree)
    hub_name = actors.nodes[hub].get("qid") or actors.nodes[hub]["label"]
    ego = ego_network(graph, hub_name)
    print(f"\nego network of {name(ego, ego.graph['center'])}: {ego.number_of_nodes() - 1} around")
    far = max(sorted(ego.nodes), key=lambda n: (n != hub, ego.degree(n)))
    if far != hub:
        far_name = ego.nodes[far].get("qid") or ego.nodes[far]["label"]
        for p in paths(graph, hub_name, far_name, limit=2):
            print("  path: " + " — ".join(p.labels))

# %% Pictures
try:
    from kg.network.plot import plot_network, plot_timeline
except ImportError as exc:
    print(f"\npictures skipped: {exc}")
else:
    drawn = [
        plot_network(states, out / "states.png"),
        plot_network(states, out / "states-ar.svg", lang="ar"),
        plot_network(actors, out / "actors.png", width=1400, height=1000),
    ]
    if dyad is not None:
        a, b = sorted(dyad)
        drawn.append(
            plot_timeline(
                months,
                out / "timeline-ar.png",
                a=states.nodes[a]["label_ar"] or states.nodes[a]["label"],
                b=states.nodes[b]["label_ar"] or states.nodes[b]["label"],
                lang="ar",
            )
        )
    print("\npictures:")
    for path in drawn:
        print(f"  {path}")

graph.close()
