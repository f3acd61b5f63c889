"""HTTP content negotiation for SPARQL results and RDF graphs.

Parsing follows RFC 9110 §12.5.1: media ranges with ``q`` weights; among
equal weights a more specific range wins, then the server's order of
preference.  ``*/*`` (or no ``Accept``) gives JSON results and Turtle graphs.
Common aliases sent by clients are understood (``application/json`` for
SPARQL JSON results, ``text/xml`` for XML results or RDF/XML, ``text/plain``
for N-Triples).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "GRAPH_TYPES",
    "RESULTS_TYPES",
    "Offer",
    "negotiate",
    "parse_accept",
]


@dataclass(frozen=True)
class Offer:
    """A media type the server can produce, and the aliases clients use for it."""

    media_type: str
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """The canonical type and its aliases."""
        return (self.media_type, *self.aliases)


RESULTS_TYPES: tuple[Offer, ...] = (
    Offer(
        "application/sparql-results+json",
        ("application/json", "text/javascript", "application/javascript"),
    ),
    Offer("application/sparql-results+xml", ("application/xml", "text/xml")),
    Offer("text/csv"),
    Offer("text/tab-separated-values", ("text/tsv",)),
)
"""SELECT and ASK result formats, most preferred first."""

GRAPH_TYPES: tuple[Offer, ...] = (
    Offer("text/turtle", ("application/x-turtle", "application/turtle")),
    Offer("application/n-triples", ("text/plain",)),
    Offer("application/rdf+xml", ("application/xml", "text/xml")),
    Offer("application/ld+json", ("application/json",)),
    Offer("application/trig", ("application/x-trig",)),
    Offer("application/n-quads", ("text/x-nquads",)),
)
"""RDF formats for CONSTRUCT, DESCRIBE, Graph Store reads and descriptions."""

DATASET_TYPES: tuple[Offer, ...] = (
    Offer("application/trig", ("application/x-trig",)),
    Offer("application/n-quads", ("text/x-nquads",)),
    Offer("application/ld+json", ("application/json",)),
)
"""RDF formats that can hold named graphs (whole-store dumps)."""


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``[(media range, q)]`` of an Accept header; ``*/*`` when it is absent or empty."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges: list[tuple[str, float]] = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        if media == "*":
            media = "*/*"
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def _match(media_range: str, name: str) -> int:
    """Specificity of the match of ``media_range`` on ``name`` (-1: no match)."""
    if media_range == name:
        return 2
    kind, _, sub = media_range.partition("/")
    if sub == "*" and kind == "*":
        return 0
    if sub == "*" and name.split("/", 1)[0] == kind:
        return 1
    return -1


def negotiate(accept: str | None, offers: tuple[Offer, ...]) -> str | None:
    """The canonical media type of the best offer for ``accept``, or ``None``.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULTS_TYPES)
    'application/sparql-results+xml'
    >>> negotiate(None, GRAPH_TYPES)
    'text/turtle'
    >>> negotiate("text/html", RESULTS_TYPES) is None
    True
    """
    ranges = parse_accept(accept)
    best: tuple[float, int, int] | None = None
    chosen: str | None = None
    for rank, offer in enumerate(offers):
        for name in offer.names():
            # the most specific range that matches this name sets its q
            spec, q = -1, 0.0
            for media_range, weight in ranges:
                s = _match(media_range, name)
                if s > spec:
                    spec, q = s, weight
            if spec < 0 or q <= 0:
                continue
            alias_penalty = 0 if name == offer.media_type else 1
            key = (q, spec, -(rank * 2 + alias_penalty))
            if best is None or key > best:
                best, chosen = key, offer.media_type
    return chosen


def prefers_html(accept: str | None, offers: tuple[Offer, ...]) -> bool:
    """True when ``text/html`` is asked for explicitly and weighs more than any offer."""
    ranges = parse_accept(accept)
    html = max((q for r, q in ranges if r == "text/html"), default=0.0)
    if html <= 0:
        return False
    best_other = 0.0
    for offer in offers:
        for name in offer.names():
            for media_range, q in ranges:
                if media_range not in ("*/*", "text/*") and _match(media_range, name) >= 0:
                    best_other = max(best_other, q)
    return html >= best_other
