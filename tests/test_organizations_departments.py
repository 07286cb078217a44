"""Departments and teams inside an agency or a union: "Ban Chính sách pháp luật LĐLĐ tỉnh X"
(a department of the union, and "công đoàn Ban …" the department's own trade union), "Phòng
Tổ chức cán bộ" (the personnel department), "Đội kiểm soát hải quan" (a team named by its work),
and the party organization of the government agencies ("Đảng bộ cơ quan chính quyền").

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_a_department_of_the_provincial_labour_federation(pipeline):
    got = organizations(read(pipeline, "Ông Lê Văn An - Trưởng Ban Tổ chức LĐLĐ tỉnh Nghệ An phát biểu."))
    assert "Ban Tổ chức LĐLĐ tỉnh Nghệ An" in got
    assert "LĐLĐ tỉnh Nghệ An" in got


def test_the_trade_union_of_a_department(pipeline):
    got = organizations(read(pipeline, "Bà Trần Thị Mai là chủ tịch công đoàn Ban Nữ công LĐLĐ tỉnh Nghệ An."))
    assert "Công đoàn Ban Nữ công LĐLĐ tỉnh Nghệ An" in got


def test_a_department_of_an_association(pipeline):
    got = organizations(read(pipeline, "Ban Kinh tế Hội Nông dân tỉnh Nghệ An tập huấn cho hội viên."))
    assert "Ban Kinh tế Hội Nông dân tỉnh Nghệ An" in got


def test_a_party_organ_keeps_its_own_reading(pipeline):
    got = organizations(read(pipeline, "Ban Tuyên giáo Tỉnh ủy Nghệ An chủ trì hội nghị."))
    assert "Ban Tuyên giáo Tỉnh ủy Nghệ An" in got


def test_the_personnel_department_of_an_agency(pipeline):
    got = organizations(read(pipeline, "Cục Thuế tỉnh Nghệ An họp. Ông Lê Văn An đi công tác mà không thông qua Phòng Tổ chức cán bộ."))
    assert "Phòng Tổ chức cán bộ" in got


def test_a_team_named_by_its_work(pipeline):
    got = organizations(read(pipeline, "Ông Lê Văn An từng làm phó cục trưởng, trực tiếp phụ trách Đội kiểm soát hải quan của cục."))
    assert "Đội kiểm soát hải quan" in got


def test_a_numbered_team(pipeline):
    got = organizations(read(pipeline, "Đội Cảnh sát giao thông số 2 phối hợp với Công an xã Hòa Tiến."))
    assert "Đội Cảnh sát giao thông số 2" in got


def test_a_specialist_of_a_department_and_a_member_of_its_cell(pipeline):
    doc = read(pipeline, "Đảng bộ Cơ quan LĐLĐ tỉnh Nghệ An trao huy hiệu cho đảng viên Lê Văn An - Chuyên viên "
                         "ban Tổ chức LĐLĐ tỉnh Nghệ An. Hiện, đồng chí Lê Văn An là chi ủy viên Chi bộ Ban Tổ chức.")
    got = held_posts(doc)
    assert ("Lê Văn An", "Chuyên viên", "Ban Tổ chức LĐLĐ tỉnh Nghệ An") in got
    assert ("Lê Văn An", "Chi ủy viên", "Chi bộ Ban Tổ chức") in got


def test_the_party_organization_of_the_government_agencies(pipeline):
    got = organizations(read(pipeline, "Quận ủy Gò Vấp chỉ đạo. Các chi bộ thuộc Đảng bộ Công an, Đảng bộ cơ quan "
                                       "chính quyền quyên góp giúp người nghèo."))
    assert "Đảng bộ Cơ quan chính quyền" in got


def test_the_party_organization_of_the_government_bloc_of_a_district(pipeline):
    got = organizations(read(pipeline, "Đảng ủy Khối chính quyền huyện Tân Kỳ tổ chức đại hội."))
    assert "Đảng bộ Khối chính quyền huyện Tân Kỳ" in got


def test_posts_joined_by_and_is_are_the_same_persons(pipeline):
    doc = read(pipeline, "Đảng bộ Cơ quan LĐLĐ tỉnh Nghệ An họp. Hiện, đồng chí Lê Văn An là chi ủy viên Chi bộ Ban Tổ chức "
                         "và là Chủ tịch, tổ trưởng công đoàn Ban Tổ chức LĐLĐ tỉnh Nghệ An.")
    got = held_posts(doc)
    assert ("Lê Văn An", "Chi ủy viên", "Chi bộ Ban Tổ chức") in got
    assert ("Lê Văn An", "Tổ trưởng", "Công đoàn Ban Tổ chức LĐLĐ tỉnh Nghệ An") in got


def test_a_field_joined_by_a_dash_is_the_department_of_that_field():
    from partykg.loaders.pipeline import load_text
    text = ("Luân chuyển cán bộ ở Nghệ An\n\nHuyện ủy Yên Thành điều động cán bộ về xã: Trưởng phòng "
            "Khoa học - Công nghệ làm Phó Bí thư Đảng ủy xã Công Thành; Phòng Giáo dục - Đào tạo huyện "
            "Yên Thành phối hợp với Phòng Giáo dục và Đào tạo huyện Yên Thành.\n")
    doc = load_text(text, source="memory:dashed-field.txt")
    orgs = [m for m in doc.of("organization")]
    names = {m.text: m.attrs.get("name") for m in orgs}
    assert names["phòng Khoa học - Công nghệ"] == "Phòng Khoa học và Công nghệ huyện Yên Thành"
    dashed = names["Phòng Giáo dục - Đào tạo huyện Yên Thành"]
    assert dashed == names["Phòng Giáo dục và Đào tạo huyện Yên Thành"] == "Phòng Giáo dục và Đào tạo huyện Yên Thành"
    assert len({m.iri.value for m in orgs if m.attrs.get("name") == dashed}) == 1  # one body, two spellings
