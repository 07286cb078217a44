"""A grassroots cell written "Chi bộ cơ sở" before its body ("Chi bộ cơ sở Phòng Nội vụ",
"Chi bộ cơ sở Cơ quan Kho bạc"): labelled as written, "cơ sở" kept, and one organization with
the same cell written without the words.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_departments_grassroots_cell_keeps_co_so(pipeline):
    got = orgs("Huyện ủy Krông Nô có 30 chi bộ. Chi bộ cơ sở Phòng Nội vụ sinh hoạt đều đặn.", pipeline)
    assert "Chi bộ cơ sở Phòng Nội vụ" in got
    assert got["Chi bộ cơ sở Phòng Nội vụ"].kind == "party_cell"


def test_the_same_cell_written_without_co_so_is_one_organization(pipeline):
    got = orgs("Huyện ủy Krông Nô có 30 chi bộ. Chi bộ cơ sở Phòng Nội vụ sinh hoạt đều. "
               "Năm nay, Chi bộ Phòng Nội vụ kết nạp một đảng viên.", pipeline)
    cells = [label for label, o in got.items() if o.kind == "party_cell"]
    assert cells == ["Chi bộ cơ sở Phòng Nội vụ"]


def test_an_agency_in_lower_case_after_co_so(pipeline):
    got = orgs("Huyện ủy Krông Nô đưa Chi bộ cơ sở cơ quan Kho bạc sang Đảng bộ Khối.", pipeline)
    assert [label for label in got if label.startswith("Chi bộ cơ sở") and "Kho bạc" in label]
