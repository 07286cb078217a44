"""A percentage told of the admissions themselves ("công tác phát triển đảng viên đạt 104%"), with
no share of anything counted after it, is how far the admissions went against their plan; a rate
of admissions ("tỷ lệ phát triển đảng viên") or one told against the members is a share."""

from __future__ import annotations

import pytest

from partykg.loaders import outcomes


def read(text):
    figs = outcomes.find_figures(text)
    outcomes.read_context(text, figs)
    return figs


def test_admissions_reaching_their_plan():
    f = read("Năm qua, công tác phát triển đảng viên của xã Na Rì Thượng đạt 104%.")[0]
    assert f.indicator == "target_achievement_rate"


def test_admissions_told_with_ket_nap():
    f = read("Việc kết nạp đảng viên mới vượt 110%, cao nhất từ trước tới nay.")[0]
    assert f.indicator == "target_achievement_rate"


def test_a_rate_of_admissions_is_a_share():
    f = read("Tỷ lệ phát triển đảng viên mới đạt 3,5% so với số đảng viên đầu năm.")[0]
    assert f.indicator == "new_members_admitted"


def test_admissions_against_the_members_are_a_share():
    f = read("Phát triển đảng viên mới đạt 4% tổng số đảng viên của huyện.")[0]
    assert f.indicator != "target_achievement_rate"
