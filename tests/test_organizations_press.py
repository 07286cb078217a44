"""The press an article cites: a province's paper and radio-television merged into one body
("Báo và Phát thanh, Truyền hình X", however its words are cased), and a paper named by its
reporter alone ("PV Thanh Niên"), never a reporter's own name.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import organizations, read


def test_a_provinces_merged_paper_and_radio_television(pipeline):
    got = organizations(read(pipeline, "Theo Báo và phát thanh, truyền hình Lâm Đồng, các chi bộ đã họp đủ."))
    assert "Báo và Phát thanh, Truyền hình Lâm Đồng" in got


def test_a_paper_named_by_its_reporter(pipeline):
    got = organizations(read(pipeline, "Ông Trần Văn Tâm xác nhận với PV Tuổi Trẻ vào sáng 5.6."))
    assert "Báo Tuổi Trẻ" in got


def test_a_reporter_named_by_his_own_name_is_no_paper(pipeline):
    got = organizations(read(pipeline, "Phóng viên Nguyễn Văn Tâm ghi nhận tại hiện trường."))
    assert not any(k.startswith("Báo") for k in got)


def test_a_radio_television_station_keeps_its_name(pipeline):
    got = organizations(read(pipeline, "Đài Phát thanh và Truyền hình Nghệ An đưa tin về hội nghị."))
    assert "Đài Phát thanh và Truyền hình Nghệ An" in got
