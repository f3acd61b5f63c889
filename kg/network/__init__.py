"""Graph queries with networkx, event clustering, analytics and pictures.

>>> import kg
>>> from kg.network import install, relations_graph
>>> graph = kg.open()
>>> install(graph)                      # link reports to events as articles are written
>>> relations_graph(graph).number_of_edges()
0

* :mod:`kg.network.events` — reports of one happening → one event node
  (``kg:reportOf``); statements repeated by several outlets → one cluster.
* :mod:`kg.network.graphs` — :func:`relations_graph`, :func:`statements_graph`,
  :func:`from_sparql`, GraphML/GEXF files, pandas DataFrames.
* :mod:`kg.network.analytics` — dyad timelines, top speakers, ego networks,
  paths, centrality, communities.
* :mod:`kg.network.plot` — pictures (needs the ``plot`` extra: matplotlib,
  arabic-reshaper, python-bidi).
* :mod:`kg.network.web` — the ``/graph`` page of ``kg serve``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.network.events import (
        WINDOW_DAYS,
        EventCluster,
        StatementCluster,
        augment,
        cluster_reports,
        cluster_statements,
        install,
    )
    from kg.network.graphs import (
        event_clusters,
        from_sparql,
        relations_graph,
        statement_clusters,
        statements_graph,
        to_dataframe,
        write_gexf,
        write_graphml,
    )

__all__ = [
    "WINDOW_DAYS",
    "EventCluster",
    "StatementCluster",
    "augment",
    "cluster_reports",
    "cluster_statements",
    "event_clusters",
    "from_sparql",
    "install",
    "relations_graph",
    "statement_clusters",
    "statements_graph",
    "to_dataframe",
    "write_gexf",
    "write_graphml",
]

_EVENTS = {
    "WINDOW_DAYS",
    "EventCluster",
    "StatementCluster",
    "augment",
    "cluster_reports",
    "cluster_statements",
    "install",
}


def __getattr__(name: str) -> Any:
    """Load the API lazily: ``kg.network.events`` (used by every ingest) needs no networkx."""
    if name not in __all__:
        raise AttributeError(f"module 'kg.network' has no attribute {name!r}")
    module = importlib.import_module(
        "kg.network.events" if name in _EVENTS else "kg.network.graphs"
    )
    return getattr(module, name)
