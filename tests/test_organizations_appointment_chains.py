"""In an appointment the organs a person joins are listed bare before the post that names their
committee: "vào Ban Chấp hành khóa mới, Ban Thường vụ, giữ chức Trưởng ban Dân vận Huyện ủy X" (a comma,
then "giữ chức") names the standing committee of that Huyện ủy, as a comma, a dash or "kiêm" alone does.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_bare_standing_committee_before_giu_chuc_is_the_next_committees(pipeline):
    got = orgs("Từ tháng 8, ông Vi Văn Khải được bổ sung vào Ban Chấp hành khóa mới, Ban Thường vụ, giữ chức "
               "Trưởng ban Dân vận Huyện ủy Mường Khương.", pipeline)
    assert "Ban Thường vụ Huyện ủy Mường Khương" in got


def test_before_a_chair_of_the_peoples_committee_it_is_that_units(pipeline):
    got = orgs("Trong đoàn có ông Vi Văn Khải, thành viên Ban Thường vụ – Chủ tịch UBND huyện Mường Khương.",
               pipeline)
    assert "Ban Thường vụ Huyện ủy Mường Khương" in got
