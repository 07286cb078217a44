"""Bodies of a place in general heading the clause stand for the place's party body.

"Cấp ủy, chính quyền (và nhân dân) xã Y đã triển khai <X>" names the place's bodies in general, its
party body first: Y's party body carries <X> out when the text names it. A clause in which they only
ask others to act ("yêu cầu các thôn thực hiện") is not theirs.
"""

from __future__ import annotations

from extraction import carried_out


def test_the_bodies_of_a_commune_in_general_stand_for_its_party_body(pipeline):
    text = ("Đảng ủy xã Pa Tần có 240 đảng viên. Trong 3 năm qua, cấp ủy, chính quyền xã Pa Tần đã triển khai "
            "thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy Lai Châu.")
    assert ("Đảng bộ xã Pa Tần", "Nghị quyết số 04-NQ/TU") in carried_out(pipeline, text)


def test_the_people_of_the_place_may_join_them(pipeline):
    text = ("Đảng ủy xã Pa Tần có 240 đảng viên. Cấp ủy, chính quyền và nhân dân các dân tộc xã Pa Tần luôn tích cực, "
            "chủ động thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy Lai Châu.")
    assert ("Đảng bộ xã Pa Tần", "Nghị quyết số 04-NQ/TU") in carried_out(pipeline, text)


def test_asking_others_to_act_is_not_acting(pipeline):
    text = ("Đảng ủy xã Pa Tần có 240 đảng viên. Cấp ủy, chính quyền xã Pa Tần yêu cầu các bản thực hiện "
            "Nghị quyết số 04-NQ/TU của Tỉnh ủy Lai Châu.")
    assert ("Đảng bộ xã Pa Tần", "Nghị quyết số 04-NQ/TU") not in carried_out(pipeline, text)
