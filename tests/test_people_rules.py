"""People and posts: names after honorifics and around posts, posts as title + organization,
in sentences written for these tests."""

from __future__ import annotations

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import ORG, PKG


def read(text: str, pipeline: Pipeline):
    doc = load_text(text, "memory:test-people", pipeline)
    orgs = doc.context["organizations"]
    people = {}
    for m in doc.of("person"):
        people.setdefault(m.attrs["name"], set())
    for m in doc.of("post"):
        holder = next(p.attrs["name"] for p in doc.of("person") if p.iri == m.attrs["holder"])
        people[holder].add((m.attrs["title"], orgs[m.attrs["org_iri"].value].label))
    return doc, people


def test_name_after_honorific_with_post_after_it(pipeline):
    _, people = read("Đồng chí Lò Văn Pâng, Phó Bí thư Thường trực Huyện ủy Tuần Giáo, cho biết kết quả.", pipeline)
    assert people == {"Lò Văn Pâng": {("Phó Bí thư Thường trực", "Đảng bộ huyện Tuần Giáo")}}


def test_two_posts_in_one_phrase(pipeline):
    _, people = read("Ông Quàng Văn Bun, Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu, Trưởng Ban Tổ chức "
                     "Tỉnh ủy Lai Châu, phát biểu.", pipeline)
    assert people["Quàng Văn Bun"] == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Lai Châu"),
                                       ("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Lai Châu")}


def test_post_before_the_name(pipeline):
    _, people = read("Bí thư Đảng ủy xã Chiềng Sơ Cà Văn Hặc trao quyết định.", pipeline)
    assert people == {"Cà Văn Hặc": {("Bí thư", "Đảng bộ xã Chiềng Sơ")}}


def test_ethnic_minority_names_and_village_cell(pipeline):
    _, people = read("Đồng chí Vừ A Dế - Bí thư Chi bộ bản Háng Lìa chia sẻ kinh nghiệm.", pipeline)
    assert people == {"Vừ A Dế": {("Bí thư", "Chi bộ bản Háng Lìa")}}


def test_honorific_is_never_part_of_the_name(pipeline):
    _, people = read("Bà Lường Thị Phấn và ông Giàng A Tủa đến dự.", pipeline)
    assert set(people) == {"Lường Thị Phấn", "Giàng A Tủa"}


def test_appointment_gives_the_new_post(pipeline):
    _, people = read("Hội nghị công bố quyết định bổ nhiệm đồng chí Tòng Văn Khiêm giữ chức Giám đốc Sở Nội vụ.",
                     pipeline)
    assert ("Giám đốc", "Sở Nội vụ") in people["Tòng Văn Khiêm"]


def test_list_of_people_with_their_posts(pipeline):
    _, people = read("Cùng dự có các đồng chí: Lê Văn Tâm, Phó Bí thư Tỉnh ủy Sơn La; Hà Thị Mai, "
                     "Chủ tịch UBND huyện Mộc Châu.", pipeline)
    assert people["Lê Văn Tâm"] == {("Phó Bí thư", "Đảng bộ tỉnh Sơn La")}
    assert people["Hà Thị Mai"] == {("Chủ tịch", "UBND huyện Mộc Châu")}


def test_places_organizations_and_ideas_are_not_people(pipeline):
    _, people = read("Huyện ủy Mường Nhé học tập tư tưởng Hồ Chí Minh; xã Chung Chải và bản Nậm Vì "
                     "phát triển kinh tế.", pipeline)
    assert people == {}


def test_person_and_post_triples(pipeline):
    doc, _ = read("Đồng chí Lò Thị Ngoan, Chủ tịch Hội Nông dân huyện Điện Biên Đông, phát biểu.", pipeline)
    person = doc.of("person")[0].iri
    post = doc.of("post")[0].iri
    assert any(f.s == person and f.p == ORG.holds and f.o == post for f in doc.facts)
    assert any(f.s == post and f.p == PKG.postTitle and f.o.value == "Chủ tịch" for f in doc.facts)
    assert any(f.s == post and f.p == ORG.postIn for f in doc.facts)


def test_a_person_without_a_post_is_still_a_person(pipeline):
    _, people = read("Gia đình ông Thào A Chứ đã thoát nghèo.", pipeline)
    assert people == {"Thào A Chứ": set()}


def test_chain_joined_by_dashes_before_the_name(pipeline):
    _, people = read("Ủy viên Bộ Chính trị - Trưởng Ban Tổ chức Trung ương Trần Văn Hòa nhấn mạnh yêu cầu.",
                     pipeline)
    assert people == {"Trần Văn Hòa": {("Ủy viên", "Bộ Chính trị"), ("Trưởng Ban", "Ban Tổ chức Trung ương")}}


def test_member_title_names_the_committee(pipeline):
    _, people = read("Tỉnh ủy Lai Châu điều động đồng chí Sùng A Lử, Tỉnh ủy viên, đến nhận công tác.", pipeline)
    assert people["Sùng A Lử"] == {("Ủy viên Ban Chấp hành", "Đảng bộ tỉnh Lai Châu")}


def test_second_name_joined_by_va(pipeline):
    _, people = read("Kỷ luật các ông Lường Văn Tính và Tòng Văn Ẻ.", pipeline)
    assert set(people) == {"Lường Văn Tính", "Tòng Văn Ẻ"}


def test_former_posts_after_the_party_cell_of_a_person(pipeline):
    _, people = read("Cảnh cáo ông Lò Văn Xuân, đảng viên Chi bộ bản Nà Sản, nguyên Phó chủ tịch UBND H.Mai Sơn.",
                     pipeline)
    assert people["Lò Văn Xuân"] == {("Phó Chủ tịch", "UBND huyện Mai Sơn")}


def test_a_title_written_in_lower_case_is_the_same_post(pipeline):
    _, people = read("Đồng chí Trần Văn Lâm, Phó trưởng Ban thường trực Ban Tuyên giáo Trung ương, "
                     "trình bày báo cáo.", pipeline)
    assert people["Trần Văn Lâm"] == {("Phó Trưởng Ban Thường trực", "Ban Tuyên giáo Trung ương")}
