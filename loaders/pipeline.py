"""The pipeline: raw document -> Doc with sentences, mentions and facts -> quads.

Components run in order; each first finds mentions (``match``), and once all have matched,
each mints facts (``mint``) — spaCy's match / set_annotations split. ``to_quads`` then writes
every fact twice: into the deduplicated knowledge graph, and into the evidence graph of the
sentence and extractor that produced it, with the sentence's quote and offsets beside them.
"""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from ..ontology.terms import (GRAPH_KG, GRAPH_PROVENANCE, OA, PKG, PROV, RDF, RDFS, SCHEMA,
                              document_iri, evidence_graph, extractor_iri, lit, sentence_iri)
from .clean import find_body
from .document import Doc
from .read import READS, SUFFIXES, LoadError, RawDocument, read_path
from .segment import split_sentences

__all__ = ["Component", "Pipeline", "LoadError", "Skipped", "load_path", "load_text", "iter_paths"]


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
        doc.meta["content_hash"] = text_hash(text)
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


# The quads describing one extractor version, the same in every document: built once.
_AGENTS: dict[tuple[str, str], tuple[NamedNode, list[Quad]]] = {}


def _agent(name: str, version: str) -> tuple[NamedNode, list[Quad]]:
    found = _AGENTS.get((name, version))
    if found is None:
        ext, prov = extractor_iri(name, version), GRAPH_PROVENANCE
        found = _AGENTS[(name, version)] = (ext, [
            Quad(ext, RDF.type, PROV.SoftwareAgent, prov),
            Quad(ext, RDFS.label, lit(name), prov),
            Quad(ext, SCHEMA.softwareVersion, lit(version), prov)])
    return found


# The same, as the extractor's IRI and its description's N-Quads lines: rendered once.
_AGENT_LINES: dict[tuple[str, str], tuple[str, str]] = {}


