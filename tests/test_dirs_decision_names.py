"""Decisions named by the acts they list and by what they concern.

A decision on cadres is named by all the acts it lists ("Quyết định điều động, giới thiệu",
"Quyết định luân chuyển, tiếp nhận và bổ nhiệm lại"); the comrade it moves is what it is about,
not its name ("Quyết định bổ nhiệm đồng chí Lê Thị Hoa …" is the "Quyết định bổ nhiệm" a reader
names), and keeps two decisions on two comrades apart. One named by its issuer and a personnel act
on a comrade ("Quyết định của Ban Thường vụ Huyện ủy về việc luân chuyển đồng chí X …") is named by its
issuer alone. A decision that founds a party body is named by that body ("Quyết định thành lập Chi
bộ Công ty …", "Quyết định thành lập mới 2 chi bộ"). What follows (the post, the place) is its subject.
"""

from __future__ import annotations

from extraction import directives, labels, read
from partykg.ontology.terms import PKG


def about(doc) -> dict[str, str]:
    lab = labels(doc)
    return {lab[f.s.value]: f.o.value for f in doc.facts if f.p == PKG.about}


def test_every_act_a_decision_lists_is_in_its_name(pipeline):
    doc = read(pipeline, "Tỉnh ủy Kon Tum công bố quyết định luân chuyển, tiếp nhận và bổ nhiệm lại 5 trưởng phòng cấp huyện.")
    assert directives(doc) == {"Quyết định luân chuyển, tiếp nhận và bổ nhiệm lại"}


def test_the_comrade_a_decision_concerns_is_what_it_is_about_not_its_name(pipeline):
    doc = read(pipeline, "Chiều 12/3, Bí thư Tỉnh ủy đã trao Quyết định điều động, giới thiệu đồng chí Lê Thị Hoa về làm "
                         "Phó Bí thư Huyện ủy Sa Thầy.")
    assert directives(doc) == {"Quyết định điều động, giới thiệu"}
    subject = about(doc)["Quyết định điều động, giới thiệu"]
    assert "đồng chí Lê Thị Hoa" in subject and subject.endswith("Huyện ủy Sa Thầy")


def test_two_comrades_make_two_decisions(pipeline):
    doc = read(pipeline, "Sáng 3/4, Tỉnh ủy công bố quyết định bổ nhiệm đồng chí Trần Văn Nam làm Phó Chánh Văn phòng. "
                         "Buổi chiều, Tỉnh ủy công bố quyết định bổ nhiệm đồng chí Y Nhiên làm Phó Trưởng Ban Dân vận.")
    assert directives(doc) == {"Quyết định bổ nhiệm"}
    assert len({f.s.value for f in doc.facts if f.p == PKG.directiveKind}) == 2


def test_one_comrade_named_twice_is_one_decision(pipeline):
    doc = read(pipeline, "Sáng 3/4, Tỉnh ủy công bố quyết định bổ nhiệm đồng chí Trần Văn Nam làm Phó Chánh Văn phòng. "
                         "Bí thư Tỉnh ủy trao quyết định bổ nhiệm đồng chí Trần Văn Nam làm Phó Chánh Văn phòng.")
    assert len({f.s.value for f in doc.facts if f.p == PKG.directiveKind}) == 1


def test_a_decision_of_a_body_moving_a_comrade_is_named_by_the_body(pipeline):
    doc = read(pipeline, "Đồng chí Bí thư Huyện ủy trao Quyết định của Ban Thường vụ Huyện ủy Mường Tè về việc luân chuyển "
                         "và phân công đồng chí Lò Văn Sáng, Phó Chủ tịch UBND huyện, làm Bí thư Đảng ủy xã Pa Ủ.")
    assert directives(doc) == {"Quyết định của Ban Thường vụ Huyện ủy Mường Tè"}
    assert "đồng chí Lò Văn Sáng" in about(doc)["Quyết định của Ban Thường vụ Huyện ủy Mường Tè"]


def test_a_body_moving_two_comrades_makes_two_decisions(pipeline):
    doc = read(pipeline, "Hội nghị nghe đọc Quyết định của Ban Thường vụ Huyện ủy Mường Tè về việc luân chuyển đồng chí "
                         "Lò Văn Sáng làm Bí thư Đảng ủy xã Pa Ủ, rồi Quyết định của Ban Thường vụ Huyện ủy Mường Tè về "
                         "việc chỉ định đồng chí Hà Thị Mơ làm Phó Bí thư Đảng ủy xã Bum Tở.")
    assert directives(doc) == {"Quyết định của Ban Thường vụ Huyện ủy Mường Tè"}
    assert len({f.s.value for f in doc.facts if f.p == PKG.directiveKind}) == 2


