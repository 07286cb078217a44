"""Decisions named by the acts they list and by whom or what they concern.

A decision on cadres is named by all the acts it lists ("Quyết định điều động, chỉ định",
"Quyết định điều động, bổ nhiệm và bổ nhiệm lại"), and — the Party's way of naming a member —
by the comrade it concerns ("Quyết định luân chuyển đồng chí Lê Thị Hoa"); a decision that
founds a party body is named by that body ("Quyết định thành lập Chi bộ Công ty …",
"Quyết định thành lập mới 2 chi bộ"). What follows (the post, the place) is its subject.
"""

from __future__ import annotations

from extraction import directives, labels, read
from partykg.ontology.terms import PKG


def about(doc) -> dict[str, str]:
    lab = labels(doc)
    return {lab[f.s.value]: f.o.value for f in doc.facts if f.p == PKG.about}


def test_every_act_a_decision_lists_is_in_its_name(pipeline):
    doc = read(pipeline, "Tỉnh ủy Kon Tum công bố quyết định điều động, bổ nhiệm và bổ nhiệm lại nhiều lãnh đạo sở, ngành.")
    assert directives(doc) == {"Quyết định điều động, bổ nhiệm và bổ nhiệm lại"}


def test_the_comrade_a_decision_concerns_is_in_its_name(pipeline):
    doc = read(pipeline, "Bí thư Tỉnh ủy trao Quyết định luân chuyển, chỉ định đồng chí Lê Thị Hoa giữ chức Phó Bí thư "
                         "Huyện ủy Sa Thầy.")
    assert directives(doc) == {"Quyết định luân chuyển, chỉ định đồng chí Lê Thị Hoa"}
    assert about(doc)["Quyết định luân chuyển, chỉ định đồng chí Lê Thị Hoa"].endswith("Huyện ủy Sa Thầy")


def test_two_comrades_make_two_decisions(pipeline):
    doc = read(pipeline, "Ban Thường vụ Tỉnh ủy trao quyết định điều động đồng chí Trần Văn Nam về Huyện ủy Đăk Tô. "
                         "Cùng ngày, Ban Thường vụ Tỉnh ủy trao quyết định điều động đồng chí Y Nhiên về Huyện ủy Ia H'Drai.")
    assert directives(doc) == {"Quyết định điều động đồng chí Trần Văn Nam", "Quyết định điều động đồng chí Y Nhiên"}


def test_a_person_named_the_newspaper_way_stays_in_the_subject(pipeline):
    doc = read(pipeline, "Huyện ủy Ngọc Hồi đã có quyết định điều động ông Phạm Văn Tâm giữ chức Bí thư Đảng ủy xã Đăk Dục.")
    assert directives(doc) == {"Quyết định điều động"}


def test_a_decision_that_founds_a_cell_is_named_by_the_cell(pipeline):
    doc = read(pipeline, "Đảng ủy xã Đăk Hà trao quyết định thành lập Chi bộ Công ty cà phê Đăk Uy.")
    assert directives(doc) == {"Quyết định thành lập Chi bộ Công ty cà phê Đăk Uy"}


def test_a_decision_that_founds_counted_bodies_is_named_by_their_count(pipeline):
    doc = read(pipeline, "Đảng ủy phường Quyết Thắng công bố quyết định thành lập mới 2 chi bộ, sáp nhập 3 chi bộ khu phố.")
    assert directives(doc) == {"Quyết định thành lập mới 2 chi bộ"}


def test_a_comrade_named_by_post_is_not_a_name(pipeline):
    doc = read(pipeline, "Tỉnh ủy Kon Tum trao quyết định điều động đồng chí Phó Bí thư Huyện ủy Kon Rẫy về Ban Dân vận Tỉnh ủy.")
    assert directives(doc) == {"Quyết định điều động"}
