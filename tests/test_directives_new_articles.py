"""Constructions of directives read from articles the rules were not first built on.

Central codes written with the letter Ư ("05-CT/TƯ", "05-CT/T.Ư") are the same code as
"05-CT/TW"; a sentence headed by "Thực hiện <A>; <B>, <org> ban hành <C>" makes C carry out
every document of the list, not only the first, whatever date or year opens the sentence;
a heading sentence that only lists what is being carried out ("Thực hiện <A>; <B>.") does
the same for the plan issued in the sentence right after it.
"""

from __future__ import annotations

from extraction import carried_out, directive_links, directives, read


def test_a_central_code_written_with_u_horn_is_the_tw_code(pipeline):
    text = "Huyện ủy Hải Hậu tổ chức sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TƯ của Bộ Chính trị khóa XII."
    assert directives(read(pipeline, text)) == {"Chỉ thị số 05-CT/TW"}
    assert ("Đảng bộ huyện Hải Hậu", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_a_central_code_written_with_a_dotted_u_horn_is_the_tw_code(pipeline):
    text = "Đảng ủy xã Hải Minh tiếp tục thực hiện Kết luận số 21-KL/T.Ư của Ban Chấp hành Trung ương."
    assert directives(read(pipeline, text)) == {"Kết luận số 21-KL/TW"}
