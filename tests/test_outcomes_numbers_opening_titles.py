"""A number opening the quoted title of a campaign or model ("mô hình “5 đảng viên giúp một hộ
thoát nghèo”", "phong trào "3 không"") is part of the title, not a figure the article reports;
a count of such models before the title still is."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def values(text: str):
    doc = load_text("Đảng bộ huyện Đắk Mil\n\n" + text + "\n", source="memory:dak-mil.txt")
    return [o.figure.value for o in doc.context["outcomes"]]


def test_a_number_opening_a_curly_quoted_title():
    assert values("Các xã thực hiện mô hình “4 đảng viên kèm cặp một hộ khó khăn” ở thôn bản.") == []


def test_a_number_opening_a_straight_quoted_title():
    assert values('Huyện ủy Đắk Mil triển khai phong trào "3 không" trong toàn huyện.') == []


def test_the_count_of_models_before_the_title_stays():
    assert values("Năm 2023, huyện có 40 mô hình “Dân vận khéo”.") == [40]
