"""Figures about a bank or state agency are its own: "vốn ủy thác sang Ngân hàng X tăng 120 tỷ
đồng" is the bank's, not the province's party body's; an acronym the article defines after the
bank's name names it later, and a sentence about the agency alone carries it to the next."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Tỉnh ủy Nam Định chỉ đạo tín dụng chính sách

Tỉnh ủy Nam Định có 1.450 tổ chức cơ sở đảng.
Năm 2022, vốn ngân sách địa phương chuyển sang Ngân hàng Chính sách xã hội Việt Nam (NHCSXH) tăng 120 tỷ đồng.
Nhiều địa phương đã hỗ trợ trụ sở làm việc cho NHCSXH. Đến nay, tổng nguồn vốn ủy thác đạt 900 tỷ đồng.
"""


@pytest.fixture(scope="module")
def doc():
    return load_text(ARTICLE, source="memory:nam-dinh.txt")


def test_funds_passed_to_a_bank_are_the_banks(doc):
    subj = figure_subjects(doc)
    assert subj[120] == "Ngân hàng Chính sách xã hội Việt Nam"
    assert subj[900] == "Ngân hàng Chính sách xã hội Việt Nam"  # carried from the sentence about it
    assert subj[1450] == "Đảng bộ tỉnh Nam Định"


def test_an_acronym_defined_after_a_name_names_the_body_later(doc):
    later = [m for m in doc.of("organization") if m.text == "NHCSXH"]
    assert later and all(m.attrs["name"] == "Ngân hàng Chính sách xã hội Việt Nam" for m in later)


def test_an_agency_named_as_a_persons_post_does_not_carry():
    text = ("Sơ kết nghị quyết ở Tổng cục Kỹ thuật\n\n"
            "Ngày 3/4, Đảng ủy Tổng cục Kỹ thuật tổ chức hội nghị sơ kết. "
            "Đồng chí Lê Văn Tâm, Phó Tổng cục trưởng Tổng cục Kỹ thuật chủ trì hội nghị. "
            "Báo cáo nêu rõ: 95% chi bộ trực thuộc đã tổ chức học tập nghị quyết.\n")
    doc = load_text(text, source="memory:ky-thuat.txt")
    subj = figure_subjects(doc)
    assert subj[95] == "Đảng bộ Tổng cục Kỹ thuật"



def test_the_agency_whose_report_gives_the_figures_is_their_subject():
    text = ("Đảng bộ huyện Tiên Lãng chăm lo hộ nghèo\n\n"
            "Đảng bộ huyện Tiên Lãng có 6.100 đảng viên. "
            "Theo báo cáo của Ngân hàng Chính sách xã hội Việt Nam, năm qua đã cho vay 450 tỷ đồng.\n")
    doc = load_text(text, source="memory:tien-lang.txt")
    subj = figure_subjects(doc)
    assert subj[450] == "Ngân hàng Chính sách xã hội Việt Nam"
