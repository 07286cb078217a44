"""The directives extractor on turns of phrase the first articles did not use.

Each test states one reading rule: an issuer the text only implies is not one the document
mentions; "của <org>" after a directive names who issued it, not who carries it out; a short
"chi bộ" or a place named after the directive points to the acting body; unnumbered decisions
with an issuer and a subject are documents; action programmes and congresses of all levels.
"""

from __future__ import annotations

from partykg.ontology.terms import PKG, SCHEMA

from extraction import read, labels, directives, carries_out, directive_links


def issuers(doc) -> dict[str, set[str]]:
    lab = labels(doc)
    out: dict[str, set[str]] = {}
    for f in doc.facts:
        if f.p == PKG.issuer:
            out.setdefault(lab[f.s.value], set()).add(lab[f.o.value])
    return out


def mentioned(doc) -> set[str]:
    lab = labels(doc)
    return {lab.get(f.o.value, "") for f in doc.facts if f.p == SCHEMA.mentions and f.s == doc.iri}


# ----------------------------------------------------------------------------- issuers

def test_an_implied_central_issuer_is_linked_but_not_mentioned(pipeline):
    doc = read(pipeline, "Chi bộ thôn Nà Phìn học tập Nghị quyết Trung ương 6 (khóa XII) trong tháng Tư.")
    assert issuers(doc)["Nghị quyết Trung ương 6 (khóa XII)"] == {"Ban Chấp hành Trung ương"}
    assert "Ban Chấp hành Trung ương" not in mentioned(doc)


def test_a_central_issuer_the_text_names_is_mentioned(pipeline):
    doc = read(pipeline, "Các chi bộ học tập Chỉ thị số 21-CT/TW của Ban Bí thư về công tác dân vận.")
    assert "Ban Bí thư" in mentioned(doc)


def test_a_bare_tw_gives_a_national_code_no_issuer(pipeline):
    doc = read(pipeline, "Xã Nà Phìn quán triệt Chỉ thị 07 của TW về phòng chống tham nhũng.")
    assert "Chỉ thị số 07-CT/TW" in directives(doc)
    assert "Chỉ thị số 07-CT/TW" not in issuers(doc)
    assert "Ban Chấp hành Trung ương" not in mentioned(doc)


# ----------------------------------------------------------------------------- who carries it out

ABOUT_PA_VAY_SU = ("Đảng bộ xã Pa Vây Sử có 14 chi bộ. Đảng ủy xã Pa Vây Sử chú trọng công tác dân vận. "
                   "Năm qua, Đảng bộ xã Pa Vây Sử kết nạp 9 đảng viên. ")


def test_the_body_after_de_cua_issued_the_directive_and_does_not_carry_it_out(pipeline):
    doc = read(pipeline, ABOUT_PA_VAY_SU + "Thời gian tới, xã tiếp tục triển khai thực hiện Quy định 09-QĐ/TU "
                                           "ngày 4/3/2024 của Tỉnh ủy Lai Châu về nêu gương của cán bộ.")
    done = carries_out(doc)
    assert ("Đảng bộ xã Pa Vây Sử", "Quy định số 09-QĐ/TU") in done
    assert not any(org == "Đảng bộ tỉnh Lai Châu" for org, _ in done)
    assert issuers(doc)["Quy định số 09-QĐ/TU"] == {"Đảng bộ tỉnh Lai Châu"}


# ----------------------------------------------------------------------------- programmes

def test_a_programme_of_a_resolution_named_by_its_subject(pipeline):
    doc = read(pipeline, ABOUT_PA_VAY_SU + "Đảng bộ xã Pa Vây Sử sẽ tiếp tục thực hiện chương trình hành động thực hiện "
                                           "Nghị quyết về phát triển du lịch cộng đồng vùng cao biên giới.")
    resolution = "Nghị quyết về phát triển du lịch cộng đồng vùng cao biên giới"
    programme = "Chương trình hành động " + resolution
    assert {resolution, programme} <= directives(doc)
    assert (programme, "implements", resolution) in directive_links(doc)
    assert {("Đảng bộ xã Pa Vây Sử", programme), ("Đảng bộ xã Pa Vây Sử", resolution)} <= carries_out(doc)


