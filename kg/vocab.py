"""Ontology terms as constants: the Python mirror of ``ontology/kg.ttl``.

``ontology/kg.ttl`` is the source of truth; ``tests/test_ontology.py`` checks
that every constant here is declared there (with English and Arabic labels) and
that every class and property declared there has a constant here.  Code builds
IRIs only through this module and :mod:`kg.rdf.iris`, never from string
literals scattered around.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pyoxigraph import NamedNode

from kg.models import Modality, QuadClass, RelationType

__all__ = [
    "DCTERMS",
    "KG",
    "KG_NS",
    "PLOVER",
    "PLOVER_NS",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "WD",
    "XSD",
    "modality_iri",
    "ontology_path",
    "plover_concept",
    "quad_class_iri",
    "relation_class",
    "relation_property",
]

KG_NS = "https://w3id.org/statekg/ontology#"
PLOVER_NS = "https://w3id.org/statekg/plover#"
WD_NS = "http://www.wikidata.org/entity/"


class _Namespace:
    """A closed namespace: only the names listed exist (a typo is an AttributeError)."""

    def __init__(self, base: str, names: tuple[str, ...]) -> None:
        self._base = base
        self._names = frozenset(names)

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_") or name not in self._names:
            raise AttributeError(f"{self._base}{name} is not a declared term")
        return NamedNode(self._base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return self.__getattr__(name)

    @property
    def base(self) -> str:
        """The namespace IRI."""
        return self._base

    @property
    def names(self) -> frozenset[str]:
        """The local names declared in this namespace."""
        return self._names


class _Open:
    """An open namespace (external vocabularies: any local name is accepted)."""

    def __init__(self, base: str) -> None:
        self.base = base

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        return NamedNode(self.base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self.base + name)


KG_CLASSES: tuple[str, ...] = (
    "Actor",
    "State",
    "Person",
    "Organization",
    "Place",
    "Role",
    "NewsArticle",
    "Statement",
    "Relation",
    "Mention",
    "Extractor",
    "Modality",
    "QuadClass",
    # one class per relation type (reified relation nodes)
    "Agree",
    "Consult",
    "Support",
    "Concede",
    "Cooperate",
    "Aid",
    "Retreat",
    "Request",
    "Accuse",
    "Reject",
    "Threaten",
    "Protest",
    "Sanction",
    "Mobilize",
    "Coerce",
    "Assault",
    "Flee",
    "Presence",
    "Leadership",
    # events and statement clusters (kg.network.events)
    "Event",
    "StatementCluster",
    # the who-said index (kg.rdf.mapping)
    "ActorPeriod",
)

KG_OBJECT_PROPERTIES: tuple[str, ...] = (
    # entities
    "state",  # actor -> State it speaks or acts for
    "holds",  # person -> Role
    "holder",  # Role -> person
    "roleOf",  # Role -> State or Organization
    "wikidata",  # entity -> wd:Q...
    "mentionOf",  # Mention -> entity
    # statements
    "speaker",
    "about",
    "via",
    "reportedIn",  # inner statement -> outer statement that relays it
    # relations (reified)
    "subject",
    "object",
    "relationType",  # relation node -> plover concept
    "modality",  # relation node -> modality individual
    "quadClass",  # relation type / property / class -> quad class individual
    "ploverType",  # relation class or property -> plover concept
    "relationProperty",  # relation class -> the direct property
    "relationClass",  # direct property -> the relation class
    # provenance
    "article",  # statement / relation / mention -> article
    # direct relation properties, one per type
    "agreesWith",
    "consults",
    "supports",
    "concedesTo",
    "cooperatesWith",
    "aids",
    "retreatsFrom",
    "requests",
    "accuses",
    "rejects",
    "threatens",
    "protestsAgainst",
    "sanctions",
    "mobilizesAgainst",
    "coerces",
    "assaults",
    "fleesTo",
    "hasPresenceIn",
    "leads",
    # events and statement clusters
    "reportOf",
    "eventType",
    "eventSubject",
    "eventObject",
    "eventModality",
    "clusterSpeaker",
    # the who-said index: statement -> actor period bucket, bucket -> actor
    "speakerInPeriod",
    "aboutInPeriod",
    "actor",
)

KG_DATATYPE_PROPERTIES: tuple[str, ...] = (
    "qid",
    "searchKey",  # normalised name, for lookups and autocomplete
    "roleLabel",
    "startDate",
    "endDate",
    "content",
    "cue",
    "direct",
    "statementDate",
    "eventDate",  # xsd:gYear / gYearMonth / date as precise as the text
    "dateStart",  # xsd:date, first day the event date covers
    "dateEnd",  # xsd:date, last day the event date covers
    "datePrecision",  # "year" | "month" | "day"
    "topic",
    "trigger",
    "evidence",
    "start",  # character offset (mention, statement content, evidence)
    "end",
    "confidence",
    "surface",
    "sourceName",
    "articleId",
    "contentHash",
    "extractorName",
    "extractorVersion",
    "symmetric",
    "period",
    "periodStart",
    "periodEnd",
    "whoSaidIndex",  # version of the who-said index written with an article
    "whoSaidSummary",  # a statement's who-said row, precomputed (rdf:JSON)
    "whoSaidRows",  # a day bucket's who-said-about rows, in the query's order (rdf:JSON)
    "whoSaidCount",  # how many rows a who-said page holds
    "whoSaidBefore",  # rows in the same actor's pages of the earlier days of the month
    "whoSaidPages",  # version of the who-said pages, while they cover every article
)

KG_INDIVIDUALS: tuple[str, ...] = (
    "Asserted",
    "Intended",
    "Negated",
    "Hypothetical",
    "VerbalCooperation",
    "MaterialCooperation",
    "VerbalConflict",
    "MaterialConflict",
)

KG = _Namespace(KG_NS, KG_CLASSES + KG_OBJECT_PROPERTIES + KG_DATATYPE_PROPERTIES + KG_INDIVIDUALS)
PLOVER = _Namespace(PLOVER_NS, ("scheme", *(t.value for t in RelationType)))
WD = _Open(WD_NS)
RDF = _Open("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = _Open("http://www.w3.org/2000/01/rdf-schema#")
XSD = _Open("http://www.w3.org/2001/XMLSchema#")
SKOS = _Open("http://www.w3.org/2004/02/skos/core#")
PROV = _Open("http://www.w3.org/ns/prov#")
SCHEMA = _Open("https://schema.org/")
DCTERMS = _Open("http://purl.org/dc/terms/")

PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "plover": PLOVER_NS,
    "wd": WD_NS,
    "rdf": RDF.base,
    "rdfs": RDFS.base,
    "xsd": XSD.base,
    "skos": SKOS.base,
    "prov": PROV.base,
    "schema": SCHEMA.base,
    "dcterms": DCTERMS.base,
    "owl": "http://www.w3.org/2002/07/owl#",
}
"""Prefixes used in dumps and in the queries under ``kg/queries``."""

_CLASS = {
    RelationType.AGREE: "Agree",
    RelationType.CONSULT: "Consult",
    RelationType.SUPPORT: "Support",
    RelationType.CONCEDE: "Concede",
    RelationType.COOPERATE: "Cooperate",
    RelationType.AID: "Aid",
    RelationType.RETREAT: "Retreat",
    RelationType.REQUEST: "Request",
    RelationType.ACCUSE: "Accuse",
    RelationType.REJECT: "Reject",
    RelationType.THREATEN: "Threaten",
    RelationType.PROTEST: "Protest",
    RelationType.SANCTION: "Sanction",
    RelationType.MOBILIZE: "Mobilize",
    RelationType.COERCE: "Coerce",
    RelationType.ASSAULT: "Assault",
    RelationType.FLEE: "Flee",
    RelationType.PRESENCE: "Presence",
    RelationType.LEADS: "Leadership",
}
_PROPERTY = {
    RelationType.AGREE: "agreesWith",
    RelationType.CONSULT: "consults",
    RelationType.SUPPORT: "supports",
    RelationType.CONCEDE: "concedesTo",
    RelationType.COOPERATE: "cooperatesWith",
    RelationType.AID: "aids",
    RelationType.RETREAT: "retreatsFrom",
    RelationType.REQUEST: "requests",
    RelationType.ACCUSE: "accuses",
    RelationType.REJECT: "rejects",
    RelationType.THREATEN: "threatens",
    RelationType.PROTEST: "protestsAgainst",
    RelationType.SANCTION: "sanctions",
    RelationType.MOBILIZE: "mobilizesAgainst",
    RelationType.COERCE: "coerces",
    RelationType.ASSAULT: "assaults",
    RelationType.FLEE: "fleesTo",
    RelationType.PRESENCE: "hasPresenceIn",
    RelationType.LEADS: "leads",
}
_MODALITY = {
    Modality.ASSERTED: "Asserted",
    Modality.INTENDED: "Intended",
    Modality.NEGATED: "Negated",
    Modality.HYPOTHETICAL: "Hypothetical",
}


def relation_class(t: RelationType) -> NamedNode:
    """The ``kg:`` class of reified relation nodes of type ``t`` (``kg:Support``)."""
    return KG[_CLASS[t]]


def relation_property(t: RelationType) -> NamedNode:
    """The direct ``kg:`` property for type ``t`` (``kg:supports``)."""
    return KG[_PROPERTY[t]]


def plover_concept(t: RelationType) -> NamedNode:
    """The SKOS concept of type ``t`` in ``ontology/plover.ttl``."""
    return PLOVER[t.value]


def quad_class_iri(q: QuadClass) -> NamedNode:
    """The ``kg:`` individual for a PLOVER quad class (``kg:VerbalCooperation``)."""
    return KG["".join(word.capitalize() for word in q.value.split())]


def modality_iri(m: Modality) -> NamedNode:
    """The ``kg:`` individual for a modality (``kg:Asserted``)."""
    return KG[_MODALITY[m]]


def relation_type_of_property(local_name: str) -> RelationType:
    """The relation type whose direct property has that local name."""
    for t, name in _PROPERTY.items():
        if name == local_name:
            return t
    raise KeyError(local_name)


def ontology_path(name: str = "kg.ttl") -> Path:
    """Path of an ontology file (``kg.ttl``, ``shapes.ttl``, ``plover.ttl``...).

    The files live in ``ontology/`` at the top of the repository and are
    shipped inside the wheel as ``kg/ontology/``; this is the one function that
    knows where.
    """
    packaged = resources.files("kg").joinpath("ontology", name)
    if packaged.is_file():
        return Path(str(packaged))
    source = Path(__file__).resolve().parent.parent / "ontology" / name
    if source.is_file():
        return source
    raise FileNotFoundError(f"ontology file {name} not found")
