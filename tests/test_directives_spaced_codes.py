"""A code written with a space where its hyphen goes is the same code.

"Công văn số 64 CV/HU" is "Công văn số 64-CV/HU": after the word that names a document's kind, a
number, a space and a known code type with its suffix read as one code. A number followed by
letters that are no code type ("số 12 ABC/HU") stays a bare number.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_letters_code_with_a_space_is_its_code(pipeline):
    doc = read(pipeline, "Huyện ủy Bắc Lương đã gửi Công văn số 64 CV/HU ngày 3/4/2023 về việc rà soát đảng viên.")
    assert "Công văn số 64-CV/HU" in directives(doc)


def test_a_plans_code_with_a_space_is_its_code(pipeline):
    doc = read(pipeline, "Đảng ủy xã Tân Vượng ban hành Kế hoạch số 19 KH/ĐU về đại hội chi bộ.")
    assert "Kế hoạch số 19-KH/ĐU" in directives(doc)


def test_letters_that_are_no_code_type_leave_the_number_bare(pipeline):
    doc = read(pipeline, "Đảng ủy xã Tân Vượng ban hành Kế hoạch số 19 XYZW/ĐU về đại hội chi bộ.")
    assert not any("19-" in d for d in directives(doc))
