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


def plan_iris(doc) -> set[str]:
    from partykg.ontology.terms import PKG, RDFS
    plans = {f.s.value for f in doc.facts if f.p == RDFS.label and f.o.value.startswith("Kế hoạch")}
    return {i for i in plans if any(f.s.value == i and f.p == PKG.directiveKind for f in doc.facts)}


def test_the_year_of_a_plan_named_by_its_directive_keeps_two_years_apart(pipeline):
    first = read(pipeline, "Đảng ủy xã Tà Hừa xây dựng kế hoạch thực hiện Chỉ thị 09-CT/HU về giữ rừng đầu nguồn năm 2022.")
    second = read(pipeline, "Đảng ủy xã Tà Hừa xây dựng kế hoạch thực hiện Chỉ thị 09-CT/HU về giữ rừng đầu nguồn năm 2025.")
    assert "Kế hoạch thực hiện Chỉ thị 09-CT/HU" in directives(first) & directives(second)
    assert plan_iris(first) and plan_iris(first).isdisjoint(plan_iris(second))


def test_the_same_plan_told_again_in_the_same_words_is_one_plan(pipeline):
    text = "Đảng ủy xã Tà Hừa xây dựng kế hoạch thực hiện Chỉ thị 09-CT/HU về giữ rừng đầu nguồn năm 2022."
    assert plan_iris(read(pipeline, text)) == plan_iris(read(pipeline, text))
