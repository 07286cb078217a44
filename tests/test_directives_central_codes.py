"""Central codes as articles write them.

A central code written with the letter Ư ("05-CT/TƯ", "21-KL/T.Ư") is the same code as
"05-CT/TW": one directive, carried out by the body that reviews it.
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def test_a_central_code_written_with_u_horn_is_the_tw_code(pipeline):
    text = "Huyện ủy Hải Hậu tổ chức sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TƯ của Bộ Chính trị khóa XII."
    assert directives(read(pipeline, text)) == {"Chỉ thị số 05-CT/TW"}
    assert ("Đảng bộ huyện Hải Hậu", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_a_central_code_written_with_a_dotted_u_horn_is_the_tw_code(pipeline):
    text = "Đảng ủy xã Hải Minh tiếp tục thực hiện Kết luận số 21-KL/T.Ư của Ban Chấp hành Trung ương."
    assert directives(read(pipeline, text)) == {"Kết luận số 21-KL/TW"}
