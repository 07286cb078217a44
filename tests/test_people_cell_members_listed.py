"""A cell committee member's title left without its cell ("+ Bà A – Chi ủy viên" in a list
of a cell's committee, one line each) is a member of the party cell the text named last; a
party body the sentence names after the title is the list's own, and no member's title is read
with no cell named at all.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_committee_listed_one_line_each(pipeline):
    got = held_posts(read(pipeline, "Đại diện Chi bộ Trường Mẫu giáo Hoa Ban:\n\n+ Đồng chí Đinh Thị Nhàn – Bí thư "
                                    "chi bộ\n\n+ Đồng chí Quách Thị Huệ – Phó bí thư chi bộ\n\n+ Đồng chí Bùi Thị Lan – "
                                    "Chi Ủy viên"
                                    "\n\n+ Cùng toàn thể đảng viên."))
    assert ("Bùi Thị Lan", "Chi ủy viên", "Chi bộ Trường Mẫu giáo Hoa Ban") in got
    assert ("Đinh Thị Nhàn", "Bí thư", "Chi bộ Trường Mẫu giáo Hoa Ban") in got


def test_a_member_after_the_cell_was_named(pipeline):
    got = held_posts(read(pipeline, "Chi bộ Trường Mẫu giáo Hoa Ban họp đại hội nhiệm kỳ mới. Bà Bùi Thị Lan, "
                                    "Chi ủy viên, trình bày báo cáo."))
    assert ("Bùi Thị Lan", "Chi ủy viên", "Chi bộ Trường Mẫu giáo Hoa Ban") in got


def test_no_cell_named_no_post(pipeline):
    got = held_posts(read(pipeline, "Bà Bùi Thị Lan, Chi ủy viên, trình bày báo cáo tổng kết."))
    assert got == set()


def test_a_member_of_the_body_written_right_after_the_title_is_not_the_cells(pipeline):
    got = held_posts(read(pipeline, "Chi bộ bản Huổi Lếch có bảy chi ủy viên. Chị Lường Thị Én - Chi ủy viên Chi "
                                    "đoàn bản Huổi Lếch kể lại."))
    assert not [x for x in got if x[0] == "Lường Thị Én"]


def test_a_party_body_named_after_the_bare_title_takes_the_list(pipeline):
    got = held_posts(read(pipeline, "Chi bộ bản Huổi Lếch có bảy chi ủy viên. Dự họp có chị Lường Thị Én - Chi ủy viên "
                                    "và anh Cầm Văn Pọm - Bí thư Chi bộ bản Nậm Ty."))
    assert not [x for x in got if x[0] == "Lường Thị Én" and x[2] == "Chi bộ bản Huổi Lếch"]
