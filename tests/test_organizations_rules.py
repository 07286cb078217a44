"""Organizations: what the extractor reads in sentences written for these tests.

Each test states one rule: a party organization and its executive committee are one body,
short references resolve to the body the article is about, organs are separate bodies whose
parent is their committee, generic plurals are not bodies.
"""

from __future__ import annotations

from extraction import named_orgs

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import ORG, RDFS, SCHEMA, SKOS


def orgs(text: str, pipeline: Pipeline):
    doc = load_text(text, "memory:test-orgs", pipeline)
    return doc, named_orgs(doc)


def test_executive_committee_and_party_organization_are_one_body(pipeline):
    doc, found = orgs("Đảng ủy xã Nậm Cuổi họp bàn kế hoạch năm mới. Sau đó Đảng bộ xã Nậm Cuổi "
                      "tổ chức hội nghị. Ban Chấp hành Đảng bộ xã Nậm Cuổi đã thống nhất.", pipeline)
    assert "Đảng bộ xã Nậm Cuổi" in found
    body = found["Đảng bộ xã Nậm Cuổi"]
    mentions = [m for m in doc.of("organization") if m.attrs["kind"] == "party_committee"]
    assert len({m.iri.value for m in mentions}) == 1
    assert body.kind == "party_committee" and body.level == "commune"
    alt = {f.o.value for f in doc.facts if f.s == body.iri and f.p == SKOS.altLabel}
    assert {"Đảng ủy xã Nậm Cuổi", "Ban Chấp hành Đảng bộ xã Nậm Cuổi"} <= alt
    labels = {f.o.value for f in doc.facts if f.s == body.iri and f.p == RDFS.label}
    assert labels == {"Đảng bộ xã Nậm Cuổi"}


def test_huyen_uy_is_the_district_party_organization(pipeline):
    _, found = orgs("Huyện ủy Mường Khương chỉ đạo các xã rà soát đảng viên.", pipeline)
    assert "Đảng bộ huyện Mường Khương" in found
    assert found["Đảng bộ huyện Mường Khương"].level == "district"


def test_same_body_in_two_documents_gets_one_iri(pipeline):
    a = load_text("Tỉnh ủy Điện Biên ban hành kế hoạch mới.", "memory:a", pipeline)
    b = load_text("Ban Chấp hành Đảng bộ tỉnh Điện Biên đã họp phiên thường kỳ.", "memory:b", pipeline)
    ia = {m.iri.value for m in a.of("organization")}
    ib = {m.iri.value for m in b.of("organization")}
    assert ia and ia == ib


def test_short_references_resolve_to_the_body_named(pipeline):
    doc, found = orgs("Đảng bộ xã Pá Vây Sử có 12 chi bộ. Năm qua, Đảng ủy xã đã kết nạp 9 đảng viên. "
                      "Đảng ủy tập trung chỉ đạo phát triển kinh tế.", pipeline)
    assert list(found) == ["Đảng bộ xã Pá Vây Sử"]
    assert len(doc.of("organization")) == 3
    assert doc.context["main_org"].attrs["name"] == "Đảng bộ xã Pá Vây Sử"


def test_organs_are_separate_bodies_whose_parent_is_the_committee(pipeline):
    doc, found = orgs("Ban Thường vụ Huyện ủy Phong Thổ và Ủy ban Kiểm tra Huyện ủy Phong Thổ "
                      "đã giám sát Đảng ủy xã Sin Suối Hồ.", pipeline)
    tpc = found["Đảng bộ huyện Phong Thổ"]
    btv = found["Ban Thường vụ Huyện ủy Phong Thổ"]
    ubkt = found["Ủy ban Kiểm tra Huyện ủy Phong Thổ"]
    assert btv.kind == "standing_committee" and ubkt.kind == "inspection_committee"
    assert btv.parent is tpc and ubkt.parent is tpc
    parents = {(f.s.value, f.o.value) for f in doc.facts if f.p == ORG.subOrganizationOf}
    assert (btv.iri.value, tpc.iri.value) in parents


def test_abbreviated_organs_are_expanded(pipeline):
    _, found = orgs("BTV Huyện ủy Sìn Hồ và UBKT Huyện ủy Sìn Hồ họp liên tịch.", pipeline)
    assert "Ban Thường vụ Huyện ủy Sìn Hồ" in found
    assert "Ủy ban Kiểm tra Huyện ủy Sìn Hồ" in found


def test_party_cell_of_a_village_has_the_commune_organization_as_parent(pipeline):
    _, found = orgs("Đảng ủy xã Mường Than giao nhiệm vụ cho Chi bộ bản Ít Lực.", pipeline)
    cell = found["Chi bộ bản Ít Lực"]
    assert cell.kind == "party_cell" and cell.level == "village"
    assert cell.parent is found["Đảng bộ xã Mường Than"]


def test_generic_plurals_are_not_organizations(pipeline):
    _, found = orgs("Các chi bộ và 16 chi bộ bản đã họp; Ban Thường vụ các huyện ủy, thành ủy "
                    "kiểm tra các đảng ủy xã.", pipeline)
    assert found == {}


