"""Heads of an agency written without the agency, party cells of a school, and the head of a
delegation.

Each test states one reading rule: "Phó cục trưởng Lê Văn A" heads the department ("Cục …")
the text named last before; "Hiệu trưởng nhà trường" heads the school just named, and "Bí thư
chi bộ kiêm Hiệu trưởng …" is the secretary of that school's party cell; "Đoàn công tác của X
do đồng chí A … làm trưởng đoàn" makes A the head of the delegation, a body under X.
"""

from __future__ import annotations

from extraction import held_posts, labels, named_orgs

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import ORG, SCHEMA


def read(pipeline: Pipeline, text: str):
    doc = load_text(text, source="memory:test-unnamed", pipeline=pipeline)
    posts = held_posts(doc)
    found = named_orgs(doc)
    return posts, found


def test_a_deputy_director_of_the_department_named_before(pipeline):
    posts, _ = read(pipeline, "Cục Thuế tỉnh Nghệ An có nhiều đổi mới. Ông Phan Văn Hiếu, Phó cục trưởng, "
                              "phụ trách công tác cán bộ.")
    assert ("Phan Văn Hiếu", "Phó Cục trưởng", "Cục Thuế tỉnh Nghệ An") in posts


def test_a_head_with_no_agency_of_that_kind_named_has_no_post(pipeline):
    posts, _ = read(pipeline, "Huyện ủy Quỳ Hợp họp. Ông Phan Văn Hiếu, Phó cục trưởng, phát biểu.")
    assert not any(t == "Phó Cục trưởng" for _, t, _ in posts)


def test_the_secretary_of_a_schools_cell_and_its_head(pipeline):
    posts, found = read(pipeline, "Phường Nghĩa Đô, quận Cầu Giấy có nhiều trường học. Phong trào được đẩy mạnh ở "
                                  "Trường Tiểu học Nghĩa Đô. Bí thư chi bộ kiêm Hiệu trưởng nhà trường Trần Thị Mai "
                                  "cho biết nhiều điều.")
    assert {("Trần Thị Mai", "Hiệu trưởng", "Trường Tiểu học Nghĩa Đô"),
            ("Trần Thị Mai", "Bí thư", "Chi bộ Trường Tiểu học Nghĩa Đô")} <= posts
    assert found["Chi bộ Trường Tiểu học Nghĩa Đô"].kind == "party_cell"


def test_the_head_of_a_delegation(pipeline):
    posts, found = read(pipeline, "Ngày 7/7, Đoàn công tác của Ban Bí thư do đồng chí Đại tướng Nguyễn Văn Tân, "
                                  "Bí thư Trung ương Đảng, Ủy viên Ban Thường vụ Quân ủy Trung ương làm trưởng đoàn, "
                                  "đã làm việc với Ban Thường vụ Tỉnh ủy Hòa Bình.")
    assert ("Nguyễn Văn Tân", "Trưởng đoàn", "Đoàn công tác của Ban Bí thư") in posts
    assert ("Nguyễn Văn Tân", "Ủy viên", "Ban Thường vụ Quân ủy Trung ương") in posts
    assert found["Đoàn công tác của Ban Bí thư"].parent.label == "Ban Bí thư"


def test_a_delegation_of_a_provincial_committee(pipeline):
    _, found = read(pipeline, "Đoàn kiểm tra số 3 của Tỉnh ủy Hòa Bình làm việc tại huyện Mai Châu.")
    deleg = found["Đoàn kiểm tra số 3 của Tỉnh ủy Hòa Bình"]
    assert deleg.parent.label == "Đảng bộ tỉnh Hòa Bình"


def test_the_secretariat_known_from_a_title_only_is_not_listed(pipeline):
    doc = load_text("Về dự có đồng chí Lê Quang Vinh, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng.",
                    source="memory:test-secretariat", pipeline=pipeline)
    lab = labels(doc)
    post_in = [f.o.value for f in doc.facts if f.p == ORG.postIn]
    assert "Ban Bí thư" in {lab[o] for o in post_in}  # described: typed and labelled
    mentioned = {lab.get(f.o.value) for f in doc.facts if f.s == doc.iri and f.p == SCHEMA.mentions}
    assert "Ban Bí thư" not in mentioned and "Ban Chấp hành Trung ương" not in mentioned
    assert "Văn phòng Trung ương Đảng" in mentioned


def test_the_head_of_an_investigation_agency(pipeline):
    posts, _ = read(pipeline, "Ông Lưu Văn Đạt, Thủ trưởng Cơ quan điều tra Công an huyện Nghĩa Hành, tỉnh Quảng Ngãi "
                              "đã nghỉ hưu.")
    assert ("Lưu Văn Đạt", "Thủ trưởng", "Cơ quan điều tra Công an huyện Nghĩa Hành") in posts


