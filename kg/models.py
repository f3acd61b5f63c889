"""The pydantic models that are the contract between extraction and RDF.

Extractors produce an :class:`Extraction`; :mod:`kg.rdf` turns it into quads.
Nothing else crosses that line, so everything a fact needs to be traced back to
its evidence lives here: character offsets into :attr:`Article.text`, the
extractor name and version, and dates as ISO strings with their precision
(``2025``, ``2025-02``, ``2025-02-20``).

Validation refuses, with :class:`kg.errors.ValidationError`:

* a quote, relation or entity ``state`` that points at a missing entity;
* a span (mention, quote content, relation evidence) outside the text, or whose
  ``text`` is not the slice of the article it claims to be;
* an unknown relation type or modality (they are enums).
"""

from __future__ import annotations

import calendar
import hashlib
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

import pydantic
from pydantic import BaseModel, ConfigDict, Field, model_validator

from kg.errors import ValidationError

__all__ = [
    "Article",
    "Entity",
    "EntityType",
    "Extraction",
    "Mention",
    "Modality",
    "QuadClass",
    "Relation",
    "RelationType",
    "Role",
    "Statement",
    "date_bounds",
    "date_precision",
]

ISO_PARTIAL_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
"""``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: a date as precise as the text allows."""

PartialDate = Annotated[str, Field(pattern=ISO_PARTIAL_DATE)]
QID = Annotated[str, Field(pattern=r"^Q[1-9]\d*$")]


class EntityType(StrEnum):
    """The kinds of actor (and place) the graph knows."""

    STATE = "State"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"


class Modality(StrEnum):
    """Whether a relation happened, is intended, is denied or is only possible."""

    ASSERTED = "asserted"
    INTENDED = "intended"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


class QuadClass(StrEnum):
    """PLOVER/CAMEO quad classes: verbal/material x cooperation/conflict."""

    VERBAL_COOPERATION = "verbal cooperation"
    MATERIAL_COOPERATION = "material cooperation"
    VERBAL_CONFLICT = "verbal conflict"
    MATERIAL_CONFLICT = "material conflict"


