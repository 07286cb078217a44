"""Communes of the article's district listed by bare name after a count ("3 xã … gồm: A, B,
C", "8 xã … điển hình như A, B") as after a plural word ("các", "một số"): the gazetteer must
know each name as a commune of that district, never a capitalised word on its own.
"""

from __future__ import annotations

from extraction import organizations, read
from test_places_district_lists import place_parents


def test_communes_after_a_count_and_gom(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao giao chỉ tiêu cho năm tới. Ban Thường vụ phân công cán bộ "
                         "giúp 3 xã còn nhiều hộ khó khăn gồm: Xuân Huy, Thạch Sơn, Bản Nguyên.")
    parents = place_parents(doc)
    assert parents["Xuân Huy"] == parents["Thạch Sơn"] == parents["Bản Nguyên"] == "Lâm Thao"


def test_communes_after_a_count_and_dien_hinh_nhu(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao sơ kết công tác. Đến nay có 8 xã làm tốt việc này, "
                         "điển hình như Vĩnh Lại, Cao Xá, Tứ Xã v.v...")
    parents = place_parents(doc)
    assert parents["Vĩnh Lại"] == parents["Cao Xá"] == parents["Tứ Xã"] == "Lâm Thao"


def test_communes_after_party_committees_name_their_party_organizations(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao sơ kết công tác. Nhiều Đảng ủy làm tốt như: Hùng Sơn, "
                         "Xuân Lũng và Sơn Vi.")
    assert place_parents(doc)["Xuân Lũng"] == "Lâm Thao"
    assert {"Đảng bộ thị trấn Hùng Sơn", "Đảng bộ xã Xuân Lũng", "Đảng bộ xã Sơn Vi"} <= set(organizations(doc))


def test_a_count_before_names_of_another_district_reads_no_commune(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao sơ kết công tác. Đoàn đã thăm 3 xã gồm: Sơn Hồng, "
                         "Sơn Tiến, Sơn Lâm.")
    assert {"Sơn Hồng", "Sơn Tiến", "Sơn Lâm"}.isdisjoint(place_parents(doc))


def test_a_count_of_people_before_names_reads_no_commune(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao khen thưởng. Có 5 đơn vị được biểu dương như Công an huyện, "
                         "Ban Chỉ huy Quân sự huyện.")
    assert set(place_parents(doc)) == {"Lâm Thao", "Phú Thọ"}
