"""Working rules ("quy chế làm việc") are a document only when a body owns them.

Every party body keeps working rules; "kiểm tra việc thực hiện quy chế làm việc" or "thực hiện
quy chế làm việc của chi bộ" speaks of the rules in general, not of one document. "Quy chế làm
việc của Ban Chấp hành Đảng bộ huyện" names one, and so does a rule named by what else it governs
("quy chế trách nhiệm người đứng đầu").
"""

from __future__ import annotations

from extraction import directives, read


def test_working_rules_in_general_are_no_document(pipeline):
    text = "Ủy ban Kiểm tra Huyện ủy Yên Thành kiểm tra việc thực hiện quy chế làm việc, những điều đảng viên không được làm."
    assert not any(d.startswith("Quy chế") for d in directives(read(pipeline, text)))


def test_working_rules_of_cells_in_general_are_no_document(pipeline):
    text = "Đảng ủy xã Hợp Thành giám sát việc thực hiện quy chế làm việc của chi bộ ở 12 thôn."
    assert not any(d.startswith("Quy chế") for d in directives(read(pipeline, text)))


def test_working_rules_a_committee_owns_are_a_document(pipeline):
    text = "Huyện ủy Yên Thành sửa đổi quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV."
    assert any(d.startswith("Quy chế làm việc của Ban Chấp hành") for d in directives(read(pipeline, text)))


def test_other_rules_named_by_what_they_govern_stay_documents(pipeline):
    text = "Đảng ủy xã Hợp Thành xây dựng quy chế trách nhiệm người đứng đầu cấp ủy trong tiếp dân."
    assert any(d.startswith("Quy chế trách nhiệm người đứng đầu") for d in directives(read(pipeline, text)))
