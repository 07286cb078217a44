"""Colleges and universities open their names with a field written with lower-case words
("Trường Cao đẳng Y tế X", "Trường Đại học Sư phạm Y"): the name runs on through the field to
the place after it. Their party organization may be written in lower case ("đảng ủy trường Cao
đẳng Y tế X") when the school's level is written as a name.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_colleges_name_runs_through_its_lower_case_field(pipeline):
    got = orgs("Trường Cao đẳng Y tế Lạng Sơn đã khai giảng năm học mới.", pipeline)
    assert "Trường Cao đẳng Y tế Lạng Sơn" in got
    assert "Trường Cao đẳng Y" not in got


def test_a_universitys_field_runs_on_to_its_unit_and_place(pipeline):
    got = orgs("Sinh viên Trường Đại học Sư phạm tỉnh Lạng Sơn tham gia hiến máu.", pipeline)
    assert [o for o in got if o.startswith("Trường Đại học Sư phạm") and o.endswith("Lạng Sơn")]


def test_a_lower_case_party_committee_of_a_named_college(pipeline):
    got = orgs("Hôm qua Ban Thường vụ đảng ủy trường Cao đẳng Y tế Lạng Sơn gửi thư cảm ơn các nhà hảo tâm.", pipeline)
    assert "Đảng bộ Trường Cao đẳng Y tế Lạng Sơn" in got
    assert "Ban Thường vụ Đảng ủy Trường Cao đẳng Y tế Lạng Sơn" in got


def test_a_lower_case_school_with_no_level_is_no_agency(pipeline):
    got = orgs("Đảng ủy xã Hữu Lũng nhắc đảng bộ trường học sớm nộp báo cáo quý.", pipeline)
    assert not [o for o in got if "rường" in o]


def test_a_colleges_field_does_not_run_through_a_verb_into_a_persons_name(pipeline):
    got = orgs("Tháng trước, Trường Cao đẳng Y tế cử Lò Thị Mai đi học tập kinh nghiệm.", pipeline)
    assert not [o for o in got if "Mai" in o or " cử" in o]
    assert "Trường Cao đẳng Y tế" in got
