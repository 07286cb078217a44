"""Inspections of how a directive is carried out: the body inspected carries it out, not the inspector.

"<org> kiểm tra, giám sát (tình hình) thực hiện <X> tại <place>" names the place whose party committee
carries <X> out — with or without its unit word ("tại huyện Y", "tại Y"), and with the two acts
joined by a comma ("kiểm tra, giám sát") as well as by "và". A place whose party body the text
never names leaves the inspector as the only body read.
"""

from __future__ import annotations

from extraction import carried_out

DISTRICT = "Huyện ủy Phong Thổ họp phiên thường kỳ. "


def test_the_place_inspected_stands_for_its_party_committee(pipeline):
    got = carried_out(pipeline, DISTRICT + "Chiều 30/9, Ban Thường vụ Tỉnh ủy Lai Châu kiểm tra, giám sát "
                                           "tình hình thực hiện Chỉ thị 35-CT/TW năm nay tại Phong Thổ.")
    assert ("Đảng bộ huyện Phong Thổ", "Chỉ thị số 35-CT/TW") in got
    assert not any(o.startswith("Ban Thường vụ Tỉnh ủy") for o, d in got)


def test_the_place_with_its_unit_word(pipeline):
    got = carried_out(pipeline, DISTRICT + "Ban Thường vụ Tỉnh ủy Lai Châu giám sát kết quả thực hiện Chỉ thị "
                                           "35-CT/TW tại huyện Phong Thổ.")
    assert ("Đảng bộ huyện Phong Thổ", "Chỉ thị số 35-CT/TW") in got
    assert not any(o.startswith("Ban Thường vụ Tỉnh ủy") for o, d in got)


def test_a_delegation_inspecting_a_named_committee(pipeline):
    got = carried_out(pipeline, DISTRICT + "Hôm 14/10, đoàn của Ban Thường vụ Tỉnh ủy Lai Châu, ông Lò Văn Pọm dẫn "
                                           "đầu, kiểm tra, giám sát việc chỉ đạo thực hiện Chỉ thị "
                                           "35-CT/TW tại Huyện ủy Phong Thổ.")
    assert ("Đảng bộ huyện Phong Thổ", "Chỉ thị số 35-CT/TW") in got
    assert not any(o.startswith("Ban Thường vụ Tỉnh ủy") for o, d in got)
