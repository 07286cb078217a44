"""The party bodies within a named organization, heading the clause, stand for it.

"Các cấp ủy, tổ chức đảng trong Đảng bộ huyện Y đã triển khai <X>" and "Các chi bộ thuộc Đảng bộ xã Y
đã học tập <X>": Y's party organization at work through its bodies. Without a body named after
"trong" ("Các chi bộ trong năm 2023 …") nothing says whose they are.
"""

from __future__ import annotations

from extraction import carried_out


def test_party_bodies_within_a_district_party_organization(pipeline):
    text = "Các cấp ủy, tổ chức đảng trong Đảng bộ huyện Phong Thổ đã triển khai Chỉ thị số 05-CT/TW nghiêm túc."
    assert ("Đảng bộ huyện Phong Thổ", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_cells_belonging_to_a_commune_party_organization(pipeline):
    text = "Các chi bộ thuộc Đảng bộ xã Sin Suối Hồ đã tổ chức học tập Chỉ thị số 05-CT/TW."
    assert ("Đảng bộ xã Sin Suối Hồ", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_no_body_named_after_trong(pipeline):
    text = "Các chi bộ trong năm 2023 đã học tập Chỉ thị số 05-CT/TW."
    assert carried_out(pipeline, text) == set()
