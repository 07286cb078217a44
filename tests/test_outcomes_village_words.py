"""A bare village word opening a clause ("Bản có 130 hộ", "Năm 2024, bản phấn đấu …") stands
for the village last named; a place opening its sentence after a connective ("Trong khi đó,
xã Y còn khó khăn.") hands itself to the next sentence. A plural "thôn, xóm" names no village."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Huyện Than Uyên chăm lo đời sống nhân dân

Những năm qua, Đảng bộ huyện Than Uyên tập trung lãnh đạo phát triển kinh tế. Trong khi đó, xã Tà Mung còn nhiều khó khăn. Tỷ lệ hộ nghèo ở đây vẫn còn 28%, cao hơn xã Phúc Than (11%).
Ông Lò Văn Minh là Bí thư Chi bộ bản Nà Ban từ năm 2015. Ông cho biết: Bản có 130 hộ, trong đó còn 9 hộ nghèo. Năm 2024, bản phấn đấu giảm còn 5 hộ nghèo.
Xã Mường Kim làm 6 km đường bê tông và hầu hết thôn, xóm đạt 14 tiêu chí nông thôn mới.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:village-words.txt")
    return figure_subjects(doc, lambda f: f.value)


def test_a_place_after_a_connective_hands_itself_on(read):
    assert read[28] == "Tà Mung"
    assert read[11] == "Phúc Than"


def test_a_bare_village_word_is_the_village_last_named(read):
    assert read[130] == "Nà Ban"
    assert read[9] == "Nà Ban"
    assert read[5] == "Nà Ban"


def test_a_plural_of_villages_names_none(read):
    assert read[14] == "Mường Kim"
