"""Loaders: documents in, quads out.

read (bytes -> text) -> clean (boilerplate, metadata) -> segment (sentences with offsets) ->
extract (small components that find mentions in sentences) -> mint (facts -> quads with
provenance). Loaders import only the ontology; writing the quads is the store's job.
"""

from .document import Doc, Fact, Mention, Sentence
from .pipeline import LoadError, Pipeline, load_path, load_text

__all__ = ["Doc", "Fact", "Mention", "Sentence", "LoadError", "Pipeline", "load_path", "load_text"]
