""""Khu" names a residential area of a town (and the village of some provinces) when a party
cell bears it ("chi bộ khu Cầu Đá") or its commune follows it ("khu 5, xã Tiên Kiên"); anywhere
else it is any zone ("khu Di tích …", "khu Trung tâm …"). Such an area is stated as a tổ dân
phố, its label keeping the word.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_cells_area_and_its_town(pipeline):
    doc = read(pipeline, "Năm 2022, chi bộ khu Cầu Đá và chi bộ khu Tân Tiến, thị trấn Hữu Lũng đạt trong sạch, "
                         "vững mạnh.")
    parents = place_parents(doc)
    assert parents["Cầu Đá"] == parents["Tân Tiến"] == "Hữu Lũng"


def test_a_numbered_area_before_its_commune(pipeline):
    parents = place_parents(read(pipeline, "Năm 2022, khu 5, xã Tiên Kiên kết nạp 3 đảng viên mới."))
    assert parents["Khu 5"] == "Tiên Kiên"


def test_any_other_zone_is_no_place(pipeline):
    parents = place_parents(read(pipeline, "Năm 2022, đoàn viên dọn dẹp khu Di tích Đền Hùng và khu Trung tâm "
                                           "hành chính."))
    assert parents == {}