def test_a_deputy_named_with_the_province_of_the_delegation(pipeline):
    posts, found = read(pipeline, "Bên lề kỳ họp của Quốc hội, ĐB Nguyễn Thị Khánh (Trà Vinh) cho rằng cần chính sách "
                                  "riêng. Đại biểu Lê Văn Hòa - Đoàn TP Hồ Chí Minh đồng tình.")
    assert ("Nguyễn Thị Khánh", "Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Trà Vinh") in posts
    assert ("Lê Văn Hòa", "Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội thành phố Hồ Chí Minh") in posts
    assert found["Đoàn đại biểu Quốc hội tỉnh Trà Vinh"].place.iri is not None


def test_a_delegate_outside_an_article_about_the_assembly_is_no_deputy(pipeline):
    posts, _ = read(pipeline, "Đại hội Đảng bộ tỉnh khai mạc. Đại biểu Nguyễn Thị Khánh (Trà Vinh) phát biểu.")
    assert not any(t == "Đại biểu Quốc hội" for _, t, _ in posts)


def test_a_deputy_title_in_lower_case(pipeline):
    posts, _ = read(pipeline, "Trung tướng Lê Văn Tiến, Ủy viên Trung ương Đảng, Phó chủ nhiệm Tổng cục Chính trị "
                              "dự hội nghị.")
    assert ("Lê Văn Tiến", "Phó Chủ nhiệm", "Tổng cục Chính trị") in posts


def test_a_post_in_a_bare_party_committee_before_a_post_in_an_army_body(pipeline):
    posts, found = read(pipeline, "Tỉnh ủy Hà Tĩnh chỉ đạo sát sao. Đại tá Nguyễn Đình Dũng - Phó Bí thư Đảng ủy, "
                                  "Chính ủy Bộ CHQS tỉnh Hà Tĩnh cho biết nhiều kinh nghiệm.")
    assert ("Nguyễn Đình Dũng", "Phó Bí thư", "Đảng bộ Bộ CHQS tỉnh Hà Tĩnh") in posts
    assert ("Nguyễn Đình Dũng", "Chính ủy", "Bộ CHQS tỉnh Hà Tĩnh") in posts
    assert found["Đảng bộ Bộ CHQS tỉnh Hà Tĩnh"].level == "agency"


def test_a_post_in_a_bare_party_committee_before_the_chair_of_a_commune(pipeline):
    posts, _ = read(pipeline, "Tỉnh ủy Hà Tĩnh chỉ đạo sát sao. Ông Trần Văn Lâm, Phó Bí thư Đảng ủy, Chủ tịch UBND "
                              "xã Thạch Hà cho biết nhiều kinh nghiệm.")
    assert ("Trần Văn Lâm", "Phó Bí thư", "Đảng bộ xã Thạch Hà") in posts
    assert not any(o == "Đảng bộ tỉnh Hà Tĩnh" for _, _, o in posts)


def test_a_post_held_in_the_capacity_of_the_person_just_named(pipeline):
    posts, _ = read(pipeline, "Phường Quan Hoa, quận Cầu Giấy có nhiều tấm gương. Đó là Đại tá Nguyễn Huy Tường. "
                              "Dù đã nghỉ hưu, ông vẫn say mê nghiên cứu. Với cương vị Bí thư Chi bộ 12 (Đảng bộ "
                              "phường Quan Hoa), ông đề xuất với chi bộ nhiều việc.")
    assert ("Nguyễn Huy Tường", "Bí thư", "Chi bộ 12") in posts


def test_a_capacity_with_a_name_of_its_own_is_that_persons(pipeline):
    posts, _ = read(pipeline, "Đó là Đại tá Nguyễn Huy Tường. Với cương vị Bí thư Chi bộ 12 (Đảng bộ phường Quan Hoa), "
                              "ông Lê Văn Minh đề xuất nhiều việc.")
    assert not any(p == "Nguyễn Huy Tường" and t == "Bí thư" for p, t, _ in posts)


def test_a_schools_cell_read_from_a_title_is_the_cell_written_out(pipeline):
    doc = load_text("Xã Yên Sơn, huyện Lục Yên có nhiều trường. Đảng ủy xã Yên Sơn chỉ đạo. Chi bộ Trạm Y tế xã Yên Sơn "
                    "họp. Ông Lò Văn Hưng, Bí thư Chi bộ, Trưởng Trạm Y tế xã Yên Sơn nói.",
                    source="memory:test-cell-iri", pipeline=pipeline)
    cells = [o for o in doc.context["organizations"].values() if o.surfaces and o.kind == "party_cell"]
    assert [o.label for o in cells] == ["Chi bộ Trạm Y tế xã Yên Sơn"]
