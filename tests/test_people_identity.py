"""One IRI per person: a name is keyed with the province the article is about, so that two
local officials who share a name stay two people; a member of a central body is one person
nationwide, however many provinces' articles name him. Sentences written for these tests."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def person_iris(text: str, source: str, pipeline) -> dict[str, str]:
    doc = load_text(text, source, pipeline)
    return {m.attrs["name"]: m.iri.value for m in doc.of("person")}


def test_a_member_of_the_secretariat_is_one_person_in_two_provinces(pipeline):
    a = person_iris("Tỉnh ủy Lai Châu tổ chức hội nghị. Đồng chí Lê Minh Khang, Bí thư Trung ương Đảng, "
                    "phát biểu chỉ đạo.", "memory:lai-chau", pipeline)
    b = person_iris("Tỉnh ủy Cà Mau tổ chức hội nghị. Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương "
                    "Lê Minh Khang dự và phát biểu.", "memory:ca-mau", pipeline)
    assert a["Lê Minh Khang"] == b["Lê Minh Khang"]


def test_local_officials_of_two_provinces_who_share_a_name_stay_two_people(pipeline):
    a = person_iris("Tỉnh ủy Lai Châu tổ chức hội nghị. Đồng chí Lò Văn Tâm, Bí thư Huyện ủy Tam Đường, "
                    "phát biểu.", "memory:lai-chau", pipeline)
    b = person_iris("Tỉnh ủy Cà Mau tổ chức hội nghị. Đồng chí Lò Văn Tâm, Bí thư Huyện ủy Cái Nước, "
                    "phát biểu.", "memory:ca-mau", pipeline)
    assert a["Lò Văn Tâm"] != b["Lò Văn Tâm"]


def test_a_central_member_named_again_later_in_the_article_keeps_his_one_iri(pipeline):
    doc = load_text("Tỉnh ủy Lai Châu tổ chức hội nghị. Đồng chí Lê Minh Khang, Ủy viên Trung ương Đảng, "
                    "dự hội nghị. Đồng chí Lê Minh Khang đề nghị Tỉnh ủy tiếp tục đổi mới.", "memory:x", pipeline)
    iris = {m.iri.value for m in doc.of("person") if m.attrs["name"] == "Lê Minh Khang"}
    holders = {m.attrs["holder"].value for m in doc.of("post")}
    assert len(iris) == 1 and holders <= iris
