"""A body's decision to discipline, said with the verb and its penalty.

A committee that "quyết định thi hành kỷ luật" with a penalty named ("với hình thức khiển
trách", "bằng hình thức cảnh cáo") has taken a decision, as much as one said to have one ("có quyết
định …"): the penalty makes it one decision in particular. With no penalty named, or one only
proposed (a committee "đề nghị" or "kiến nghị" that another decide), there is no decision yet;
a decision taken "theo đề xuất của" a committee is still taken.
"""

from __future__ import annotations

from extraction import directives, read


def test_deciding_a_penalty_is_a_decision(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Tỉnh ủy Lai Châu vừa họp, quyết định thi hành kỷ luật với hình thức "
                         "khai trừ ông Lò Văn Dũng, người từng làm Bí thư Huyện ủy Tam Đường.")
    assert directives(doc) == {"Quyết định thi hành kỷ luật"}


def test_deciding_on_a_committees_proposal_is_a_decision(pipeline):
    doc = read(pipeline, "Theo đề xuất của Thường trực Huyện ủy, Ban Thường vụ Huyện ủy Tam Đường nhất trí "
                         "quyết định thi hành kỷ luật với hình thức khiển trách ông Lò Văn Dũng.")
    assert directives(doc) == {"Quyết định thi hành kỷ luật"}


def test_a_decision_with_no_penalty_named_is_none(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Tam Đường nhất trí quyết định thi hành kỷ luật một cán bộ.")
    assert directives(doc) == set()


def test_a_proposed_penalty_is_no_decision(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Huyện ủy Tam Đường kiến nghị Thường trực Huyện ủy họp, quyết định thi hành "
                         "kỷ luật với hình thức khiển trách ông Lò Văn Dũng.")
    assert directives(doc) == set()


def test_a_penalty_submitted_to_another_body_is_no_decision(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Huyện ủy Tam Đường thống nhất trình Thường trực Huyện ủy họp để "
                         "quyết định thi hành kỷ luật với hình thức khiển trách ông Lò Văn Dũng.")
    assert directives(doc) == set()


def test_hearing_a_report_before_deciding_is_still_a_decision(pipeline):
    doc = read(pipeline, "Sau khi nghe trình bày, Ban Thường vụ Huyện ủy Tam Đường quyết định thi hành kỷ luật "
                         "với hình thức khiển trách ông Lò Văn Dũng.")
    assert directives(doc) == {"Quyết định thi hành kỷ luật"}
