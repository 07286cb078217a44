"""A party cell named after a centre or a department written in full ("Chi bộ Trung tâm Y tế
huyện X", "Chi bộ phòng Nội vụ huyện Y") names that body too, as "Chi bộ Trường …" names the
school, and "Chi bộ Kho bạc Nhà nước huyện Z" names the treasury.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_cell_of_a_centre_names_the_centre(pipeline):
    got = orgs("Chi bộ Trung tâm Dịch vụ nông nghiệp huyện Thạch Thành kết nạp 2 đảng viên.", pipeline)
    assert "Chi bộ Trung tâm Dịch vụ nông nghiệp huyện Thạch Thành" in got
    assert "Trung tâm Dịch vụ nông nghiệp huyện Thạch Thành" in got


def test_a_cell_of_a_department_names_the_department(pipeline):
    got = orgs("Chi bộ phòng Nội vụ huyện Thạch Thành kết nạp 2 đảng viên.", pipeline)
    assert "Phòng Nội vụ huyện Thạch Thành" in got


def test_a_cell_of_a_public_body_standing_alone_names_the_body(pipeline):
    got = orgs("Chi bộ Kho bạc Nhà nước huyện Thạch Thành kết nạp 2 đảng viên.", pipeline)
    assert "Chi bộ Kho bạc Nhà nước huyện Thạch Thành" in got
    assert "Kho bạc Nhà nước huyện Thạch Thành" in got
