"""Tày, Nùng and Thái family names ("Chẩu", "Lô", "Nịnh") begin a person's name: the name
written right after a provincial or district committee is its holder's, never a place the
committee is named after ("Phó Bí thư Tỉnh ủy Chẩu Thị A" is no "Tỉnh ủy Chẩu").

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import pytest

from extraction import held_posts, named_orgs, read


@pytest.mark.parametrize("family", ["Chẩu", "Lô", "Nịnh"])
def test_a_name_after_the_provincial_committee_holds_its_post(pipeline, family):
    doc = read(pipeline, "Hội nghị Tỉnh ủy mở rộng đã khai mạc sáng qua. "
                         f"Phó Bí thư Tỉnh ủy {family} Thị Tám đọc diễn văn khai mạc hội nghị.")
    assert (f"{family} Thị Tám", "Phó Bí thư", "Đảng bộ tỉnh") in held_posts(doc)
    assert not [o for o in named_orgs(doc) if family in o]


def test_a_name_listed_before_its_posts(pipeline):
    got = held_posts(read(pipeline, "Chủ trì buổi làm việc là các đồng chí: Chẩu Thị Hoa, Phó Bí thư Huyện ủy Bảo Lâm; "
                                    "Lô Văn Khiêm, Chủ tịch UBND huyện Bảo Lâm."))
    assert ("Chẩu Thị Hoa", "Phó Bí thư", "Đảng bộ huyện Bảo Lâm") in got
    assert ("Lô Văn Khiêm", "Chủ tịch", "UBND huyện Bảo Lâm") in got