def test_central_bodies_and_numbered_steering_committee(pipeline):
    _, found = orgs("Thực hiện chỉ đạo của Bộ Chính trị và Ban Bí thư, Ban Chỉ đạo 35 của tỉnh đã họp.", pipeline)
    assert {"Bộ Chính trị", "Ban Bí thư", "Ban Chỉ đạo 35"} <= set(found)
    assert found["Bộ Chính trị"].level == "central"


def test_a_central_body_inside_a_directive_name_is_not_a_body_named(pipeline):
    _, found = orgs("Đảng ủy xã Na Sang học tập Nghị quyết Trung ương Đảng và các chỉ thị mới.", pipeline)
    assert "Ban Chấp hành Trung ương" not in found
    _, found = orgs("Ban Chấp hành Trung ương Đảng đã ban hành nghị quyết mới.", pipeline)
    assert "Ban Chấp hành Trung ương" in found


def test_government_mass_and_public_bodies(pipeline):
    _, found = orgs("UBND xã Tà Hừa, Hội Nông dân huyện Than Uyên, Trạm Y tế xã Tà Hừa và "
                    "Trường Tiểu học xã Tà Hừa cùng tham gia.", pipeline)
    assert found["UBND xã Tà Hừa"].kind == "people_committee"
    assert found["Hội Nông dân huyện Than Uyên"].kind == "mass_organization"
    assert found["Trạm Y tế xã Tà Hừa"].kind == "health_station"
    assert found["Trường Tiểu học xã Tà Hừa"].kind == "school"


def test_a_person_after_the_committee_is_not_part_of_its_name(pipeline):
    doc, found = orgs("Bí thư Huyện ủy Tam Đường Nguyễn Văn Hải phát biểu.", pipeline)
    assert "Đảng bộ huyện Tam Đường" in found
    assert all("Hải" not in m.text for m in doc.of("organization"))


def test_every_organization_is_mentioned_by_the_document(pipeline):
    doc, found = orgs("Đảng ủy xã Khun Há phối hợp với Mặt trận Tổ quốc xã Khun Há.", pipeline)
    mentioned = {f.o.value for f in doc.facts if f.s == doc.iri and f.p == SCHEMA.mentions}
    assert {o.iri.value for o in found.values()} <= mentioned


def test_agency_party_organizations_keep_their_field(pipeline):
    _, found = orgs("Đảng ủy Tổng cục Thủy lợi đã ban hành nghị quyết; Đảng bộ Sư đoàn 316 tổ chức đại hội.",
                    pipeline)
    assert {"Đảng bộ Tổng cục Thủy lợi", "Đảng bộ Sư đoàn 316"} <= set(found)
    assert all(o.level == "agency" for o in found.values())


def test_state_offices_stop_before_a_person(pipeline):
    _, found = orgs("Chi cục trưởng Chi cục Kiểm lâm Sơn La Nguyễn Văn Hùng cho biết.", pipeline)
    assert "Chi cục Kiểm lâm Sơn La" in found


def test_lower_case_committee_reference_after_a_title(pipeline):
    doc, found = orgs("Huyện ủy Mường Ảng chỉ đạo. Đồng chí Lò Văn Thắng - Phó bí thư huyện ủy chủ trì.", pipeline)
    assert list(found) == ["Đảng bộ huyện Mường Ảng"]
    assert len(doc.of("organization")) == 2


def test_numbers_after_a_unit_are_not_names(pipeline):
    _, found = orgs("Đảng bộ xã Nà Tấu 3 năm liền hoàn thành tốt nhiệm vụ.", pipeline)
    assert list(found) == ["Đảng bộ xã Nà Tấu"]


def test_departments_written_in_lower_case_and_their_party_cell(pipeline):
    doc, found = orgs("Huyện ủy Mường Lát cách chức Bí thư chi bộ phòng tài chính - kế hoạch đối với "
                      "ông Hà Văn Tâm (Bí thư chi bộ, Trưởng phòng tài chính - kế hoạch huyện Mường Lát).", pipeline)
    assert "Chi bộ Phòng Tài chính - Kế hoạch" in found
    assert "Phòng Tài chính - Kế hoạch huyện Mường Lát" in found
    assert found["Chi bộ Phòng Tài chính - Kế hoạch"].parent is found["Đảng bộ huyện Mường Lát"]


def test_a_cell_named_by_its_village_just_before(pipeline):
    doc, found = orgs("Chúng tôi đến thôn Khe Lếch đúng dịp Chi bộ thôn họp. Bí thư Chi bộ Triệu Văn Sơn "
                      "cho biết kết quả.", pipeline)
    assert "Chi bộ thôn Khe Lếch" in found
    posts = [m for m in doc.of("post")]
    assert [p.attrs["title"] for p in posts] == ["Bí thư"]
    assert posts[0].attrs["org_iri"] == found["Chi bộ thôn Khe Lếch"].iri
