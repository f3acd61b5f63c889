"""Pictures: the relations network and a dyad's monthly cooperation vs conflict.

Needs the ``plot`` extra (matplotlib, arabic-reshaper, python-bidi).  Figures
are drawn with matplotlib's object API on the Agg canvas (no GUI, no global
pyplot state), as PNG or SVG by the file suffix, at an exact pixel size.

Arabic labels are *shaped* (letters joined in their contextual forms, by
arabic-reshaper) and *ordered* for display (right to left, by python-bidi),
since matplotlib draws characters one after the other, left to right.  They
need a font with Arabic glyphs: Noto Sans Arabic (Debian ``fonts-noto-core``)
is looked up through matplotlib's font manager; when it is missing, a warning
says so and DejaVu Sans (which covers basic Arabic) is used.

In SVG output every artist carries an ``id``: ``node-…`` (see
:func:`node_gid`), ``label-…``, ``edge-<u>-<v>-<quad class>``, and
``bar-<month>-<quad class>`` in the timeline, so the pictures can be checked
and styled.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import math
import re
import warnings
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.models import QuadClass

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from kg.network.analytics import MonthBalance

__all__ = [
    "ARABIC_FONT",
    "FontWarning",
    "display_text",
    "font_families",
    "node_gid",
    "plot_network",
    "plot_timeline",
]

ARABIC_FONT = "Noto Sans Arabic"
FALLBACK_FONT = "DejaVu Sans"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_QID_IRI = re.compile(r"/(Q[1-9]\d*)$")

QUAD_COLOURS: dict[QuadClass, str] = {
    QuadClass.VERBAL_COOPERATION: "#74c476",
    QuadClass.MATERIAL_COOPERATION: "#1b7837",
    QuadClass.VERBAL_CONFLICT: "#fdae61",
    QuadClass.MATERIAL_CONFLICT: "#d7301f",
}
TYPE_COLOURS: dict[str, str] = {
    "State": "#4575b4",
    "Person": "#f1a340",
    "Organization": "#66a61e",
    "Place": "#999999",
}
QUAD_LABELS: dict[QuadClass, dict[str, str]] = {
    QuadClass.VERBAL_COOPERATION: {"en": "verbal cooperation", "ar": "تعاون لفظي"},
    QuadClass.MATERIAL_COOPERATION: {"en": "material cooperation", "ar": "تعاون مادي"},
    QuadClass.VERBAL_CONFLICT: {"en": "verbal conflict", "ar": "صراع لفظي"},
    QuadClass.MATERIAL_CONFLICT: {"en": "material conflict", "ar": "صراع مادي"},
}
_TEXT = {
    "en": {
        "empty": "no events",
        "timeline": "{a} – {b}: cooperation and conflict, events per month",
        "events": "events",
        "network": "Relations between states: one edge per event type and direction",
    },
    "ar": {
        "empty": "لا أحداث",
        "timeline": "{a} – {b}: التعاون والصراع، عدد الأحداث في الشهر",
        "events": "أحداث",
        "network": "العلاقات بين الدول",
    },
}


class FontWarning(UserWarning):
    """No font with Arabic glyphs was found; Arabic labels may show as boxes."""


def _module(name: str) -> Any:
    """Import an optional dependency of the ``plot`` extra, with a clear message."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(
            f"pictures need the plot extra ({name} is missing): pip install 'statekg[plot]'"
        ) from exc


def shape_arabic(text: str) -> str:
    """Arabic letters in their joined presentation forms, in visual (left-to-right) order.

    For renderers that draw code points one after the other (matplotlib
    before 3.11): arabic-reshaper joins the letters, python-bidi reorders.
    """
    reshaper = _module("arabic_reshaper")
    bidi = _module("bidi")
    shaped: str = reshaper.reshape(text)
    return str(bidi.get_display(shaped))


