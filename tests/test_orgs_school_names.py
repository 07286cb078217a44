"""Organizations: schools that teach several levels, and schools named after a date.

"Trường Tiểu học, THCS và THPT Hoa Ban" is one school: its levels are joined by commas or
"và" before its own name (which may be an acronym). "Trường Mầm non 19/5" is named after a
day, written as a number with a slash. A generic list of levels with no name names no school.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


COMMUNE = "Đảng ủy xã Nậm Cuổi lãnh đạo toàn diện. "


def test_a_school_of_several_levels_is_one_school(pipeline):
    found = orgs(COMMUNE + "Trường Tiểu học và THCS Hoa Ban có ba trăm học sinh.", pipeline)
    assert found["Trường Tiểu học và THCS Hoa Ban"].kind == "school"


def test_the_cell_of_a_school_of_several_levels_with_an_acronym_name(pipeline):
    found = orgs(COMMUNE + "Chi bộ Trường mầm non, tiểu học, trung học cơ sở QRS Sìn Hồ kết nạp hai đảng viên.",
                 pipeline)
    cell = found["Chi bộ Trường mầm non, tiểu học, trung học cơ sở QRS Sìn Hồ"]
    assert cell.kind == "party_cell"


def test_a_school_named_after_a_day(pipeline):
    found = orgs(COMMUNE + "Chi bộ Trường Mầm non 19/5 và Trường THCS 26/3 đều đạt chuẩn.", pipeline)
    assert "Chi bộ Trường Mầm non 19/5" in found
    assert found["Trường THCS 26/3"].kind == "school"


def test_a_generic_list_of_levels_names_no_school(pipeline):
    found = orgs(COMMUNE + "Các trường Mầm non, Tiểu học và THCS đều đạt chuẩn quốc gia.", pipeline)
    assert not [o for o in found.values() if o.kind == "school"]


def test_a_kindergarten_named_mau_giao(pipeline):
    found = orgs(COMMUNE + "Chi bộ Trường Mẫu giáo Hoa Mai kết nạp một đảng viên. Các trường mẫu giáo đều đạt chuẩn.", pipeline)
    assert found["Trường Mẫu giáo Hoa Mai"].kind == "school"
    assert "Chi bộ Trường Mẫu giáo Hoa Mai" in found
