"""Households counted with a commune or village written right after them ("15 hộ xã A được hỗ
trợ …") are that place's, not the body's that helped them."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

HELP = ("Đảng ủy Khối Doanh nghiệp tỉnh giúp hai xã giảm nghèo\n\n"
        "Năm 2023, Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái đã giúp đỡ các hộ nghèo. "
        "Trong đó, 15 hộ xã Nậm Búng được hỗ trợ bò giống; 12 hộ xã Nậm Lành được hỗ trợ máy cày.\n")


def test_households_belong_to_the_commune_written_after_them():
    subj = figure_subjects(load_text(HELP, source="memory:nam-bung.txt"))
    assert subj[15] == "Nậm Búng"
    assert subj[12] == "Nậm Lành"


def test_officials_of_a_commune_disciplined_are_counted_by_the_body_acting():
    text = ("Thị ủy Bỉm Sơn kỷ luật cán bộ\n\n"
            "Hôm 3/5, Thị ủy Bỉm Sơn họp và kỷ luật 4 cán bộ xã Hà Lan vì làm sai quy trình.\n")
    subj = figure_subjects(load_text(text, source="memory:bim-son.txt"))
    assert subj[4] != "Hà Lan"


def test_what_each_of_those_households_got_is_the_same_places():
    text = ("Hỗ trợ sinh kế cho hộ nghèo\n\n"
            "Năm 2023, Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái đã giúp đỡ các hộ nghèo. "
            "Trong đó, 15 hộ xã Nậm Búng được hỗ trợ mỗi hộ 800 cây quế giống.\n")
    subj = figure_subjects(load_text(text, source="memory:que-giong.txt"))
    assert subj[15] == "Nậm Búng"
    assert subj[800] == "Nậm Búng"
