"""A directive by its code letters and bare number: "NQ 28", "CT 05", "KL 14".

Articles that name a resolution once in full often go on with its letters ("Nghị quyết (NQ) 12 …
thực hiện NQ 12"); the short form is the same directive as the full one, and the letters in
brackets after the kind word do not hide its number.
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def test_the_letters_in_brackets_before_the_number(pipeline):
    text = "Sáng 3/3, Thành ủy Cần Thơ sơ kết 5 năm triển khai Nghị quyết (NQ) 12 về kinh tế hợp tác ở nông thôn."
    assert directives(read(pipeline, text)) == {"Nghị quyết số 12"}
    assert ("Đảng bộ thành phố Cần Thơ", "Nghị quyết số 12") in carried_out(pipeline, text)


def test_the_short_form_later_is_the_same_directive(pipeline):
    text = ("Thành ủy Cần Thơ sơ kết 5 năm triển khai Nghị quyết (NQ) 12 về kinh tế hợp tác. "
            "Sau 5 năm làm theo NQ 12, thành phố có thêm 37 hợp tác xã.")
    assert directives(read(pipeline, text)) == {"Nghị quyết số 12"}


def test_a_directive_by_its_letters_alone(pipeline):
    text = "Huyện ủy Phong Điền đánh giá kết quả làm theo CT 05 của Bộ Chính trị ở các chi bộ."
    assert directives(read(pipeline, text)) == {"Chỉ thị số 05-CT/TW"}


def test_letters_before_a_count_or_a_code_are_not_a_bare_number(pipeline):
    text = "Trong năm, các chi bộ đạt 12 NQ 3 năm liền; Huyện ủy triển khai Chỉ thị số 05-CT/TW."
    assert directives(read(pipeline, text)) == {"Chỉ thị số 05-CT/TW"}
