"""A party organization's members and units are its own, never its territory's: a count of
members "toàn huyện" or of the cells "xã có" goes to the place's party organization where the
article names it, and stays the place's where it does not."""

from __future__ import annotations

from extraction import figure_subjects, read


def test_the_members_of_a_whole_district_are_its_party_organizations(pipeline):
    doc = read(pipeline, "Đảng bộ huyện Mường Tè tổng kết công tác xây dựng Đảng năm 2023.\n"
                         "Trong năm, các chi bộ kết nạp 120 đảng viên mới, nâng tổng số đảng viên "
                         "toàn huyện lên 3.200 đảng viên.")
    assert figure_subjects(doc)[3200] == "Đảng bộ huyện Mường Tè"


def test_a_territorys_own_measure_stays_the_territorys(pipeline):
    doc = read(pipeline, "Đảng bộ huyện Mường Tè tổng kết công tác xây dựng Đảng năm 2023.\n"
                         "Tỷ lệ hộ nghèo toàn huyện giảm còn 21,4%.")
    assert figure_subjects(doc)[21.4] == "Mường Tè"


def test_without_a_named_party_organization_the_members_stay_the_places(pipeline):
    doc = read(pipeline, "Năm 2023, toàn huyện Mường Tè có 3.200 đảng viên.")
    assert figure_subjects(doc)[3200] != "Đảng bộ huyện Mường Tè"
