"""A directive tied to another "gắn với đẩy mạnh" is carried out by the same body.

"… thực hiện <A> gắn với đẩy mạnh (việc thực hiện) <B>" reads like "… thực hiện <A> gắn với <B>".
"""

from __future__ import annotations

from extraction import carries_out, read


def test_tied_with_pushing_on_another_directive(pipeline):
    doc = read(pipeline, "Việc chỉnh đốn Đảng được Đảng bộ xã Tân Lạc làm nghiêm túc, trọng tâm là thực hiện Nghị quyết "
                         "Trung ương 4 (khóa XII) gắn với đẩy mạnh Chỉ thị 05 của Bộ Chính trị về học tập và làm theo Bác.")
    assert carries_out(doc) == {("Đảng bộ xã Tân Lạc", "Nghị quyết Trung ương 4 (khóa XII)"),
                                ("Đảng bộ xã Tân Lạc", "Chỉ thị số 05-CT/TW")}


def test_tied_with_pushing_on_carrying_it_out(pipeline):
    doc = read(pipeline, "Chi bộ thôn Khe Mây thực hiện Kết luận số 21-KL/TW gắn với đẩy mạnh việc thực hiện "
                         "Quy định số 08-QĐi/TW về nêu gương.")
    assert carries_out(doc) == {("Chi bộ thôn Khe Mây", "Kết luận số 21-KL/TW"),
                                ("Chi bộ thôn Khe Mây", "Quy định số 08-QĐi/TW")}
