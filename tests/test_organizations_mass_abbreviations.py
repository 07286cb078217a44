"""Mass organizations the press abbreviates: "Hội NCT" is the Hội Người cao tuổi, "Hội ND" the
Hội Nông dân, "Hội CTĐ" the Hội Chữ thập đỏ; the abbreviated body is the spelled-out one, and its
head's post is in it.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import pytest

from extraction import held_posts, orgs, read


@pytest.mark.parametrize("short, label", [("Hội NCT", "Hội Người cao tuổi"), ("Hội ND", "Hội Nông dân"),
                                          ("Hội CTĐ", "Hội Chữ thập đỏ")])
def test_the_abbreviation_is_the_spelled_out_body(pipeline, short, label):
    got = orgs(f"Năm nay {short} phường Lê Lợi kết nạp thêm hai mươi hội viên mới.", pipeline)
    assert got[f"{label} phường Lê Lợi"].kind == "mass_organization"


def test_its_chair_named_in_a_list_of_guests(pipeline):
    doc = read(pipeline, "Đảng ủy phường Lê Lợi họp mặt đầu xuân. Dự có các đồng chí: Lê Thị Hoa - Chủ tịch "
                         "Hội NCT phường; Trần Văn Bảy - Bí thư Chi bộ Thôn 2.")
    assert ("Lê Thị Hoa", "Chủ tịch", "Hội Người cao tuổi phường Lê Lợi") in held_posts(doc)
