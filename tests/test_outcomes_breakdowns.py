"""Parts of a figure and figures that only look like admissions: a "trong đó có N X, M Y" after
a count of admissions breaks the admissions down (a part of a stock told by what it does is a
figure of its own), "nâng tổng số đảng viên lên N" is the new count of members, and people sent
to a class for candidates or new members are not admitted."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ xã Quỳnh Hưng kết nạp đảng viên mới

Năm 2023, Đảng bộ xã Quỳnh Hưng đã kết nạp được 9 đảng viên mới, đạt 112% kế hoạch, trong đó có 4 đảng viên chi bộ thôn Nam, 5 đảng viên chi bộ trường học.
Nâng tổng số đảng viên của đảng bộ lên 318 đồng chí.
Chi bộ thôn Nam hiện có 41 đảng viên, trong đó có 30 đồng chí sinh hoạt thường xuyên tại chi bộ.
Đảng ủy còn cử 12 quần chúng học lớp bồi dưỡng đối tượng kết nạp Đảng và cử 7 đảng viên dự lớp đảng viên mới.
Năm 2024, huyện kết nạp 150 đảng viên. Trong số các đảng viên mới có 11 đồng chí là công an viên, 23 đảng viên là đoàn viên thanh niên.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:quynh-hung.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_the_parts_of_admissions_are_admissions(read):
    assert read[4].indicator == "new_members_admitted"
    assert "thôn Nam" in (read[4].qualifier or "")


def test_the_list_of_parts_goes_on_breaking_the_same_admissions_down(read):
    assert read[5].indicator == "new_members_admitted"
    assert "trường học" in (read[5].qualifier or "")


def test_raising_the_total_of_members_gives_the_count_of_members(read):
    assert read[318].indicator == "party_members"


def test_a_part_of_the_members_told_by_what_it_does_is_a_figure_of_its_own(read):
    assert read[41].indicator == "party_members"
    assert read[30].indicator == "other"


def test_people_sent_to_a_class_are_not_admitted(read):
    assert read[12].indicator == "other"
    assert read[7].indicator == "other"


def test_a_breakdown_opened_by_trong_so_cac_dang_vien_moi_is_of_the_admissions(read):
    assert read[11].indicator == "new_members_admitted"
    assert read[23].indicator == "new_members_admitted"


def test_a_class_opened_for_candidates_counts_no_admissions():
    doc = load_text("Huyện ủy Yên Mô mở lớp bồi dưỡng đối tượng kết nạp Đảng cho 64 quần chúng ưu tú.\n",
                    source="memory:yen-mo.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[64].indicator == "other"
