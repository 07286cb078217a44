"""A cell followed by "thuộc" and the party committee it belongs to ("Chi bộ Hội Cựu chiến
binh tỉnh thuộc Đảng bộ Khối …"): the cell's name ends before "thuộc", the committee written
after it is its parent, and the cell named again later is the same cell.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


TEXT = ("Chi bộ Hội Cựu chiến binh tỉnh thuộc Đảng bộ Khối Dân chính Đảng Kon Tum vừa họp tổng kết. "
        "Năm qua, Chi bộ Hội Cựu chiến binh tỉnh kết nạp hai đảng viên.")


def test_the_cells_name_ends_before_thuoc(pipeline):
    got = orgs(TEXT, pipeline)
    cells = [label for label, o in got.items() if o.kind == "party_cell"]
    assert cells == ["Chi bộ Hội Cựu chiến binh tỉnh"]


def test_the_committee_after_thuoc_is_the_cells_parent(pipeline):
    cell = orgs(TEXT, pipeline)["Chi bộ Hội Cựu chiến binh tỉnh"]
    assert cell.parent is not None and cell.parent.label.startswith("Đảng bộ Khối Dân chính Đảng")
