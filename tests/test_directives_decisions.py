"""Decisions and resolutions a party body is said to take, named after the act or the body.

"Huyện ủy X đã có quyết định kỷ luật …" is a decision of that committee even in lower case and
after "có" (the usual way to say a body took one), and so is one read out or handed over ("công bố,
trao quyết định điều động công chức"); one handed "cho" someone is the decision named before.
Decisions of one act said in the plural ("các quyết định kỷ luật với hình thức …") are one.
A decision awarding the Party badge is named by the award; the body after "của" issued it. A decision is named by its act
("Quyết định kỷ luật", "Quyết định điều động", "Quyết định điều động công chức"); the penalty it gives
or whom it moves is what it is about, and keeps two decisions apart. A decision
that only qualifies a choice ("quyết định đúng đắn") or belongs to the courts ("quyết định khởi
tố") is no directive of the Party; nor is a report that discipline was taken, with no penalty named.
"Đảng ủy X có nghị quyết yêu cầu …" is that committee's resolution, named by it and told apart by
what it asks (which is no subject: it says what the resolution asks, not what it is about); "Nghị quyết của Tỉnh ủy về …" is the committee's own, not its congress's resolution.
"""

from __future__ import annotations

from extraction import directives, labels, read

from partykg.ontology.terms import PKG


def about(doc) -> dict[str, str]:
    lab = labels(doc)
    return {lab[f.s.value]: f.o.value for f in doc.facts if f.p == PKG.about}


def test_a_committees_disciplinary_decision_is_named_by_the_act(pipeline):
    doc = read(pipeline, "Hôm 9/3, Huyện ủy Ia Grai đã có quyết định kỷ luật với hình thức cách chức "
                         "Bí thư chi bộ đối với ông Nguyễn Văn An.")
    assert directives(doc) == {"Quyết định kỷ luật"}
    assert about(doc)["Quyết định kỷ luật"] == "kỷ luật với hình thức cách chức Bí thư chi bộ"


def test_two_penalties_are_two_decisions(pipeline):
    doc = read(pipeline, "Huyện ủy Ia Grai đã có quyết định kỷ luật với hình thức cách chức đối với ông An. "
                         "Huyện ủy Ia Grai cũng có quyết định kỷ luật với hình thức khiển trách đối với ông Bình.")
    iris = {f.s.value for f in doc.facts if f.p == PKG.directiveKind}
    assert len(iris) == 2


def test_a_transfer_decision_is_named_by_the_act_and_about_whom_it_moves(pipeline):
    doc = read(pipeline, "Huyện ủy Ia Grai đã có quyết định điều động ông Nguyễn Văn An giữ chức Bí thư "
                         "Đảng ủy xã Ia Dêr.")
    assert directives(doc) == {"Quyết định điều động"}
    assert about(doc)["Quyết định điều động"] == "điều động ông Nguyễn Văn An giữ chức Bí thư Đảng ủy xã Ia Dêr"


def test_a_decision_on_a_class_of_people_keeps_that_class_in_its_name(pipeline):
    doc = read(pipeline, "Thị ủy An Khê đã có quyết định điều động công chức về các xã Song An và Cửu An.")
    assert directives(doc) == {"Quyết định điều động công chức"}


def test_a_dismissal_is_named_by_the_act_and_two_dismissals_are_two_decisions(pipeline):
    doc = read(pipeline, "UBND thị xã Ayun Pa vừa ban hành quyết định cách chức Phó Chủ tịch UBND phường Đoàn Kết "
                         "đối với bà Siu Hen. Sau đó UBND thị xã Ayun Pa tiếp tục ban hành quyết định cách chức "
                         "Phó Chủ tịch UBND xã Ia Rbol đối với ông Rah Lan Tâm.")
    assert directives(doc) == {"Quyết định cách chức"}
    assert len({f.s.value for f in doc.facts if f.p == PKG.directiveKind}) == 2


def test_a_good_decision_or_a_prosecution_is_no_directive(pipeline):
    doc = read(pipeline, "Tỉnh ủy Gia Lai đã có quyết định đúng đắn khi chọn hướng đi. "
                         "Công an huyện Ia Grai đã có quyết định khởi tố vụ án.")
    assert directives(doc) == set()


