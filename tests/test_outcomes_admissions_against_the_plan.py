"""A percentage told of the admissions themselves ("việc kết nạp đảng viên đạt 104%"), with
no share of anything counted after it, is how far the admissions went against their plan; a rate
of admissions (told with "tỷ lệ") or one told against the members is a share."""

from __future__ import annotations

import pytest

from partykg.loaders import outcomes


def read(text):
    figs = outcomes.find_figures(text)
    outcomes.read_context(text, figs)
    return figs


def test_admissions_reaching_their_plan():
    f = read("Năm 2023, phát triển đảng viên ở xã Na Rì Thượng đạt 104%.")[0]
    assert f.indicator == "target_achievement_rate"


def test_admissions_told_with_ket_nap():
    f = read("Việc kết nạp đảng viên mới vượt 110%, cao nhất từ trước tới nay.")[0]
    assert f.indicator == "target_achievement_rate"


def test_a_rate_of_admissions_is_a_share():
    f = read("Tỷ lệ phát triển ĐV mới năm nay là 3,5% so với số đảng viên đầu năm.")[0]
    assert f.indicator == "new_members_admitted"


def test_admissions_against_the_members_are_a_share():
    f = read("Kết nạp ĐV mới đạt 4% tổng số đảng viên của huyện.")[0]
    assert f.indicator != "target_achievement_rate"
