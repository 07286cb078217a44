"""A plan named by the directive it carries out ends with that directive's name.

"kế hoạch thực hiện Chỉ thị số 14-CT/HU về …" is the "Kế hoạch thực hiện Chỉ thị số 14-CT/HU" a reader
names: what follows "về" is the directive's subject. A plan whose own words come before its purpose
("kế hoạch tuyên truyền, thực hiện …") keeps its words as they run.
"""

from __future__ import annotations

from extraction import directive_links, directives, read


def test_the_plan_is_named_up_to_the_directive_it_carries_out(pipeline):
    doc = read(pipeline, "Chi bộ bản Nà Sài xây dựng kế hoạch để thực hiện Chỉ thị 27-CT/HU về trồng cây phân tán "
                         "ven suối Nậm Ma.")
    assert "Kế hoạch để thực hiện Chỉ thị 27-CT/HU" in directives(doc)
    assert ("Kế hoạch để thực hiện Chỉ thị 27-CT/HU", "implements", "Chỉ thị số 27-CT/HU") in directive_links(doc)


def test_a_plan_with_words_of_its_own_keeps_them(pipeline):
    doc = read(pipeline, "Chi bộ bản Nà Sài xây dựng kế hoạch tuyên truyền, thực hiện Chỉ thị số 14-CT/HU về trồng cây phân tán "
                         "ven suối Nậm Ma.")
    assert "Kế hoạch tuyên truyền, thực hiện Chỉ thị số 14-CT/HU về trồng cây phân tán ven suối Nậm Ma" in directives(doc)
