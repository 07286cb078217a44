"""Views and exports of a selected subgraph: offline HTML networks, figures, RDF and graph files.

The command line runs the selection on the store and hands triples, labels and evidence to
``build_subgraph``; everything here draws or writes what it is handed and imports only the
ontology.
"""

from .model import Edge, Evidence, Node, Style, Subgraph, build_subgraph
from .network import network_html, write_network

__all__ = ["Edge", "Evidence", "Node", "Style", "Subgraph", "build_subgraph", "network_html",
           "write_network"]
