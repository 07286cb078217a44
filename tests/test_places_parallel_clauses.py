"""Communes of the article's district opening parallel clauses without their type word:
"Đảng ủy xã A đạt 20 chỉ tiêu, B đạt 18, C đạt 15", "hai Đảng ủy còn thấp: B đạt 6, C đạt 9".

A clause-opening name is a commune only when the gazetteer knows it as one of that district's
communes and another such commune stands in the sentence before it; a name that also names a
district of the same province, one word alone, or a person's name is left alone.
"""

from __future__ import annotations

from extraction import organizations, read
from test_places_district_lists import place_parents


def test_clauses_after_a_typed_commune(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao sơ kết giữa nhiệm kỳ. Đảng ủy xã Tiên Kiên đạt 20/25 chỉ tiêu, "
                         "Xuân Huy đạt 18/25 chỉ tiêu, Cao Xá đạt 15/25 chỉ tiêu.")
    parents = place_parents(doc)
    assert parents["Tiên Kiên"] == parents["Xuân Huy"] == parents["Cao Xá"] == "Lâm Thao"
    # the clauses continue a party committee: each commune's party organization is named
    assert {"Đảng bộ xã Xuân Huy", "Đảng bộ xã Cao Xá"} <= set(organizations(doc))


def test_two_clauses_after_a_colon(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao sơ kết giữa nhiệm kỳ. Còn hai địa phương đạt thấp: "
                         "Vĩnh Lại đạt 9/25 chỉ tiêu, Bản Nguyên đạt 11/25 chỉ tiêu.")
    parents = place_parents(doc)
    assert parents["Vĩnh Lại"] == parents["Bản Nguyên"] == "Lâm Thao"


def test_one_clause_with_nothing_beside_it_is_no_commune(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao sơ kết giữa nhiệm kỳ. Theo báo cáo, Vĩnh Lại đạt 9/25 chỉ tiêu.")
    assert "Vĩnh Lại" not in place_parents(doc)


def test_clauses_naming_another_districts_communes_are_left_alone(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao sơ kết giữa nhiệm kỳ. Đảng ủy xã Tiên Kiên đạt 20/25 chỉ tiêu, "
                         "Sơn Hồng đạt 18/25 chỉ tiêu, Sơn Tiến đạt 15/25 chỉ tiêu.")
    assert {"Sơn Hồng", "Sơn Tiến"}.isdisjoint(place_parents(doc))


def test_a_person_opening_a_clause_is_no_commune(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao họp. Đảng ủy xã Tiên Kiên báo cáo, Hoàng Văn Bình phát biểu, "
                         "Nguyễn Thị Hoa kết luận.")
    assert set(place_parents(doc)) == {"Lâm Thao", "Phú Thọ", "Tiên Kiên"}