def test_a_body_deciding_on_no_comrade_keeps_its_subject_in_the_name(pipeline):
    doc = read(pipeline, "Hội nghị nghe đọc Quyết định của Ban Thường vụ Huyện ủy Mường Tè về việc tăng cường cán bộ "
                         "cho các xã biên giới.")
    assert directives(doc) == {"Quyết định của Ban Thường vụ Huyện ủy Mường Tè về việc tăng cường cán bộ cho các xã biên giới"}


def test_a_person_named_the_newspaper_way_stays_in_the_subject(pipeline):
    doc = read(pipeline, "Huyện ủy Ngọc Hồi vừa có quyết định điều động ông Phạm Văn Tâm về làm Bí thư Đảng ủy xã Đăk Dục.")
    assert directives(doc) == {"Quyết định điều động"}


def test_a_decision_that_founds_a_cell_is_named_by_the_cell(pipeline):
    doc = read(pipeline, "Tại buổi lễ, Đảng ủy xã Đăk Hà công bố quyết định thành lập Chi bộ Công ty cà phê Đăk Uy.")
    assert directives(doc) == {"Quyết định thành lập Chi bộ Công ty cà phê Đăk Uy"}


def test_a_decision_that_founds_counted_bodies_is_named_by_their_count(pipeline):
    doc = read(pipeline, "Đảng ủy phường Quyết Thắng trao quyết định thành lập mới 2 chi bộ, sáp nhập 3 chi bộ khu phố.")
    assert directives(doc) == {"Quyết định thành lập mới 2 chi bộ"}


def test_a_comrade_named_by_post_is_not_a_name(pipeline):
    doc = read(pipeline, "Tỉnh ủy Kon Tum trao quyết định điều động đồng chí Phó Bí thư Huyện ủy Kon Rẫy về Ban Dân vận Tỉnh ủy.")
    assert directives(doc) == {"Quyết định điều động"}


def issuers(doc) -> dict[str, str]:
    lab = labels(doc)
    return {lab[f.s.value]: lab.get(f.o.value) for f in doc.facts if f.p == PKG.issuer}


def test_the_issuer_after_the_comrade_a_decision_moves_is_its_issuer(pipeline):
    doc = read(pipeline, "Tại hội nghị, đồng chí Hà Văn Khiêm nhận Quyết định điều động đồng chí Hà Văn Khiêm của Ban "
                         "Thường vụ Tỉnh ủy Điện Biên về làm Bí thư Huyện ủy Tủa Chùa.")
    assert directives(doc) == {"Quyết định điều động"}
    assert issuers(doc) == {"Quyết định điều động": "Ban Thường vụ Tỉnh ủy Điện Biên"}
    assert "đồng chí Hà Văn Khiêm" in about(doc)["Quyết định điều động"]


def test_a_decision_with_no_body_after_its_comrade_has_no_issuer_read_there(pipeline):
    doc = read(pipeline, "Đồng chí Bí thư trao Quyết định điều động, bổ nhiệm đồng chí Hà Văn Khiêm của tỉnh về làm "
                         "Phó Bí thư Huyện ủy Tủa Chùa.")
    assert directives(doc) == {"Quyết định điều động, bổ nhiệm"}
    assert "Quyết định điều động, bổ nhiệm" not in issuers(doc)


def test_a_disciplinary_decision_named_by_its_issuer_keeps_its_penalty_in_its_name(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy ban hành Quyết định của Ban Thường vụ Huyện ủy Sìn Hồ về việc kỷ luật "
                         "đồng chí Vàng A Chư bằng hình thức cảnh cáo.")
    [name] = [d for d in directives(doc) if d.startswith("Quyết định")]
    assert "kỷ luật" in name


def test_an_appointment_named_by_its_issuer_is_named_without_the_comrade(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy ban hành Quyết định của Ban Thường vụ Huyện ủy Sìn Hồ về việc phân công "
                         "đồng chí Vàng A Chư làm Bí thư Chi bộ bản Nậm Cha.")
    assert [d for d in directives(doc) if d.startswith("Quyết định")] == ["Quyết định của Ban Thường vụ Huyện ủy Sìn Hồ"]
