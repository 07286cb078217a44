"""The localities of a whole place heading a fronted directive's clause stand for that place's party body.

"Thực hiện <X>, các đơn vị, địa phương thuộc cả tỉnh đều …" in an article on a province's committee:
that committee's party organization carries X out; with no such body named, nobody is read.
"""

from __future__ import annotations

from extraction import carries_out, read


def test_the_localities_of_the_whole_province_stand_for_its_party_body(pipeline):
    doc = read(pipeline, "Tỉnh ủy Lạng Sơn họp bàn việc khen thưởng. Thực hiện Chỉ thị 05-CT/TW, suốt bốn năm qua, "
                         "các đơn vị, địa phương thuộc cả tỉnh đều tuyên dương 300 tập thể.")
    assert carries_out(doc) == {("Đảng bộ tỉnh Lạng Sơn", "Chỉ thị số 05-CT/TW")}


def test_the_localities_of_a_whole_district(pipeline):
    doc = read(pipeline, "Huyện ủy Bảo Lâm họp phiên thường kỳ. Quán triệt Kết luận số 21-KL/TW, "
                         "các địa phương trên địa bàn toàn huyện đều mở lớp cho đảng viên.")
    assert carries_out(doc) == {("Đảng bộ huyện Bảo Lâm", "Kết luận số 21-KL/TW")}


def test_no_body_of_that_level_named_leaves_the_doer_unread(pipeline):
    doc = read(pipeline, "Thực hiện Chỉ thị 05-CT/TW, mỗi năm các đơn vị thuộc toàn tỉnh đã tuyên dương 300 tập thể.")
    assert carries_out(doc) == set()
