"""Whose figure it is inside a clause: the ward or body owning the clause's first figure ("12 chi
bộ của phường 7 giúp 25 hộ") owns the figures after it, and an opening "Cụ thể," / "Riêng …"
carries a body only from a sentence that named it or reported for it, not from further back."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Đảng bộ quận Bình Thạnh chăm lo cho hộ nghèo

Đảng bộ quận Bình Thạnh có 14.200 đảng viên.
Chi bộ khu phố 3 đã đứng ra sửa mái nhà cho một gia đình neo đơn.
Nhiều cách làm hay được các chi bộ trong quận nhân rộng.
Cụ thể, 12 chi bộ của phường 7 giúp 25 hộ nghèo; có 6 hộ được cấp vốn làm ăn.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:binh-thanh.txt")
    return figure_subjects(doc, lambda f: (f.value, f.unit))


def test_the_owner_of_the_first_figure_owns_the_clause(read):
    assert read[(12, "chi bộ")] == "Phường 7"
    assert read[(25, "hộ nghèo")] == "Phường 7"
    assert read[(6, "hộ")] == "Phường 7"


def test_a_body_named_two_sentences_back_does_not_carry_over_cu_the():
    text = """Đảng bộ huyện Cát Hải làm tốt công tác dân vận

Đảng bộ huyện Cát Hải có 3.100 đảng viên.
Chi bộ Trạm Y tế đã giúp một gia đình neo đơn sửa nhà.
Nhiều mô hình hay được nhân rộng trong huyện.
Cụ thể, trong năm qua đã có 40 hộ được hỗ trợ vốn.
"""
    doc = load_text(text, source="memory:cat-hai.txt")
    subj = figure_subjects(doc)
    assert subj[40] == "Đảng bộ huyện Cát Hải"


def test_households_at_a_named_commune_are_that_communes():
    text = """Huyện ủy Tân Lạc kiểm tra việc giao đất

Huyện ủy Tân Lạc có 5.200 đảng viên.
Năm 2019, UBND huyện đã giao đất rừng cho 18 hộ, cá nhân tại xã Mãn Đức không đúng quy định.
"""
    doc = load_text(text, source="memory:tan-lac.txt")
    subj = figure_subjects(doc)
    assert subj[18] == "Mãn Đức"


def test_a_body_reported_for_sentence_after_sentence_stays_the_subject():
    text = """Đảng bộ xã Mường Kim làm tốt công tác dân vận

Đảng bộ xã Mường Kim có 312 đảng viên.
Chi bộ Công an xã luôn đi đầu trong phong trào. Năm qua, chi bộ vận động 12 hộ hiến đất làm đường. Các đảng viên đã giúp 5 hộ nghèo sửa lại nhà.
"""
    doc = load_text(text, source="memory:na-khuong.txt")
    subj = figure_subjects(doc)
    assert subj[12] == subj[5] != "Đảng bộ xã Mường Kim"