class RelationType(StrEnum):
    """The 16 PLOVER event types plus FLEE, PRESENCE and LEADS (see GUIDELINES)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    FLEE = "FLEE"
    PRESENCE = "PRESENCE"
    LEADS = "LEADS"

    @property
    def symmetric(self) -> bool:
        """True for types whose subject and object can be swapped."""
        return self in _SYMMETRIC

    @property
    def quad_class(self) -> QuadClass:
        """The PLOVER quad class of this type."""
        return _QUAD[self]


_SYMMETRIC = frozenset({RelationType.CONSULT, RelationType.COOPERATE, RelationType.AGREE})
_Q = QuadClass
_QUAD: dict[RelationType, QuadClass] = {
    RelationType.AGREE: _Q.VERBAL_COOPERATION,
    RelationType.CONSULT: _Q.VERBAL_COOPERATION,
    RelationType.SUPPORT: _Q.VERBAL_COOPERATION,
    RelationType.CONCEDE: _Q.MATERIAL_COOPERATION,
    RelationType.COOPERATE: _Q.MATERIAL_COOPERATION,
    RelationType.AID: _Q.MATERIAL_COOPERATION,
    RelationType.RETREAT: _Q.MATERIAL_COOPERATION,
    RelationType.REQUEST: _Q.VERBAL_CONFLICT,
    RelationType.ACCUSE: _Q.VERBAL_CONFLICT,
    RelationType.REJECT: _Q.VERBAL_CONFLICT,
    RelationType.THREATEN: _Q.VERBAL_CONFLICT,
    RelationType.PROTEST: _Q.MATERIAL_CONFLICT,
    RelationType.SANCTION: _Q.MATERIAL_CONFLICT,
    RelationType.MOBILIZE: _Q.MATERIAL_CONFLICT,
    RelationType.COERCE: _Q.MATERIAL_CONFLICT,
    RelationType.ASSAULT: _Q.MATERIAL_CONFLICT,
    RelationType.FLEE: _Q.MATERIAL_CONFLICT,
    RelationType.PRESENCE: _Q.MATERIAL_CONFLICT,
    RelationType.LEADS: _Q.MATERIAL_COOPERATION,
}


def date_precision(value: str) -> str:
    """``"year"``, ``"month"`` or ``"day"`` for an ISO partial date.

    >>> date_precision("2024-12")
    'month'
    """
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def date_bounds(value: str) -> tuple[date, date]:
    """The first and last day an ISO partial date covers.

    >>> date_bounds("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    return day, day


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Article(_Model):
    """One news article: its text and the metadata we know.

    ``id`` is the caller's identifier (a dataset id, or derived from the URL or
    the file); the graph IRI of the article is minted from it, so the same id
    ingested again replaces the earlier version.
    """

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    lang: str = Field(default="und", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$|^und$")
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: date | None = None
    path: str | None = Field(default=None, description="file it was read from, if any")

    @property
    def content_hash(self) -> str:
        """sha256 over what makes the article's content (text, title, date, lang, url, source)."""
        h = hashlib.sha256()
        for part in (self.text, self.title, self.published, self.lang, self.url, self.source):
            h.update(b"\x1f" + str(part if part is not None else "").encode("utf-8"))
        return "sha256:" + h.hexdigest()


class Mention(_Model):
    """Where an entity is named in the article: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Role(_Model):
    """A position a person holds for a state or an organisation.

    ``of`` is the entity id (in the same extraction) of the state or
    organisation; ``start``/``end`` are the tenure when known.
    """

    label: str = Field(min_length=1)
    lang: str = "und"
    of: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None


class Entity(_Model):
    """An actor (or a place) in one article.

    ``id`` is local to the extraction (``e1``...); ``state`` is the id of the
    State entity it speaks or acts for (a State's ``state`` is its own id).
    """

    id: str = Field(min_length=1)
    type: EntityType
    label: str = Field(min_length=1, description="canonical name, English when known")
    labels: dict[str, str] = Field(default_factory=dict, description="lang -> name")
    aliases: list[str] = Field(default_factory=list)
    qid: QID | None = None
    state: str | None = None
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Statement(_Model):
    """An attributed statement: who said what, about whom, relayed by whom.

    ``start``/``end`` delimit the content in the article text (``text`` is
    that slice).  ``via`` is the entity that relays it ("according to TASS");
    ``reported_in`` the id of the outer statement that carries this one
    (Peskov said that Putin affirmed ...).
    """

    id: str = Field(min_length=1)
    speaker: str
    cue: str = ""
    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    direct: bool = False
    about: list[str] = Field(default_factory=list)
    via: str | None = None
    reported_in: str | None = None
    date: PartialDate | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Relation(_Model):
    """What one actor did, does or will do to another, with its evidence.

    ``predicate`` is the trigger as written ("بعث رسالة", "condemned");
    ``evidence`` is ``article.text[evidence_start:evidence_end]``.
    """

    id: str = Field(min_length=1)
    subject: str
    type: RelationType
    object: str
    predicate: str = ""
    date: PartialDate | None = None
    modality: Modality = Modality.ASSERTED
    topic: str | None = None
    evidence: str = Field(min_length=1)
    evidence_start: int = Field(ge=0)
    evidence_end: int = Field(ge=0)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)


class Extraction(_Model):
    """Everything extracted from one article, self-consistent by construction."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Statement] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    extractor: str = "unknown"
    extractor_version: str = "0"

    @model_validator(mode="after")
    def _check_references_and_spans(self) -> Extraction:
        text = self.article.text
        ids = {e.id for e in self.entities}
        if len(ids) != len(self.entities):
            raise ValueError("duplicate entity ids")

        def need(ref: str | None, what: str) -> None:
            if ref is not None and ref not in ids:
                raise ValueError(f"{what} points at missing entity {ref!r}")

        def span(start: int, end: int, claimed: str, what: str) -> None:
            if not 0 <= start <= end <= len(text):
                raise ValueError(
                    f"{what} span {start}:{end} is outside the text ({len(text)} chars)"
                )
            if text[start:end] != claimed:
                raise ValueError(f"{what} text does not match the article at {start}:{end}")

        for e in self.entities:
            need(e.state, f"entity {e.id} state")
            for role in e.roles:
                need(role.of, f"entity {e.id} role")
            for m in e.mentions:
                span(m.start, m.end, m.text, f"entity {e.id} mention")
        qids = {q.id for q in self.quotes}
        for q in self.quotes:
            need(q.speaker, f"quote {q.id} speaker")
            need(q.via, f"quote {q.id} via")
            for a in q.about:
                need(a, f"quote {q.id} about")
            if q.reported_in is not None and q.reported_in not in qids:
                raise ValueError(
                    f"quote {q.id} reported_in points at missing quote {q.reported_in!r}"
                )
            span(q.start, q.end, q.text, f"quote {q.id}")
        for r in self.relations:
            need(r.subject, f"relation {r.id} subject")
            need(r.object, f"relation {r.id} object")
            span(r.evidence_start, r.evidence_end, r.evidence, f"relation {r.id} evidence")
        return self

    @classmethod
    def build(cls, **data: Any) -> Extraction:
        """Validate ``data`` into an Extraction, raising :class:`ValidationError`.

        Use this rather than the constructor where a one-line error is wanted.
        """
        try:
            return cls.model_validate(data)
        except pydantic.ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            msg = first["msg"]
            if first["type"] in ("enum", "string_pattern_mismatch", "literal_error"):
                msg = f"{msg} (got {first.get('input')!r})"
            raise ValidationError(f"{where}: {msg}" if where else msg) from exc

    def entity(self, entity_id: str) -> Entity:
        """The entity with that local id."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)
