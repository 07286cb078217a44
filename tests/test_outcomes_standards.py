"""A body named as the one that set a standard ("đạt chuẩn của Bộ X", "theo quy định của Bộ Y")
is not whose figure it is: the places counted stay with the body or place the text is about."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Xã Phúc Than xây dựng nông thôn mới

Đảng bộ xã Phúc Than lãnh đạo xây dựng nông thôn mới.
Đến nay, 6/6 bản đều có nhà văn hóa đạt chuẩn của Bộ Văn hóa, Thể thao và Du lịch.
Năm 2023, 11 chi bộ của Đảng bộ xã Phúc Than hoàn thành tốt nhiệm vụ.
"""


def test_the_body_setting_the_standard_is_not_the_subject():
    doc = load_text(ARTICLE, source="memory:phuc-than-chuan.txt")
    read = figure_subjects(doc, lambda f: f.value)
    assert read[6] == "Đảng bộ xã Phúc Than"


def test_the_owner_after_the_counted_noun_still_owns_it():
    doc = load_text(ARTICLE, source="memory:phuc-than-chuan.txt")
    read = figure_subjects(doc, lambda f: f.value)
    assert read[11] == "Đảng bộ xã Phúc Than"
