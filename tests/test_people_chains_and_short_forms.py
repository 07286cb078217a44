"""Chains of posts as the press writes them: an organ's acronym given in brackets inside its
name ("Ủy ban Kiểm tra (UBKT) Tỉnh ủy"), a post held before chained after the present ones
("…, nguyên Giám đốc Sở X", "…, nguyên là Bí thư Huyện ủy kiêm …"), a ministry's sector written
with commas ("Sở Lao động, Thương binh và Xã hội"), and the short forms "UVTV" (a member of
the standing committee), "PBT TT" (the standing deputy secretary) and "BTC", "BTG", "BDV" (the
organisation, propaganda and mass mobilisation commissions of a party committee).

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import former_posts, held_posts, organizations, read


def test_an_acronym_in_brackets_does_not_cut_an_organ_from_its_committee(pipeline):
    doc = read(pipeline, "Chiều 3-5, đồng chí Trần Văn Lực, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra "
                         "(UBKT) Tỉnh ủy Yên Bái chủ trì buổi làm việc.")
    got = held_posts(doc)
    assert ("Trần Văn Lực", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Yên Bái") in got
    assert ("Trần Văn Lực", "Ủy viên", "Ban Thường vụ Tỉnh ủy Yên Bái") in got
    assert "Ủy ban Kiểm tra Tỉnh ủy Yên Bái" in organizations(doc)


def test_an_organ_of_an_unnamed_province_left_bare_before_the_committee(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Trần Văn Lực, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra (UBKT) "
                                    "Tỉnh ủy phát biểu chỉ đạo."))
    assert ("Trần Văn Lực", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy") in got
    assert ("Trần Văn Lực", "Ủy viên", "Ban Thường vụ Tỉnh ủy") in got


def test_a_former_post_chained_after_the_present_one(pipeline):
    doc = read(pipeline, "Ông Đặng Quốc Bảo, Phó trưởng Ban Tổ chức Tỉnh ủy Hà Giang, nguyên Giám đốc "
                         "Sở Nội vụ, nhận quyết định.")
    assert ("Đặng Quốc Bảo", "Phó Trưởng Ban", "Ban Tổ chức Tỉnh ủy Hà Giang") in held_posts(doc)
    assert ("Đặng Quốc Bảo", "Giám đốc", "Sở Nội vụ") in former_posts(doc)
    assert ("Đặng Quốc Bảo", "Giám đốc", "Sở Nội vụ") not in held_posts(doc)


def test_former_posts_introduced_by_nguyen_la_and_joined_by_kiem(pipeline):
    got = former_posts(read(pipeline, "Ông Đặng Quốc Bảo, Phó trưởng Ban Dân vận Tỉnh ủy Hà Giang, nguyên là Bí thư "
                                      "Huyện ủy kiêm Chủ tịch UBND huyện Bắc Mê, được khen thưởng."))
    assert ("Đặng Quốc Bảo", "Bí thư", "Đảng bộ huyện Bắc Mê") in got
    assert ("Đặng Quốc Bảo", "Chủ tịch", "UBND huyện Bắc Mê") in got


def test_a_sector_written_with_a_comma_stays_one_department(pipeline):
    doc = read(pipeline, "Bà Lý Thị Mai, Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Hà Giang, báo cáo.")
    assert any(o.startswith("Sở Lao động") and "Xã hội" in o for o in organizations(doc))
    assert not [o for o in organizations(doc) if o.rstrip().endswith("Sở Lao động")]


def test_uvtv_and_pbt_tt_are_the_titles_they_shorten(pipeline):
    got = held_posts(read(pipeline, "Huyện Bắc Mê tổng kết năm. Dự có đồng chí Lê Thanh Sơn, PBT TT Huyện ủy, Chủ tịch "
                                    "HĐND huyện; đồng chí Hoàng Thị Nhung, UVTV Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy."))
    assert ("Lê Thanh Sơn", "Phó Bí thư Thường trực", "Đảng bộ huyện Bắc Mê") in got
    assert ("Lê Thanh Sơn", "Chủ tịch", "HĐND huyện Bắc Mê") in got
    assert ("Hoàng Thị Nhung", "Ủy viên", "Ban Thường vụ Huyện ủy Bắc Mê") in got
    assert ("Hoàng Thị Nhung", "Trưởng Ban", "Ban Tuyên giáo Huyện ủy Bắc Mê") in got


def test_btc_before_a_committee_is_its_organisation_commission(pipeline):
    got = held_posts(read(pipeline, "Huyện Bắc Mê tập huấn. Dự có đồng chí Vàng Văn Páo, Chuyên viên BTC Huyện ủy."))
    assert ("Vàng Văn Páo", "Chuyên viên", "Ban Tổ chức Huyện ủy Bắc Mê") in got


def test_btc_alone_names_no_commission(pipeline):
    doc = read(pipeline, "Xã Yên Phong tổ chức giải bóng đá; BTC đã trao giải cho các đội.")
    assert not [o for o in organizations(doc) if o.startswith("Ban Tổ chức")]


def test_a_new_party_member_is_a_person(pipeline):
    doc = read(pipeline, "Chi bộ bản Nà Sản trao quyết định kết nạp cho đảng viên mới Lò Thị Xuân, người dân tộc Thái.")
    assert "Lò Thị Xuân" in {m.attrs["name"] for m in doc.of("person")}


def test_the_party_committee_of_a_department_written_with_commas(pipeline):
    got = former_posts(read(pipeline, "Ông Đặng Quốc Bảo, nguyên Ủy viên Ban Thường vụ Đảng ủy Sở Lao động, Thương binh "
                                      "và Xã hội tỉnh Hà Giang, bị kỷ luật."))
    assert [x for x in got if x[0] == "Đặng Quốc Bảo" and x[1] == "Ủy viên" and "Xã hội" in x[2]]


def test_a_department_written_with_commas_or_a_dash_is_one(pipeline):
    doc = read(pipeline, "Sở Lao động, Thương binh và Xã hội tỉnh Hà Giang họp. Sở Lao động - Thương binh và Xã hội "
                         "tỉnh Hà Giang báo cáo.")
    assert len([o for o in organizations(doc) if o.startswith("Sở Lao động")]) == 1
