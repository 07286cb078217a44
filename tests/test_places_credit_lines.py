"""A credit line names a reporter, not a place: "Ảnh: Hà Nam", "Bài, ảnh: Thái Bình" after a
picture's caption are who took it, even when the name reads as a province's.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_photographer_named_like_a_province(pipeline):
    doc = read(pipeline, "Năm 2023, Thành ủy Tây Ninh biểu dương các chi bộ có nhiều mô hình hay. Ảnh: Hà Nam")
    parents = place_parents(doc)
    assert "Hà Nam" not in parents
    assert "Tây Ninh" in parents


def test_a_reporter_and_photographer_named_like_a_province(pipeline):
    doc = read(pipeline, "Năm 2023, Đảng ủy xã Tà Mung tổng kết công tác dân vận (Bài, ảnh: Thái Bình).")
    assert "Thái Bình" not in place_parents(doc)


def test_a_province_after_a_colon_elsewhere_is_a_place(pipeline):
    doc = read(pipeline, "Năm 2023, đoàn công tác đến hai tỉnh: Hà Nam và Thái Bình.")
    assert {"Hà Nam", "Thái Bình"} <= set(place_parents(doc))
