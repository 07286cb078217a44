"""A management board's own name runs on through lower-case words up to the unit it serves.

"Ban Quản lý Khu kinh tế tỉnh X" and "Ban quản lý dự án Nông thôn mới xã Y" are whole names:
the lower-case run inside them ends at the unit word ("tỉnh", "xã"), and a unit word followed by
a lower-case word ("thôn mới") is part of the name, not a unit. The board is never cut after
its first capitalised word. Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import organizations, read


def test_a_board_named_up_to_its_province(pipeline):
    found = organizations(read(pipeline, "Ban Quản lý Khu kinh tế tỉnh Quảng Trị vừa trình phương án mới."))
    assert set(found) == {"Ban Quản lý Khu kinh tế tỉnh Quảng Trị"}


def test_a_project_board_with_words_in_both_cases(pipeline):
    found = organizations(read(pipeline, "Ban Quản lý Dự án Đầu tư xây dựng tỉnh Quảng Trị giữ vai trò chủ đầu tư."))
    assert set(found) == {"Ban Quản lý Dự án Đầu tư xây dựng tỉnh Quảng Trị"}


def test_a_village_word_before_a_lower_case_word_is_part_of_the_name(pipeline):
    found = organizations(read(pipeline, "Ban quản lý dự án Nông thôn mới xã Hải Thái triển khai 3 công trình."))
    assert set(found) == {"Ban quản lý dự án Nông thôn mới xã Hải Thái"}
