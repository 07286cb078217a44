"""Outcomes across sentence and paragraph bounds: a sentence opening a list with ":" gives the
list's lines (each its own paragraph, "- Kết nạp 14 đảng viên mới.") its subject and its year;
a sentence opening on a place ("Tại xã X, …", "Xã Y còn …") hands it to the next sentence."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Huyện ủy Than Uyên lãnh đạo xây dựng Đảng

Đảng bộ huyện Than Uyên có 4.300 đảng viên.
Năm 2023, Đảng bộ xã Mường Kim đạt được những kết quả sau:
- Kết nạp 14 đảng viên mới.
- 9/11 chi bộ hoàn thành tốt nhiệm vụ.
Huyện đã mở 6 lớp bồi dưỡng cho cấp ủy viên.
Tại xã Tà Mung, kết quả cũng rất khả quan. Năm 2022, đã kết nạp 8 đảng viên, tỷ lệ hộ nghèo còn 12%.
"""


@pytest.fixture(scope="module")
def outcomes():
    return load_text(ARTICLE, source="memory:than-uyen.txt")


def test_the_lines_of_a_list_are_about_what_its_opening_sentence_names(outcomes):
    subjects = figure_subjects(outcomes)
    assert subjects[14] == subjects[9] == subjects[11] == "Đảng bộ xã Mường Kim"
    periods = {o.figure.value: o.figure.period for o in outcomes.context["outcomes"]}
    assert periods[14] == ("2023", "2023")


def test_the_list_ends_with_its_lines(outcomes):
    assert figure_subjects(outcomes)[6] != "Đảng bộ xã Mường Kim"


def test_a_sentence_opening_on_a_place_hands_it_to_the_next(outcomes):
    subjects = figure_subjects(outcomes)
    assert subjects[8] == "Tà Mung" and subjects[12] == "Tà Mung"


def test_a_sentence_opening_on_a_place_as_its_subject_hands_it_on():
    text = """Huyện ủy Than Uyên lãnh đạo xây dựng nông thôn mới

Đảng bộ huyện Than Uyên có 4.300 đảng viên.
Xã Tà Hừa còn nhiều khó khăn. Hiện 5/9 bản có đường bê-tông, tỷ lệ hộ nghèo còn 30%.
Toàn huyện có 3 xã đạt chuẩn nông thôn mới.
"""
    subjects = figure_subjects(load_text(text, source="memory:ta-hua.txt"))
    assert subjects[5] == subjects[9] == subjects[30] == "Tà Hừa"
    assert subjects[3] == "Than Uyên"


def test_the_paragraph_right_after_a_colon_continues_it_without_a_bullet():
    text = """Huyện ủy Than Uyên lãnh đạo xây dựng Đảng

Đảng bộ huyện Than Uyên có 4.300 đảng viên.
Năm 2023, Đảng bộ xã Mường Kim đạt được những kết quả đáng ghi nhận. Cụ thể:
Kết nạp 14 đảng viên mới, 9/11 chi bộ hoàn thành tốt nhiệm vụ.
Huyện đã mở 6 lớp bồi dưỡng cho cấp ủy viên.
"""
    subjects = figure_subjects(load_text(text, source="memory:than-uyen-2.txt"))
    assert subjects[14] == subjects[9] == "Đảng bộ xã Mường Kim"
    assert subjects[6] != "Đảng bộ xã Mường Kim"
