"""A directive tied to another "gắn với đẩy mạnh" is carried out by the same body.

"… thực hiện <A> gắn với đẩy mạnh (việc thực hiện) <B>" reads like "… thực hiện <A> gắn với <B>".
"""

from __future__ import annotations

from extraction import carries_out, read


def test_tied_with_pushing_on_another_directive(pipeline):
    doc = read(pipeline, "Việc chỉnh đốn Đảng được Đảng bộ xã Tân Lạc chăm lo, chủ yếu qua thực hiện Nghị quyết "
                         "Trung ương 4 (khóa XI) gắn với đẩy mạnh Quy định số 55-QĐi/TW.")
    assert carries_out(doc) == {("Đảng bộ xã Tân Lạc", "Nghị quyết Trung ương 4 (khóa XI)"),
                                ("Đảng bộ xã Tân Lạc", "Quy định số 55-QĐi/TW")}


def test_tied_with_pushing_on_carrying_it_out(pipeline):
    doc = read(pipeline, "Chi bộ thôn Khe Mây thực hiện Kết luận số 21-KL/TW gắn với đẩy mạnh việc thực hiện "
                         "Quy định số 08-QĐi/TW về nêu gương.")
    assert carries_out(doc) == {("Chi bộ thôn Khe Mây", "Kết luận số 21-KL/TW"),
                                ("Chi bộ thôn Khe Mây", "Quy định số 08-QĐi/TW")}
