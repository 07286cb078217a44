"""A unit whose official name ends in a number ("Sơn Kim 1", "Mỹ Đình 2") keeps its number;
any other number after a unit's name counts something else and is no part of it ("xã Tà Mung
3 năm liền" names Tà Mung).
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_numbered_commune_keeps_its_number(pipeline):
    doc = read(pipeline, "Ngày 9/3/2021, Đảng ủy xã Sơn Kim 2, huyện Hương Sơn tổ chức hội nghị điển hình.")
    parents = place_parents(doc)
    assert parents["Sơn Kim 2"] == "Hương Sơn"
    assert "Sơn Kim 1" not in parents


def test_a_numbered_ward_in_a_list(pipeline):
    doc = read(pipeline, "Ngày 9/3/2021, quận Nam Từ Liêm khen thưởng các phường Mỹ Đình 1 và Mỹ Đình 2.")
    parents = place_parents(doc)
    assert parents["Mỹ Đình 1"] == parents["Mỹ Đình 2"] == "Nam Từ Liêm"


def test_a_count_after_a_name_is_no_part_of_it(pipeline):
    doc = read(pipeline, "Ngày 9/3/2021, xã Tà Mung 3 năm liền đạt danh hiệu trong sạch, vững mạnh.")
    assert place_parents(doc)["Tà Mung"] == "Than Uyên"
