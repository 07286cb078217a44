"""The party cell of a hospital's clinical department: "Chi bộ Khoa Nội", "Chi bộ Khoa Hồi sức
cấp cứu" is a cell named after the department (capitalised), while "chi bộ khoa học" is no cell
of a department at all.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_the_cell_of_a_department_is_an_organization(pipeline):
    doc = read(pipeline, "Chi bộ Khoa Ngoại, trực thuộc Đảng bộ Bệnh viện đa khoa huyện Thạch Thành, có 11 đảng viên.")
    assert "Chi bộ Khoa Ngoại" in organizations(doc)


def test_a_secretary_re_elected_in_the_cell_named_before(pipeline):
    doc = read(pipeline, "Chi bộ Khoa Nội, thuộc Đảng bộ Bệnh viện đa khoa huyện Thạch Thành, được chọn làm điểm. "
                         "Ông Võ Văn Mười tái đắc cử chức Bí thư Chi bộ nhiệm kỳ 2025-2027.")
    assert ("Võ Văn Mười", "Bí thư", "Chi bộ Khoa Nội") in held_posts(doc)


def test_a_lower_case_word_after_the_cell_is_no_department(pipeline):
    doc = read(pipeline, "Huyện Thạch Thành có nhiều xã. Chi bộ khoa học có nhiều đảng viên.")
    assert not any(name.startswith("Chi bộ khoa") or name.startswith("Chi bộ Khoa") for name in organizations(doc))
