"""A fronted directive whose main clause is work done in a place, passive, with no agent named.

"Thực hiện <X>, việc chuyển đổi cây trồng trong toàn xã được triển khai đồng bộ": the work is the
place's, done by its bodies, so the place's party body (the one of that level the text is about)
carries <X> out. A passive verb that is no carrying out ("được khen thưởng") says nothing of it.
"""

from __future__ import annotations

from extraction import carried_out


def test_work_done_throughout_a_commune_is_its_party_bodys(pipeline):
    text = ("Đảng ủy xã Pa Tần có 240 đảng viên. Thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy Lai Châu, "
            "việc chuyển đổi cây trồng trong toàn xã được triển khai đồng bộ.")
    assert ("Đảng bộ xã Pa Tần", "Nghị quyết số 04-NQ/TU") in carried_out(pipeline, text)


def test_a_passive_verb_of_another_kind_is_not(pipeline):
    text = ("Đảng ủy xã Pa Tần có 240 đảng viên. Thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy Lai Châu, "
            "nhiều hộ trong toàn xã được khen thưởng.")
    assert ("Đảng bộ xã Pa Tần", "Nghị quyết số 04-NQ/TU") not in carried_out(pipeline, text)
