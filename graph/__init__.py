"""The graph store: embedded Oxigraph by default, any SPARQL 1.1 endpoint when asked.

``open_store`` opens one; ``BaseStore.write`` writes documents atomically; ``validate``
checks the knowledge graph against the ontology's SHACL shapes.
"""

from .store import (BaseStore, DocumentQuads, EmbeddedStore, Result, StoreError, WriteReport,
                    default_store_path, demo_store_path, open_store)

__all__ = ["BaseStore", "DocumentQuads", "EmbeddedStore", "Result", "StoreError", "WriteReport",
           "default_store_path", "demo_store_path", "open_store"]
