"""Pictures: the network and the dyad timeline as SVG (checked element by element) and PNG."""

from __future__ import annotations

import struct
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kg.network import install, relations_graph
from kg.network.analytics import MonthBalance, dyad_timeline
from kg.store import KnowledgeGraph
from tests.network.test_network import ISRAEL, RUSSIA, SYRIA, scenario

pytest.importorskip("matplotlib")
pytest.importorskip("arabic_reshaper")
pytest.importorskip("bidi")

from kg.network.plot import (
    FontWarning,
    display_text,
    font_families,
    native_shaping,
    node_gid,
    plot_network,
    plot_timeline,
    shape_arabic,
)

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    install(graph)
    for ex in scenario():
        graph.add(ex)
    return graph


def ids(path: Path) -> set[str]:
    root = ET.parse(path).getroot()
    return {el.get("id", "") for el in root.iter() if el.get("id")}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_network_svg_has_every_node_and_edge(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = relations_graph(kg)
    out = plot_network(g, tmp_path / "network.svg")
    found = ids(out)
    nodes = {i for i in found if i.startswith("node-")}
    assert nodes == {node_gid(n) for n in g.nodes}
    assert {"node-Q159", "node-Q858", "node-Q801"} <= nodes
    assert {i for i in found if i.startswith("label-")} == {"label-" + n[5:] for n in nodes}
    edges = {i for i in found if i.startswith("edge-")}
    # one arrow per direction and quad class
    assert "edge-Q159-Q858-verbal-cooperation" in edges  # CONSULT and SUPPORT
    assert "edge-Q159-Q858-material-cooperation" in edges  # AID
    assert "edge-Q801-Q858-material-conflict" in edges  # the strikes
    assert "edge-Q858-Q159-verbal-cooperation" not in edges
    assert len(edges) == len({(u, v, d["quad_class"]) for u, v, d in g.edges(data=True)})


def test_network_png_has_the_asked_size(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = relations_graph(kg, level="actor")
    data = plot_network(g, tmp_path / "network.png", width=800, height=600, lang="ar").read_bytes()
    assert png_size(data) == (800, 600)
    assert len(data) > 20_000  # not a blank canvas


def test_arabic_labels_are_drawn_with_arabic_glyphs(kg: KnowledgeGraph, tmp_path: Path) -> None:
    families = font_families()
    if families[0] != "Noto Sans Arabic":
        pytest.skip("Noto Sans Arabic is not installed (Debian fonts-noto-core)")
    out = plot_network(relations_graph(kg), tmp_path / "ar.svg", lang="ar")
    glyphs = {i for i in ids(out) if "-" in i and not i.startswith(("node", "edge", "label"))}
    assert any(i.startswith("NotoSansArabic") for i in glyphs)
    assert not any(i.startswith("LastResort") for i in glyphs)  # no missing-glyph boxes


def test_arabic_is_joined_and_right_to_left_for_matplotlib() -> None:
    # shaping by hand (matplotlib before 3.11): presentation forms in visual order
    shaped = shape_arabic("سوريا")
    assert all("\ufe70" <= c <= "\ufeff" for c in shaped)
    assert shaped[-1] in "\ufeb3\ufeb1"  # the initial (or isolated) seen, drawn rightmost
    assert shape_arabic("Syria and سوريا").startswith("Syria and ")
    assert display_text("Russia") == "Russia"
    # matplotlib 3.11+ shapes complex scripts itself: then the text is left as it is
    if native_shaping():
        assert display_text("سوريا") == "سوريا"
    else:
        assert display_text("سوريا") == shaped


def test_missing_arabic_font_falls_back_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib.font_manager as fm

    def nothing(*args: object, **kwargs: object) -> str:
        raise ValueError("no such font")

    font_families.cache_clear()
    monkeypatch.setattr(fm, "findfont", nothing)
    try:
        with pytest.warns(FontWarning, match="fonts-noto-core"):
            assert font_families() == ("DejaVu Sans",)
    finally:
        monkeypatch.undo()
        font_families.cache_clear()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FontWarning)
            font_families()


def test_timeline_svg_has_a_bar_per_month_and_quad_class(
    kg: KnowledgeGraph, tmp_path: Path
) -> None:
    months = dyad_timeline(kg, "Israel", "Syria", since="2024-11", until="2025-02")
    out = plot_timeline(months, tmp_path / "t.svg", a="إسرائيل", b="سوريا", lang="ar")
    found = ids(out)
    bars = {i for i in found if i.startswith("bar-")}
    assert len(bars) == 4 * len(months) == 16
    assert "bar-2024-12-material-conflict" in bars and "balance" in found
    # the December strike bar goes down by one event; the others are empty
    root = ET.parse(out).getroot()
    heights = {}
    for el in root.iter(f"{SVG}g"):
        if el.get("id", "").startswith("bar-"):
            path = el.find(f"{SVG}path")
            assert path is not None
            coords = [float(x) for x in path.get("d", "").replace("z", "").split() if _num(x)]
            heights[el.get("id")] = max(coords[1::2]) - min(coords[1::2]) if coords else 0.0
    assert heights["bar-2024-12-material-conflict"] > 0
    assert heights["bar-2024-11-material-conflict"] == 0
    assert heights["bar-2024-12-verbal-cooperation"] == 0


def _num(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_timeline_png_size_and_empty_timeline(tmp_path: Path) -> None:
    months = [
        MonthBalance("2025-01", verbal_cooperation=2),
        MonthBalance("2025-02", verbal_conflict=1),
    ]
    data = plot_timeline(months, tmp_path / "t.png", width=640, height=320).read_bytes()
    assert png_size(data) == (640, 320)
    empty = plot_timeline([], tmp_path / "empty.png", width=300, height=200).read_bytes()
    assert png_size(empty) == (300, 200)


def test_pictures_are_png_or_svg_only(kg: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        plot_network(relations_graph(kg), tmp_path / "x.pdf")


def test_same_graph_same_picture(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = relations_graph(kg)
    a = plot_network(g, tmp_path / "a.svg").read_text()
    b = plot_network(g, tmp_path / "b.svg").read_text()
    assert a == b
    assert {RUSSIA, SYRIA, ISRAEL} <= set(g.nodes)
