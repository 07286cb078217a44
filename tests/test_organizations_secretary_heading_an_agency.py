"""A cell's secretary who also heads an agency is written "Bí thư Chi bộ, Giám đốc Sở X" (or
"Chánh Thanh tra huyện", "Hiệu trưởng Trường Y"): the bare "Chi bộ" there is that agency's cell;
a bare "Chi bộ" with no such title after it stays the cell the text named before.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_cell_of_the_department_its_secretary_heads(pipeline):
    got = orgs("Ông Phan Quốc Dũng - Bí thư Chi bộ, Giám đốc Sở NN&PTNT bị khiển trách.", pipeline)
    assert got["Chi bộ Sở NN&PTNT"].kind == "party_cell"


def test_the_cell_of_the_school_its_secretary_heads(pipeline):
    got = orgs("Bà Vương Thị Lan, Bí thư Chi bộ, Hiệu trưởng Trường Mầm non Hoa Sen phát biểu.", pipeline)
    assert got["Chi bộ Trường Mầm non Hoa Sen"].kind == "party_cell"


def test_a_bare_cell_without_a_heads_title_is_the_one_named_before(pipeline):
    got = orgs("Chi bộ ấp Phú Hữu họp định kỳ. Ông Tạ Văn Nhẫn, Bí thư Chi bộ, phát biểu.", pipeline)
    cells = [label for label, o in got.items() if o.kind == "party_cell"]
    assert cells == ["Chi bộ ấp Phú Hữu"]
