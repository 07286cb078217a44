"""A cell named by its village's unit written with a capital and the village's number ("Chi bộ
Khu phố 3", "Chi bộ Thôn 7") is that village's cell, and its secretary holds a post in it.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import pytest

from extraction import held_posts, orgs, read


@pytest.mark.parametrize("written", ["Chi bộ Khu phố 3", "Chi bộ Thôn 7", "Chi bộ Tổ dân phố 12"])
def test_a_capitalised_unit_and_a_number(pipeline, written):
    got = orgs(f"Đảng ủy phường Tân Lợi cùng {written} trồng cây xanh ven đường.", pipeline)
    cell = {label.lower(): o for label, o in got.items()}[written.lower()]
    assert cell.kind == "party_cell" and cell.level == "village"


def test_its_secretary(pipeline):
    doc = read(pipeline, "Đảng ủy phường Tân Lợi cùng Chi bộ Tổ dân phố 12 trồng cây xanh. Ông Trần Văn Bảy - Bí thư "
                         "Chi bộ Tổ dân phố 12 phát biểu.")
    assert any(p[:2] == ("Trần Văn Bảy", "Bí thư") and p[2].lower() == "chi bộ tổ dân phố 12" for p in held_posts(doc))
