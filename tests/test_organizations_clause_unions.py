"""Unions written without a place at the head of a clause that tells what a locality did
("…; Đoàn thanh niên với phong trào …; Hội Nông dân hưởng ứng …") are the unions of the
district or commune named last, in their sentence or the one before; with no such place in
view they stay unread.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import organizations, read


def test_unions_heading_clauses_after_the_district_is_named(pipeline):
    got = organizations(read(pipeline, "Quận ủy Hoàng Mai chỉ đạo học tập theo Bác ở quận Hoàng Mai. Đảng bộ Khối cơ quan "
                                       "làm theo chuyên đề; Đoàn thanh niên với phong trào tình nguyện; Hội Nông dân "
                                       "hưởng ứng với phong trào sản xuất giỏi."))
    assert "Đoàn Thanh niên quận Hoàng Mai" in got
    assert "Hội Nông dân quận Hoàng Mai" in got


def test_a_union_inside_a_clause_is_not_read_as_the_districts(pipeline):
    got = organizations(read(pipeline, "Quận ủy Hoàng Mai chỉ đạo ở quận Hoàng Mai. Các chi bộ tăng cường xây dựng "
                                       "tổ chức Hội Nông dân vững mạnh."))
    assert "Hội Nông dân quận Hoàng Mai" not in got


def test_a_union_heading_a_clause_with_no_place_in_view(pipeline):
    got = organizations(read(pipeline, "Quận ủy Hoàng Mai chỉ đạo. Nhiều năm qua, chi bộ làm tốt. Kết quả là nhiều việc "
                                       "được làm; Hội Nông dân hưởng ứng phong trào."))
    assert not any(k.startswith("Hội Nông dân") for k in got)
