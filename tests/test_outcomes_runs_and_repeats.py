"""Outcomes: a run of years told as "Năm năm gần đây, X liên tục đạt …" is a figure of X; a
figure named again ("hai vụ án nêu trên", "3 công chức trên,") is not a new one; a number set
without its space after a short word ("là12,5 km") is still read; pages and groups run on social
networks are counted; "Đó là 3 trong số 210 hộ" points at ones told of, within a whole that counts."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context
from partykg.loaders.pipeline import load_text

from extraction import figure_subjects


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return figs


def test_a_run_of_years_a_rating_was_held_is_a_figure():
    assert [(f.value, f.unit) for f in read("Bốn năm gần đây, Chi bộ liên tục đạt danh hiệu trong sạch, vững mạnh.")] \
        == [(4, "năm")]
    assert [(f.value, f.unit) for f in read("6 năm qua, Đảng bộ xã đều hoàn thành tốt nhiệm vụ.")] == [(6, "năm")]
    # a span of time with no rating held through it is not
    assert read("Ba năm qua, xã đã thay đổi nhiều.") == []


def test_the_body_holding_the_rating_is_the_subject():
    text = """Đảng bộ xã Vũ Hội làm tốt công tác xây dựng Đảng

Đảng bộ xã Vũ Hội có 350 đảng viên.
Bảy năm qua, Chi bộ thôn Trung đều hoàn thành xuất sắc nhiệm vụ.
"""
    subjects = figure_subjects(load_text(text, source="memory:vu-hoi.txt"))
    assert subjects[7] == "Chi bộ thôn Trung"


def test_a_figure_named_again_is_not_a_new_one():
    assert read("Ba vụ việc nêu trên đều chưa được xử lý.") == []
    assert read("Ngoài 4 cán bộ trên, còn nhiều người khác vi phạm.") == []
    assert [f.value for f in read("Có 4 cán bộ trên 50 tuổi.")] == [4]


def test_a_number_set_without_its_space_is_still_read():
    assert [(f.value, f.unit) for f in read("Chiều dài đường trục xã là12,5 km.")] == [(12.5, "km")]
    assert read("Theo Quyết định số12 của huyện.") == []


def test_pages_and_groups_on_social_networks_are_counted():
    figs = read("Năm 2020, huyện đã lập được 9 Trang, nhóm Facebook để tuyên truyền.")
    assert [(f.value, f.unit) for f in figs] == [(9, "trang, nhóm")]


def test_the_ones_just_told_of_pointed_at_within_a_whole_are_not_a_new_figure():
    figs = read("Đó là 3 trong số 210 hộ nghèo được các chi bộ giúp đỡ.")
    assert [(f.value, f.unit) for f in figs] == [(210, "hộ nghèo")]
