"""A bare level word owning the measure before the figure ("Thu nhập bình quân của xã đạt …",
"Kinh tế của huyện tăng trưởng …") names the commune or district the text last named, even in
a new paragraph; a named owner ("của xã Y") or a list ("của các xã") is read as before."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Đảng bộ huyện Than Uyên nâng cao năng lực lãnh đạo

Năm 2023, Đảng bộ huyện Than Uyên đạt nhiều kết quả.
Xã Mường Kim có 1.250 hộ, tỷ lệ hộ nghèo còn 7,5%.
Thu nhập bình quân của xã đạt 42 triệu đồng/người/năm.
Chi bộ bản Nà Ban có 41 đảng viên.
Kinh tế của huyện tăng trưởng 8,2%.
Tổng giá trị sản xuất của xã Phúc Than đạt 310 tỷ đồng.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:bare-owner.txt")
    return figure_subjects(doc, lambda f: f.value)


def test_of_the_commune_is_the_commune_last_named(read):
    assert read[42] == "Mường Kim"


def test_of_the_district_is_the_district_of_the_text(read):
    assert read[8.2] == "Than Uyên"


def test_a_named_owner_is_kept(read):
    assert read[310] in ("Phúc Than", "Đảng bộ xã Phúc Than")


def test_a_place_named_as_a_backdrop_with_voi_owns_nothing():
    doc = load_text("""Thôn Nà Ban giàu lên

Bản Nà Ban là một trong những bản chưa có thu nhập cao của xã Mường Kim với bình quân mỗi nhân khẩu 21 triệu đồng/năm.
""", source="memory:backdrop.txt")
    read = figure_subjects(doc, lambda f: f.value)
    assert read[21] != "Mường Kim"