def _agent_lines(name: str, version: str) -> tuple[str, str]:
    found = _AGENT_LINES.get((name, version))
    if found is None:
        node, quads = _agent(name, version)
        found = _AGENT_LINES[(name, version)] = (str(node), "".join(
            f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n" for q in quads))
    return found


def text_hash(text: str) -> str:
    """The hash a document's text is known by: the same article saved with other line endings,
    trailing spaces or a final newline or none is the same text (offsets into it are not)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return hashlib.sha256("\n".join(line.rstrip() for line in lines).strip().encode("utf-8")).hexdigest()


def to_quads(doc: Doc, versions: dict[str, str]) -> list[Quad]:
    """All quads of one document: facts in the knowledge graph and in their evidence graphs,
    and in the provenance graph the sentences (quote + offsets) and extractors behind them.
    Each quad once, in the order of the facts: the lines of ``to_nquads``, parsed (the layout
    is written in one place)."""
    return list(parse(to_nquads(doc, versions), format=RdfFormat.N_QUADS))


def to_nquads(doc: Doc, versions: dict[str, str]) -> bytes:
    """The quads of ``to_quads(doc, versions)``, in the same order, as the N-Quads bytes
    pyoxigraph's ``serialize`` writes of them: what ingest hands to the store.

    Written line by line from each term's N-Triples form, without building Quad objects:
    pyoxigraph's Quad() costs ~5 µs when its object is a literal (it tries the term types one
    by one), more than this whole line. A fact's line is its identity, as (s, p, o) is for
    to_quads: two terms are equal exactly when their N-Triples forms are. Lines are put
    together as bytes, not text: joining and encoding text that mixes Vietnamese and ASCII
    costs twice as much.
    """
    # The encoded form of each term object met (facts share predicate and entity objects);
    # the terms stay alive in doc.facts throughout, so their ids cannot be reused meanwhile.
    forms: dict[int, bytes] = {}
    kg_end = f" {GRAPH_KG} .\n".encode()
    prov_end = f" {GRAPH_PROVENANCE} .\n"
    is_evidence, p_sentence = f" {RDF.type} {PKG.Evidence}{prov_end}", f" {PKG.sentence} "
    p_extractor, attributed = f" {PKG.extractor} ", f" {PROV.wasAttributedTo} "
    c_sentence, has_source = f" {RDF.type} {PKG.Sentence}{prov_end}", f" {OA.hasSource} {doc.iri}{prov_end}"
    exact, o_start, o_end = f" {OA.exact} ", f" {OA.start} ", f" {OA.end} "
    lines: list[bytes] = []
    in_kg: set[bytes] = set()
    seen_sentences: set[int] = set()
    graphs: dict[tuple[int, int, str], tuple[bytes, set[bytes]]] = {}
    agents: dict[str, str] = {}
    for fs, fp, fo, sent, extractor in doc.facts:
        s = forms.get(id(fs))
        if s is None:
            s = forms[id(fs)] = str(fs).encode()
        p = forms.get(id(fp))
        if p is None:
            p = forms[id(fp)] = str(fp).encode()
        o = forms.get(id(fo))
        if o is None:
            o = forms[id(fo)] = str(fo).encode()
        fact = b" ".join((s, p, o))
        n = len(in_kg)
        in_kg.add(fact)
        if len(in_kg) != n:
            lines.append(fact + kg_end)
        key = (sent.start, sent.end, extractor)
        found = graphs.get(key)
        if found is not None:
            g_end, in_g = found
            n = len(in_g)
            in_g.add(fact)
            if len(in_g) != n:
                lines.append(fact + g_end)
            continue
        g = str(evidence_graph(doc.iri, sent.start, sent.end, extractor))
        g_end = f" {g} .\n".encode()
        graphs[key] = (g_end, {fact})
        lines.append(fact + g_end)
        sentence = str(sentence_iri(doc.iri, sent.start, sent.end))
        ext = agents.get(extractor)
        described = ""
        if ext is None:
            ext, described = _agent_lines(extractor, versions.get(extractor, "0"))
            agents[extractor] = ext
        # the graph's description (and the extractor's, the first time), in to_quads' order
        lines.append(f"{g}{is_evidence}{g}{p_sentence}{sentence}{prov_end}"
                     f"{g}{p_extractor}{ext}{prov_end}{g}{attributed}{ext}{prov_end}{described}".encode())
        if sent.index not in seen_sentences:
            seen_sentences.add(sent.index)
            lines.append(f"{sentence}{c_sentence}{sentence}{has_source}"
                         f"{sentence}{exact}{lit(sent.text)}{prov_end}"
                         f"{sentence}{o_start}{lit(sent.start)}{prov_end}"
                         f"{sentence}{o_end}{lit(sent.end)}{prov_end}".encode())
    return b"".join(lines)


@dataclass
class Skipped:
    """Files of types partykg does not read, left out of a directory or a glob's matches."""

    where: str
    files: int
    suffixes: list[str]

    def line(self) -> str:
        kinds = ", ".join(self.suffixes)
        what = "file of another type" if self.files == 1 else "files of other types"
        return f"{self.where}: skipped {self.files} {what} ({kinds}; {READS})"


# Named on the command line, a file is read as an article (a saved page may end in anything,
# a title may hold dots) unless its type is one of data, code or office files: those fail.
NOT_ARTICLES = frozenset(
    ".csv .tsv .json .xml .yaml .yml .toml .ini .cfg .log .ttl .nt .nq .trig .rq .py .sh .sql "
    ".pdf .doc .docx .odt .rtf .xls .xlsx .ods .ppt .pptx .zip .gz .bz2 .xz .7z .rar .tar "
    ".png .jpg .jpeg .gif .webp .svg .mp3 .mp4".split())


def _suffix(f: Path) -> str:
    return f.suffix.lower() or "no extension"


def iter_paths(paths: Iterable[str]) -> Iterator[Path | LoadError | Skipped]:
    """Files named by paths, directories (recursively) and globs. A directory's or a glob's
    files of other types are left out and counted (Skipped); a file named itself is read
    unless it is a data, code or office file (NOT_ARTICLES), which is refused (LoadError)."""
    for p in paths:
        path = Path(p)
        if any(ch in p for ch in "*?[") and not path.exists():
            matches = sorted(Path().glob(p)) if not path.is_absolute() else sorted(
                Path(path.anchor).glob(str(path.relative_to(path.anchor))))
            if not matches:
                yield LoadError(p, "no file matches this pattern")
            else:
                yield from _known(p, [m for m in matches if m.is_file()],
                                  empty=f"no file of a type partykg reads matches this pattern ({', '.join(SUFFIXES)})")
            continue
        if path.is_dir():
            yield from _known(p, sorted(f for f in path.rglob("*") if f.is_file()),
                              empty=f"directory holds no documents ({', '.join(SUFFIXES)})")
        elif path.is_file():
            if path.suffix.lower() not in NOT_ARTICLES:  # (".aspx", "Báo cáo 12.5.2023": text)
                yield path
            else:
                yield LoadError(p, f"unsupported file type {_suffix(path)} ({READS})")
        else:
            yield LoadError(p, "no such file or directory")


def _known(where: str, files: list[Path], empty: str | None) -> Iterator[Path | LoadError | Skipped]:
    known = [f for f in files if f.suffix.lower() in SUFFIXES]
    others = [f for f in files if f.suffix.lower() not in SUFFIXES]
    if not known and empty:
        yield LoadError(where, empty + (f"; {len(others)} of other types" if others else ""))
    elif others:
        yield Skipped(where, len(others), sorted({_suffix(f) for f in others}))
    yield from known


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
