"""A whole article written for this test, read by the full pipeline: the directives extractor's
facts, as sorted N-Triples, must equal the golden file beside it. Organizations and directives
appear by their labels (the minting of IRIs is pinned by the rule tests). Set PARTYKG_UPDATE_GOLDEN=1 to rewrite
the golden file, then read the diff."""

from __future__ import annotations

import os
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, serialize

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import RDFS

HERE = Path(__file__).resolve().parent / "golden"
ORG = "https://w3id.org/partykg/id/org/"
DIRECTIVE = "https://w3id.org/partykg/id/directive/"


def _lines(text: str) -> set[str]:
    return {line for line in text.splitlines() if line.strip()}


def test_directives_of_a_written_article_match_the_golden_file():
    text = (HERE / "directives_article.txt").read_text(encoding="utf-8")
    doc = load_text(text, source="golden:directives_article", pipeline=Pipeline())
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}

    def term(t):
        for prefix, name in ((ORG, "org"), (DIRECTIVE, "directive")):
            if isinstance(t, NamedNode) and t.value.startswith(prefix):
                return NamedNode(f"urn:{name}:" + label.get(t.value, "?").replace(" ", "_"))
        return t

    quads = [Quad(term(f.s), f.p, term(f.o), DefaultGraph()) for f in doc.facts if f.extractor == "directives"
             and not (isinstance(f.o, Literal) and f.s.value.startswith(ORG))]
    got = _lines(serialize(quads, format=RdfFormat.N_QUADS).decode("utf-8"))
    golden = HERE / "directives_article.nt"
    if os.environ.get("PARTYKG_UPDATE_GOLDEN") or not golden.exists():
        golden.write_text("\n".join(sorted(got)) + "\n", encoding="utf-8")
    assert got == _lines(golden.read_text(encoding="utf-8"))
