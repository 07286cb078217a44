"""A body's decision to discipline, said with the verb and its penalty.

"Ủy ban Kiểm tra … vừa xem xét, quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với …"
names a decision taken as much as "đã có quyết định kỷ luật …" does: the penalty makes it one
decision in particular. With no penalty named, or only proposed ("đề nghị Ban Thường vụ xem
xét, quyết định …"), there is no decision yet; "theo đề nghị của …" is the ground of one taken.
"""

from __future__ import annotations

from extraction import directives, read


def test_deciding_a_penalty_is_a_decision(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Tỉnh ủy Lai Châu vừa xem xét, quyết định thi hành kỷ luật bằng hình thức "
                         "cảnh cáo đối với ông Lò Văn Dũng, nguyên Bí thư Huyện ủy Tam Đường.")
    assert directives(doc) == {"Quyết định thi hành kỷ luật"}


def test_deciding_on_a_committees_proposal_is_a_decision(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Tam Đường đã đồng ý với đề nghị của Ủy ban Kiểm tra Huyện ủy "
                         "và quyết định thi hành kỷ luật bằng hình thức khiển trách đối với ông Lò Văn Dũng.")
    assert directives(doc) == {"Quyết định thi hành kỷ luật"}


def test_a_decision_with_no_penalty_named_is_none(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Tam Đường quyết định thi hành kỷ luật đối với ông Lò Văn Dũng.")
    assert directives(doc) == set()


def test_a_proposed_penalty_is_no_decision(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Tỉnh ủy Lai Châu đề nghị Ban Thường vụ Tỉnh ủy xem xét, quyết định thi hành "
                         "kỷ luật bằng hình thức khiển trách đối với ông Lò Văn Dũng.")
    assert directives(doc) == set()
