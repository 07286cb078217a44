"""Cells with a committee, shares of rated bodies, comparisons and violations found: "N/M chi bộ
… có cấp ủy" counts cells with a committee (the next "N/M chi bộ … có đủ …" says something else),
"chi bộ có 100% hoàn thành tốt nhiệm vụ" is the share of cells rated good, "giảm N tổ chức so
với năm X" compares two years (no units were merged), and "(có vi phạm N đồng chí, phải thi hành
kỷ luật M đồng chí)" tells those found in violation apart from those disciplined. A bound after
a count of targets ("3 chỉ tiêu đạt trên 80%") says how far each came: no figure of its own."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ huyện Mường Khương tăng cường kiểm tra

Đến nay, Đảng bộ huyện Mường Khương đã xây dựng được 88/96 chi bộ thôn, bản có cấp ủy, 91/96 chi bộ thôn, bản có đủ ba đảng viên chính thức.
Đảng ủy phấn đấu hằng năm đánh giá đối với chi bộ có 100% hoàn thành tốt nhiệm vụ.
Cấp ủy các cấp kiểm tra 310 đảng viên và 57 tổ chức đảng (tăng 12 đảng viên, giảm 9 tổ chức so với năm 2022).
Ủy ban Kiểm tra đảng các cấp kiểm tra 26 đảng viên (có vi phạm 19 đồng chí, phải thi hành kỷ luật 8 đồng chí).
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:muong-khuong.txt")
    labels = {f.s.value: f.o.value for f in doc.facts if f.p.value.endswith("#label")}
    return {o.figure.value: (o.figure, labels.get(o.figure.subject.value)) for o in doc.context["outcomes"]}


def test_cells_with_a_committee(read):
    assert read[88][0].indicator == "cells_with_committee"


def test_the_next_cells_of_the_list_say_something_else(read):
    assert read[91][0].indicator == "other"


def test_cells_with_a_share_rated_good_is_a_target_under_phan_dau(read):
    f = read[100][0]
    assert f.indicator == "orgs_rated_good"
    assert f.is_target


def test_fewer_bodies_than_a_year_before_is_no_reduction_of_units(read):
    assert read[9][0].indicator != "units_reduced"


def test_found_in_violation_is_not_disciplined(read):
    assert read[19][0].indicator == "other"
    assert read[8][0].indicator == "members_disciplined"


def test_a_bound_after_a_count_of_targets_is_how_far_each_came():
    doc = load_text("Năm 2023, Đảng bộ xã Tân Lập có 14 chỉ tiêu đạt và vượt, 3 chỉ tiêu đạt trên 80%.\n",
                    source="memory:tan-lap.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert 80 not in figs
    assert figs[3].indicator == "other" and "80%" in (figs[3].qualifier or "")
