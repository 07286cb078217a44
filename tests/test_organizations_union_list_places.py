"""Unions heading the clauses of one list ("…: Hội Phụ nữ huyện lồng ghép …; Đoàn Thanh niên ra
quân …; Hội Nông dân nhân rộng …") share the place of the union that opens the list, when no district or
commune is written nearer; a union opening a list with no place gives none.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import organizations, read


def test_unions_after_the_first_take_its_district(pipeline):
    got = organizations(read(pipeline, "Huyện ủy Đồng Xoài sơ kết việc làm theo Bác. Các đoàn thể làm theo với nhiều "
                                       "cách hay, cụ thể: Hội Phụ nữ huyện lồng ghép việc nuôi heo đất; Đoàn Thanh "
                                       "niên ra quân trồng cây; Hội Nông dân nhân rộng trang trại sạch."))
    assert "Hội Phụ nữ huyện Đồng Xoài" in got
    assert "Đoàn Thanh niên huyện Đồng Xoài" in got
    assert "Hội Nông dân huyện Đồng Xoài" in got


def test_a_list_opened_by_a_union_without_a_place_gives_none(pipeline):
    got = organizations(read(pipeline, "Nhiều năm qua, chi bộ làm tốt. Các đoàn thể, cụ thể: Hội Phụ nữ lồng ghép "
                                       "việc nuôi heo đất; Hội Nông dân nhân rộng trang trại sạch."))
    assert not [o for o in got if o.startswith("Hội Nông dân ")]