def test_a_programme_of_the_party_s_resolutions_in_general_is_not_a_document(pipeline):
    doc = read(pipeline, "Cần nâng cao chất lượng xây dựng chương trình hành động thực hiện Nghị quyết của Đảng.")
    assert directives(doc) == set()


# ----------------------------------------------------------------------------- congresses of all levels

def test_the_congresses_of_all_levels_of_one_term_are_one_directive(pipeline):
    doc = read(pipeline, ABOUT_PA_VAY_SU + "Đảng ủy xã Pa Vây Sử quán triệt, triển khai Nghị quyết Đại hội Đảng các cấp "
                                           "nhiệm kỳ 2020-2025. Các chi bộ học tập nghị quyết Đại hội Đảng bộ các cấp "
                                           "nhiệm kỳ 2020-2025.")
    assert directives(doc) == {"Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020-2025"}
    assert ("Đảng bộ xã Pa Vây Sử", "Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020-2025") in carries_out(doc)
    assert issuers(doc) == {}


def test_one_verb_over_a_vague_name_and_a_resolution_carries_out_the_resolution(pipeline):
    doc = read(pipeline, ABOUT_PA_VAY_SU + "Đảng ủy xã Pa Vây Sử quán triệt Nghị quyết Trung ương Đảng và Nghị quyết "
                                           "Đại hội Đảng các cấp nhiệm kỳ 2020-2025.")
    assert ("Đảng bộ xã Pa Vây Sử", "Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020-2025") in carries_out(doc)


# ----------------------------------------------------------------------------- documents named by issuer and subject

def test_decisions_named_by_their_issuer_and_subject_are_a_document(pipeline):
    doc = read(pipeline, "Tại hội nghị, Ban Tổ chức Huyện ủy Mường Tè công bố các quyết định của Ban Thường vụ Huyện ủy "
                         "Mường Tè về việc luân chuyển 45 cán bộ xã đến công tác tại các bản biên giới.")
    found = [d for d in directives(doc) if d.startswith("Quyết định của Ban Thường vụ Huyện ủy Mường Tè về việc luân chuyển")]
    assert len(found) == 1
    assert issuers(doc)[found[0]] == {"Ban Thường vụ Huyện ủy Mường Tè"}


def test_a_resolution_of_the_national_assembly_named_by_its_subject(pipeline):
    doc = read(pipeline, "Sau lễ công bố nghị quyết của Quốc hội về điều chỉnh địa giới hành chính, các xã mới đi vào hoạt động.")
    assert directives(doc) == {"Nghị quyết của Quốc hội về điều chỉnh địa giới hành chính"}
    assert "Quốc hội" in mentioned(doc)


def test_resolutions_of_the_party_in_general_are_not_a_document(pipeline):
    doc = read(pipeline, "Chi bộ quán triệt các nghị quyết của Đảng về công tác dân vận và các quyết định của cấp trên.")
    assert directives(doc) == set()


def test_a_conclusion_named_inside_a_notice_is_part_of_the_notice_s_name(pipeline):
    doc = read(pipeline, "Huyện ủy Mường Tè ban hành thông báo kết luận của Ban Chỉ đạo về kết quả giám sát năm 2024 "
                         "đối với các chi bộ.")
    assert not any(d.startswith("Kết luận") for d in directives(doc))


def test_a_short_chi_bo_after_a_fronted_clause_is_the_cell_named_before(pipeline):
    doc = read(pipeline, ABOUT_PA_VAY_SU + "Chi bộ bản Sì Thâu Chải có 31 đảng viên. Thực hiện Kết luận số 01-KL/TW "
                                           "của Bộ Chính trị về học tập và làm theo gương Bác, những năm qua, chi bộ "
                                           "chọn làm mô hình dân vận khéo.")
    assert ("Chi bộ bản Sì Thâu Chải", "Kết luận số 01-KL/TW") in carries_out(doc)


def test_carrying_out_in_a_named_district_is_that_district_s_committee(pipeline):
    doc = read(pipeline, "Huyện ủy Phong Thổ họp định kỳ. Đảng ủy xã Mường So chú trọng công tác cán bộ. "
                         "Kết quả trong thực hiện Nghị quyết Trung ương 7 (khóa XII) ở huyện Phong Thổ còn khiêm tốn.")
    done = carries_out(doc)
    assert ("Đảng bộ huyện Phong Thổ", "Nghị quyết Trung ương 7 (khóa XII)") in done
    assert not any(org == "Đảng bộ xã Mường So" for org, _ in done)


