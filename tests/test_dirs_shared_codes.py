"""Numbers listed before the one code they share.

"Quyết định 306, 307-QĐ/TW" names two decisions, 306-QĐ/TW and 307-QĐ/TW; "Nghị quyết số 18, 19
và 20-NQ/TW" names three. A bare number is given the code of the last number of its list only
when that code is of the same kind as the word before the first.
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def test_two_numbers_share_the_code_written_after_the_second(pipeline):
    text = "Trong quý I, Huyện ủy Hòa Vang đã triển khai Quyết định 306, 307-QĐ/TW tới 24 tổ chức cơ sở đảng."
    assert directives(read(pipeline, text)) == {"Quyết định số 306-QĐ/TW", "Quyết định số 307-QĐ/TW"}
    done = carried_out(pipeline, text)
    assert ("Đảng bộ huyện Hòa Vang", "Quyết định số 306-QĐ/TW") in done
    assert ("Đảng bộ huyện Hòa Vang", "Quyết định số 307-QĐ/TW") in done


def test_three_numbers_and_a_local_code(pipeline):
    text = "Đảng ủy xã Hòa Phong quán triệt Nghị quyết số 11, 12 và 13-NQ/HU của Huyện ủy Hòa Vang."
    assert {"Nghị quyết số 11-NQ/HU", "Nghị quyết số 12-NQ/HU", "Nghị quyết số 13-NQ/HU"} <= directives(read(pipeline, text))


def test_a_number_before_a_code_of_another_kind_stays_bare(pipeline):
    text = "Kỳ sinh hoạt tháng 6, Chi bộ thôn 2 học lại Chỉ thị 05, Kết luận 14-KL/TW và bàn việc làm đường."
    found = directives(read(pipeline, text))
    assert "Kết luận số 14-KL/TW" in found
    assert not any("05-KL" in d for d in found)
