"""The Party's charter written in lower case ("điều lệ đảng") is still the charter.

"thực hiện điều lệ đảng" names "Điều lệ Đảng"; "điều lệ đảng viên" or a party body's rules do not.
"""

from __future__ import annotations

from extraction import directives, read


def test_the_charter_in_lower_case_is_the_charter(pipeline):
    doc = read(pipeline, "Chi bộ bản Pá Khoang luôn giữ nghiêm điều lệ đảng trong sinh hoạt.")
    assert directives(doc) == {"Điều lệ Đảng"}


def test_the_words_for_members_and_bodies_after_it_are_no_charter(pipeline):
    doc = read(pipeline, "Chi bộ bản Pá Khoang bàn về điều lệ đảng viên gương mẫu và điều lệ đảng bộ cơ sở.")
    assert directives(doc) == set()
