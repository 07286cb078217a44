"""A school's party cell names the school too; an organ "of every level" is no one body.

"chi bộ trường MN xã X" (MN: mầm non) is the cell of the kindergarten of xã X, written in lower
case before the school's capitalised level; the school is a body of its own. "Ủy ban Kiểm tra
đảng các cấp" speaks of the inspection committees of all levels, not of one committee.
"""

from __future__ import annotations

from extraction import organizations, read


def test_a_lower_case_cell_of_a_kindergarten(pipeline):
    found = organizations(read(pipeline, "Huyện ủy Lâm Thao chỉ đạo. Lễ kết nạp đảng viên diễn ra tại chi bộ "
                                         "trường MN xã Tiên Kiên."))
    assert {"Chi bộ Trường MN xã Tiên Kiên", "Trường MN xã Tiên Kiên"} <= set(found)


def test_the_school_of_a_capitalised_cell(pipeline):
    found = organizations(read(pipeline, "Đảng ủy phường Cự Khối chỉ đạo Chi bộ Trường Tiểu học Cự Khối "
                                         "kết nạp hai đảng viên."))
    assert {"Chi bộ Trường Tiểu học Cự Khối", "Trường Tiểu học Cự Khối"} <= set(found)


def test_school_buildings_name_no_cell(pipeline):
    found = organizations(read(pipeline, "Huyện ủy Lâm Thao chỉ đạo các chi bộ trường học rà soát đảng viên."))
    assert not any(label.startswith(("Chi bộ Trường", "Trường")) for label in found)


def test_inspection_committees_of_every_level(pipeline):
    found = organizations(read(pipeline, "Tỉnh ủy Bắc Kạn chỉ đạo. Ủy ban Kiểm tra đảng các cấp đã kiểm tra "
                                         "25 đảng viên; Ủy ban Kiểm tra cấp trên giám sát 3 tổ chức đảng."))
    assert "Ủy ban Kiểm tra Tỉnh ủy Bắc Kạn" not in found


def test_a_bare_inspection_committee_is_the_articles(pipeline):
    found = organizations(read(pipeline, "Tỉnh ủy Bắc Kạn chỉ đạo. Ủy ban Kiểm tra đã kiểm tra 25 đảng viên."))
    assert "Ủy ban Kiểm tra Tỉnh ủy Bắc Kạn" in found
