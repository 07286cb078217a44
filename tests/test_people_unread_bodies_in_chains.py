"""A chain of posts whose first title names a body the rules do not read, written in lower case
after the title ("Phó Trưởng phòng kế toán (Công ty X), nguyên …"): the posts chained after it
are still the person's.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import former_posts, read


def test_posts_after_a_lower_case_department_and_its_parent_in_brackets(pipeline):
    got = former_posts(read(pipeline, "UBKT Tỉnh ủy Gia Lai nhắc nhở ông Đinh Văn Lực, Phó Trưởng phòng "
                                      "thẩm định - dự toán (Sở Xây dựng), nguyên Huyện ủy viên, nguyên Chủ tịch UBND "
                                      "huyện Kông Chro."))
    assert ("Đinh Văn Lực", "Chủ tịch", "UBND huyện Kông Chro") in got
    assert [o for who, t, o in got if who == "Đinh Văn Lực" and t == "Ủy viên Ban Chấp hành" and o.startswith("Đảng bộ huyện")]


def test_a_lower_case_department_without_brackets(pipeline):
    got = former_posts(read(pipeline, "Đồng chí Đinh Văn Lực, Trưởng phòng hành chính, "
                                      "nguyên Chủ tịch UBND huyện Kông Chro phát biểu."))
    assert ("Đinh Văn Lực", "Chủ tịch", "UBND huyện Kông Chro") in got
