"""Organizations: the party cell of a residential area written "khu" + its name.

"chi bộ khu Đồi Thông" is the cell of that area of a town, as "chi bộ khu phố 3" is of a
quarter; "chi bộ khu dân cư" with no name names no cell. Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


def test_the_cell_of_a_named_area(pipeline):
    found = orgs("Đảng ủy thị trấn Mường Tè trao huy hiệu cho một đảng viên lâu năm của chi bộ khu Đồi Thông.", pipeline)
    cell = found["Chi bộ khu Đồi Thông"]
    assert cell.kind == "party_cell" and cell.parent is not None and cell.parent.label == "Đảng bộ thị trấn Mường Tè"


def test_an_area_with_no_name_is_no_cell(pipeline):
    found = orgs("Đảng ủy thị trấn Mường Tè chỉ đạo chi bộ khu dân cư sinh hoạt đều.", pipeline)
    assert not [label for label in found if label.startswith("Chi bộ khu")]
