"""Ratings as reports print them: the rating in single quotes ('Hoàn thành tốt nhiệm vụ'), a
share joined to a rated count by ", đạt N%", a share inside its breakdown ("trong đó có N%
xếp loại …"), and a share "không hoàn thành nhiệm vụ" that is a rating, not an achievement of a
plan (the cue "KH" for a plan must be a whole word, not the start of "không")."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ huyện Mường Khương tổng kết công tác xây dựng Đảng năm 2022

Năm 2022, Đảng bộ huyện Mường Khương có 38 TCCSĐ, trong đó 30 tổ chức cơ sở đảng 'Hoàn thành tốt nhiệm vụ'.

Đến cuối năm, có 31 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 81,6%, trong đó có 18,4% xếp loại hoàn thành xuất sắc nhiệm vụ.

Toàn Đảng bộ có 88,5% số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; 10,2% hoàn thành nhiệm vụ và 1,3% không hoàn thành nhiệm vụ.

Trong năm, 4 chi bộ 'Hoàn thành xuất sắc nhiệm vụ', không có tổ chức cơ sở đảng 'Không hoàn thành nhiệm vụ'.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:muong-khuong.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_a_rating_in_single_quotes(figs):
    assert figs[30].indicator == "orgs_rated_good"
    assert figs[4].indicator == "orgs_rated_excellent"


def test_none_rated_weak_in_single_quotes(figs):
    assert figs[0].indicator == "orgs_rated_weak"


def test_the_share_after_a_rated_count(figs):
    assert figs[31].indicator == "orgs_rated_good"
    assert figs[81.6].indicator == "orgs_rated_good"


def test_a_share_in_the_breakdown_of_rated_bodies(figs):
    assert figs[18.4].indicator == "orgs_rated_excellent"


def test_members_not_completing_are_a_rating_not_an_achievement(figs):
    assert figs[10.2].indicator == "members_rated_completed"
    assert figs[1.3].indicator == "members_rated_not_completed"
    assert not figs[1.3].achievement
