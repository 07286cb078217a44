"""A cell whose name after "Chi bộ" is an agency's or an enterprise's (a post office, a power
company, a bank, a school) is that body's cell, never a cell named after a village of the
commune written after it.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import pytest

from extraction import orgs


@pytest.mark.parametrize("name", ["Bưu Điện", "Điện Lực", "Ngân Hàng Chính Sách", "Kho Bạc", "Y Tế"])
def test_an_agencys_name_after_chi_bo_makes_no_village_cell(pipeline, name):
    got = orgs(f"Chi bộ {name}, xã Phước Lâm có mười một đảng viên sinh hoạt đều.", pipeline)
    village = [o for label, o in got.items() if label.startswith("Chi bộ") and o.level == "village"]
    assert not village


def test_a_village_name_after_chi_bo_still_makes_the_communes_cell(pipeline):
    got = orgs("Chi bộ Gò Sỏi 3, xã Phước Lâm có mười một đảng viên sinh hoạt đều.", pipeline)
    cell = got["Chi bộ Gò Sỏi 3"]
    assert cell.kind == "party_cell" and cell.level == "village"
