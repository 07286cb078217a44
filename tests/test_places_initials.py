"""Initials are no abbreviated unit: "P.V" under an article (a reporter's byline) or "H.T" is not
"phường V" or a district; a ward named by a Roman numeral is read when written out ("phường V").
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_byline_of_initials_names_no_ward(pipeline):
    doc = read(pipeline, "Đảng bộ phường Lam Sơn kết nạp 12 đảng viên trong năm.\n\nP.V")
    assert "V" not in place_parents(doc)
    assert "Phường V" not in place_parents(doc)


def test_a_ward_named_by_a_roman_numeral_written_out_is_read(pipeline):
    doc = read(pipeline, "Đảng bộ phường V, thành phố Vị Thanh kết nạp 12 đảng viên trong năm.")
    parents = place_parents(doc)
    assert any(k in parents for k in ("V", "Phường V"))
