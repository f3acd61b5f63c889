"""From the extraction contract to RDF: deterministic IRIs and the quad mapping."""

from kg.rdf.iris import IRIs
from kg.rdf.mapping import extraction_quads

__all__ = ["IRIs", "extraction_quads"]
