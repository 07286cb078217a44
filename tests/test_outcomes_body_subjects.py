"""Outcomes: a central body or an armed unit named as the doer of its clause ("Ban Bí thư tổ chức
hội nghị tới 54 điểm cầu", "Chính ủy Trung đoàn 64 cho biết … tổ chức 4 đợt") is the subject of
that clause's figures, but it does not carry to the next sentence, nor take a figure from a
place that the clause goes on to name as its subject."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Tỉnh ủy Hà Nam học tập và làm theo gương Bác

Đảng bộ tỉnh Hà Nam có 52.000 đảng viên.
Sáng 12/3, Ban Bí thư tổ chức hội nghị trực tuyến tới 54 điểm cầu trong cả nước.
Năm qua, các chi bộ đã kết nạp 1.900 đảng viên mới.
Sau khi Chính phủ phát động phong trào thi đua, xã Đinh Xá có thêm 45 ha lúa chất lượng cao.
Đại tá Trần Văn Hùng, Chính ủy Trung đoàn 64, cho biết mỗi năm trung đoàn tổ chức 4 đợt giúp dân.
"""


@pytest.fixture(scope="module")
def subjects():
    return figure_subjects(load_text(ARTICLE, source="memory:ha-nam.txt"))


def test_a_central_body_doing_what_it_counts_is_the_subject(subjects):
    assert subjects[54] == "Ban Bí thư"


def test_a_central_body_does_not_carry_to_the_next_sentence(subjects):
    assert subjects[1900] == "Đảng bộ tỉnh Hà Nam"


def test_a_place_named_after_a_central_body_keeps_its_figure(subjects):
    assert subjects[45] == "Đinh Xá"


def test_an_armed_unit_is_the_subject_of_its_own_figures(subjects):
    assert subjects[4] == "Trung đoàn 64"