@functools.cache
def native_shaping() -> bool:
    """True when matplotlib shapes and orders complex scripts itself (3.11+, libraqm).

    Checked, not assumed from a version: the letter ب alone and ب followed
    by ب must come out as different glyphs (isolated vs initial form).
    """
    _module("matplotlib")
    from matplotlib.font_manager import FontProperties, findfont, get_font
    from matplotlib.textpath import TextToPath

    try:
        font = get_font(findfont(FontProperties(family=list(font_families()))))
        t2p = TextToPath()
        alone = t2p.get_glyphs_with_font(font, "\u0628")[0]
        joined = t2p.get_glyphs_with_font(font, "\u0628\u0628")[0]
    except Exception:  # any failure: fall back on shaping ourselves
        return False
    return bool(alone and joined) and alone[0][0] != joined[0][0]


def display_text(text: str) -> str:
    """``text`` ready for matplotlib: Arabic joined and right to left.

    Where matplotlib shapes text itself (:func:`native_shaping`) the text is
    left as it is; otherwise Arabic is shaped with :func:`shape_arabic`.  Text
    without Arabic letters is always returned as it is.
    """
    if not _ARABIC.search(text) or native_shaping():
        return text
    return shape_arabic(text)


@functools.cache
def font_families() -> tuple[str, ...]:
    """Font families for labels: Noto Sans Arabic first when installed, then DejaVu Sans.

    matplotlib falls back glyph by glyph along the list, so Latin letters come
    from DejaVu Sans and Arabic from Noto.  Warns (:class:`FontWarning`) when
    no Arabic font is found.
    """
    font_manager = _module("matplotlib.font_manager")
    try:
        font_manager.findfont(
            font_manager.FontProperties(family=ARABIC_FONT), fallback_to_default=False
        )
    except ValueError:
        warnings.warn(
            f"font {ARABIC_FONT!r} not found (Debian: apt-get install fonts-noto-core); "
            f"Arabic labels use {FALLBACK_FONT}",
            FontWarning,
            stacklevel=2,
        )
        return (FALLBACK_FONT,)
    return (ARABIC_FONT, FALLBACK_FONT)


def node_gid(iri: str) -> str:
    """The SVG id of a node: ``node-Q159`` for a Wikidata-linked entity, else a short hash.

    >>> node_gid("https://w3id.org/statekg/id/entity/Q159")
    'node-Q159'
    """
    m = _QID_IRI.search(iri)
    return "node-" + (m.group(1) if m else hashlib.sha1(iri.encode("utf-8")).hexdigest()[:12])


def _quad_slug(qc: QuadClass) -> str:
    return qc.value.replace(" ", "-")


