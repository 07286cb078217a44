"""A sentence that is only "Thực hiện <X> …" goes on in the next one.

The body that opens the next sentence, after its time ("Ngày 5/8, …", "Vào ngày 5 tháng 8 năm
2024, …"), carries the directive out — also when the fronted clause ends on a semicolon, as a
list item would.
"""

from __future__ import annotations

from extraction import carried_out


def test_the_next_sentence_opening_with_vao_ngay(pipeline):
    text = ("Thực hiện Quyết định số 215-QĐ/HU ngày 2/7/2024 của Ban Thường vụ Huyện ủy Bến Cát về kết nạp đảng viên. "
            "Vào ngày 5 tháng 8 năm 2024, Chi bộ ấp Bà Tứ tổ chức lễ kết nạp đảng viên mới.")
    assert ("Chi bộ ấp Bà Tứ", "Quyết định số 215-QĐ/HU") in carried_out(pipeline, text)


def test_a_fronted_clause_ending_on_a_semicolon(pipeline):
    text = ("Thực hiện Quyết định số 216-QĐ/HU ngày 2/7/2024 của Ban Thường vụ Huyện ủy Bến Cát về kết nạp đảng viên;\n"
            "Ngày 6/8/2024, Chi bộ ấp Bà Tứ tổ chức lễ kết nạp đảng viên mới.")
    assert ("Chi bộ ấp Bà Tứ", "Quyết định số 216-QĐ/HU") in carried_out(pipeline, text)


def test_a_next_sentence_without_a_body_first_names_no_doer(pipeline):
    text = ("Thực hiện Quyết định số 217-QĐ/HU của Ban Thường vụ Huyện ủy Bến Cát về kết nạp đảng viên;\n"
            "Vào ngày 7 tháng 8 năm 2024, lễ kết nạp đảng viên diễn ra trang trọng.")
    assert not any(org.startswith("Chi bộ") for org, _ in carried_out(pipeline, text))
