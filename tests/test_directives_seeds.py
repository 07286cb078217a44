"""Whole documents: the directives, their links and who carries them out, read from the sample
articles and scored against their hand-made answer keys with the scorer's own matching rules
(skipped when the shared corpus is not checked out beside the project)."""

from __future__ import annotations

import json

import pytest
from conftest import ANSWER_KEYS, SHARED

from partykg.loaders.pipeline import Pipeline
from partykg.loaders.read import read_path
from partykg.ontology.terms import PKG, RDFS

SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"

pytestmark = ANSWER_KEYS

RELATIONS = ("continues", "implements", "concretizes", "amends", "replaces", "references")


def rows_of(doc) -> dict[str, list[dict]]:
    """The rows the contract queries would return for one document, read from its facts."""
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    code = {f.s.value: f.o.value for f in doc.facts if f.p == PKG.code}
    kinds = {f.s.value for f in doc.facts if f.p == PKG.directiveKind}
    directives = [{"directive": label[d], "number": code.get(d, "")} for d in sorted(kinds)]
    links = [{"source": label[f.s.value], "relation": f.p.value.rsplit("#", 1)[-1], "target": label[f.o.value]}
             for f in doc.facts if f.p.value.rsplit("#", 1)[-1] in RELATIONS]
    impl = [{"organization": label.get(f.s.value, ""), "directive": label[f.o.value]}
            for f in doc.facts if f.p == PKG.carriesOut]
    return {"directives": directives, "directive-links": links, "implementations": impl}


@pytest.fixture(scope="module")
def scores(scorer):
    pipeline = Pipeline()
    gold_by_doc, rows = {}, {"directives": [], "directive-links": [], "implementations": []}
    for gold_file in sorted(GOLD.glob("*.json")):
        gold_by_doc[gold_file.stem] = json.loads(gold_file.read_text(encoding="utf-8"))
        doc_file = next(SEEDS.glob(gold_file.stem + ".*"))
        for raw in read_path(doc_file):
            doc = pipeline.process(raw)
            for name, rs in rows_of(doc).items():
                rows[name] += [dict(r, document=str(doc_file)) for r in rs]
    return {k: v.prf() for k, v in scorer.score(gold_by_doc, rows).items()}


@pytest.mark.parametrize("category, floor", [("directives", 0.9), ("directive-links", 0.85),
                                             ("implementations", 0.8)])
def test_the_sample_articles_score_above_the_floor(scores, category, floor):
    precision, recall, f1 = scores[category]
    assert f1 >= floor, f"{category}: P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
