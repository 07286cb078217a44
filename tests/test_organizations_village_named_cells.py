"""A party cell named after its village without the village's unit word ("Chi bộ Gò Mít 2,
xã X", "Chi bộ Suối Cát (xã X)"): a cell of the commune's party organization, labelled with
the name as written; the same name again later, with no commune, is that cell. A person's name
after "Chi bộ" names no cell.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, orgs, read


def test_a_numbered_village_name_and_its_commune_after_a_comma(pipeline):
    got = orgs("Chi bộ Gò Mít 2, xã Phước Lâm có ba mươi đảng viên.", pipeline)
    cell = got["Chi bộ Gò Mít 2"]
    assert cell.kind == "party_cell" and cell.level == "village"
    assert cell.parent is not None and cell.parent.label == "Đảng bộ xã Phước Lâm"


def test_the_commune_in_brackets_and_the_secretary_named_later(pipeline):
    doc = read(pipeline, "Chi bộ Suối Cát (xã Phước Lâm) tổ chức đại hội. Đồng chí Lê Bá Tùng, Bí thư "
                         "Chi bộ Suối Cát phát biểu tại buổi lễ.")
    assert ("Lê Bá Tùng", "Bí thư", "Chi bộ Suối Cát") in held_posts(doc)


def test_the_name_again_in_lower_case_after_a_title(pipeline):
    doc = read(pipeline, "Chi bộ Gò Mít 2, xã Phước Lâm sinh hoạt đều. Ông Lê Bá Tùng, Bí thư chi bộ Gò Mít 2 "
                         "trao đổi với bà con.")
    assert ("Lê Bá Tùng", "Bí thư", "Chi bộ Gò Mít 2") in held_posts(doc)


def test_a_persons_name_after_chi_bo_is_no_cell(pipeline):
    got = orgs("Bí thư Chi bộ Lê Bá Tùng, xã Phước Lâm cho biết chi bộ họp đều.", pipeline)
    assert not [label for label in got if "Lê Bá Tùng" in label]


def test_a_name_never_tied_to_a_commune_makes_no_cell(pipeline):
    got = orgs("Chi bộ Suối Cát họp bàn việc làm đường.", pipeline)
    assert "Chi bộ Suối Cát" not in got
