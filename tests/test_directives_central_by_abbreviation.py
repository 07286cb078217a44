"""The Central Committee written short ("BCH TW Đảng") still issues a resolution under a central code.

"Nghị quyết số 9 của BCH TW Đảng" is the Centre's 9-NQ/TW; the same number of a province committee's
resolution in the same sentence stays that committee's bare number.
"""

from __future__ import annotations

from extraction import carries_out, directives, read


def test_a_bare_number_of_the_central_committee_written_short_is_a_central_code(pipeline):
    doc = read(pipeline, "Chi bộ thôn Nà Lừ quán triệt Nghị quyết số 9 của BCH TW Đảng về xây dựng đội ngũ trí thức.")
    assert directives(doc) == {"Nghị quyết số 9-NQ/TW"}


def test_the_same_number_of_a_province_committee_stays_its_own(pipeline):
    doc = read(pipeline, "Đảng ủy xã Hòa Mỹ Tây sắp xếp lại bộ phận một cửa theo Nghị quyết số 27 của BCH "
                         "Trung ương Đảng khóa X và Nghị quyết số 27 của Tỉnh ủy.")
    assert directives(doc) == {"Nghị quyết số 27-NQ/TW", "Nghị quyết số 27"}


def test_a_number_of_a_province_committee_alone_is_not_the_centres(pipeline):
    doc = read(pipeline, "Huyện ủy Mường Khoa triển khai Nghị quyết số 12 của Tỉnh ủy về giảm nghèo.")
    assert "Nghị quyết số 12-NQ/TW" not in directives(doc)
