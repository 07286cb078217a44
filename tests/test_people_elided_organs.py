"""Posts whose body is written once for a whole chain, and the titles of party speakers.

"Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy X" names two posts: the standing
committee is the one of the committee that closes the chain ("BTV" is its usual
abbreviation), or of the unit whose people's committee or front the chain ends in. "Báo cáo
viên" and "Tuyên truyền viên" (a committee's lecturers and propagandists) are titles held in
the committee written after them.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_standing_committee_left_bare_before_a_second_post(pipeline):
    doc = read(pipeline, "Đồng chí Lê Minh Tâm, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy Phú Thọ "
                         "dự hội nghị.")
    assert held_posts(doc) == {("Lê Minh Tâm", "Ủy viên", "Ban Thường vụ Tỉnh ủy Phú Thọ"),
                               ("Lê Minh Tâm", "Trưởng Ban", "Ban Tổ chức Tỉnh ủy Phú Thọ")}


def test_the_abbreviation_btv_before_a_post_in_a_district_committee(pipeline):
    doc = read(pipeline, "Ông Vũ Đình Khải, Uỷ viên BTV, Phó Bí thư Thường trực Huyện ủy Lâm Thao phát biểu.")
    assert held_posts(doc) == {("Vũ Đình Khải", "Ủy viên", "Ban Thường vụ Huyện ủy Lâm Thao"),
                               ("Vũ Đình Khải", "Phó Bí thư Thường trực", "Đảng bộ huyện Lâm Thao")}


def test_a_committee_lecturer(pipeline):
    doc = read(pipeline, "Tại hội nghị, đồng chí Trần Thị Mai - Báo cáo viên Huyện ủy Đông Hưng đã quán triệt "
                         "nghị quyết.")
    assert held_posts(doc) == {("Trần Thị Mai", "Báo cáo viên", "Đảng bộ huyện Đông Hưng")}


def test_a_commune_propagandist(pipeline):
    doc = read(pipeline, "Đồng chí Phạm Văn Lực, Tuyên truyền viên Đảng ủy xã Đông La, trình bày kế hoạch.")
    assert held_posts(doc) == {("Phạm Văn Lực", "Tuyên truyền viên", "Đảng bộ xã Đông La")}


def test_lecturers_in_general_hold_no_post(pipeline):
    doc = read(pipeline, "Các báo cáo viên, tuyên truyền viên của huyện Đông Hưng được tập huấn nghiệp vụ.")
    assert held_posts(doc) == set()


def test_a_standing_committee_left_bare_before_a_post_in_the_peoples_committee(pipeline):
    doc = read(pipeline, "Đồng chí Lê Minh Tâm, Ủy viên Ban Thường vụ, Chủ tịch UBND huyện Lâm Thao dự hội nghị.")
    assert held_posts(doc) == {("Lê Minh Tâm", "Ủy viên", "Ban Thường vụ Huyện ủy Lâm Thao"),
                               ("Lê Minh Tâm", "Chủ tịch", "UBND huyện Lâm Thao")}


def test_the_fronts_chair_of_the_district_the_text_names(pipeline):
    doc = read(pipeline, "Huyện ủy Lâm Thao họp. Bà Lê Thị Yến, Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ "
                         "Việt Nam huyện phát biểu.")
    assert ("Lê Thị Yến", "Ủy viên", "Ban Thường vụ Huyện ủy Lâm Thao") in held_posts(doc)
