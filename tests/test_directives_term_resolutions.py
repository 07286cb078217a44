"""The resolution a congress adopts for its term, named by the term alone.

"Đại hội … đã xây dựng thành công Nghị quyết của chi bộ trong nhiệm kỳ 2025-2027" and "đảng viên đã
thông qua nghị quyết nhiệm kỳ 2025-2027" name a resolution of their own, labelled as the text
names it. Without a verb of adopting ("thực hiện nghị quyết nhiệm kỳ …") the words stay too vague
to name one.
"""

from __future__ import annotations

from extraction import directives, read

CELL = "Chi bộ thôn Nà Hẩu tổ chức đại hội nhiệm kỳ 2025-2027. "


def test_a_resolution_built_at_the_congress(pipeline):
    doc = read(pipeline, CELL + "Đại hội đã bầu Ban chi ủy và đã xây dựng thành công Nghị quyết của chi bộ "
                                "trong nhiệm kỳ 2025-2027.")
    assert "Nghị quyết của chi bộ trong nhiệm kỳ 2025-2027" in directives(doc)


def test_a_resolution_passed_named_by_its_term(pipeline):
    doc = read(pipeline, CELL + "Tại Đại hội, toàn thể đảng viên đã thông qua nghị quyết nhiệm kỳ 2025-2027.")
    assert "Nghị quyết nhiệm kỳ 2025-2027" in directives(doc)


def test_without_adopting_it_names_none(pipeline):
    doc = read(pipeline, CELL + "Các đảng viên tích cực thực hiện nghị quyết nhiệm kỳ 2025-2027.")
    assert not any("nhiệm kỳ 2025-2027" in d for d in directives(doc))
