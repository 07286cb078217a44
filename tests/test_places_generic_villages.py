"""Two village words together ("bản làng", "thôn xóm", "buôn làng") make the noun for villages
in general: the capitalised words after them name a region or a province, not a village.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_villages_in_general_before_a_province(pipeline):
    doc = read(pipeline, "Năm 2022, nhiều bản làng Lai Châu đã có chi bộ và đảng viên.")
    parents = place_parents(doc)
    assert parents == {"Lai Châu": None}


def test_villages_in_general_after_a_plural(pipeline):
    doc = read(pipeline, "Năm 2022, các thôn xóm Tân Lập đều có tổ hòa giải ở cơ sở.")
    assert "Tân Lập" not in place_parents(doc)


def test_a_single_village_word_still_names_a_village(pipeline):
    doc = read(pipeline, "Năm 2022, chi bộ bản Nà Khoang, xã Tà Mung kết nạp 2 đảng viên.")
    assert place_parents(doc)["Nà Khoang"] == "Tà Mung"
