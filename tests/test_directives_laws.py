"""Laws and codes named by their title are directives of kind "luật".

"Bộ luật Tố tụng hình sự năm 2003" and "Luật Phòng, chống tham nhũng" are laws; a lawyer
("Luật sư …") and the law in general ("pháp luật") are not; a list after a law's name
("Luật Đất đai, các nghị định …") does not run into its title.
"""

from __future__ import annotations

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import PKG, RDFS, concept


def laws(pipeline: Pipeline, text: str) -> set[str]:
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {lab[f.s.value] for f in doc.facts if f.p == PKG.directiveKind and f.o == concept("directive-kind", "luat")}


def test_a_code_with_its_year(pipeline):
    assert laws(pipeline, "Cơ quan điều tra làm trái điều 12 Bộ luật Hình sự năm 1999.") == {"Bộ luật Hình sự năm 1999"}


def test_a_title_with_a_comma(pipeline):
    assert laws(pipeline, "Cán bộ xã học tập Luật Phòng, chống ma túy trong tháng 6.") == {"Luật Phòng, chống ma túy"}


def test_a_list_after_a_law_stays_out_of_its_title(pipeline):
    assert laws(pipeline, "Xã phổ biến Luật Đất đai, các nghị định hướng dẫn cho người dân.") == {"Luật Đất đai"}


def test_lawyers_and_the_law_in_general_are_not_laws(pipeline):
    assert laws(pipeline, "Luật sư Trần Văn Bình nói người dân cần hiểu pháp luật.") == set()
