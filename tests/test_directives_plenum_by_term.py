"""A resolution named by a number and a term of the Central Committee is that plenum's resolution.

"Nghị quyết 7 khóa XIII" is "Nghị quyết Trung ương 7 (khóa XIII)", one document with the fuller
name, not a bare "Nghị quyết số 7"; a number before a later term (a province's) stays a bare number.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_number_and_a_central_term_name_a_plenums_resolution(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pác Nặm tổ chức học tập Nghị quyết Trung ương 6 (khóa XI). "
                         "Sau đó các chi bộ làm theo Nghị quyết 6 khóa XI về công tác dân vận.")
    assert directives(doc) == {"Nghị quyết Trung ương 6 (khóa XI)"}


def test_a_number_before_a_provinces_term_stays_a_bare_number(pipeline):
    doc = read(pipeline, "Tỉnh ủy Lào Cai ban hành Nghị quyết 10 khóa XVI về phát triển du lịch.")
    assert "Nghị quyết số 10" in directives(doc)
