"""Working rules ("quy chế làm việc") are a document only when a body owns them.

Every party body keeps working rules; "rà soát khâu thực hiện quy chế làm việc" or "bổ sung
quy chế làm việc của từng chi bộ" speaks of the rules in general, not of one document. "Quy chế làm
việc của Ban Thường vụ …" names one, and so does a rule named by what else it governs
("quy chế trách nhiệm của …").
"""

from __future__ import annotations

from extraction import directives, read


def test_working_rules_in_general_are_no_document(pipeline):
    text = "Đoàn công tác của Huyện ủy Yên Thành rà soát khâu thực hiện quy chế làm việc ở 9 chi bộ trong quý III."
    assert not any(d.startswith("Quy chế") for d in directives(read(pipeline, text)))


def test_working_rules_of_cells_in_general_are_no_document(pipeline):
    text = "Đảng ủy xã Hợp Thành nhắc 14 chi bộ thôn bổ sung quy chế làm việc của từng chi bộ cho sát thực tế."
    assert not any(d.startswith("Quy chế") for d in directives(read(pipeline, text)))


def test_working_rules_a_committee_owns_are_a_document(pipeline):
    text = "Đầu nhiệm kỳ, Huyện ủy Yên Thành hoàn thiện quy chế làm việc của Ban Thường vụ Huyện ủy cho nhiệm kỳ mới."
    assert any(d.startswith("Quy chế làm việc của Ban Thường vụ") for d in directives(read(pipeline, text)))


def test_other_rules_named_by_what_they_govern_stay_documents(pipeline):
    text = "Đảng ủy xã Hợp Thành xây dựng quy chế trách nhiệm của bí thư chi bộ khi nghe dân phản ánh."
    assert any(d.startswith("Quy chế trách nhiệm của bí thư") for d in directives(read(pipeline, text)))
