"""Parts of a figure and figures that only look like admissions: a "trong đó có N X, M Y" after
a count of admissions breaks the admissions down (a part of a stock told by what it does is a
figure of its own), "nâng tổng số đảng viên lên N" is the new count of members, and people sent
to a class for candidates or new members are not admitted."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Diễn Châu chú trọng phát triển đảng viên

Trong năm 2023, Đảng bộ xã Diễn Kim kết nạp 8 quần chúng vào Đảng, vượt 14% kế hoạch năm, trong đó có 2 đảng viên ở xóm Bắc, 6 đảng viên ở trường mầm non.
Qua đó nâng số lượng đảng viên của xã lên 276 đồng chí.
Chi bộ xóm Bắc có 38 đảng viên, trong đó có 27 đồng chí vẫn sinh hoạt đều đặn hằng tháng.
Xã còn cử 16 quần chúng là đối tượng kết nạp Đảng đi học lớp nhận thức và cử 9 đảng viên dự lớp đảng viên mới.
Năm 2024, toàn huyện kết nạp 142 đảng viên. Trong số những đảng viên mới này có 19 đồng chí là dân quân, 31 đảng viên là giáo viên.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:dien-kim.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_the_parts_of_admissions_are_admissions(read):
    assert read[2].indicator == "new_members_admitted"
    assert "xóm Bắc" in (read[2].qualifier or "")


def test_the_list_of_parts_goes_on_breaking_the_same_admissions_down(read):
    assert read[6].indicator == "new_members_admitted"
    assert "trường mầm non" in (read[6].qualifier or "")


def test_raising_the_total_of_members_gives_the_count_of_members(read):
    assert read[276].indicator == "party_members"


def test_a_part_of_the_members_told_by_what_it_does_is_a_figure_of_its_own(read):
    assert read[38].indicator == "party_members"
    assert read[27].indicator == "other"


def test_people_sent_to_a_class_are_not_admitted(read):
    assert read[16].indicator == "other"
    assert read[9].indicator == "other"


def test_a_breakdown_opened_by_trong_so_cac_dang_vien_moi_is_of_the_admissions(read):
    assert read[19].indicator == "new_members_admitted"
    assert read[31].indicator == "new_members_admitted"


def test_a_class_opened_for_candidates_counts_no_admissions():
    doc = load_text("Đảng ủy xã Diễn Kim mở lớp đối tượng kết nạp vào Đảng khóa II cho 45 thanh niên tiêu biểu.\n",
                    source="memory:dien-kim-lop.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[45].indicator == "other"
