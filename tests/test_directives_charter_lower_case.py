"""The Party's charter written in lower case ("điều lệ đảng") is still the charter.

"thực hiện điều lệ đảng" names "Điều lệ Đảng"; "điều lệ đảng viên" or a party body's rules do not.
The charter binds every member and body, so keeping it is no news of a body carrying it out.
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def test_the_charter_in_lower_case_is_the_charter(pipeline):
    doc = read(pipeline, "Chi bộ bản Pá Khoang luôn giữ nghiêm điều lệ đảng trong sinh hoạt.")
    assert directives(doc) == {"Điều lệ Đảng"}


def test_the_words_for_members_and_bodies_after_it_are_no_charter(pipeline):
    doc = read(pipeline, "Chi bộ bản Pá Khoang bàn về điều lệ đảng viên gương mẫu và điều lệ đảng bộ cơ sở.")
    assert directives(doc) == set()


def test_keeping_the_charter_is_no_news_of_carrying_it_out(pipeline):
    text = "Chi bộ thôn Nà Hang thực hiện nghiêm điều lệ đảng và Nghị quyết số 09-NQ/ĐU của Đảng ủy xã Yên Lạc."
    assert carried_out(pipeline, text) == {("Chi bộ thôn Nà Hang", "Nghị quyết số 09-NQ/ĐU")}
