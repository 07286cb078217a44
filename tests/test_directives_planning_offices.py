"""The word "Kế hoạch" inside the name of a planning office.

"phòng Tài chính - Kế hoạch" of a district and "Sở Kế hoạch và Đầu tư" name an office of the
government, not a plan.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_planning_office_is_no_plan(pipeline):
    doc = read(pipeline, "Ông Trần Văn Bảy, từng làm việc ở phòng Tài chính - Kế hoạch thị xã Mường Lay, "
                         "bị nhắc nhở.")
    assert directives(doc) == set()


def test_the_department_of_planning_and_investment_is_no_plan(pipeline):
    doc = read(pipeline, "Ông Lò Văn Dũng về nhận chức ở Sở Kế hoạch và Đầu tư của Lai Châu, "
                         "sau mười năm ở Phòng Kế hoạch huyện Mường Tè.")
    assert directives(doc) == set()
