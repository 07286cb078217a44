"""Posts whose body the title and a place name together ("Phó Bí thư Thường trực xã X": the
commune's party committee; "Phó Chủ tịch Thường trực huyện Y": the district's people's
committee), and the head of a committee's office written in lower case ("Chánh văn phòng
Huyện ủy X"), whose office belongs to that committee while the committee stays a mention of
its own.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_a_standing_deputy_secretary_of_a_commune_named_by_its_place(pipeline):
    doc = read(pipeline, "Ông Cầm Văn Đoàn, Phó bí thư thường trực xã Mường Chanh, được biểu dương.")
    assert ("Cầm Văn Đoàn", "Phó Bí thư Thường trực", "Đảng bộ xã Mường Chanh") in held_posts(doc)
    assert "Đảng bộ xã Mường Chanh" in organizations(doc)


def test_a_standing_vice_chair_of_a_district_named_by_its_place(pipeline):
    got = held_posts(read(pipeline, "Bà Lò Thị Hạnh, Phó Chủ tịch Thường trực huyện Mai Sơn, kiểm tra công trình."))
    assert ("Lò Thị Hạnh", "Phó Chủ tịch Thường trực", "UBND huyện Mai Sơn") in got


def test_the_head_of_a_district_committee_office_in_lower_case(pipeline):
    doc = read(pipeline, "Đồng chí Bùi Văn Tám - Chánh văn phòng Huyện ủy Mai Sơn cho biết toàn huyện đã sơ kết.")
    assert ("Bùi Văn Tám", "Chánh Văn phòng", "Văn phòng Huyện ủy Mai Sơn") in held_posts(doc)
    orgs = organizations(doc)
    assert "Văn phòng Huyện ủy Mai Sơn" in orgs and "Đảng bộ huyện Mai Sơn" in orgs


def test_an_office_in_lower_case_without_its_head_is_no_body(pipeline):
    doc = read(pipeline, "Người dân đến văn phòng Huyện ủy Mai Sơn để nộp đơn.")
    assert not [o for o in organizations(doc) if o.startswith("Văn phòng")]


def test_a_commune_military_commander_written_with_the_field_and_place(pipeline):
    doc = read(pipeline, "Huyện quyết định cách chức Chỉ huy trưởng quân sự xã Chiềng Mung đối với ông Lò Văn Khiêm.")
    assert ("Lò Văn Khiêm", "Chỉ huy trưởng", "Ban Chỉ huy quân sự xã Chiềng Mung") in held_posts(doc)
    assert "Ban Chỉ huy quân sự xã Chiềng Mung" in organizations(doc)


def test_the_written_out_and_abbreviated_commune_command_are_one(pipeline):
    doc = read(pipeline, "Ban CHQS xã Chiềng Mung huấn luyện dân quân. Ông Lò Văn Khiêm, Chỉ huy trưởng Ban Chỉ huy "
                         "quân sự xã Chiềng Mung, báo cáo.")
    assert [o for o in organizations(doc) if "quân sự" in o or "CHQS" in o] == ["Ban Chỉ huy quân sự xã Chiềng Mung"]


def test_a_deputy_in_charge_of_the_organ_that_title_heads(pipeline):
    got = held_posts(read(pipeline, "Hội nghị nghe đồng chí Phó Chủ nhiệm Thường trực phụ trách UBKT Tỉnh ủy Thanh Hóa Lê Văn Cường báo cáo."))
    assert ("Lê Văn Cường", "Phó Chủ nhiệm Thường trực", "Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa") in got


def test_a_deputy_secretary_in_charge_of_a_commune_holds_no_post_there(pipeline):
    got = held_posts(read(pipeline, "Ông Lê Văn Cường, Phó Bí thư phụ trách Đảng bộ xã Quảng Minh, dự hội nghị."))
    assert not [x for x in got if x[2] == "Đảng bộ xã Quảng Minh"]


def test_the_emulation_council_of_the_article_district(pipeline):
    orgs = organizations(read(pipeline, "Huyện Nga Sơn tổng kết; nhiều tập thể được Hội đồng thi đua khen thưởng huyện "
                                        "biểu dương."))
    assert "Hội đồng Thi đua - Khen thưởng huyện Nga Sơn" in orgs