def test_a_report_that_discipline_was_taken_names_no_decision(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Tỉnh ủy Kon Tum vừa ra quyết định thi hành kỷ luật đối với "
                         "nguyên Chủ tịch UBND huyện Đắk Hà.")
    assert directives(doc) == set()


# "Nghị quyết của Tỉnh ủy về …" after the province's congress resolution: the committee's own.

_CONGRESS = "Đảng bộ tỉnh Bến Tre triển khai Nghị quyết Đại hội lần thứ XI Đảng bộ tỉnh. "


def test_a_committees_resolution_is_not_its_congresss(pipeline):
    doc = read(pipeline, _CONGRESS + "Trên cơ sở Nghị quyết của Tỉnh ủy về phát triển kinh tế biển, "
                                     "các ngành xây dựng kế hoạch.")
    assert "Nghị quyết của Tỉnh ủy về phát triển kinh tế biển" in directives(doc)


def test_the_party_organizations_resolution_is_its_congresss(pipeline):
    doc = read(pipeline, _CONGRESS + "Thực hiện Nghị quyết của Đảng bộ tỉnh, các ngành xây dựng kế hoạch.")
    assert directives(doc) == {"Nghị quyết Đại hội Đảng bộ tỉnh Bến Tre lần thứ XI"}


def test_a_committee_that_has_a_resolution_asking_something_names_it(pipeline):
    doc = read(pipeline, "Từ năm 2015, Đảng ủy Tổng cục Thuế có nghị quyết yêu cầu các chi bộ trực thuộc "
                         "cam kết: đảng viên nói không với tiêu cực.")
    assert directives(doc) == {"Nghị quyết của Đảng ủy Tổng cục Thuế"}
    assert "Nghị quyết của Đảng ủy Tổng cục Thuế" not in about(doc)


def test_two_resolutions_of_a_committee_asking_different_things_are_two(pipeline):
    doc = read(pipeline, "Đảng ủy Tổng cục Thuế có nghị quyết yêu cầu đảng viên tiết kiệm chi tiêu. "
                         "Năm sau, Đảng ủy Tổng cục Thuế có nghị quyết yêu cầu đảng viên kê khai tài sản.")
    iris = {f.s.value for f in doc.facts if f.p == PKG.directiveKind}
    assert len(iris) == 2


def test_a_resolution_the_body_only_has_in_mind_is_no_document(pipeline):
    doc = read(pipeline, "Đảng ủy Tổng cục Thuế có nghị quyết thì các chi bộ mới làm.")
    assert directives(doc) == set()


def test_a_decision_read_out_or_handed_over_is_a_document(pipeline):
    doc = read(pipeline, "Sáng 21/10, Thị ủy Quảng Yên họp để công bố quyết định điều động công chức về phường "
                         "Hà An. Phó Bí thư Thị ủy trao quyết định điều động tới từng người.")
    assert directives(doc) == {"Quyết định điều động công chức"}


def test_a_decision_handed_over_with_no_act_named_is_none(pipeline):
    doc = read(pipeline, "Bí thư Tỉnh ủy Cao Bằng trao quyết định cho ông Hoàng Văn Khoa.")
    assert directives(doc) == set()


def test_decisions_of_one_act_and_penalty_said_in_the_plural_are_one_document(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Thuận Châu vừa ra các quyết định thi hành kỷ luật với hình thức "
                         "khiển trách năm đảng viên. Sau đó Ủy ban Kiểm tra Huyện ủy Sông Mã cũng công bố những quyết "
                         "định kỷ luật với bốn đảng viên. Thành ủy Sơn La công bố những quyết định về nhân sự.")
    assert directives(doc) == {"Quyết định thi hành kỷ luật"}


def test_a_decision_awarding_the_party_badge_is_named_by_the_award_and_its_issuer_is_the_body_after_it(pipeline):
    doc = read(pipeline, "Tại buổi lễ, Bí thư Đảng ủy xã Quảng Phong công bố Quyết định tặng Huy hiệu 55 năm tuổi Đảng "
                         "của Ban Thường vụ Huyện ủy Hải Hà cho 7 đảng viên.")
    assert directives(doc) == {"Quyết định tặng Huy hiệu 55 năm tuổi Đảng"}
    lab = labels(doc)
    assert {lab[f.o.value] for f in doc.facts if f.p == PKG.issuer} == {"Ban Thường vụ Huyện ủy Hải Hà"}
