"""A Central Highlands name run into its prefix ("K’Lăng", "H’Tư", "H’Hen Niê") is a person's
name after an honorific, even as a single word; without an honorific it names no one.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import labels, read
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_a_one_word_name_with_its_prefix_after_an_honorific(pipeline):
    doc = read(pipeline, "Ông K’Brơi, đảng viên lớn tuổi nhất của bon, kể lại chuyện xưa. Chị H’Lan là đảng viên trẻ.")
    assert {"K’Brơi", "H’Lan"} <= people(doc)


def test_such_a_word_without_an_honorific_is_no_one(pipeline):
    doc = read(pipeline, "Bon Đắk R’Măng có 20 đảng viên.")
    assert not [x for x in people(doc) if "’" in x]
