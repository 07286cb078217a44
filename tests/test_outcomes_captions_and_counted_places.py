"""Subjects around pictures and counted places: a place written inside the counted phrase ("N
chi bộ … ở huyện X") is the figure's subject, and a picture's caption standing alone between
paragraphs ("Chi bộ xóm A, xã B bầu cấp ủy") names who is pictured, not whom the next
paragraph's figures are about. The organs "of every level" (the inspection commissions "đảng các
cấp") are no one body: their figures are the body the text is on; and "cấp ủy và UBKT các cấp
trong huyện X" in the lead makes X what the article reports on, not the province named as the
issuer of what they carry out."""

from __future__ import annotations

import pytest

from extraction import figure_subjects
from partykg.loaders.pipeline import load_text

ARTICLE = """Yên Thành về đích sớm mùa đại hội chi bộ

Huyện Yên Thành vừa sơ kết việc tổ chức đại hội ở cơ sở.

Chi bộ xóm Trung, xã Bảo Thành bầu cấp ủy khóa mới

Tính đến giữa tháng 10, cả 254 chi bộ thuộc các đảng bộ cơ sở ở huyện Yên Thành đã hoàn thành đại hội.

Trong số đó, 73 xóm trưởng cũng là đảng viên, nay được tín nhiệm giữ luôn chức bí thư.
"""


@pytest.fixture(scope="module")
def read():
    return figure_subjects(load_text(ARTICLE, source="memory:yen-thanh.txt"))


def test_a_place_inside_the_counted_phrase_is_the_subject(read):
    assert "Yên Thành" in read[254]


def test_a_caption_does_not_carry_into_the_next_paragraphs(read):
    assert "Bảo Thành" not in read[73] and "Trung" not in read[73]
    assert "Yên Thành" in read[73]


CHECKS = """Bảo Yên siết chặt giám sát trong Đảng

Bám sát Kế hoạch số 15-KH/TU ngày 4/5/2021 do Tỉnh ủy Lào Cai ban hành, cấp ủy cùng UBKT các cấp thuộc huyện Bảo Yên tập trung làm tốt phần việc của mình.

Trong năm, các cấp ủy đã kiểm tra 47 đảng viên; riêng UBKT đảng các cấp tiến hành kiểm tra 15 đảng viên khi thấy dấu hiệu vi phạm.
"""


def test_the_organs_of_every_level_report_for_the_body_the_text_is_on():
    read = figure_subjects(load_text(CHECKS, source="memory:bao-yen.txt"))
    assert read[15] == read[47]
    assert "Bảo Yên" in read[15]  # the district (its party organization when one is named)
