"""A minister's title followed by the ministry's field alone ("Thứ trưởng Công an", "Bộ trưởng
Quốc phòng", "Thứ trưởng Thường trực Tài chính") names the ministry, the word "Bộ" left out: the
post is in "Bộ Công an", the same body as where the text writes "Bộ Công an". The field after
any other title keeps its own reading ("Trưởng Công an huyện X" is the district's police).

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_a_deputy_minister_of_public_security_in_a_guest_list(pipeline):
    doc = read(pipeline, "Dự đại hội có đồng chí Lò Văn Hùng, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương, "
                         "Thứ trưởng Công an; đồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lai Châu.")
    got = held_posts(doc)
    assert ("Lò Văn Hùng", "Thứ trưởng", "Bộ Công an") in got
    assert ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh Lai Châu") in got
    assert "Bộ Công an" in organizations(doc)


def test_the_field_alone_and_the_full_name_are_one_ministry(pipeline):
    doc = read(pipeline, "Ông Trần Văn Bình, Bộ trưởng Quốc phòng, dự lễ. Bộ Quốc phòng tặng quà.")
    assert ("Trần Văn Bình", "Bộ trưởng", "Bộ Quốc phòng") in held_posts(doc)
    assert len([o for o in organizations(doc) if o == "Bộ Quốc phòng"]) == 1


def test_a_ministry_named_by_a_sector(pipeline):
    got = held_posts(read(pipeline, "Bà Lò Thị Mai, Thứ trưởng Thường trực Tài chính, làm việc với tỉnh Lai Châu."))
    assert ("Lò Thị Mai", "Thứ trưởng Thường trực", "Bộ Tài chính") in got


def test_the_police_after_another_title_is_no_ministry(pipeline):
    doc = read(pipeline, "Ông Lò Văn Tâm, Trưởng Công an huyện Than Uyên dự.")
    assert ("Lò Văn Tâm", "Trưởng", "Công an huyện Than Uyên") in held_posts(doc)
    assert "Bộ Công an" not in organizations(doc)
