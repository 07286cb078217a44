"""A sentence that is only "Thực hiện <X> …" goes on in the next one.

The body that opens the next sentence, after its time ("Ngày 10/7, …", "Vào ngày 9 tháng 7 năm
2023, …"), carries the directive out — also when the fronted clause ends on a semicolon, as a
list item would.
"""

from __future__ import annotations

from extraction import carried_out


def test_the_next_sentence_opening_with_vao_ngay(pipeline):
    text = ("Thực hiện Quyết định số 215-QĐ/HU ngày 12/6/2023 của Huyện ủy Bến Cát về việc kết nạp quần chúng Lê Văn Tư "
            "vào Đảng. Vào ngày 9 tháng 7 năm 2023, Chi bộ ấp Bà Tứ tổ chức trao quyết định cho đồng chí Tư.")
    assert ("Chi bộ ấp Bà Tứ", "Quyết định số 215-QĐ/HU") in carried_out(pipeline, text)


def test_a_fronted_clause_ending_on_a_semicolon(pipeline):
    text = ("Thực hiện Quyết định số 216-QĐ/HU ngày 12/6/2023 của Huyện ủy Bến Cát về kết nạp hai quần chúng vào Đảng;\n"
            "Ngày 10/7/2023, Chi bộ ấp Bà Tứ họp để trao quyết định cho hai quần chúng ưu tú.")
    assert ("Chi bộ ấp Bà Tứ", "Quyết định số 216-QĐ/HU") in carried_out(pipeline, text)


def test_a_next_sentence_without_a_body_first_names_no_doer(pipeline):
    text = ("Thực hiện Quyết định số 217-QĐ/HU của Huyện ủy Bến Cát về kết nạp quần chúng vào Đảng;\n"
            "Vào ngày 11 tháng 7 năm 2023, buổi đón đồng chí mới diễn ra ấm cúng.")
    assert not any(org.startswith("Chi bộ") for org, _ in carried_out(pipeline, text))
