"""A plan to carry out a directive, issued as the last of a list of documents one verb issues.

"<org> ban hành nghị quyết …, các chương trình, kế hoạch kiểm tra; kế hoạch thực hiện <X>": the verb
issues every document of its list, whether commas or semicolons part them, so the plan is a
document of that body, it implements X, and the body carries X out. A plan in a list no issuing
verb heads ("thảo luận …; kế hoạch thực hiện <X>") names no document in particular.
"""

from __future__ import annotations

from extraction import carries_out, directive_links, directives, read

LIST = ("Mỗi năm, Chi bộ bản Huổi Luông ban hành nghị quyết về nhiệm vụ trọng tâm, các chương trình công tác, "
        "kế hoạch kiểm tra; kế hoạch thực hiện Chỉ thị 27-CT/HU về trồng cây phân tán.")


def test_a_plan_ending_a_list_of_issued_documents_implements_its_directive(pipeline):
    doc = read(pipeline, LIST)
    assert "Kế hoạch thực hiện Chỉ thị 27-CT/HU" in directives(doc)
    assert ("Kế hoạch thực hiện Chỉ thị 27-CT/HU", "implements", "Chỉ thị số 27-CT/HU") in directive_links(doc)


def test_the_body_issuing_the_list_carries_out_the_directive(pipeline):
    assert ("Chi bộ bản Huổi Luông", "Chỉ thị số 27-CT/HU") in carries_out(read(pipeline, LIST))


def test_a_list_no_issuing_verb_heads_names_no_plan(pipeline):
    doc = read(pipeline, LIST.replace("ban hành", "thảo luận"))
    assert "Kế hoạch thực hiện Chỉ thị 27-CT/HU" not in directives(doc)
