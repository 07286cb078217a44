"""A numbered cell written with its village's name after a dash ("chi bộ 3 - Nà Lừa") is named
by both; a body's name after the dash ("Chi bộ 7 - Trường Tiểu học X") is the body the cell
serves, not a village, and the cell keeps its number alone.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_numbered_cell_with_its_villages_name(pipeline):
    got = orgs("Đảng bộ xã Bản Hon trao huy hiệu cho đảng viên Lò Văn Ơn ở chi bộ 3 - Nà Lừa.", pipeline)
    assert "Chi bộ 3 - Nà Lừa" in got


def test_a_numbered_cell_with_a_bodys_name_keeps_its_number(pipeline):
    got = orgs("Đảng bộ xã Bản Hon chỉ đạo. Chi bộ 7 - Trường Tiểu học Bản Hon vừa bầu chi ủy mới.", pipeline)
    assert "Chi bộ 7" in got
    assert not [o for o in got if o.startswith("Chi bộ 7 -")]


def test_a_term_after_the_dash_is_no_village(pipeline):
    got = orgs("Đại hội Chi bộ 2 - Nhiệm kỳ 2025 - 2030 do Đảng ủy xã Bản Hon chỉ đạo đã thành công.", pipeline)
    assert "Chi bộ 2" in got
    assert not [o for o in got if o.startswith("Chi bộ 2 -")]


def test_the_villages_unit_word_after_the_dash_is_left_out(pipeline):
    got = orgs("Đảng ủy xã Bản Hon khen Chi bộ 5 - Bản Nà Lừa vì giữ bản sạch đẹp.", pipeline)
    assert "Chi bộ 5 - Nà Lừa" in got