def test_a_review_by_a_resolution_is_carrying_it_out_by_the_body_after_when(pipeline):
    doc = read(pipeline, "Phòng tiếp dân mới đi vào hoạt động nhằm khắc phục hạn chế, khi kiểm điểm theo Nghị quyết "
                         "Trung ương 7 (khóa XII), Ban Thường vụ Huyện ủy Phong Thổ đã chỉ ra.")
    assert ("Ban Thường vụ Huyện ủy Phong Thổ", "Nghị quyết Trung ương 7 (khóa XII)") in carries_out(doc)


def test_a_review_not_by_a_resolution_carries_nothing_out(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Phong Thổ kiểm điểm công tác năm 2024, Nghị quyết Trung ương 7 "
                         "(khóa XII) được nhắc lại.")
    assert carries_out(doc) == set()


def test_a_decision_of_two_issuers_or_of_a_post_is_named_by_its_subject(pipeline):
    doc = read(pipeline, "Hội nghị nghe đọc Quyết định của Ban Thường vụ Huyện ủy và Chủ tịch UBND huyện về việc thành lập "
                         "Tổ công tác cải cách hành chính. Tiếp đó là Quyết định của Chủ tịch UBND huyện về việc khen thưởng "
                         "Trường Tiểu học Nậm Hàng.")
    names = directives(doc)
    assert "Quyết định của Ban Thường vụ Huyện ủy và Chủ tịch UBND huyện về việc thành lập Tổ công tác cải cách hành chính" in names
    assert "Quyết định của Chủ tịch UBND huyện về việc khen thưởng Trường Tiểu học Nậm Hàng" in names


def test_a_decision_of_two_issuers_moving_a_comrade_is_named_by_its_issuers(pipeline):
    doc = read(pipeline, "Hội nghị nghe đọc Quyết định của Ban Thường vụ Huyện ủy và Chủ tịch UBND huyện về việc luân "
                         "chuyển đồng chí Vàng A Chứ về công tác tại xã Pa Vệ Sủ.")
    assert directives(doc) == {"Quyết định của Ban Thường vụ Huyện ủy và Chủ tịch UBND huyện"}


def test_a_standing_committee_written_with_its_abbreviation_before_its_committee(pipeline):
    doc = read(pipeline, "Đảng ủy xã Mường So có 12 chi bộ. Sau kiểm điểm theo Nghị quyết Trung ương 7 (khóa XII), "
                         "Ban Thường vụ (BTV) Huyện ủy Phong Thổ tập trung khắc phục hạn chế. BTV Huyện ủy Phong Thổ "
                         "đã chỉ đạo các xã.")
    done = carries_out(doc)
    assert ("Ban Thường vụ Huyện ủy Phong Thổ", "Nghị quyết Trung ương 7 (khóa XII)") in done
    assert not any(org.endswith("Mường So") for org, _ in done)


def test_the_name_of_a_document_known_by_its_subject_stops_at_the_clause_after_a_comma(pipeline):
    doc = read(pipeline, "Năm 2024, các chi bộ quán triệt các quyết định của Huyện ủy Phong Thổ về thu hút, đào tạo và "
                         "sử dụng cán bộ trẻ, đáp ứng yêu cầu nhiệm vụ mới.")
    assert directives(doc) == {"Quyết định của Huyện ủy Phong Thổ về thu hút, đào tạo và sử dụng cán bộ trẻ"}


def test_a_committee_that_adopts_a_resolution_leads_it_but_de_cua_names_only_its_issuer(pipeline):
    adopted = read(pipeline, "Năm 2023, Huyện ủy Phong Thổ ban hành Nghị quyết số 12-NQ/HU về phát triển chè.")
    assert ("Đảng bộ huyện Phong Thổ", "Nghị quyết số 12-NQ/HU") in carries_out(adopted)
    named = read(pipeline, ABOUT_PA_VAY_SU + "Xã tiếp tục thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy Phong Thổ "
                                             "về phát triển chè.")
    assert ("Đảng bộ xã Pa Vây Sử", "Nghị quyết số 12-NQ/HU") in carries_out(named)
    assert not any(org == "Đảng bộ huyện Phong Thổ" for org, _ in carries_out(named))
