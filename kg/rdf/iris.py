"""Deterministic IRI minting (scheme v1: changing it breaks users' saved queries).

* entity with a QID      ``{base}entity/Q159``
* entity without a QID   ``{base}entity/{type}/{slug}``, slug from the canonical label
* article (named graph)  ``{base}article/{id}`` when the id is a safe token, else
  ``{base}article/h{sha256(id)[:20]}``
* statement / relation / role / mention  ``{base}{kind}/{sha256(parts)[:20]}``
  over the content that identifies them, so the same fact gets the same IRI.
* extractor              ``{base}extractor/{name}/{version}``
* actor period (index)   ``{base}actor-period/{period}/{sha256(actor IRI)[:20]}``, the bucket of
  the statements by or about one actor dated ``period`` (``2024-03-09``, or
  ``2024-03`` / ``2024`` when only the month or year is known); see
  :mod:`kg.rdf.mapping`.

The slug function is frozen here on purpose (rather than shared with the
linker's normaliser, which may improve over time).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from pyoxigraph import NamedNode

from kg.models import EntityType

__all__ = ["IRIs", "slug"]

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,95}$")
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def slug(name: str) -> str:
    """A stable, readable IRI segment for a name (Arabic letters are kept).

    >>> slug("Dmitry  Peskov")
    'dmitry-peskov'
    >>> slug("أحمد الشرع")
    'احمد-الشرع'
    """
    s = unicodedata.normalize("NFKC", name)
    s = _AR_MARKS.sub("", s).translate(_AR_FOLD)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c) or "\u0600" <= c <= "\u06ff")
    s = _NON_WORD.sub("-", s.casefold()).strip("-_")
    return s or "x"


def _digest(*parts: object) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(str(p).encode("utf-8") + b"\x1f")
    return h.hexdigest()[:20]


class IRIs:
    """Mints the IRIs of one knowledge graph under a base IRI."""

    def __init__(self, base: str) -> None:
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", base):
            raise ValueError(f"base IRI must be absolute: {base!r}")
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _node(self, path: str) -> NamedNode:
        return NamedNode(self.base + path)

    def entity(self, *, type: EntityType, label: str, qid: str | None) -> NamedNode:
        """The IRI of an entity: from its QID when linked, else type + slug of its label."""
        if qid:
            return self.wikidata_entity(qid)
        return self._node(f"entity/{type.value.lower()}/{slug(label)}")

    def wikidata_entity(self, qid: str) -> NamedNode:
        """The IRI of the entity linked to Wikidata item ``qid`` (``{base}entity/Q159``)."""
        return self._node(f"entity/{qid}")

    def article(self, article_id: str) -> NamedNode:
        """The IRI of an article, which is also the name of its graph."""
        if _SAFE_ID.match(article_id):
            return self._node(f"article/{article_id}")
        return self._node(f"article/h{_digest(article_id)}")

    def statement(self, *parts: object) -> NamedNode:
        """Content-hash IRI of a statement."""
        return self._node(f"statement/{_digest(*parts)}")

    def relation(self, *parts: object) -> NamedNode:
        """Content-hash IRI of a reified relation."""
        return self._node(f"relation/{_digest(*parts)}")

    def role(self, *parts: object) -> NamedNode:
        """Content-hash IRI of a role (position held)."""
        return self._node(f"role/{_digest(*parts)}")

    def mention(self, *parts: object) -> NamedNode:
        """Content-hash IRI of a mention."""
        return self._node(f"mention/{_digest(*parts)}")

    def extractor(self, name: str, version: str) -> NamedNode:
        """IRI of an extractor at a version (the PROV activity that generated facts)."""
        return self._node(f"extractor/{quote(name, safe='.-_')}/{quote(version, safe='.-_')}")

    def actor_period(self, actor: str, period: str) -> NamedNode:
        """The who-said index bucket of ``actor`` (an IRI) at ``period`` (an ISO partial date).

        Deterministic, so a query can name the buckets it needs without
        looking them up: ``actor_period(".../entity/Q159", "2024-03-09")``.
        """
        return self._node(f"actor-period/{quote(period, safe='-')}/{_digest(actor)}")

    def prefixes(self) -> dict[str, str]:
        """Readable prefixes for dumps (``ent:Q159``, ``person:dmitry-peskov``, ``art:x-1``)."""
        b = self.base
        return {
            "ent": f"{b}entity/",
            "state": f"{b}entity/state/",
            "person": f"{b}entity/person/",
            "org": f"{b}entity/organization/",
            "place": f"{b}entity/place/",
            "art": f"{b}article/",
            "stmt": f"{b}statement/",
            "rel": f"{b}relation/",
            "role": f"{b}role/",
            "men": f"{b}mention/",
            "event": f"{b}event/",
            "stcl": f"{b}statement-cluster/",
        }

    def owns(self, iri: str) -> bool:
        """True if ``iri`` was minted under this base."""
        return iri.startswith(self.base)
