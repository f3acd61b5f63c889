"""RDF: the ontology, SHACL shapes, kg validate and dumps."""
