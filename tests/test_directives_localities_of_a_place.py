"""The localities of a whole place heading a fronted directive's clause stand for that place's party body.

"Thực hiện <X>, các địa phương, đơn vị trong toàn tỉnh đã …" in an article on a province's committee:
that committee's party organization carries X out; with no such body named, nobody is read.
"""

from __future__ import annotations

from extraction import carries_out, read


def test_the_localities_of_the_whole_province_stand_for_its_party_body(pipeline):
    doc = read(pipeline, "Tỉnh ủy Lạng Sơn tổ chức hội nghị sơ kết. Thực hiện Chỉ thị 05-CT/TW, từ năm 2017 đến 2020, "
                         "các địa phương, đơn vị trong toàn tỉnh đã biểu dương 300 tập thể.")
    assert carries_out(doc) == {("Đảng bộ tỉnh Lạng Sơn", "Chỉ thị số 05-CT/TW")}


def test_the_localities_of_a_whole_district(pipeline):
    doc = read(pipeline, "Huyện ủy Bảo Lâm họp phiên thường kỳ. Quán triệt Kết luận số 01-KL/TW, "
                         "các địa phương trong toàn huyện đều tổ chức học tập.")
    assert carries_out(doc) == {("Đảng bộ huyện Bảo Lâm", "Kết luận số 01-KL/TW")}


def test_no_body_of_that_level_named_leaves_the_doer_unread(pipeline):
    doc = read(pipeline, "Thực hiện Chỉ thị 05-CT/TW, các đơn vị trong toàn tỉnh đã biểu dương 300 tập thể.")
    assert carries_out(doc) == set()
