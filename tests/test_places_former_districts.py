"""Districts dissolved before the gazetteer's data was taken (merged into a neighbour, their
code left unused) are on the map before the reform until their last day, so that an article
written before the merger finds them, and a commune it locates in one lies there.
"""

from __future__ import annotations

from extraction import read
from partykg.loaders import gazetteer as gz
from test_places_district_lists import place_parents


def test_a_former_district_has_its_code_province_and_last_day():
    g = gz.gazetteer()
    [unit] = g.lookup("Thông Nông", level="district")
    assert (unit.code, unit.type, g.parent(unit).name) == ("044", "huyện", "Cao Bằng")
    assert unit.valid_until == "2020-02-29"
    assert not g.children(unit)


def test_former_codes_are_not_taken_by_any_other_unit():
    g = gz.gazetteer()
    former = [u for u in g.units.values() if u.until]
    assert former
    every = [v for found in g.by_name.values() for v in found]
    for u in former:
        assert {v.name for v in every if v.key == u.key} == {u.name}


def test_an_article_before_the_merger_names_the_former_district(pipeline):
    doc = read(pipeline, "Năm 2018, Huyện ủy Trà Lĩnh (Cao Bằng) chỉ đạo các chi bộ học tập nghị quyết.")
    assert place_parents(doc)["Trà Lĩnh"] == "Cao Bằng"


def test_a_commune_located_in_a_former_district_lies_there(pipeline):
    doc = read(pipeline, "Năm 2016, Đảng ủy xã Quế Lộc (huyện Nông Sơn, Quảng Nam) tổng kết công tác. "
                         "Xã Quế Lộc có 9 chi bộ trực thuộc.")
    assert place_parents(doc)["Quế Lộc"] == "Nông Sơn"
    assert place_parents(doc)["Nông Sơn"] == "Quảng Nam"


def test_a_district_whose_code_went_to_the_district_the_merger_made(pipeline):
    g = gz.gazetteer()
    [former] = g.lookup("Đất Đỏ", level="district")
    [merged] = g.lookup("Long Đất", level="district")
    assert former.code == merged.code and former.key != merged.key
    assert former.valid_until == "2024-12-31"
    doc = read(pipeline, "Năm 2022, Đảng ủy xã Phước Hội (huyện Đất Đỏ) sơ kết công tác phát triển đảng viên.")
    parents = place_parents(doc)
    assert parents["Phước Hội"] == "Đất Đỏ"
    assert "Long Đất" not in parents


def test_both_districts_merged_into_a_new_name_are_found(pipeline):
    doc = read(pipeline, "Năm 2021, Huyện ủy Long Điền và Huyện ủy Đất Đỏ ký kết giao ước thi đua.")
    parents = place_parents(doc)
    assert parents["Long Điền"] == parents["Đất Đỏ"] == "Bà Rịa - Vũng Tàu"



def test_a_district_merged_into_its_provincial_city(pipeline):
    doc = read(pipeline, "Năm 2020, Ban Thường vụ Tỉnh ủy Thanh Hóa làm việc với Huyện ủy Đông Sơn về công tác cán bộ.")
    assert place_parents(doc)["Đông Sơn"] == "Thanh Hóa"
    [unit] = gz.gazetteer().lookup("Đông Sơn", level="district")
    assert unit.valid_until == "2024-12-31"


def test_a_district_merged_late_in_2024_is_named_by_its_party_committee(pipeline):
    doc = read(pipeline, "Năm 2019, Huyện ủy Lộc Hà (Hà Tĩnh) sơ kết việc học tập nghị quyết.")
    assert place_parents(doc)["Lộc Hà"] == "Hà Tĩnh"


def test_a_former_town_merged_into_its_city_is_named_by_an_article_of_before(pipeline):
    doc = read(pipeline, "Năm 2021, Thị ủy Cửa Lò tổng kết công tác xây dựng Đảng và biểu dương 8 chi bộ.")
    assert place_parents(doc)["Cửa Lò"] == "Nghệ An"
    [unit] = gz.gazetteer().lookup("Cửa Lò", level="district")
    assert (unit.code, unit.type, unit.valid_until) == ("413", "thị xã", "2024-11-30")
