"""A cell named short, in lower case, heading the clause that carries a directive out.

After the text has named its cell ("Chi bộ Ban Tuyên giáo Huyện ủy Y"), "trong nhiệm kỳ tới chi bộ
sẽ dồn sức thực hiện <X>" or "Năm 2023, chi bộ đã thực hiện <X>" means that cell, even when the
article's main body is another (the district committee that issued <X>). Only the cell the article is
about counts — the one holding the congress or named in the lead: a cell named in passing, or two
different cells, leave the clause's doer unread. Cells in general ("các chi bộ") and a cell's meeting
("sinh hoạt chi bộ") head no such clause.
"""

from __future__ import annotations

from extraction import carried_out

CELL = ("Chi bộ Ban Tuyên giáo Huyện ủy Mường Nhé tổ chức đại hội nhiệm kỳ 2025-2027. Chi bộ Ban Tuyên giáo "
        "Huyện ủy Mường Nhé có 14 đảng viên. ")
THE_CELL = "Chi bộ Ban Tuyên giáo Huyện ủy Mường Nhé"


def test_the_short_name_after_a_term_is_the_cell_named_before(pipeline):
    got = carried_out(pipeline, CELL + "Theo Đại hội, trong nhiệm kỳ tới chi bộ sẽ tập trung thực hiện "
                                       "Kế hoạch 71 của Huyện ủy về tuyên truyền miệng ở thôn bản.")
    assert (THE_CELL, "Kế hoạch số 71") in got


def test_the_short_name_after_a_year(pipeline):
    got = carried_out(pipeline, CELL + "Năm 2025, chi bộ đã tổ chức thực hiện Kế hoạch 71 của Huyện ủy.")
    assert (THE_CELL, "Kế hoạch số 71") in got


def test_cells_in_general_are_not_the_cell(pipeline):
    got = carried_out(pipeline, CELL + "Theo Đại hội, các chi bộ sẽ tập trung thực hiện Kế hoạch 71 của Huyện ủy.")
    assert (THE_CELL, "Kế hoạch số 71") not in got


def test_a_cells_meeting_is_not_the_cell(pipeline):
    got = carried_out(pipeline, CELL + "Theo Đại hội, sinh hoạt chi bộ sẽ bám sát Kế hoạch 71 của Huyện ủy.")
    assert (THE_CELL, "Kế hoạch số 71") not in got


def test_a_cell_named_only_in_passing_is_not_the_cell(pipeline):
    got = carried_out(pipeline, "Đảng ủy xã Tân Phú tổ chức hội nghị. Chi bộ thôn Nà Lừa được biểu dương. Để xây "
                                "dựng Đảng, chi bộ cần thường xuyên quán triệt Chỉ thị 05-CT/TW.")
    assert not any(o.startswith("Chi bộ thôn Nà Lừa") for o, d in got)


def test_two_cells_named_leave_the_short_name_unread(pipeline):
    got = carried_out(pipeline, CELL + "Chi bộ thôn Pá Hốc được biểu dương. Năm 2025, chi bộ đã tổ chức thực hiện "
                                       "Kế hoạch 71 của Huyện ủy.")
    assert not any(o.startswith("Chi bộ") for o, d in got)
