"""Cells with a committee, shares of rated bodies, comparisons and violations found: "N/M chi bộ
… có cấp ủy" counts cells with a committee (the next "N/M chi bộ … có đủ …" says something else),
"chi bộ … có N% hoàn thành tốt" is the share of cells rated good, "giảm N tổ chức so
với năm X" compares two years (no units were merged), and "(có vi phạm N …, phải thi hành
kỷ luật M …)" tells those found in violation apart from those disciplined. A bound after
a count of targets ("3 chỉ tiêu đạt trên 80%") says how far each came: no figure of its own."""

from __future__ import annotations

import pytest

from extraction import labels
from partykg.loaders.pipeline import load_text

ARTICLE = """Nguyên Bình chăm lo củng cố chi bộ

Toàn Đảng bộ huyện Nguyên Bình nay có 102/115 chi bộ xóm có cấp ủy, 109/115 chi bộ xóm có đủ số đảng viên chính thức để sinh hoạt.
Hằng năm, Huyện ủy phấn đấu để các chi bộ trực thuộc đạt 95% hoàn thành tốt nhiệm vụ.
Năm 2023, cấp ủy kiểm tra 284 đảng viên cùng 41 tổ chức đảng (tăng 15 đảng viên, giảm 6 tổ chức so với năm 2022).
UBKT đảng các cấp kiểm tra 33 đảng viên (có vi phạm 21 đảng viên, phải thi hành kỷ luật 4 đảng viên).
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:nguyen-binh.txt")
    lab = labels(doc)
    return {o.figure.value: (o.figure, lab.get(o.figure.subject.value)) for o in doc.context["outcomes"]}


def test_cells_with_a_committee(read):
    assert read[102][0].indicator == "cells_with_committee"


def test_the_next_cells_of_the_list_say_something_else(read):
    assert read[109][0].indicator == "other"


def test_cells_with_a_share_rated_good_is_a_target_under_phan_dau(read):
    f = read[95][0]
    assert f.indicator == "orgs_rated_good"
    assert f.is_target


def test_fewer_bodies_than_a_year_before_is_no_reduction_of_units(read):
    assert read[6][0].indicator != "units_reduced"


def test_found_in_violation_is_not_disciplined(read):
    assert read[21][0].indicator == "other"
    assert read[4][0].indicator == "members_disciplined"


def test_a_bound_after_a_count_of_targets_is_how_far_each_came():
    doc = load_text("Hết năm 2023, xã Hưng Đạo có 11 chỉ tiêu đạt và vượt, 3 chỉ tiêu đạt trên 80%.\n",
                    source="memory:hung-dao.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert 80 not in figs
    assert figs[3].indicator == "other" and "80%" in (figs[3].qualifier or "")
