"""Organizations written as lists, and short references in articles that go through several
communes.

Each test states one reading rule: places listed after a body's name ("Ban Thường vụ Đảng ủy
xã A, B và C") are as many bodies; the unit written after the last body of a list ("Huyện ủy -
HĐND - UBND huyện") is every body's; an organ named with its place alone ("Ban Tổ chức huyện
X") belongs to that place's party committee; a short "Đảng ủy xã" means the commune heading
the sentence or the one before; "một Phó Chủ tịch UBND xã" in an article about a district is
any commune's, not one body.
"""

from __future__ import annotations

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import ORG, RDFS, SCHEMA


def named(pipeline: Pipeline, text: str) -> set[str]:
    """Canonical labels of the organizations the document mentions."""
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {lab[f.o.value] for f in doc.facts if f.p == SCHEMA.mentions and f.s == doc.iri and f.o.value in lab
            and any(g.s == f.o and g.o == ORG.Organization for g in doc.facts)}


def test_communes_listed_after_a_standing_committee_are_three_committees(pipeline):
    got = named(pipeline, "Huyện ủy Than Uyên, tỉnh Lai Châu đã nhắc nhở Ban Thường vụ Đảng ủy xã "
                          "Mường Kim, Tà Mung, Pha Mu vì chậm nộp báo cáo.")
    assert {"Ban Thường vụ Đảng ủy xã Mường Kim", "Ban Thường vụ Đảng ủy xã Tà Mung",
            "Ban Thường vụ Đảng ủy xã Pha Mu"} <= got


def test_communes_listed_after_a_party_committee_are_committees_too(pipeline):
    got = named(pipeline, "Huyện ủy Than Uyên, tỉnh Lai Châu khen Đảng ủy xã Mường Kim và Tà Mung.")
    assert {"Đảng bộ xã Mường Kim", "Đảng bộ xã Tà Mung"} <= got


def test_a_list_ends_where_the_names_are_no_places(pipeline):
    got = named(pipeline, "Huyện ủy Than Uyên, tỉnh Lai Châu khen Đảng ủy xã Mường Kim, Ban Chỉ đạo và các chi bộ.")
    assert "Đảng bộ xã Mường Kim" in got
    assert not any(o.startswith("Đảng bộ xã") and o != "Đảng bộ xã Mường Kim" for o in got)


def test_the_unit_after_the_last_body_of_a_list_is_every_bodys(pipeline):
    got = named(pipeline, "Đảng bộ xã Mường Kim, huyện Than Uyên, tỉnh Lai Châu nhận được sự quan tâm của "
                          "Huyện ủy - HĐND - UBND huyện. Đảng ủy xã Mường Kim cảm ơn.")
    assert {"HĐND huyện Than Uyên", "UBND huyện Than Uyên"} <= got
    assert "HĐND xã Mường Kim" not in got


def test_an_organ_named_with_its_place_alone_belongs_to_that_place(pipeline):
    got = named(pipeline, "Tỉnh ủy Lai Châu họp. Bà Lò Thị Mai, Trưởng Ban Xây dựng Đảng xã Mường Kim, phát biểu.")
    assert "Ban Xây dựng Đảng Đảng ủy xã Mường Kim" in got


def test_a_short_reference_means_the_commune_heading_the_sentence_before(pipeline):
    got = named(pipeline, "Tỉnh Lai Châu đổi thẻ đảng viên. Xã Mường Kim đạt 90%. Xã Tà Mung cũng đạt kết quả tốt. "
                          "Bí thư Đảng ủy xã Lò Văn Sinh cho biết công việc thuận lợi.")
    assert "Đảng bộ xã Tà Mung" in got
    assert "Đảng bộ xã Mường Kim" not in got


def test_counted_holders_of_a_commune_title_in_a_district_article_name_no_body(pipeline):
    got = named(pipeline, "Huyện ủy Than Uyên, tỉnh Lai Châu kỷ luật Ban Thường vụ Đảng ủy xã Mường Kim, Tà Mung. "
                          "Có 12 đảng viên bị kỷ luật, trong đó một Phó Chủ tịch UBND xã.")
    assert not any(o.startswith("UBND xã") for o in got)


def test_a_steering_committee_founded_under_a_lower_case_name_is_one(pipeline):
    got = named(pipeline, "Huyện ủy Than Uyên, tỉnh Lai Châu đã thành lập ban chỉ đạo xử lý các điểm nóng về đất đai, "
                          "những việc dân bức xúc.")
    assert "Ban Chỉ đạo xử lý các điểm nóng về đất đai" in got


def test_an_article_going_through_several_communes_is_about_the_province(pipeline):
    doc = load_text("Lai Châu đẩy mạnh đổi thẻ đảng viên\nĐảng bộ tỉnh Lai Châu triển khai đổi thẻ. "
                    "Ở xã Mường Kim, 90% đảng viên đã đổi thẻ. Xã Mường Kim có nhiều cố gắng. Xã Tà Mung đạt 95%. "
                    "Xã Pha Mu đạt 80%. Đảng ủy xã đã phân công rõ ràng.", source="memory:test", pipeline=pipeline)
    assert doc.context["main_org"].attrs["name"] == "Đảng bộ tỉnh Lai Châu"
