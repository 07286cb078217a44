"""Bringing a directive to life is carrying it out.

"Để đưa <X> vào cuộc sống, <org> …", "<org> … để <X> sớm đi vào cuộc sống" and "… đưa <X> đi vào
thực tiễn" say the body puts <X> into practice: its subject carries <X> out, as with "thực hiện".
Another purpose ("Để <X> có hiệu lực") is no such verb, and bodies in general ("Nhiều địa phương")
are no one the article can name.
"""

from __future__ import annotations

from extraction import carried_out


def test_bringing_a_resolution_to_life_in_a_fronted_clause(pipeline):
    text = "Để đưa Nghị quyết số 08-NQ/TU của Tỉnh ủy Sơn La vào cuộc sống, Đảng ủy xã Chiềng Mai đã họp bàn giải pháp."
    assert ("Đảng bộ xã Chiềng Mai", "Nghị quyết số 08-NQ/TU") in carried_out(pipeline, text)


def test_a_resolution_going_into_life_soon(pipeline):
    text = "Để Nghị quyết số 08-NQ/TU của Tỉnh ủy Sơn La sớm đi vào cuộc sống, Đảng ủy xã Chiềng Mai đã chỉ đạo các chi bộ."
    assert ("Đảng bộ xã Chiềng Mai", "Nghị quyết số 08-NQ/TU") in carried_out(pipeline, text)


def test_bringing_a_directive_into_practice_after_the_subject(pipeline):
    text = "Đảng ủy xã Chiềng Mai có nhiều cách làm sáng tạo để đưa Chỉ thị số 05-CT/TW của Bộ Chính trị đi vào thực tiễn."
    assert ("Đảng bộ xã Chiềng Mai", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_another_purpose_is_no_carrying_out(pipeline):
    text = "Để Nghị quyết số 08-NQ/TU của Tỉnh ủy Sơn La có hiệu lực, Đảng ủy xã Chiềng Mai đã họp."
    assert not any(org == "Đảng bộ xã Chiềng Mai" for org, _ in carried_out(pipeline, text))


def test_places_in_general_are_no_doer(pipeline):
    text = "Nhiều địa phương đã đưa Nghị quyết số 08-NQ/TU của Tỉnh ủy Sơn La vào cuộc sống."
    assert carried_out(pipeline, text) == set()