def _figure(width: int, height: int, dpi: int) -> Figure:
    _module("matplotlib")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Figure, out: str | Path, dpi: int) -> Path:
    path = Path(out)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("png", "svg"):
        raise ValueError(f"pictures are written as .png or .svg, not {path.name!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    import matplotlib

    # a fixed salt for the ids of clip paths, no date: the same figure gives the same file
    metadata = {"Software": "statekg"} if suffix == "png" else {"Date": None}
    with matplotlib.rc_context({"svg.hashsalt": "statekg"}):
        fig.savefig(path, format=suffix, dpi=dpi, metadata=metadata)
    return path


def _label(data: dict[str, Any], lang: str) -> str:
    if lang == "ar":
        value = data.get("label_ar") or data.get("label_en") or data.get("label")
    else:
        value = data.get("label_en") or data.get("label") or data.get("label_ar")
    return str(value or "")


def _layout(g: nx.MultiDiGraph[str], seed: int) -> dict[str, tuple[float, float]]:
    """Seeded spring layout of each connected component, components packed in rows.

    Laying out components apart keeps small components from being squeezed
    to a point by the repulsion of the others.
    """
    simple: nx.Graph[str] = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    for u, v in sorted((str(a), str(b)) for a, b in g.edges()):
        if u != v:
            w = simple[u][v]["weight"] + 1 if simple.has_edge(u, v) else 1
            simple.add_edge(u, v, weight=w)
    components = sorted(
        (sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0])
    )
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for nodes in components:
        sub = simple.subgraph(nodes)
        radius = math.sqrt(len(nodes))
        if len(nodes) == 1:
            local = {nodes[0]: (0.0, 0.0)}
        else:
            pos = nx.spring_layout(
                sub, seed=seed, k=2.2 / math.sqrt(len(nodes)), iterations=300, scale=radius
            )
            local = {str(n): (float(p[0]), float(p[1])) for n, p in pos.items()}
        placed.append((local, radius))
    # shelf packing on the components' real extents, biggest first
    boxes = []
    for local, _ in placed:
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        boxes.append((min(xs), max(ys), max(xs) - min(xs) + 1.6, max(ys) - min(ys) + 1.2))
    row_width = max(max(b[2] for b in boxes), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.4)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (local, _), (left, top, width, height) in zip(placed, boxes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for n, (px, py) in local.items():
            out[n] = (x + 0.8 + px - left, y - 0.6 - (top - py))
        x += width
        row_height = max(row_height, height)
    return out


def plot_network(
    g: nx.MultiDiGraph[str],
    out: str | Path,
    *,
    lang: str = "en",
    width: int = 1200,
    height: int = 900,
    dpi: int = 100,
    seed: int = 7,
    title: str | None = None,
) -> Path:
    """Draw a relations graph (:func:`kg.network.relations_graph`) to PNG or SVG.

    Nodes are coloured by type and sized by their number of events; between
    two nodes, one arrow per direction and quad class, coloured by quad class
    (greens: cooperation, oranges and reds: conflict), as wide as its number
    of events.  Labels in ``lang`` (``"en"`` or ``"ar"``; the other language
    when missing).  The layout is seeded, so the same graph gives the same
    picture.  Returns the path written.
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    families = list(font_families())
    font = FontProperties(family=families, size=10)
    text = _TEXT.get(lang, _TEXT["en"])
    fig = _figure(width, height, dpi)
    ax = fig.add_axes((0.02, 0.02, 0.96, 0.9))
    ax.set_axis_off()
    fig.text(
        0.5,
        0.96,
        display_text(title if title is not None else text["network"]),
        ha="center",
        va="center",
        fontproperties=FontProperties(family=families, size=14),
    )
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, display_text(text["empty"]), ha="center", fontproperties=font)
        return _save(fig, out, dpi)

    pos = _layout(g, seed)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad_x = (max(xs) - min(xs)) * 0.08 + 0.6
    pad_y = (max(ys) - min(ys)) * 0.08 + 0.6
    ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
    ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)

    events: dict[str, int] = defaultdict(int)
    bundles: dict[tuple[str, str, QuadClass], int] = defaultdict(int)
    for u, v, data in g.edges(data=True):
        events[str(u)] += 1
        events[str(v)] += 1
        qc = QuadClass(data.get("quad_class", QuadClass.VERBAL_COOPERATION.value))
        bundles[(str(u), str(v), qc)] += 1

    sizes = {n: 180 + 90 * math.sqrt(events[n]) for n in pos}
    order = list(QuadClass)
    for (u, v, qc), count in sorted(
        bundles.items(), key=lambda i: (i[0][0], i[0][1], order.index(i[0][2]))
    ):
        if u == v:
            continue
        rad = 0.08 + 0.07 * order.index(qc)
        arrow = FancyArrowPatch(
            pos[u],
            pos[v],
            arrowstyle="-|>",
            mutation_scale=12,
            connectionstyle=f"arc3,rad={rad}",
            color=QUAD_COLOURS[qc],
            linewidth=1.0 + 1.2 * math.log2(1 + count),
            alpha=0.85,
            shrinkA=math.sqrt(sizes[u]) / 2 + 2,
            shrinkB=math.sqrt(sizes[v]) / 2 + 2,
            zorder=1,
        )
        arrow.set_gid(f"edge-{node_gid(u)[5:]}-{node_gid(v)[5:]}-{_quad_slug(qc)}")
        ax.add_patch(arrow)

    for n in sorted(pos):
        data = g.nodes[n]
        x, y = pos[n]
        dot = ax.scatter(
            [x],
            [y],
            s=sizes[n],
            c=TYPE_COLOURS.get(str(data.get("type", "")), "#bbbbbb"),
            edgecolors="white",
            linewidths=1.5,
            zorder=2,
        )
        dot.set_gid(node_gid(n))
        label = ax.annotate(
            display_text(_label(data, lang)),
            (x, y),
            xytext=(0, -(math.sqrt(sizes[n]) / 2 + 9)),
            textcoords="offset points",
            ha="center",
            va="center",
            fontproperties=font,
            zorder=3,
        )
        label.set_gid("label-" + node_gid(n)[5:])

    present = [qc for qc in order if any(b[2] is qc for b in bundles)]
    handles = [
        Line2D(
            [],
            [],
            color=QUAD_COLOURS[qc],
            linewidth=3,
            label=display_text(QUAD_LABELS[qc][lang if lang in ("en", "ar") else "en"]),
        )
        for qc in present
    ]
    if handles:
        legend = ax.legend(handles=handles, loc="lower right", prop=font, frameon=False)
        legend.set_gid("legend")
    return _save(fig, out, dpi)


def plot_timeline(
    months: Sequence[MonthBalance],
    out: str | Path,
    *,
    a: str = "A",
    b: str = "B",
    lang: str = "en",
    width: int = 1000,
    height: int = 500,
    dpi: int = 100,
    title: str | None = None,
) -> Path:
    """Draw a dyad's monthly cooperation (up) vs conflict (down) events to PNG or SVG.

    ``months`` is what :func:`kg.network.analytics.dyad_timeline` returns;
    ``a`` and ``b`` are the names shown in the title.  Bars are stacked by
    quad class (verbal, then material); a black line marks the balance
    (cooperation minus conflict).
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.ticker import MaxNLocator

    families = list(font_families())
    font = FontProperties(family=families, size=10)
    text = _TEXT.get(lang, _TEXT["en"])
    fig = _figure(width, height, dpi)
    ax: Axes = fig.add_axes((0.08, 0.16, 0.72, 0.72))
    heading = title if title is not None else text["timeline"].format(a=a, b=b)
    ax.set_title(display_text(heading), fontproperties=FontProperties(family=families, size=13))
    if not months:
        ax.text(
            0.5,
            0.5,
            display_text(text["empty"]),
            ha="center",
            transform=ax.transAxes,
            fontproperties=font,
        )
        ax.set_axis_off()
        return _save(fig, out, dpi)
    x = list(range(len(months)))
    series = [
        (QuadClass.VERBAL_COOPERATION, [m.verbal_cooperation for m in months], 1),
        (QuadClass.MATERIAL_COOPERATION, [m.material_cooperation for m in months], 1),
        (QuadClass.VERBAL_CONFLICT, [m.verbal_conflict for m in months], -1),
        (QuadClass.MATERIAL_CONFLICT, [m.material_conflict for m in months], -1),
    ]
    up = [0] * len(months)
    down = [0] * len(months)
    lang_key = lang if lang in ("en", "ar") else "en"
    for qc, values, sign in series:
        base = up if sign > 0 else down
        bars = ax.bar(
            x,
            [sign * v for v in values],
            bottom=[sign * v for v in base],
            color=QUAD_COLOURS[qc],
            width=0.7,
            label=display_text(QUAD_LABELS[qc][lang_key]),
        )
        for month, patch in zip(months, bars.patches, strict=True):
            patch.set_gid(f"bar-{month.month}-{_quad_slug(qc)}")
        for i, v in enumerate(values):
            base[i] += v
    line = ax.plot(
        x, [m.balance for m in months], color="black", linewidth=1.5, marker="o", markersize=3
    )
    line[0].set_gid("balance")
    ax.axhline(0, color="#444444", linewidth=0.8)
    step = max(1, math.ceil(len(months) / 24))
    ax.set_xticks(x[::step], [m.month for m in months][::step], rotation=60, ha="right")
    ax.set_ylabel(display_text(text["events"]), fontproperties=font)
    top = max([*up, 1])
    bottom = max([*down, 1])
    ax.set_ylim(-bottom - 0.5, top + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), prop=font, frameon=False)
    return _save(fig, out, dpi)
