"""The pipeline: raw document -> Doc with sentences, mentions and facts -> quads.

Components run in order; each first finds mentions (``match``), and once all have matched,
each mints facts (``mint``) — spaCy's match / set_annotations split. ``to_quads`` then writes
every fact twice: into the deduplicated knowledge graph, and into the evidence graph of the
sentence and extractor that produced it, with the sentence's quote and offsets beside them.
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from pyoxigraph import NamedNode, Quad

from ..ontology.terms import (GRAPH_KG, GRAPH_PROVENANCE, OA, PKG, PROV, RDF, RDFS, SCHEMA,
                              document_iri, evidence_graph, extractor_iri, lit, sentence_iri)
from .clean import find_body
from .document import Doc, Sentence
from .read import SUFFIXES, LoadError, RawDocument, read_path
from .segment import split_sentences

__all__ = ["Component", "Pipeline", "LoadError", "load_path", "load_text", "iter_paths"]


class Component(Protocol):
    name: str
    version: str

    def match(self, doc: Doc) -> None:
        """Find mentions in doc.sentences and add them to doc.mentions (resolve their IRIs)."""

    def mint(self, doc: Doc) -> None:
        """Turn this component's mentions into facts with doc.add_fact(...)."""


# Module names under partykg.loaders, in running order; each defines ``component()``.
DEFAULT_COMPONENTS = ("metadata", "places", "organizations", "directives", "people", "outcomes")


class Pipeline:
    def __init__(self, components: Iterable[str] = DEFAULT_COMPONENTS) -> None:
        self.components: list[Component] = [
            importlib.import_module(f"{__package__}.{name}").component() for name in components]

    @property
    def versions(self) -> dict[str, str]:
        return {c.name: c.version for c in self.components}

    def make_doc(self, raw: RawDocument) -> Doc:
        text = raw.text
        meta = dict(raw.meta)
        meta.setdefault("format", raw.format)
        if raw.format == "html":
            from .html import html_to_text  # only HTML pages pay for the parser

            text, html_meta = html_to_text(text)
            for k, v in html_meta.items():
                meta.setdefault(k, v)
        if not text.strip():
            raise LoadError(raw.source, "no text left after removing markup and boilerplate")
        doc = Doc(source=raw.source, text=text, iri=document_iri(raw.source), meta=meta)
        doc.meta["content_hash"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc.body = find_body(text, doc.meta)
        doc.sentences = split_sentences(text, doc.body)
        if not doc.sentences:
            raise LoadError(raw.source, "no sentences found in the document")
        return doc

    def process(self, raw: RawDocument) -> Doc:
        doc = self.make_doc(raw)
        try:
            for c in self.components:
                c.match(doc)
            for c in self.components:
                c.mint(doc)
        except LoadError:
            raise
        except Exception as e:  # an extractor bug must not take the batch down: name the document
            raise LoadError(raw.source, f"extraction failed ({type(e).__name__}: {e})") from e
        return doc


def to_quads(doc: Doc, versions: dict[str, str]) -> list[Quad]:
    """All quads of one document: facts in the knowledge graph and in their evidence graphs,
    and in the provenance graph the sentences (quote + offsets) and extractors behind them."""
    quads: list[Quad] = []
    seen_sentences: set[int] = set()
    seen_graphs: set[str] = set()
    graphs: dict[tuple[int, int, str], NamedNode] = {}  # minting an IRI slugs: once per graph
    for f in doc.facts:
        s = f.sentence
        g = graphs.get((s.start, s.end, f.extractor))
        if g is None:
            g = graphs[(s.start, s.end, f.extractor)] = evidence_graph(doc.iri, s.start, s.end, f.extractor)
        quads.append(Quad(f.s, f.p, f.o, GRAPH_KG))
        quads.append(Quad(f.s, f.p, f.o, g))
        if g.value not in seen_graphs:
            seen_graphs.add(g.value)
            sent = sentence_iri(doc.iri, s.start, s.end)
            ext = extractor_iri(f.extractor, versions.get(f.extractor, "0"))
            quads += [Quad(g, RDF.type, PKG.Evidence, GRAPH_PROVENANCE),
                      Quad(g, PKG.sentence, sent, GRAPH_PROVENANCE),
                      Quad(g, PKG.extractor, ext, GRAPH_PROVENANCE),
                      Quad(g, PROV.wasAttributedTo, ext, GRAPH_PROVENANCE),
                      Quad(ext, RDF.type, PROV.SoftwareAgent, GRAPH_PROVENANCE),
                      Quad(ext, RDFS.label, lit(f.extractor), GRAPH_PROVENANCE),
                      Quad(ext, SCHEMA.softwareVersion, lit(versions.get(f.extractor, "0")), GRAPH_PROVENANCE)]
            if s.index not in seen_sentences:
                seen_sentences.add(s.index)
                quads += [Quad(sent, RDF.type, PKG.Sentence, GRAPH_PROVENANCE),
                          Quad(sent, OA.hasSource, doc.iri, GRAPH_PROVENANCE),
                          Quad(sent, OA.exact, lit(s.text), GRAPH_PROVENANCE),
                          Quad(sent, OA.start, lit(s.start), GRAPH_PROVENANCE),
                          Quad(sent, OA.end, lit(s.end), GRAPH_PROVENANCE)]
    return list(dict.fromkeys(quads))


def iter_paths(paths: Iterable[str]) -> Iterator[Path | LoadError]:
    """Files named by paths, directories (recursively, known suffixes only) and globs."""
    for p in paths:
        path = Path(p)
        if any(ch in p for ch in "*?[") and not path.exists():
            matches = sorted(Path().glob(p)) if not path.is_absolute() else sorted(
                Path(path.anchor).glob(str(path.relative_to(path.anchor))))
            if not matches:
                yield LoadError(p, "no file matches this pattern")
            for m in matches:
                if m.is_file():
                    yield m
            continue
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not files:
                yield LoadError(p, f"directory holds no documents ({', '.join(SUFFIXES)})")
            yield from files
        elif path.is_file():
            yield path
        else:
            yield LoadError(p, "no such file or directory")


def load_path(path: Path, pipeline: Pipeline) -> Iterator[tuple[Doc, list[Quad]] | LoadError]:
    """Every document of one file, processed, or the LoadError that stopped it."""
    try:
        for raw in read_path(path):
            if isinstance(raw, LoadError):
                yield raw
                continue
            try:
                doc = pipeline.process(raw)
            except LoadError as e:
                yield e
                continue
            yield doc, to_quads(doc, pipeline.versions)
    except LoadError as e:
        yield e


def load_text(text: str, source: str = "memory:doc", pipeline: Pipeline | None = None,
              fmt: str = "text") -> Doc:
    """Process a text held in memory (tests, notebooks)."""
    import unicodedata

    return (pipeline or Pipeline()).process(RawDocument(source, unicodedata.normalize("NFC", text), fmt))
