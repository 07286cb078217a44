"""A whole article written for this test, read by the full pipeline: the facts of the
organizations and people extractors, as sorted N-Triples, must equal the golden file beside it.
Organizations, people and posts appear by their labels (their IRIs are pinned by the rule
tests). Set PARTYKG_UPDATE_GOLDEN=1 to rewrite the golden file, then read the diff."""

from __future__ import annotations

import os
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, serialize

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import PKG, RDFS

HERE = Path(__file__).resolve().parent / "golden"
ID = "https://w3id.org/partykg/id/"


def _lines(text: str) -> set[str]:
    return {line for line in text.splitlines() if line.strip()}


def test_organizations_and_people_of_a_written_article_match_the_golden_file():
    text = (HERE / "orgs_people_article.txt").read_text(encoding="utf-8")
    doc = load_text(text, source="golden:orgs_people_article", pipeline=Pipeline())
    label = {f.s.value: f.o.value for f in doc.facts if f.p in (RDFS.label, PKG.postTitle)}
    post_org = {m.iri.value: label.get(m.attrs["org_iri"].value, "?") for m in doc.of("post")}

    def term(t):
        if isinstance(t, NamedNode):
            for kind in ("org", "person"):
                if t.value.startswith(f"{ID}{kind}/"):
                    return NamedNode(f"urn:{kind}:" + label.get(t.value, "?").replace(" ", "_"))
            if t.value.startswith(f"{ID}post/"):
                return NamedNode("urn:post:" + f"{label.get(t.value, '?')}@{post_org.get(t.value, '?')}".replace(" ", "_"))
        return t

    quads = [Quad(term(f.s), f.p, term(f.o), DefaultGraph()) for f in doc.facts
             if f.extractor in ("organizations", "people")]
    got = _lines(serialize(quads, format=RdfFormat.N_QUADS).decode("utf-8"))
    golden = HERE / "orgs_people_article.nt"
    if os.environ.get("PARTYKG_UPDATE_GOLDEN") or not golden.exists():
        golden.write_text("\n".join(sorted(got)) + "\n", encoding="utf-8")
    assert got == _lines(golden.read_text(encoding="utf-8"))
