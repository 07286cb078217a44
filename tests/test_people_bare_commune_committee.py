"""A bare "Đảng ủy" in an article about a commune: the commune's party committee, even right
after a member's title of the town's committee ("…, Thị ủy viên, Bí thư Đảng uỷ"), and
even when the text never writes "Đảng ủy xã" in full. A district's or a province's committee
is written "Huyện ủy" / "Tỉnh ủy", never a bare "Đảng ủy".

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_secretary_after_a_district_members_title_heads_the_communes_committee(pipeline):
    got = held_posts(read(pipeline, "Xã Phước Lâm tổng kết công tác năm. Dự buổi lễ có ông Hồ Sĩ Quang, Thị ủy "
                                    "viên, Bí thư Đảng uỷ; bà Vi Thị Ngát, Phó Bí thư Đảng uỷ, Chủ tịch HĐND xã."))
    assert ("Hồ Sĩ Quang", "Bí thư", "Đảng bộ xã Phước Lâm") in got
    assert [o for who, t, o in got if who == "Hồ Sĩ Quang" and t == "Ủy viên Ban Chấp hành" and o.startswith("Đảng bộ thị xã")]
    assert not [o for who, t, o in got if who == "Hồ Sĩ Quang" and t == "Bí thư" and o.startswith("Đảng bộ thị xã")]


def test_the_communes_committee_when_only_the_district_is_named_in_full(pipeline):
    got = held_posts(read(pipeline, "Chi bộ thôn Gò Mít, xã Phước Lâm họp mặt đầu xuân. Tới dự có ông Hồ Sĩ Quang, "
                                    "Phó Trưởng Ban Dân vận Huyện ủy; ông Lê Bá Tùng, Bí thư Đảng ủy; các đảng viên."))
    assert ("Lê Bá Tùng", "Bí thư", "Đảng bộ xã Phước Lâm") in got


def test_a_bare_dang_bo_still_means_the_body_just_named(pipeline):
    got = held_posts(read(pipeline, "Đại hội Đảng bộ huyện Sơn Tây lần thứ XX thành công. Ông Hồ Sĩ Quang được bầu "
                                    "làm Bí thư Huyện ủy Sơn Tây."))
    assert ("Hồ Sĩ Quang", "Bí thư", "Đảng bộ huyện Sơn Tây") in got
