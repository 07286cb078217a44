"""An enterprise's party cell: "Chi bộ DN X", "Chi bộ Doanh nghiệp X", "Chi bộ Công ty TNHH X"
names the cell (in the party committee the text names for it) and the enterprise, a body of its
own written as the text writes it. "Chi bộ DN" before lower-case words names none.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_cell_of_an_enterprise_named_dn(pipeline):
    got = orgs("Tháng 5, Đảng ủy thị trấn Hòa Mạc lập thêm Chi bộ DN Minh Khánh Phát gồm 4 đảng viên.", pipeline)
    assert "Chi bộ DN Minh Khánh Phát" in got
    assert got["Chi bộ DN Minh Khánh Phát"].kind == "party_cell"
    assert got["Chi bộ DN Minh Khánh Phát"].parent.label == "Đảng bộ thị trấn Hòa Mạc"
    assert got["DN Minh Khánh Phát"].kind == "enterprise"


def test_a_cell_of_a_company(pipeline):
    got = orgs("Chi bộ Công ty TNHH Gạch Ngói Hòa Mạc có 5 đảng viên.", pipeline)
    assert "Chi bộ Công ty TNHH Gạch Ngói Hòa Mạc" in got
    assert got["Công ty TNHH Gạch Ngói Hòa Mạc"].kind == "enterprise"


def test_enterprises_in_general_name_no_cell(pipeline):
    got = orgs("Thị trấn Hòa Mạc mong có thêm một Chi bộ DN nữa trong năm tới.", pipeline)
    assert not [o for o in got if "DN" in o]
