"""The party body that leads the doer in the same breath.

"Đảng ủy xã Y lãnh đạo, UBND xã Y tổ chức thực hiện <X>": the party body leading the doer carries <X>
out with it; one only followed ("Theo chỉ đạo của Huyện ủy …") does not.
"""

from __future__ import annotations

from extraction import carried_out


def test_the_party_body_leading_the_doer_carries_it_out_too(pipeline):
    text = "Đảng ủy xã Pa Tần lãnh đạo, Ủy ban nhân dân xã Pa Tần tổ chức thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy Lai Châu."
    found = carried_out(pipeline, text)
    assert ("Đảng bộ xã Pa Tần", "Nghị quyết số 04-NQ/TU") in found
    assert ("UBND xã Pa Tần", "Nghị quyết số 04-NQ/TU") in found


def test_a_body_only_followed_does_not(pipeline):
    text = "Theo chỉ đạo của Huyện ủy Sìn Hồ, UBND huyện Sìn Hồ triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị."
    assert not any(org in ("Đảng bộ huyện Sìn Hồ", "Huyện ủy Sìn Hồ") for org, _ in carried_out(pipeline, text))
