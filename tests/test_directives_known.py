"""Bare numbers of well-known central documents, resolved from the table in directives.yaml.

"Chỉ thị 05" with no code anywhere in the text is 05-CT/TW when the article speaks of that
directive's topic; the same number on another topic, or a number the table does not know,
stays a bare number.
"""

from __future__ import annotations

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import PKG


def codes(pipeline: Pipeline, text: str) -> set[str]:
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    return {f.o.value for f in doc.facts if f.p == PKG.code}


def test_bare_directive_on_its_topic_takes_the_national_code(pipeline):
    text = ("Đảng ủy xã Nậm Cha chú trọng học tập, làm theo tư tưởng, đạo đức và phong cách Hồ Chí Minh. "
            "Các chi bộ gắn việc thực hiện Chỉ thị 05 với nhiệm vụ chính trị của địa phương.")
    assert "05-CT/TW" in codes(pipeline, text)


def test_bare_directive_on_another_topic_keeps_no_code(pipeline):
    text = "Huyện ủy Mường Tè thực hiện Chỉ thị 05 về phát triển rừng bền vững trên địa bàn."
    assert "05-CT/TW" not in codes(pipeline, text)


def test_same_number_different_topics_pick_the_right_resolution(pipeline):
    text = ("Đảng bộ xã Thanh Sơn quán triệt Nghị quyết 19 về nông nghiệp, nông dân, nông thôn "
            "trong giai đoạn mới.")
    assert "19-NQ/TW" in codes(pipeline, text)


def test_a_regulation_on_setting_an_example(pipeline):
    text = "Cán bộ, đảng viên xã Bản Lang thực hiện nghiêm Quy định 08 về trách nhiệm nêu gương."
    assert "08-QĐi/TW" in codes(pipeline, text)


def test_a_code_in_the_text_wins_over_the_table(pipeline):
    text = ("Tỉnh ủy ban hành Chỉ thị số 05-CT/TU về phong cách Hồ Chí Minh. Huyện ủy Phong Thổ học tập "
            "và làm theo tư tưởng, đạo đức theo Chỉ thị 05.")
    assert "05-CT/TW" not in codes(pipeline, text)
