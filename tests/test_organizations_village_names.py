"""A village's name that holds a family name: "thôn Sà Lý Phìn" is one village, while
"Chi bộ thôn Nà Cài Lò Văn Tâm" is the cell of "thôn Nà Cài" followed by a person's name. A
name cut off after a village's is a whole name, of three words or more.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read

PLACE = "Xã Pả Vi, huyện Mèo Vạc, tỉnh Hà Giang có nhiều thôn. "


def test_a_family_name_inside_a_village_name_stays_in_it(pipeline):
    doc = read(pipeline, PLACE + "Đồng chí Vàng Mí Lử, Bí thư Chi bộ thôn Sà Lý Phìn, Đảng bộ xã Pả Vi xuống thăm bà con.")
    assert "Chi bộ thôn Sà Lý Phìn" in organizations(doc)
    assert ("Vàng Mí Lử", "Bí thư", "Chi bộ thôn Sà Lý Phìn") in held_posts(doc)


def test_a_whole_name_after_the_village_is_cut_off(pipeline):
    doc = read(pipeline, PLACE + "Bí thư Chi bộ thôn Nà Cài Lò Văn Tâm cho biết bà con đã hiến đất.")
    assert "Chi bộ thôn Nà Cài" in organizations(doc)
