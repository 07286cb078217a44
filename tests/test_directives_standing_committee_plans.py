"""A plan a standing committee issues is its party organization's to carry out.

"Ban Thường vụ Huyện ủy Y ban hành Kế hoạch số 14-KH/HU thực hiện Chỉ thị <X>": the district's party
organization carries out the plan and, through it, the directive the plan implements (the
standing committee, which issued the plan, is still read as carrying out <X>). A plan the party
committee itself issues is its own, and is not news of carrying itself out.
"""

from __future__ import annotations

from extraction import carried_out


def test_the_party_organization_carries_out_its_standing_committees_plan(pipeline):
    got = carried_out(pipeline, "Tháng 9/2019, Ban Thường vụ Huyện ủy Mường Ảng ban hành Kế hoạch số 14-KH/HU "
                                "ngày 3/9/2019 thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.")
    assert ("Đảng bộ huyện Mường Ảng", "Kế hoạch số 14-KH/HU") in got
    assert ("Đảng bộ huyện Mường Ảng", "Chỉ thị số 35-CT/TW") in got
    assert ("Ban Thường vụ Huyện ủy Mường Ảng", "Chỉ thị số 35-CT/TW") in got


def test_a_party_committees_own_plan_is_not_carried_out_by_it(pipeline):
    got = carried_out(pipeline, "Tháng 9/2019, Huyện ủy Mường Ảng ban hành Kế hoạch số 14-KH/HU "
                                "thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.")
    assert not any(d == "Kế hoạch số 14-KH/HU" for _, d in got)
