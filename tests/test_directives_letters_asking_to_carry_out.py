"""A document that asks the bodies it is sent to to carry a directive out implements it.

"<org> ban hành Công văn số 112-CV/HU yêu cầu các chi bộ, đảng bộ cơ sở lãnh đạo, chỉ đạo và thực
hiện nghiêm <X>": the letter is written to carry X out. One that asks for a report or a review of X
("yêu cầu các chi bộ báo cáo kết quả … thực hiện <X>") does not carry it out.
"""

from __future__ import annotations

from extraction import directive_links, read


def test_a_letter_asking_bodies_to_carry_out_a_directive_implements_it(pipeline):
    doc = read(pipeline, "Tháng 4/2022, Huyện ủy Mường Tè ban hành Công văn số 112-CV/HU yêu cầu các chi bộ, đảng bộ cơ sở "
                         "và chính quyền các xã tổ chức thực hiện nghiêm Chỉ thị 27-CT/TU của Tỉnh ủy.")
    assert ("Công văn số 112-CV/HU", "implements", "Chỉ thị số 27-CT/TU") in directive_links(doc)


def test_a_letter_asking_for_a_report_on_a_directive_does_not_implement_it(pipeline):
    doc = read(pipeline, "Tháng 4/2022, Huyện ủy Mường Tè ban hành Công văn số 112-CV/HU yêu cầu các chi bộ báo cáo kết quả "
                         "3 năm thực hiện Chỉ thị 27-CT/TU của Tỉnh ủy.")
    assert not any(rel == "implements" for _, rel, _ in directive_links(doc))
