"""Subjects around pictures and counted places: a place written inside the counted phrase ("N
chi bộ … ở huyện X") is the figure's subject, and a picture's caption standing alone between
paragraphs ("Chi bộ thôn A, xã B tổ chức đại hội") names who is pictured, not whom the next
paragraph's figures are about. The organs "of every level" ("Ủy ban Kiểm tra đảng các cấp") are
no one body: their figures are the body the text is on; and "cấp ủy và Ủy ban Kiểm tra các cấp
của huyện X" in the lead makes X what the article reports on, not the province named as the
issuer of what they carry out."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Các chi bộ ở Vĩnh Bảo hoàn thành đại hội

Huyện Vĩnh Bảo vừa tổng kết đợt đại hội chi bộ.

Chi bộ thôn Đông, xã Tân Liên tổ chức đại hội nhiệm kỳ 2022-2025

Đến cuối tháng 9, toàn bộ 197 chi bộ trực thuộc Đảng ủy cơ sở ở huyện Vĩnh Bảo đã tổ chức xong đại hội.

Tất cả 61 trưởng thôn đều là đảng viên và được bầu làm bí thư chi bộ.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:vinh-bao.txt")
    labels = {f.s.value: f.o.value for f in doc.facts if f.p.value.endswith("#label")}
    return {o.figure.value: labels.get(o.figure.subject.value) for o in doc.context["outcomes"]}


def test_a_place_inside_the_counted_phrase_is_the_subject(read):
    assert "Vĩnh Bảo" in read[197]


def test_a_caption_does_not_carry_into_the_next_paragraphs(read):
    assert "Tân Liên" not in read[61] and "Đông" not in read[61]
    assert "Vĩnh Bảo" in read[61]


CHECKS = """Huyện Mường Khương nâng chất lượng kiểm tra

Thực hiện Đề án số 07-ĐA/TU ngày 12/3/2019 của Ban Chấp hành Đảng bộ tỉnh về nâng cao chất lượng công tác kiểm tra, cấp ủy và Ủy ban Kiểm tra các cấp của huyện Mường Khương đã bám sát nhiệm vụ được giao.

Cụ thể: Cấp ủy các cấp đã kiểm tra 52 đảng viên. Đối với công tác kiểm tra khi có dấu hiệu vi phạm, Ủy ban Kiểm tra đảng các cấp cũng đã kiểm tra 26 đảng viên.
"""


def test_the_organs_of_every_level_report_for_the_body_the_text_is_on():
    doc = load_text(CHECKS, source="memory:muong-khuong.txt")
    labels = {f.s.value: f.o.value for f in doc.facts if f.p.value.endswith("#label")}
    read = {o.figure.value: labels.get(o.figure.subject.value) for o in doc.context["outcomes"]}
    assert read[26] == read[52]
    assert "Mường Khương" in read[26]  # the district (its party organization when one is named)
