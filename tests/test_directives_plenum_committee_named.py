"""A plenum's resolution with the committee named again before its term is still that plenum's.

"Nghị quyết Trung ương 3 BCH TW khóa X" is "Nghị quyết Trung ương 3 (khóa X)", not a plenum of no term.
"""

from __future__ import annotations

from extraction import carries_out, directives, read


def test_the_committee_named_between_a_plenum_and_its_term(pipeline):
    doc = read(pipeline, "Đảng bộ xã Tân Lạc thực hiện tốt Nghị quyết Trung ương 3 BCH TW khóa X về phòng, chống tham nhũng.")
    assert directives(doc) == {"Nghị quyết Trung ương 3 (khóa X)"}
    assert carries_out(doc) == {("Đảng bộ xã Tân Lạc", "Nghị quyết Trung ương 3 (khóa X)")}


def test_the_committee_in_full_with_its_term_in_brackets(pipeline):
    doc = read(pipeline, "Chi bộ thôn Khe Mây học tập Nghị quyết Trung ương 8 của Ban Chấp hành Trung ương Đảng (khóa XI).")
    assert directives(doc) == {"Nghị quyết Trung ương 8 (khóa XI)"}
