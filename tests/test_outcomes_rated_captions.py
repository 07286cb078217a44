"""A report's list item names a rating before a colon and counts after it ("- Chi bộ hoàn thành
tốt nhiệm vụ: 9 chi bộ = 80%"): the count is of those so rated, and a share joined to it by
"=", a bracket or "chiếm" is the share so rated."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ xã Yên Phú đánh giá, xếp loại năm 2023

Tổng số có 12 chi bộ, đã đánh giá đủ các chi bộ.

- Chi bộ hoàn thành xuất sắc nhiệm vụ: 3 chi bộ = 25%.

- Chi bộ hoàn thành tốt nhiệm vụ: 08 chi bộ = 66,7%.

- Chi bộ không hoàn thành nhiệm vụ: 1 chi bộ (chiếm 8,3%).

- Đảng viên hoàn thành xuất sắc nhiệm vụ: 41 đồng chí.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:yen-phu.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_counts_after_a_rating_and_a_colon(figs):
    assert figs[3].indicator == "orgs_rated_excellent"
    assert figs[8].indicator == "orgs_rated_good"
    assert figs[1].indicator == "orgs_rated_weak"
    assert figs[41].indicator == "members_rated_excellent"


def test_the_share_joined_to_a_rated_count(figs):
    assert figs[25].indicator == "orgs_rated_excellent"
    assert figs[66.7].indicator == "orgs_rated_good"
    assert figs[8.3].indicator == "orgs_rated_weak"


def test_the_whole_count_stays_the_cells(figs):
    assert figs[12].indicator == "party_cells"
