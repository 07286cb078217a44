"""A list under a plural type word names units of that type, even one named like a province.

"các xã: A, B, C" or "3 xã A, B và C" promises communes: a commune in that list whose name is
also a province's ("xã Quảng Ninh" of Quảng Xương, Thanh Hóa) stays a commune of the list and
does not end it. A single typed unit followed by a province's name ("xã A, An Giang") still
reads the province.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_commune_named_like_a_province_stays_in_a_plural_list(pipeline):
    doc = read(pipeline, "Huyện ủy Quảng Xương chọn làm điểm các xã: Quảng Nhân, Quảng Ninh, Quảng Bình "
                         "và Quảng Hải trong đợt sinh hoạt chuyên đề.")
    parents = place_parents(doc)
    for name in ("Quảng Nhân", "Quảng Ninh", "Quảng Bình", "Quảng Hải"):
        assert parents[name] == "Quảng Xương", name


def test_a_counted_list_reads_the_same_way(pipeline):
    doc = read(pipeline, "Đảng bộ huyện Quảng Xương có 3 xã Quảng Trung, Quảng Bình và Quảng Ngọc "
                         "đạt chuẩn nông thôn mới kiểu mẫu.")
    parents = place_parents(doc)
    assert parents["Quảng Bình"] == "Quảng Xương"
    assert parents["Quảng Ngọc"] == "Quảng Xương"


def test_one_typed_commune_and_a_province_after_it_is_still_the_province(pipeline):
    doc = read(pipeline, "Đoàn công tác làm việc tại xã Phú Hưng, An Giang về xây dựng Đảng.")
    parents = place_parents(doc)
    assert parents["An Giang"] is None
    assert parents["Phú Hưng"] == "Phú Tân"
