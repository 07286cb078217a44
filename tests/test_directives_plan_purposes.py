"""What a plan named by its code says it is for, right after the code.

"Kế hoạch số 15-KH/HU (ngày 3/5/2021) (để) triển khai thực hiện <X>", "Hướng dẫn số 10-HD/…
hướng dẫn thực hiện <X>": the document implements X (continues it when it says "tiếp tục"),
as it does when the purpose follows its subject ("… về …, để triển khai …"); a clause
after a comma with no date is the sentence going on, not the plan's name.
"""

from __future__ import annotations

from extraction import directive_links, read

DIRECTIVE = "Chỉ thị số 05-CT/TW"
PLAN = "Kế hoạch số 15-KH/HU"


def links(pipeline, text: str) -> set:
    return directive_links(read(pipeline, text))


def test_a_plan_for_carrying_out_a_directive_implements_it(pipeline):
    text = f"Ban Thường vụ Huyện ủy Hải Hậu ban hành {PLAN} để triển khai thực hiện {DIRECTIVE} của Bộ Chính trị."
    assert links(pipeline, text) == {(PLAN, "implements", DIRECTIVE)}


def test_the_plans_date_may_stand_between_its_code_and_its_purpose(pipeline):
    text = (f"Ban Thường vụ Huyện ủy Hải Hậu ban hành {PLAN} ngày 3/5/2021 triển khai thực hiện {DIRECTIVE} "
            "của Bộ Chính trị.")
    assert links(pipeline, text) == {(PLAN, "implements", DIRECTIVE)}


def test_a_guide_to_carrying_out_a_rule_implements_it(pipeline):
    text = ("Ban Tổ chức Trung ương ban hành Hướng dẫn số 10-HD/BTCTW hướng dẫn thực hiện Quy định số 24-QĐ/TW "
            "của Ban Chấp hành Trung ương.")
    assert links(pipeline, text) == {("Hướng dẫn số 10-HD/BTCTW", "implements", "Quy định số 24-QĐ/TW")}


def test_a_plan_to_go_on_carrying_out_a_directive_continues_it(pipeline):
    text = f"Đảng ủy xã Hải Minh ban hành Kế hoạch số 08-KH/ĐU tiếp tục thực hiện {DIRECTIVE} của Bộ Chính trị."
    assert links(pipeline, text) == {("Kế hoạch số 08-KH/ĐU", "continues", DIRECTIVE)}


def test_every_document_the_plan_lists_is_implemented(pipeline):
    text = (f"Đảng ủy xã Hải Minh ban hành Kế hoạch số 08-KH/ĐU triển khai thực hiện {DIRECTIVE} "
            "và Kết luận số 01-KL/TW của Bộ Chính trị.")
    assert links(pipeline, text) == {("Kế hoạch số 08-KH/ĐU", "implements", DIRECTIVE),
                                     ("Kế hoạch số 08-KH/ĐU", "implements", "Kết luận số 01-KL/TW")}


def test_a_clause_after_a_comma_is_not_the_plans_name(pipeline):
    text = (f"Huyện ủy Hải Hậu đã ban hành {PLAN}, thực hiện {DIRECTIVE} của Bộ Chính trị "
            "còn gặp nhiều khó khăn.")
    assert (PLAN, "implements", DIRECTIVE) not in links(pipeline, text)
