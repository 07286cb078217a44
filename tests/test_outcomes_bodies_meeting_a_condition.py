"""A count of bodies told by what they did is not how many bodies there are: "Có 6 đảng bộ trực
thuộc Huyện ủy đã hoàn thành vượt chỉ tiêu" counts the bodies that beat the plan (an "other" figure),
even with the owner ("trực thuộc Huyện ủy") between the noun and the verb. A bare count of the
bodies under the committee stays a count of them."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Huyện Đồng Sơn kết nạp đảng viên

Có 6 đảng bộ trực thuộc Huyện ủy Đồng Sơn đã hoàn thành vượt chỉ tiêu kết nạp năm nay.
4 chi bộ trực thuộc Đảng uỷ Tân Bồi kết nạp quần chúng quá chỉ tiêu.
Đảng bộ huyện Đồng Sơn hiện có 38 chi, đảng bộ cơ sở.
Đảng bộ xã Tân Bồi có 17 chi bộ trực thuộc.
"""


@pytest.fixture(scope="module")
def figures():
    doc = load_text(ARTICLE, source="memory:dong-son.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_bodies_that_beat_the_plan_are_no_count_of_bodies(figures):
    assert figures[6].indicator == "other"


def test_cells_that_beat_the_plan_are_no_count_of_cells(figures):
    assert figures[4].indicator == "other"


def test_a_bare_count_of_the_bodies_under_the_committee_stays_a_count(figures):
    assert figures[38].indicator == "subordinate_party_orgs"
    assert figures[17].indicator == "party_cells"
