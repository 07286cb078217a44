"""A place's name never runs on into the head of the next body when the writer left out a full
stop ("… Đảng ủy xã Phước An Chi bộ trường Tiểu học tổ chức …"): the commune is "Phước An" and
the cell is a body of its own.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_communes_name_stops_before_chi_bo(pipeline):
    got = orgs("Khi Ban Thường vụ Đảng ủy xã Hòa Lộc cho phép, Chi bộ trường Tiểu học mới kết nạp ba giáo viên.", pipeline)
    assert "Đảng bộ xã Hòa Lộc" in got
    got = orgs("Theo đề nghị của Ban Thường vụ Đảng ủy xã Hòa Lộc Chi bộ trường Tiểu học kết nạp ba giáo viên.",
               pipeline)
    assert "Đảng bộ xã Hòa Lộc" in got and not any("Hòa Lộc Chi" in label for label in got)
    assert any(o.kind == "party_cell" for o in got.values())


def test_a_district_name_stops_before_dang_uy(pipeline):
    got = orgs("Huyện ủy Bắc Tân Đảng ủy các xã cùng ra quân sửa đường liên thôn.", pipeline)
    assert "Đảng bộ huyện Bắc Tân" in got
