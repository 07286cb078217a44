"""Whole documents: the organizations, people and posts read from the sample articles, scored
against their hand-made answer keys with the scorer's own matching rules (skipped when the
shared corpus is not checked out beside the project)."""

from __future__ import annotations

import json

import pytest
from conftest import ANSWER_KEYS, SHARED

from partykg.loaders.pipeline import Pipeline
from partykg.loaders.read import read_path

SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"

pytestmark = ANSWER_KEYS


@pytest.fixture(scope="module")
def read_seeds():
    pipeline = Pipeline()
    out = []
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc_file = next(SEEDS.glob(gold_file.stem + ".*"))
        doc = next(d for d in (pipeline.process(r) for r in read_path(doc_file)))
        out.append((doc, gold))
    return out


def test_every_organization_of_the_keys_is_found_and_nothing_else(read_seeds, scorer):
    found = owed = right = said = 0
    for doc, gold in read_seeds:
        labels = {o.label for o in doc.context["organizations"].values() if o.surfaces}
        said += len(labels)
        right += sum(1 for label in labels if any(scorer.same_org(label, g) for g in gold["organizations"]))
        owed += len(gold["organizations"])
        found += sum(1 for g in gold["organizations"] if any(scorer.same_org(label, g) for label in labels))
    assert found / owed >= 0.95
    assert right / said >= 0.95


def test_people_and_posts_of_the_keys(read_seeds, scorer):
    for doc, gold in read_seeds:
        orgs = doc.context["organizations"]
        people = {m.attrs["name"] for m in doc.of("person")}
        assert people == {p["name"] for p in gold["people"]}
        rows = []
        for m in doc.of("post"):
            holder = next(p.attrs["name"] for p in doc.of("person") if p.iri == m.attrs["holder"])
            rows.append({"person": holder, "post": m.attrs["title"],
                         "organization": orgs[m.attrs["org_iri"].value].label})
        for person in gold["people"]:
            for post in person["posts"]:
                assert any(r["person"] == person["name"] and scorer.post_match(r, post, gold["organizations"])
                           for r in rows), (person["name"], post)
        for r in rows:
            assert any(r["person"] == p["name"] and scorer.post_match(r, post, gold["organizations"])
                       for p in gold["people"] for post in p["posts"]), r
