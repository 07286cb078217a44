"""An undated report of a unit's first congress for the 2025–2030 term is written after the
2025 reorganisation: its commune is one of the new map, under the province directly."""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_first_congress_for_the_new_term_places_the_ward_in_the_new_map(pipeline):
    doc = read(pipeline, "Phường Mông Dương khai mạc Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025-2030, "
                         "với sự tham dự của lãnh đạo Tỉnh ủy.")
    assert place_parents(doc)["Mông Dương"] == "Quảng Ninh"


def test_a_later_congress_for_an_earlier_term_keeps_the_old_map(pipeline):
    doc = read(pipeline, "Phường Mông Dương khai mạc Đại hội Đảng bộ lần thứ XXV, nhiệm kỳ 2020-2025, "
                         "với sự tham dự của lãnh đạo Thành ủy.")
    assert place_parents(doc)["Mông Dương"] == "Cẩm Phả"
