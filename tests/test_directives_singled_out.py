"""A document singled out from what is carried out ("…, nhất là <B>", "đặc biệt là <B>",
"trong đó có <B>") is carried out by the same body, and taken in by the same plan, as the one
named before it; anything else singled out ("nhất là đảng viên trẻ") names no document.
"""

from __future__ import annotations

from extraction import carried_out, directive_links, read


def test_a_resolution_singled_out_is_carried_out_too(pipeline):
    text = ("Huyện ủy Hải Hậu tập trung triển khai Nghị quyết Đại hội lần thứ XIII của Đảng, "
            "nhất là Nghị quyết Trung ương 4 khóa XII.")
    assert ("Đảng bộ huyện Hải Hậu", "Nghị quyết Trung ương 4 (khóa XII)") in carried_out(pipeline, text)


def test_a_conclusion_singled_out_with_dac_biet_la_is_carried_out_too(pipeline):
    text = ("Đảng ủy xã Hải Minh đã quán triệt Chỉ thị số 05-CT/TW, đặc biệt là Kết luận số 01-KL/TW "
            "của Bộ Chính trị.")
    assert ("Đảng bộ xã Hải Minh", "Kết luận số 01-KL/TW") in carried_out(pipeline, text)


def test_a_plan_takes_in_the_document_singled_out(pipeline):
    text = ("Đảng ủy xã Hải Minh ban hành Kế hoạch số 12-KH/ĐU thực hiện Nghị quyết số 12-NQ/TU, "
            "nhất là Chỉ thị số 14-CT/TU.")
    assert ("Kế hoạch số 12-KH/ĐU", "implements", "Chỉ thị số 14-CT/TU") in directive_links(read(pipeline, text))
