"""A commune the gazetteer does not know, inside a list of communes it knows.

"Đảng bộ các xã A; B; Cc; D" lists communes: a name between known ones that the gazetteer
lacks (spelled otherwise, or merged away before its data was taken) is a commune of the list
all the same, and the names after it are still read. Where no known name follows, the list
ends at the unknown name as before.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_an_unknown_name_amid_known_communes_does_not_end_the_list(pipeline):
    doc = read(pipeline, "Huyện ủy Quảng Xương khen thưởng Đảng bộ các xã Quảng Nhân; Quảng Ninh; Quảng Mây Lâm; "
                         "Quảng Hải; Quảng Lưu vì thành tích xuất sắc.")
    parents = place_parents(doc)
    assert parents["Quảng Mây Lâm"] == "Quảng Xương"
    assert parents["Quảng Hải"] == parents["Quảng Lưu"] == "Quảng Xương"


def test_an_unknown_name_at_the_end_of_a_list_is_not_taken(pipeline):
    doc = read(pipeline, "Huyện ủy Quảng Xương khen thưởng xã Quảng Nhân, Quảng Hải và Mây Lâm.")
    assert "Mây Lâm" not in place_parents(doc)
