"""SHACL validation of the knowledge graph against the ontology's shapes (pySHACL).

The knowledge graph is read out of the store as N-Triples (pyoxigraph is fast at that) and
checked with the ontology graph as background, so subclass reasoning (rdfs) applies.
"""

from __future__ import annotations

from ..ontology import shapes_file, ttl_files
from ..ontology.terms import GRAPH_KG
from .store import BaseStore


def validate_store(store: BaseStore) -> tuple[bool, str, int]:
    """(conforms, text report, number of triples checked)."""
    import rdflib
    from pyshacl import validate

    data = rdflib.Graph()
    lines = [f"{q.subject} {q.predicate} {q.object} ." for q in store.quads(None, None, None, GRAPH_KG)]
    data.parse(data="\n".join(lines), format="nt")
    ont = rdflib.Graph()
    for f in ttl_files():
        ont.parse(str(f), format="turtle")
    shapes = rdflib.Graph().parse(str(shapes_file()), format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ont, inference="rdfs",
                                 advanced=True, allow_warnings=True)
    return bool(conforms), str(text), len(data)
