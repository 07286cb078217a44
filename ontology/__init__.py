"""The partykg ontology: OWL terms, SKOS vocabularies and SHACL shapes (``*.ttl``), their
Python constants (``terms``), matching keys (``keys``) and the deterministic minting of IRIs.
It imports nothing else of the project; every other part imports it.
"""

from importlib import resources


def ttl_files() -> list:
    """The ontology's Turtle files shipped with the package (ontology, vocabularies)."""
    root = resources.files(__name__)
    return sorted((p for p in root.iterdir() if p.name.endswith(".ttl") and "shapes" not in p.name),
                  key=lambda p: p.name)


def shapes_file():
    """The SHACL shapes that every graph the loaders emit must satisfy."""
    return resources.files(__name__) / "shapes.ttl"
