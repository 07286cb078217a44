"""Documents listed after a colon, inline or one per bullet line, under a verb of carrying out.

"Đảng ủy xã Y đã quán triệt các nghị quyết của Đảng, gồm: <A>, <B>; <C>" and the same list set out
as bullet lines under a sentence ending in a colon: the subject of the introducing verb carries out
every document listed. A list introduced by another verb ("ban hành các văn bản sau:") is not
carried out, and a colon opening something else ("kết quả như sau:") lists no documents to carry out.
"""

from __future__ import annotations

from extraction import carried_out


def test_an_inline_list_after_gom(pipeline):
    text = ("Đảng ủy xã Hua Bum đã tổ chức học tập, quán triệt các chỉ thị, nghị quyết của Đảng, gồm: "
            "Nghị quyết số 21-NQ/TW, Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW.")
    found = carried_out(pipeline, text)
    for d in ("Nghị quyết số 21-NQ/TW", "Chỉ thị số 05-CT/TW", "Kết luận số 01-KL/TW"):
        assert ("Đảng bộ xã Hua Bum", d) in found


def test_an_inline_list_after_nhu_with_semicolons(pipeline):
    text = ("Năm 2023, Đảng ủy xã Hua Bum tổ chức quán triệt 9 văn bản của Trung ương, tỉnh như: "
            "Nghị quyết Trung ương 8 khóa XIII; Chỉ thị số 05-CT/TW; Nghị quyết số 07-NQ/TU của Tỉnh ủy Lai Châu.")
    found = carried_out(pipeline, text)
    for d in ("Nghị quyết Trung ương 8 (khóa XIII)", "Chỉ thị số 05-CT/TW", "Nghị quyết số 07-NQ/TU"):
        assert ("Đảng bộ xã Hua Bum", d) in found


def test_bullet_lines_under_an_introducing_sentence(pipeline):
    text = ("Đảng ủy xã Hua Bum tổ chức hội nghị. Đảng ủy xã Hua Bum đã triển khai các văn bản sau:\n"
            "- Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương;\n"
            "- Chỉ thị số 05-CT/TW của Bộ Chính trị.\n"
            "Đảng ủy xã Hua Bum kiểm tra việc thực hiện.")
    found = carried_out(pipeline, text)
    assert ("Đảng bộ xã Hua Bum", "Nghị quyết số 21-NQ/TW") in found
    assert ("Đảng bộ xã Hua Bum", "Chỉ thị số 05-CT/TW") in found


def test_bullet_lines_under_another_verb_are_not_carried_out(pipeline):
    text = ("Đảng ủy xã Hua Bum tổ chức hội nghị. Năm 2023, Đảng ủy xã Hua Bum đã ban hành các văn bản sau:\n"
            "- Nghị quyết số 21-NQ/ĐU về phát triển chè;\n"
            "- Kế hoạch số 05-KH/ĐU về chuyển đổi số.\n"
            "Đảng ủy xã Hua Bum kiểm tra việc thực hiện.")
    found = carried_out(pipeline, text)
    assert ("Đảng bộ xã Hua Bum", "Kế hoạch số 05-KH/ĐU") not in found


def test_a_colon_opening_results_lists_nothing_to_carry_out(pipeline):
    text = ("Qua 5 năm thực hiện, kết quả cụ thể như sau: Chỉ thị số 05-CT/TW được Bộ Chính trị ban hành năm 2016.")
    assert carried_out(pipeline, text) == set()
