"""The word "Kế hoạch" inside the name of a planning office.

"phòng Tài chính - Kế hoạch huyện X" and "Sở Kế hoạch và Đầu tư" name an office of the
government, not a plan.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_planning_office_is_no_plan(pipeline):
    doc = read(pipeline, "Ông Trần Văn Bảy, nguyên Trưởng phòng Tài chính - Kế hoạch huyện Mường Tè, "
                         "bị khiển trách.")
    assert directives(doc) == set()


def test_the_department_of_planning_and_investment_is_no_plan(pipeline):
    doc = read(pipeline, "Ông Lò Văn Dũng, Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Lai Châu, "
                         "dự họp cùng Phòng Kế hoạch huyện Mường Tè.")
    assert directives(doc) == set()
