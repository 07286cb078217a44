"""Army titles and their deputies ("Tư lệnh", "Phó Tư lệnh", "Phó Chỉ huy trưởng", "Phó Chính
ủy", "Phó Tham mưu trưởng") are posts in the unit named after them; "Bộ Tư lệnh" is a
command's name, no title.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_commander_of_a_military_region(pipeline):
    got = held_posts(read(pipeline, "Dự lễ có Thiếu tướng Hoàng Văn Sinh, Tư lệnh Quân khu 2; Đại tá Vi Văn Nam, "
                                    "Phó Tham mưu trưởng Quân khu 2."))
    assert ("Hoàng Văn Sinh", "Tư lệnh", "Quân khu 2") in got
    assert ("Vi Văn Nam", "Phó Tham mưu trưởng", "Quân khu 2") in got


def test_deputies_of_a_provincial_command_keep_their_deputy_title(pipeline):
    got = held_posts(read(pipeline, "Dự lễ có Thượng tá Vi Văn Nam, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà "
                                    "Giang; Trung tá Sùng Mí Pó, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh Hà Giang."))
    assert ("Vi Văn Nam", "Phó Chỉ huy trưởng", "Bộ CHQS tỉnh Hà Giang") in got
    assert ("Sùng Mí Pó", "Phó Chính ủy", "Bộ CHQS tỉnh Hà Giang") in got
    assert not [x for x in got if x[1] in ("Chỉ huy trưởng", "Chính ủy")]


def test_the_command_name_is_no_commander(pipeline):
    # (the organizations read "Quân khu 2" alone: the title's guard is all that keeps the name
    # written right after the command from being its commander)
    got = held_posts(read(pipeline, "Cán bộ Bộ Tư lệnh Quân khu 2 Lò Văn Nhất cùng dự; lãnh đạo Bộ Tư lệnh Quân khu "
                                    "2 Hoàng Văn Sinh trao quà."))
    assert not [x for x in got if x[1] == "Tư lệnh"]
