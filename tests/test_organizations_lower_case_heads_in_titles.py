"""Some writers put a body's head in lower case inside a title or after a comma: "Trưởng đoàn đại
biểu Quốc hội tỉnh X" is the province's delegation (not the National Assembly), "…, ủy ban Kiểm
tra Tỉnh ủy X đã …" the province's inspection committee.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_delegation_in_a_lower_case_title(pipeline):
    got = orgs("Bà Lò Thị Hạnh, Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Điện Biên phát biểu.", pipeline)
    assert got["Đoàn đại biểu Quốc hội tỉnh Điện Biên"].level == "province"
    assert "Quốc hội" not in got


def test_the_delegation_with_dai_bieu_capitalised(pipeline):
    got = orgs("Ông Hà Văn Lợi, Trưởng Đoàn Đại biểu Quốc hội tỉnh Điện Biên dự họp.", pipeline)
    assert "Đoàn đại biểu Quốc hội tỉnh Điện Biên" in got and "Quốc hội" not in got


def test_the_inspection_committee_after_a_comma(pipeline):
    got = orgs("Theo ông Lò Văn Pọm, ủy ban Kiểm tra Tỉnh ủy Điện Biên đã xem xét kỷ luật hai đảng viên.", pipeline)
    committee = got["Ủy ban Kiểm tra Tỉnh ủy Điện Biên"]
    assert committee.kind == "inspection_committee" and committee.parent.label == "Đảng bộ tỉnh Điện Biên"
