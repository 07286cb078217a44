"""A rating told once after two shares ("trên 85% số chi bộ và hơn 92% số đảng viên hoàn thành
tốt nhiệm vụ trở lên") rates both: the first share is of the bodies so rated, the second of the
members. Words that are no rating, and a first share with words of its own, are not carried over."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return {f.value: f for f in figs}


def test_a_rating_after_a_pair_of_shares_rates_the_bodies_and_the_members():
    figs = read("Hằng năm, Đảng bộ xã Nà Sản có trên 85% số chi bộ và hơn 92% số đảng viên "
                "hoàn thành tốt nhiệm vụ trở lên.")
    assert (figs[85].indicator, figs[92].indicator) == ("orgs_rated_good", "members_rated_good")
    figs = read("Năm 2024, Đảng bộ xã Nà Sản có 20% chi bộ trực thuộc và 15% đảng viên được xếp loại hoàn thành xuất sắc.")
    assert (figs[20].indicator, figs[15].indicator) == ("orgs_rated_excellent", "members_rated_excellent")


def test_a_first_share_with_words_of_its_own_keeps_them():
    figs = read("Năm 2024, Đảng bộ xã Nà Sản có 85% số chi bộ có cấp ủy và 92% số đảng viên "
                "hoàn thành tốt nhiệm vụ.")
    assert figs[85].indicator == "cells_with_committee"


def test_words_that_are_no_rating_are_not_carried_to_the_first_share():
    figs = read("Năm 2024, Đảng bộ xã Nà Sản có 85% số chi bộ, 92% số đảng viên tham gia học tập nghị quyết.")
    assert figs[85].indicator == "other"


def test_rating_words_with_no_result_are_not_carried_to_the_first_share():
    figs = read("Năm 2024, 100% chi bộ và 97% đảng viên ở xã Nà Sản hoàn thành kiểm điểm, đánh giá, "
                "xếp loại chất lượng.")
    assert (figs[100].indicator, figs[100].qualifier) == ("other", "chi bộ")


def test_words_after_the_pair_that_read_as_no_rating_leave_the_first_share_its_noun():
    figs = read("Năm 2024, trên 80% chi bộ và 90% đảng viên ở xã Nà Sản không vi phạm, hoàn thành nhiệm vụ được giao.")
    assert (figs[80].indicator, figs[80].qualifier) == ("other", "chi bộ")
