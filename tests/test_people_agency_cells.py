"""A cell's title left without its cell's name, chained before the head of an agency ("Bí thư
chi bộ kiêm Giám đốc Sở X", "Bí thư Chi bộ, Phó Chánh Thanh tra tỉnh"): a post in the party cell of
that agency. A title of another kind (the chair of a union) names no cell.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_the_cell_of_a_department_its_director_leads(pipeline):
    got = held_posts(read(pipeline, "Ông Tòng Văn Pấn - Bí thư chi bộ kiêm Giám đốc Sở Tư pháp tỉnh Lai Châu, đã "
                                    "nhận khuyết điểm."))
    assert ("Tòng Văn Pấn", "Bí thư", "Chi bộ Sở Tư pháp tỉnh Lai Châu") in got
    assert ("Tòng Văn Pấn", "Giám đốc", "Sở Tư pháp tỉnh Lai Châu") in got


def test_the_cell_of_an_inspectorate_its_deputy_chief_is_in(pipeline):
    got = held_posts(read(pipeline, "Kỷ luật khiển trách bà Lù Thị Sen, Bí thư Chi bộ, Phó Chánh Thanh tra tỉnh Lai Châu."))
    assert ("Lù Thị Sen", "Bí thư", "Chi bộ Thanh tra tỉnh Lai Châu") in got


def test_the_chair_of_a_union_leads_no_cell_of_it(pipeline):
    got = held_posts(read(pipeline, "Ông Tòng Văn Pấn, Bí thư Chi bộ, Chủ tịch Hội Nông dân xã Mường Kim cho biết."))
    assert ("Tòng Văn Pấn", "Chủ tịch", "Hội Nông dân xã Mường Kim") in got
    assert not [x for x in got if x[1] == "Bí thư"]
