"""The facts of one article graph that Wikidata can take (for the RDF profile and QuickStatements).

Read straight from the store's indexes, one article graph at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Store

from kg.vocab import KG, SCHEMA
from kg.wikidata.terms import WD_NS

__all__ = ["ArticleFacts", "Quotation", "article_facts"]


@dataclass(frozen=True)
class Quotation:
    """A verbatim quotation in an article, by a speaker who has a QID."""

    text: Literal
    """The quoted words, with the article's language tag."""
    author: str
    """QID of the speaker."""
    date: str | None = None
    """When it was said, as precise as the article says (ISO partial date)."""


@dataclass(frozen=True)
class ArticleFacts:
    """What an article graph says about the article itself, and its citable quotations."""

    graph: NamedNode
    url: NamedNode | None = None
    headline: Literal | None = None
    published: str | None = None
    """Publication day, ``YYYY-MM-DD``."""
    quotations: list[Quotation] = field(default_factory=list)

    @property
    def language(self) -> str | None:
        """The headline's language tag (Wikidata's monolingual text needs one)."""
        return self.headline.language if self.headline is not None else None


def _qid(store: Store, entity: NamedNode, g: NamedNode) -> str | None:
    for q in store.quads_for_pattern(entity, KG.wikidata, None, g):
        if isinstance(q.object, NamedNode) and q.object.value.startswith(WD_NS + "Q"):
            return q.object.value.removeprefix(WD_NS)
    return None


def article_facts(store: Store, g: NamedNode) -> ArticleFacts:
    """The URL, headline, publication day and citable quotations of the article graph ``g``.

    A quotation is citable when it is direct (``kg:direct true``: the speaker's own
    words), has a language tag, and its speaker has a QID.
    """
    url: NamedNode | None = None
    headline: Literal | None = None
    published: str | None = None
    for q in store.quads_for_pattern(g, None, None, g):
        if q.predicate == SCHEMA.url and isinstance(q.object, NamedNode):
            url = q.object
        elif q.predicate == SCHEMA.headline and isinstance(q.object, Literal):
            headline = q.object
        elif q.predicate == SCHEMA.datePublished and isinstance(q.object, Literal):
            published = q.object.value[:10]
    quotations: list[Quotation] = []
    for d in store.quads_for_pattern(None, KG.direct, Literal(True), g):
        content: Literal | None = None
        speaker: NamedNode | None = None
        when: str | None = None
        for q in store.quads_for_pattern(d.subject, None, None, g):
            if q.predicate == KG.content and isinstance(q.object, Literal):
                content = q.object
            elif q.predicate == KG.speaker and isinstance(q.object, NamedNode):
                speaker = q.object
            elif q.predicate == KG.statementDate and isinstance(q.object, Literal):
                when = q.object.value
        if content is None or not content.language or speaker is None:
            continue
        author = _qid(store, speaker, g)
        if author is not None:
            quotations.append(Quotation(content, author, when))
    quotations.sort(key=lambda x: (x.text.value, x.author, x.date or ""))
    return ArticleFacts(g, url, headline, published, quotations)
