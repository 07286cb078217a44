"""The document itself as facts: a schema:NewsArticle with its source, title, date and hash."""

from __future__ import annotations

from ..ontology.terms import PKG, RDF, SCHEMA, XSD, lit
from .document import Doc, Sentence


class MetadataComponent:
    name = "metadata"
    version = "1"

    def match(self, doc: Doc) -> None:
        pass

    def mint(self, doc: Doc) -> None:
        span = doc.meta.get("title_span")
        s = next((x for x in doc.sentences if span and x.start <= span[0] < x.end), None)
        s = s or Sentence(-1, 0, 0, "")
        d = doc.iri
        doc.add_fact(d, RDF.type, PKG.Document, s, self.name)
        doc.add_fact(d, RDF.type, SCHEMA.NewsArticle, s, self.name)
        doc.add_fact(d, PKG.source, lit(doc.source), s, self.name)
        doc.add_fact(d, PKG.contentHash, lit(doc.meta["content_hash"]), s, self.name)
        if doc.meta.get("title"):
            doc.add_fact(d, SCHEMA.headline, lit(doc.meta["title"], lang="vi"), s, self.name)
        if doc.meta.get("date"):
            doc.add_fact(d, SCHEMA.datePublished, lit(doc.meta["date"], datatype=XSD.date), s, self.name)
        if doc.meta.get("author"):
            doc.add_fact(d, SCHEMA.author, lit(doc.meta["author"]), s, self.name)
        if doc.meta.get("url"):
            doc.add_fact(d, SCHEMA.url, lit(doc.meta["url"]), s, self.name)


def component() -> MetadataComponent:
    return MetadataComponent()
