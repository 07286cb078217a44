"""Organizations: schools, centres and cooperatives that the text names without a place.

A body named by its kind alone ("Trường THCS", "hợp tác xã dịch vụ nông nghiệp") belongs to the
place of the article at its level, as short references do ("Đảng ủy xã"); a centre or party
school named with a bare unit word ("Trung tâm … huyện") takes the place of that unit.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import named_orgs

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import SCHEMA


def orgs(text: str, pipeline: Pipeline):
    doc = load_text(text, "memory:test-institutions", pipeline)
    return doc, named_orgs(doc)


COMMUNE = "Đảng ủy xã Nậm Cuổi, huyện Sìn Hồ lãnh đạo toàn diện. "


def test_schools_named_by_their_level_belong_to_the_article_commune(pipeline):
    doc, found = orgs(COMMUNE + "Năm nay trường Tiểu học và Trường THCS đều đạt chuẩn quốc gia.", pipeline)
    for label in ("Trường Tiểu học", "Trường THCS"):
        school = found[label]
        assert school.kind == "school" and school.level == "commune"
        assert school.place is not None and school.place.name == "Nậm Cuổi"
    mentioned = {f.o.value for f in doc.facts if f.p == SCHEMA.mentions}
    assert found["Trường THCS"].iri.value in mentioned


def test_an_upper_secondary_school_belongs_to_the_district(pipeline):
    _, found = orgs("Huyện ủy Sìn Hồ chỉ đạo sát sao. Trường THPT tuyển đủ chỉ tiêu lớp 10.", pipeline)
    assert found["Trường THPT"].level == "district"
    assert found["Trường THPT"].place.name == "Sìn Hồ"


def test_the_same_school_in_two_articles_of_one_commune_is_one_body(pipeline):
    a = load_text(COMMUNE + "Trường Mầm non có thêm hai phòng học.", "memory:a", pipeline)
    b = load_text(COMMUNE + "Học sinh trường Mầm non được tặng quà.", "memory:b", pipeline)
    ia = {m.iri.value for m in a.of("organization") if m.attrs["kind"] == "school"}
    ib = {m.iri.value for m in b.of("organization") if m.attrs["kind"] == "school"}
    assert ia and ia == ib


def test_generic_and_plural_schools_and_unnamed_colleges_are_not_bodies(pipeline):
    _, found = orgs(COMMUNE + "Các trường THCS, hai trường Tiểu học và mọi trường tiểu học khác; "
                    "Trường Cao đẳng tuyển sinh.", pipeline)
    assert not [o for o in found.values() if o.kind == "school"]


def test_a_centre_named_with_a_bare_unit_word_takes_that_place(pipeline):
    _, found = orgs("Huyện ủy Sìn Hồ giao Trung tâm giáo dục thường xuyên huyện mở lớp bổ túc; "
                    "Trung tâm Văn hóa - Thể thao huyện tổ chức giải.", pipeline)
    gdtx = found["Trung tâm giáo dục thường xuyên huyện Sìn Hồ"]
    assert gdtx.kind == "school" and gdtx.level == "district"
    assert "Trung tâm Văn hóa - Thể thao huyện Sìn Hồ" in found


def test_a_centre_of_a_place_is_no_body(pipeline):
    _, found = orgs("Huyện ủy Sìn Hồ xây dựng khu trung tâm hành chính huyện. Trung tâm huyện có "
                    "chợ mới.", pipeline)
    assert not [label for label in found if label.startswith("Trung tâm")]


def test_a_political_school_is_a_party_school_under_its_committee(pipeline):
    _, found = orgs("Tỉnh ủy Lai Châu giao Trường Chính trị tỉnh mở lớp trung cấp lý luận; "
                    "Huyện ủy Sìn Hồ giao Trung tâm Chính trị huyện bồi dưỡng đảng viên mới.", pipeline)
    school = found["Trường Chính trị tỉnh Lai Châu"]
    assert school.kind == "party_school" and school.level == "province"
    assert school.parent is not None and school.parent.label == "Đảng bộ tỉnh Lai Châu"
    centre = found["Trung tâm Chính trị huyện Sìn Hồ"]
    assert centre.kind == "party_school" and centre.parent.label == "Đảng bộ huyện Sìn Hồ"


def test_a_cooperative_by_its_field_belongs_to_the_article_commune(pipeline):
    _, found = orgs(COMMUNE + "Hợp tác xã dịch vụ nông nghiệp đã cung ứng giống lúa; HTX chè sạch "
                    "mở rộng diện tích, còn hai hợp tác xã khác mới thành lập.", pipeline)
    coop = found["Hợp tác xã dịch vụ nông nghiệp"]
    assert coop.kind == "enterprise" and coop.level == "commune" and coop.place.name == "Nậm Cuổi"
    assert "HTX chè sạch" in found
    assert not [label for label in found if label in ("Hợp tác xã", "Hợp tác xã khác")]


def test_a_cooperative_is_no_commune(pipeline):
    doc = load_text(COMMUNE + "Hợp tác xã Tân Tiến bao tiêu sản phẩm cho bà con.", "memory:coop", pipeline)
    names = {m.attrs.get("name") for m in doc.of("place")}
    assert "Tân Tiến" not in names


def test_an_election_of_the_national_assembly_is_no_mention_of_it(pipeline):
    _, found = orgs(COMMUNE + "Xã hoàn thành tốt cuộc bầu cử đại biểu Quốc hội khóa mới.", pipeline)
    assert "Quốc hội" not in found
    _, found = orgs("Quốc hội đã thông qua luật mới tại kỳ họp.", pipeline)
    assert "Quốc hội" in found


def test_a_school_named_after_a_commune_of_the_article_is_based_there(pipeline):
    _, found = orgs("Đảng ủy phường Quan Hoa chỉ đạo sát sao; Trường Tiểu học Quan Hoa đạt chuẩn.", pipeline)
    school = found["Trường Tiểu học Quan Hoa"]
    assert school.level == "commune" and school.place.name == "Quan Hoa"


def test_a_steering_committee_with_no_territorial_body_in_view_is_central(pipeline):
    _, found = orgs("Ban Chỉ đạo Tây Nguyên làm việc với các bộ, ngành về chính sách dân tộc.", pipeline)
    assert found["Ban Chỉ đạo Tây Nguyên"].level == "central"


def test_thanh_pho_alone_in_an_article_about_a_city_of_the_centre(pipeline):
    _, found = orgs("Thành phố Hải Phòng đẩy mạnh cải cách. UBND thành phố đã giao chỉ tiêu cho "
                    "các quận; LĐLĐ thành phố phát động thi đua.", pipeline)
    assert found["UBND thành phố Hải Phòng"].level == "province"
    assert "LĐLĐ thành phố Hải Phòng" in found


def test_a_health_station_named_alone_is_the_commune_one(pipeline):
    _, found = orgs(COMMUNE + "Trạm Y tế đã duy trì tốt lịch trực.", pipeline)
    station = found["Trạm Y tế xã Nậm Cuổi"]
    assert station.kind == "health_station" and station.level == "commune"


def test_the_social_policy_bank_of_a_province(pipeline):
    _, found = orgs("NHCSXH tỉnh Lai Châu giải ngân vốn vay cho hộ nghèo theo chỉ đạo của "
                    "Ngân hàng Chính sách xã hội Việt Nam.", pipeline)
    assert found["NHCSXH tỉnh Lai Châu"].level == "province"
    assert found["Ngân hàng Chính sách xã hội Việt Nam"].level == "central"


def test_a_bare_district_word_in_an_article_about_a_province_is_generic(pipeline):
    _, found = orgs("Tỉnh ủy Lai Châu chỉ đạo rà soát; các phòng giao dịch NHCSXH huyện và Huyện ủy "
                    "đều vào cuộc.", pipeline)
    assert not [o for o in found.values() if o.level == "district"]


def test_an_abbreviated_unit_that_names_no_known_place_is_a_byline(pipeline):
    _, found = orgs("Tỉnh ủy Lai Châu chỉ đạo; NHCSXH huyện giải ngân đúng hạn. H.Thủy", pipeline)
    assert not [label for label in found if label.endswith("Thủy")]


def test_a_centre_where_something_happens_is_a_venue(pipeline):
    _, found = orgs("Huyện ủy Sìn Hồ tổ chức hội nghị tại Trung tâm Hội nghị huyện.", pipeline)
    assert not [label for label in found if label.startswith("Trung tâm")]


def test_words_ending_in_truong_are_no_schools(pipeline):
    _, found = orgs(COMMUNE + "Xã giữ gìn môi trường Tiểu học sạch đẹp, ổn định thị trường THCS.", pipeline)
    assert not [o for o in found.values() if o.kind == "school"]


def test_more_mass_organizations_and_the_front_of_a_village(pipeline):
    _, found = orgs(COMMUNE + "Hội Người cao tuổi xã và Ban Công tác Mặt trận bản Nậm Ngà phối hợp "
                    "với Hội Khuyến học huyện.", pipeline)
    assert found["Hội Người cao tuổi xã Nậm Cuổi"].kind == "mass_organization"
    assert found["Ban Công tác Mặt trận bản Nậm Ngà"].level == "village"
    assert found["Hội Khuyến học huyện Sìn Hồ"].level == "district"


def test_two_school_cells_joined_by_va_are_two_bodies(pipeline):
    _, found = orgs(COMMUNE + "Chi bộ Trường THCS và Chi bộ Trường Mầm non đều hoàn thành tốt nhiệm vụ.", pipeline)
    assert {"Chi bộ Trường THCS", "Chi bộ Trường Mầm non"} <= set(found)


def test_a_bare_body_belongs_to_the_commune_whose_committee_was_named_last(pipeline):
    _, found = orgs("Đảng ủy xã Nậm Cuổi, huyện Sìn Hồ lãnh đạo toàn diện; Đảng ủy xã Nậm Cuổi họp. "
                    "Ở xã bạn, Đảng ủy xã Nậm Tăm chỉ đạo xây mới Trạm Y tế với nguồn vốn lớn.", pipeline)
    assert "Trạm Y tế xã Nậm Tăm" in found
