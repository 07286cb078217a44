"""A Central Highlands name may carry a syllable run into its prefix by an apostrophe in any
place, not only first ("H Blơ R’Mah", "Y Ka Ơ’Lanh"): the whole name is the person's, not the
words before the apostrophe.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import labels, read
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_an_apostrophe_syllable_last(pipeline):
    doc = read(pipeline, "Chi bộ trao 50 cây giống cho chị H Blơ R’Mah ở buôn Tơng Jú, xã Ea Kao.")
    assert people(doc) == {"H Blơ R’Mah"}


def test_an_apostrophe_syllable_first_still_reads(pipeline):
    doc = read(pipeline, "Chi bộ trao 50 cây giống cho chị H’Loan Byă ở buôn Tơng Jú, xã Ea Kao.")
    assert people(doc) == {"H’Loan Byă"}
