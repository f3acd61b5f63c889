"""The networkx API, the analytics and their commands, over a store of hand-built extractions.

The scenario (our own sentences): Moscow and Damascus talk (three outlets report one call),
Moscow sends aid and backs Damascus, Israel strikes Syria (two reports), Jordan and Qatar
back each other, Iran strikes the US base in Qatar and Qatar condemns Iran; Peskov and
Lavrov speak about Syria (Peskov on two days, one of them reported by two outlets).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
import typer
from typer.testing import CliRunner

from kg.errors import LinkingError, QueryError
from kg.models import Extraction, Modality, RelationType
from kg.network import (
    from_sparql,
    install,
    relations_graph,
    statements_graph,
    to_dataframe,
    write_gexf,
    write_graphml,
)
from kg.network.analytics import (
    centrality,
    communities,
    dyad_timeline,
    ego_network,
    pagerank,
    paths,
    top_speakers,
)
from kg.store import KnowledgeGraph
from tests.network.test_events import news, three_reports_of_one_call

BASE = "https://w3id.org/statekg/id/"
RUSSIA, SYRIA, ISRAEL = BASE + "entity/Q159", BASE + "entity/Q858", BASE + "entity/Q801"
QATAR, JORDAN, IRAN, USA = (BASE + f"entity/{q}" for q in ("Q846", "Q810", "Q794", "Q30"))


def scenario() -> list[Extraction]:
    aid = "Russia sent humanitarian aid to Syria in December, the ministry said."
    back = "Lavrov said Moscow backs the new authorities in Damascus."
    strike = "Israel struck targets in Syria on Tuesday."
    strike_ar = "شنت إسرائيل غارات على أهداف في سوريا يوم الثلاثاء."
    gulf = (
        "King Abdullah affirmed Jordan's full support for Qatar. "
        "Qatar voiced support for Jordan's efforts."
    )
    udeid = "Iran fired missiles at the US base in Qatar. Qatar condemned the Iranian attack."
    peskov_en = "Peskov said Moscow respects the choice of the Syrian people."
    peskov_ar = "قال بيسكوف إن موسكو تحترم خيار الشعب السوري."
    peskov_later = "Peskov said the Russian bases in Syria remain."
    araghchi = "Araghchi said Israel would pay for the aggression."
    return [
        *three_reports_of_one_call(),
        news(
            "aid",
            aid,
            published="2025-01-05",
            relations=[
                ("russia", "AID", "syria", "Russia sent humanitarian aid to Syria", "2024-12", None)
            ],
        ),
        news(
            "back",
            back,
            published="2025-01-15",
            relations=[
                ("lavrov", "SUPPORT", "syria", "Moscow backs the new authorities", None, None)
            ],
            statements=[
                ("lavrov", "Moscow backs the new authorities in Damascus", ["syria"], None)
            ],
        ),
        news(
            "strike-en",
            strike,
            published="2024-12-10",
            relations=[
                ("israel", "ASSAULT", "syria", "Israel struck targets in Syria", None, None)
            ],
        ),
        news(
            "strike-ar",
            strike_ar,
            lang="ar",
            published="2024-12-10",
            source="وكالة اختبار",
            relations=[
                ("israel", "ASSAULT", "syria", "شنت إسرائيل غارات على أهداف في سوريا", None, None)
            ],
        ),
        news(
            "gulf",
            gulf,
            published="2025-05-18",
            relations=[
                ("king", "SUPPORT", "qatar", "Jordan's full support for Qatar", None, None),
                (
                    "qatar",
                    "SUPPORT",
                    "jordan",
                    "Qatar voiced support for Jordan's efforts",
                    None,
                    None,
                ),
            ],
        ),
        news(
            "udeid",
            udeid,
            published="2025-06-23",
            relations=[
                (
                    "iran",
                    "ASSAULT",
                    "usa",
                    "Iran fired missiles at the US base in Qatar",
                    None,
                    None,
                ),
                ("qatar", "ACCUSE", "iran", "Qatar condemned the Iranian attack", None, None),
            ],
        ),
        news(
            "peskov-en",
            peskov_en,
            source="TASS",
            statements=[
                ("peskov", "Moscow respects the choice of the Syrian people", ["syria"], None)
            ],
        ),
        news(
            "peskov-ar",
            peskov_ar,
            lang="ar",
            source="وكالة اختبار",
            statements=[("peskov", "موسكو تحترم خيار الشعب السوري", ["syria"], None)],
        ),
        news(
            "peskov-later",
            peskov_later,
            published="2024-12-20",
            statements=[("peskov", "the Russian bases in Syria remain", ["syria"], None)],
        ),
        news(
            "araghchi",
            araghchi,
            published="2025-06-14",
            statements=[("araghchi", "Israel would pay for the aggression", ["israel"], None)],
            relations=[("araghchi", "THREATEN", "israel", "Israel would pay", None, None)],
        ),
    ]


@pytest.fixture(scope="module")
def kg() -> Iterator[KnowledgeGraph]:
    graph = KnowledgeGraph()
    install(graph)
    for ex in scenario():
        graph.add(ex)
    yield graph


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("network") / "store"
    with KnowledgeGraph(path) as graph:
        install(graph)
        for ex in scenario():
            graph.add(ex)
    return path


# -- relations_graph -------------------------------------------------------------------------


def test_state_network_has_one_edge_per_event_with_labels_in_both_languages(
    kg: KnowledgeGraph,
) -> None:
    g = relations_graph(kg)
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g.nodes) == {RUSSIA, SYRIA, ISRAEL, QATAR, JORDAN, IRAN, USA}
    syria = g.nodes[SYRIA]
    assert (syria["label_en"], syria["label_ar"], syria["type"], syria["qid"]) == (
        "Syria",
        "سوريا",
        "State",
        "Q858",
    )
    assert syria["state"] == SYRIA
    between = [d for _, _, d in g.edges(data=True) if {RUSSIA, SYRIA} >= set()]
    assert len(between) == g.number_of_edges() == 9
    call = [d for u, v, d in g.edges(data=True) if d["type"] == "CONSULT"]
    assert len(call) == 1 and call[0]["reports"] == 3 and call[0]["articles"] == 3
    strike = next(d for u, v, d in g.edges(data=True) if d["type"] == "ASSAULT" and v == SYRIA)
    assert strike["reports"] == 2 and strike["articles"] == 2
    assert strike["quad_class"] == "material conflict" and strike["date"] == "2024-12-10"
    assert "Israel struck targets in Syria" in strike["evidence"]
    assert strike["event"].startswith(BASE + "event/")


def test_acts_of_people_count_for_their_state(kg: KnowledgeGraph) -> None:
    g = relations_graph(kg)
    backs = [(u, v) for u, v, d in g.edges(data=True) if d["type"] == "SUPPORT"]
    assert (RUSSIA, SYRIA) in backs  # Lavrov's words
    assert (JORDAN, QATAR) in backs  # the king's


def test_actor_network_keeps_the_people(kg: KnowledgeGraph) -> None:
    g = relations_graph(kg, level="actor", types=["CONSULT"])
    pairs = {
        (g.nodes[u]["label_en"], g.nodes[v]["label_en"], d["reports"])
        for u, v, d in g.edges(data=True)
    }
    assert pairs == {
        ("Vladimir Putin", "Ahmed al-Sharaa", 1),
        ("Syria", "Russia", 1),
        ("Ahmed al-Sharaa", "Vladimir Putin", 1),
    }
    # one event, three reports: every edge names the same event
    assert len({d["event"] for _, _, d in g.edges(data=True)}) == 1
    assert g.nodes[BASE + "entity/Q7747"]["state"] == RUSSIA


def test_filters_by_date_type_and_modality(kg: KnowledgeGraph) -> None:
    december = relations_graph(kg, since="2024-12-01", until="2024-12-31")
    assert sorted(d["type"] for _, _, d in december.edges(data=True)) == [
        "AID",
        "ASSAULT",
        "CONSULT",
    ]
    assert relations_graph(kg, since="2025-06").number_of_edges() == 3
    conflict = relations_graph(kg, types=[RelationType.ASSAULT, "THREATEN"])
    assert {d["type"] for _, _, d in conflict.edges(data=True)} == {"ASSAULT", "THREATEN"}
    assert relations_graph(kg, modality=Modality.INTENDED).number_of_edges() == 0
    with pytest.raises(ValueError, match="not a date"):
        relations_graph(kg, since="last week")
    with pytest.raises(ValueError, match="level"):
        relations_graph(kg, level="planet")  # type: ignore[arg-type]


# -- statements_graph --------------------------------------------------------------------------


def test_statements_graph_links_speakers_to_whom_they_spoke_about(kg: KnowledgeGraph) -> None:
    g = statements_graph(kg)
    peskov = next(n for n, d in g.nodes(data=True) if d["label_en"] == "Dmitry Peskov")
    edges = sorted(
        (d["date"], d["statements"], d["articles"]) for _, v, d in g.out_edges(peskov, data=True)
    )
    assert edges == [("2024-12-09", 2, 2), ("2024-12-20", 1, 1)]
    assert all(v == SYRIA for _, v in g.out_edges(peskov))
    first = next(d for _, _, d in g.out_edges(peskov, data=True) if d["statements"] == 2)
    assert first["kind"] == "statement" and len(first["statement_iris"].split()) == 2
    by_state = statements_graph(kg, level="state")
    assert by_state.number_of_edges(RUSSIA, SYRIA) == 3  # Peskov twice, Lavrov once
    assert by_state.has_edge(IRAN, ISRAEL)


# -- SPARQL results as graphs ------------------------------------------------------------------


def test_from_sparql_turns_a_construct_into_a_graph(kg: KnowledgeGraph) -> None:
    g = from_sparql(
        kg,
        "CONSTRUCT { ?a kg:supports ?b . ?a rdfs:label ?l } WHERE { ?a kg:supports ?b . "
        "?a rdfs:label ?l }",
    )
    assert g.has_edge(BASE + "entity/Q810", QATAR) is False  # the king supports, not Jordan
    king = BASE + "entity/Q57464"
    assert g.has_edge(king, QATAR, key="https://w3id.org/statekg/ontology#supports")
    assert g.nodes[king]["label_ar"] == "الملك عبد الله الثاني"
    assert g.nodes[king]["label_en"] == "Abdullah II of Jordan"


def test_from_sparql_turns_a_select_s_p_o_into_a_graph(kg: KnowledgeGraph) -> None:
    g = from_sparql(kg, "SELECT ?s ?p ?o WHERE { ?s kg:assaults ?o BIND(kg:assaults AS ?p) }")
    assert set(g.edges()) == {(ISRAEL, SYRIA), (IRAN, USA)}
    assert all(d["label"] == "assaults" for _, _, d in g.edges(data=True))
    with pytest.raises(QueryError, match=r"\?s \?p \?o"):
        from_sparql(kg, "SELECT ?x WHERE { ?x a kg:State }")
    with pytest.raises(QueryError):
        from_sparql(kg, "ASK { ?x a kg:State }")


# -- files and frames -----------------------------------------------------------------------------


def test_graphml_and_gexf_files_open_again_with_their_attributes(
    kg: KnowledgeGraph, tmp_path: Path
) -> None:
    g = relations_graph(kg)
    back = nx.read_graphml(write_graphml(g, tmp_path / "relations.graphml"))
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    assert back.nodes[SYRIA]["label_ar"] == "سوريا"
    strike = next(d for _, v, d in back.edges(data=True) if d["type"] == "ASSAULT" and v == SYRIA)
    assert strike["reports"] == 2 and isinstance(strike["symmetric"], bool)
    gexf = nx.read_gexf(write_gexf(g, tmp_path / "relations.gexf"))
    assert gexf.number_of_edges() == g.number_of_edges()
    root = ET.parse(tmp_path / "relations.gexf").getroot()
    assert root.tag.endswith("gexf")
    # statements graphs too (their attributes are other names)
    s = statements_graph(kg)
    assert nx.read_graphml(write_graphml(s, tmp_path / "s.graphml")).number_of_edges() == (
        s.number_of_edges()
    )


def test_dataframes_of_edges_and_nodes(kg: KnowledgeGraph) -> None:
    pd = pytest.importorskip("pandas")
    g = relations_graph(kg)
    edges = to_dataframe(g)
    assert isinstance(edges, pd.DataFrame)
    assert {"source", "target", "key", "type", "reports", "articles"} <= set(edges.columns)
    assert len(edges) == g.number_of_edges()
    assert int(edges["reports"].sum()) == 12
    nodes = to_dataframe(g, "nodes")
    assert set(nodes["label_en"]) >= {"Russia", "Syria", "Qatar"}


# -- analytics ---------------------------------------------------------------------------------


def test_dyad_timeline_counts_events_per_month_in_any_language(kg: KnowledgeGraph) -> None:
    months = dyad_timeline(kg, "روسيا", "Q858")
    assert [m.month for m in months] == ["2024-12", "2025-01"]
    dec, jan = months
    assert (dec.verbal_cooperation, dec.material_cooperation, dec.conflict) == (1, 1, 0)
    assert dec.reports == 4 and dec.articles == 4  # three reports of the call, one of the aid
    assert (jan.verbal_cooperation, jan.balance) == (1, 1)
    conflict = dyad_timeline(kg, "Israel", "Syria", since="2024-11", until="2025-01")
    assert [m.month for m in conflict] == ["2024-11", "2024-12", "2025-01"]
    assert [m.material_conflict for m in conflict] == [0, 1, 0]
    assert conflict[1].balance == -1 and conflict[1].reports == 2
    with pytest.raises(LinkingError):
        dyad_timeline(kg, "Atlantis", "Syria")


def test_top_speakers_about_a_state_count_days_not_reports(kg: KnowledgeGraph) -> None:
    rows = top_speakers(kg, "سوريا")
    assert [(r.label, r.clusters, r.statements, r.articles) for r in rows] == [
        ("Dmitry Peskov", 2, 3, 3),
        ("Sergey Lavrov", 1, 1, 1),
    ]
    assert rows[0].label_ar == "دميتري بيسكوف" and rows[0].state == RUSSIA
    by_state = top_speakers(kg, "Syria", level="state")
    assert [(r.label, r.clusters) for r in by_state] == [("Russia", 3)]


def test_ego_network_of_an_actor(kg: KnowledgeGraph) -> None:
    g = ego_network(kg, "Peskov")
    assert g.graph["center"].endswith("/dmitry-peskov")
    assert set(g.nodes) == {g.graph["center"], SYRIA}
    wide = ego_network(kg, "Syria", radius=1)
    labels = {d["label_en"] for _, d in wide.nodes(data=True)}
    assert {"Syria", "Russia", "Israel", "Dmitry Peskov", "Sergey Lavrov"} <= labels
    assert {d["kind"] for _, _, d in wide.edges(data=True)} == {"relation", "statement"}


def test_paths_between_two_states(kg: KnowledgeGraph) -> None:
    found = paths(kg, "Russia", "Israel", level="state")
    assert [p.labels for p in found] == [("Russia", "Syria", "Israel")]
    assert "CONSULT" in found[0].links[0] and "← ASSAULT" in found[0].links[1]
    far = paths(kg, "Russia", "Qatar", level="state", statements=False)
    assert [p.labels for p in far] == [("Russia", "Syria", "Israel", "Iran", "Qatar")]
    assert paths(kg, "Russia", "Qatar", level="state", until="2025-06-13") == []


def test_centrality_rankings(kg: KnowledgeGraph) -> None:
    top = centrality(kg, measure="degree")
    assert top[0].label == "Syria" and top[0].score == 4.0
    assert centrality(kg, measure="in")[0].label == "Syria"
    between = centrality(kg, measure="betweenness", limit=None)
    assert [r.label for r in between[:3]] == ["Iran", "Israel", "Qatar"] and len(between) == 7
    ranks = centrality(kg, measure="pagerank", limit=None)
    assert ranks[0].label == "Syria"
    assert abs(sum(r.score for r in ranks) - 1.0) < 1e-4
    with pytest.raises(ValueError):
        centrality(kg, measure="fame")  # type: ignore[arg-type]


def test_pagerank_matches_the_textbook_on_a_small_graph() -> None:
    g: nx.DiGraph[str] = nx.DiGraph()
    g.add_weighted_edges_from([("a", "b", 1.0), ("b", "c", 1.0), ("c", "a", 1.0), ("d", "c", 2.0)])
    ours = pagerank(g)
    assert abs(sum(ours.values()) - 1.0) < 1e-9
    assert ours["c"] > ours["a"] > ours["b"] > ours["d"]
    assert abs(ours["d"] - 0.15 / 4) < 1e-9  # nobody points at d


def test_communities_of_states_that_support_each_other(kg: KnowledgeGraph) -> None:
    found = communities(kg)
    assert [c.labels for c in found] == [("Russia", "Syria"), ("Jordan", "Qatar")]
    assert found[0].cooperation == 3 and found[0].conflict == 0
    assert found[1].labels_ar == ("الأردن", "قطر")
    assert all("Israel" not in c.labels for c in found)  # strikes are not support


# -- the commands ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli() -> typer.Typer:
    from kg.cli import network_cmd

    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)

    @app.callback()
    def _root() -> None:
        """test app"""

    network_cmd.register(app)
    return app


def run(cli: typer.Typer, *args: str) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_network_command_prints_and_writes_gephi_files(
    cli: typer.Typer, store: Path, tmp_path: Path
) -> None:
    out = run(cli, "network", "--store", store, "--out", tmp_path / "n.graphml")
    assert "7 nodes, 9 edges (relations, state level)" in out and "CONSULT" in out
    assert nx.read_graphml(tmp_path / "n.graphml").number_of_edges() == 9
    out = run(cli, "network", "--store", store, "--level", "actor", "--out", tmp_path / "n.gexf")
    assert (tmp_path / "n.gexf").stat().st_size > 0
    out = run(cli, "network", "--store", store, "--statements", "--level", "actor", "--lang", "ar")
    assert "دميتري بيسكوف" in out
    bad = CliRunner().invoke(cli, ["network", "--store", str(store), "--out", "x.png"])
    assert bad.exit_code == 1 and "graphml" in bad.output


def test_analytics_commands(cli: typer.Typer, store: Path) -> None:
    out = run(cli, "timeline", "Russia", "سوريا", "--store", store)
    assert "2024-12" in out and "2025-01" in out
    data = json.loads(run(cli, "timeline", "Q159", "Q858", "--store", store, "-f", "json"))
    assert [m["balance"] for m in data] == [2, 1]
    out = run(cli, "top-speakers", "--about", "Syria", "--store", store)
    assert out.index("Dmitry Peskov") < out.index("Sergey Lavrov")
    out = run(cli, "ego", "Peskov", "--store", store)
    assert out.startswith("Dmitry Peskov: 1 neighbours")
    out = run(cli, "path", "Russia", "Israel", "--level", "state", "--store", store)
    assert out.startswith("1. Russia —[") and "Israel" in out
    out = run(cli, "centrality", "--measure", "pagerank", "--store", store)
    assert out.splitlines()[2].split()[1] == "Syria"
    out = run(cli, "communities", "--store", store, "--lang", "ar")
    assert "الأردن، قطر" in out.replace(", ", "، ") or "الأردن, قطر" in out
    out = run(cli, "events", "--store", store, "--type", "CONSULT")
    assert "3" in out.splitlines()[2]
    bad = CliRunner().invoke(cli, ["timeline", "Atlantis", "Syria", "--store", str(store)])
    assert bad.exit_code == 1 and "Atlantis" in bad.output and "Traceback" not in bad.output
    bad = CliRunner().invoke(cli, ["network", "--since", "soon", "--store", str(store)])
    assert bad.exit_code == 1 and "not a date" in bad.output


def test_plot_commands_write_pictures(cli: typer.Typer, store: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = run(cli, "plot", "network", "--store", store, "--out", tmp_path / "net.svg")
    assert "7 nodes" in out and (tmp_path / "net.svg").stat().st_size > 1000
    run(
        cli,
        "plot",
        "timeline",
        "روسيا",
        "سوريا",
        "--store",
        store,
        "--out",
        tmp_path / "t.png",
        "--lang",
        "ar",
    )
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_states_in_net_conflict_are_not_put_in_one_community() -> None:
    text = (
        "Washington consulted Doha. Doha consulted Tehran. Doha and Tehran agreed on talks. "
        "Washington accused Tehran. Washington threatened Tehran."
    )
    ex = news(
        "rivals",
        text,
        published="2025-06-01",
        relations=[
            ("usa", "CONSULT", "qatar", "Washington consulted Doha", None, None),
            ("qatar", "CONSULT", "iran", "Doha consulted Tehran", None, None),
            ("qatar", "AGREE", "iran", "Doha and Tehran agreed on talks", None, None),
            ("usa", "ACCUSE", "iran", "Washington accused Tehran", None, None),
            ("usa", "THREATEN", "iran", "Washington threatened Tehran", None, None),
        ],
    )
    graph = KnowledgeGraph()
    install(graph)
    graph.add(ex)
    found = communities(graph)
    assert [(c.labels, c.cooperation, c.conflict) for c in found] == [(("Iran", "Qatar"), 2, 0)]
