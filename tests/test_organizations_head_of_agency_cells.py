"""A cell's secretary who also heads an agency ("Bí thư Chi bộ, Giám đốc Sở X") names the
agency's cell; the agency's name ends where the person's name begins, and a title over a
village's board ("Trưởng Ban nhân dân ấp X") names no agency.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, orgs, read


def test_the_agency_cell_stops_before_the_secretary_s_name(pipeline):
    got = orgs("Bí thư Chi bộ, Giám đốc Sở Xây dựng Đinh Thị Hòa báo cáo kết quả quý ba.", pipeline)
    assert "Chi bộ Sở Xây dựng" in got
    assert not any("Hòa" in label for label in got)


def test_a_commission_s_cell_stops_before_the_person_too(pipeline):
    doc = read(pipeline, "Bí thư Chi bộ, Trưởng Ban Tổ chức Huyện ủy Vi Văn Khải trình bày tham luận.")
    cells = {org for _, title, org in held_posts(doc) if title == "Bí thư"}
    assert cells == {"Chi bộ Ban Tổ chức Huyện ủy"}


def test_the_head_of_a_village_board_names_no_agency_cell(pipeline):
    got = orgs("Bà Trịnh Thị Mai, Bí thư Chi bộ, Trưởng Ban nhân dân ấp Phước Hòa nói thêm.", pipeline)
    assert "Chi bộ Ban" not in got


def test_a_school_bearing_a_person_s_name_keeps_it(pipeline):
    got = orgs("Bà Hà Thị Quyên, Bí thư Chi bộ, Hiệu trưởng Trường THCS Chu Văn An trao thưởng.", pipeline)
    assert got["Chi bộ Trường THCS Chu Văn An"].kind == "party_cell"
