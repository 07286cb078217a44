"""The resolution a congress adopts for its term, named by the term alone.

"Đại hội … biểu quyết thông qua Nghị quyết của chi bộ trong nhiệm kỳ 2025-2027" and "các đảng viên
biểu quyết thông qua nghị quyết nhiệm kỳ 2025-2027" name a resolution of their own, labelled as the text
names it. Without a verb of adopting ("thực hiện nghị quyết nhiệm kỳ …") the words stay too vague
to name one.
"""

from __future__ import annotations

from extraction import directives, read

CELL = "Chi bộ thôn Nà Hẩu tổ chức đại hội nhiệm kỳ 2025-2027. "


def test_a_resolution_built_at_the_congress(pipeline):
    doc = read(pipeline, CELL + "Ngoài việc chọn ra Ban chi ủy mới, Đại hội còn thông qua Nghị quyết của chi bộ "
                                "trong nhiệm kỳ 2025-2027.")
    assert "Nghị quyết của chi bộ trong nhiệm kỳ 2025-2027" in directives(doc)


def test_a_resolution_passed_named_by_its_term(pipeline):
    doc = read(pipeline, CELL + "Cuối buổi, 17 đảng viên có mặt tại Đại hội biểu quyết thông qua nghị quyết nhiệm kỳ 2025-2027.")
    assert "Nghị quyết nhiệm kỳ 2025-2027" in directives(doc)


def test_without_adopting_it_names_none(pipeline):
    doc = read(pipeline, CELL + "Mỗi đảng viên ra sức thực hiện nghị quyết nhiệm kỳ 2025-2027.")
    assert not any("nhiệm kỳ 2025-2027" in d for d in directives(doc))
