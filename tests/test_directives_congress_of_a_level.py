"""A congress's resolution named by the level of its body alone, in a sentence that names the body and the term.

"Nhiệm kỳ 2010-2015, Đảng bộ xã X hoàn thành 14/16 chỉ tiêu của nghị quyết đại hội Đảng bộ xã" is
the resolution of the congress of the commune the sentence names, for the term it states, written as
the text writes it (the commune's level, the term), and that body carried it out.
A level the body named is not of ("… Đảng bộ huyện" beside a commune), or a sentence that
states no term, names no resolution in particular.
"""

from __future__ import annotations

from extraction import carries_out, directives, read
from partykg.ontology.terms import SKOS


def written(doc) -> set[str]:
    return {f.o.value for f in doc.facts if f.p == SKOS.altLabel and "Đại hội" in f.o.value}


def test_a_resolution_named_by_its_level_is_the_congress_of_the_body_the_sentence_names(pipeline):
    doc = read(pipeline, "Nhiệm kỳ 2010-2015, Đảng bộ xã Pá Vây Sủ hoàn thành 14/16 chỉ tiêu của nghị quyết "
                         "đại hội Đảng bộ xã.")
    assert directives(doc) == {"Nghị quyết Đại hội Đảng bộ xã Pá Vây Sủ nhiệm kỳ 2010-2015"}
    assert written(doc) == {"Nghị quyết Đại hội Đảng bộ xã " + "nhiệm kỳ 2010-2015"}
    assert ("Đảng bộ xã Pá Vây Sủ", "Nghị quyết Đại hội Đảng bộ xã Pá Vây Sủ nhiệm kỳ 2010-2015") in carries_out(doc)


def test_a_level_the_body_is_not_of_names_no_resolution(pipeline):
    doc = read(pipeline, "Nhiệm kỳ 2010-2015, Đảng bộ xã Pá Vây Sủ hoàn thành 14/16 chỉ tiêu của nghị quyết "
                         "đại hội Đảng bộ huyện.")
    assert directives(doc) == set()


def test_a_sentence_without_a_term_names_no_resolution(pipeline):
    doc = read(pipeline, "Đảng bộ xã Pá Vây Sủ hoàn thành 14/16 chỉ tiêu của nghị quyết đại hội Đảng bộ xã.")
    assert directives(doc) == set()
