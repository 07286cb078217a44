"""A leader's title written in lower case, its words mixed ("phó Bí thư thường trực huyện ủy",
"phó chủ tịch UBND xã") is the same title as the capitalised one, its longest form read whole.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_mixed_case_standing_deputy_secretary(pipeline):
    got = held_posts(read(pipeline, "Huyện Quế Phong tổng kết năm. Đồng chí Vi Văn Sơn, phó Bí thư thường trực "
                                    "huyện ủy, phát biểu chỉ đạo."))
    assert ("Vi Văn Sơn", "Phó Bí thư Thường trực", "Đảng bộ huyện Quế Phong") in got


def test_a_lower_case_deputy_chair(pipeline):
    got = held_posts(read(pipeline, "Ông Lương Văn Tuấn, phó Chủ tịch UBND xã Tiền Phong cho biết xã đã làm xong đường."))
    assert ("Lương Văn Tuấn", "Phó Chủ tịch", "UBND xã Tiền Phong") in got


def test_a_lower_case_head_of_a_department(pipeline):
    got = held_posts(read(pipeline, "Huyện Quế Phong trao quyết định. Bà Lương Thị Hằng, trưởng phòng Nội vụ huyện, "
                                    "đọc quyết định."))
    assert ("Lương Thị Hằng", "Trưởng", "Phòng Nội vụ huyện Quế Phong") in got
