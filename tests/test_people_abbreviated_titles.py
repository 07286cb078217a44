"""Titles as the press abbreviates them or runs them into a body's name: "PBT Đảng ủy, CT HĐND
xã" (a deputy secretary and a chair), "UVBTV" (a member of a standing committee, the committee
of the chain's next post or of its place), "HUV" (a member of the district's committee),
sectors abbreviated in a department's name ("Sở TN-MT"), and "Phó Trưởng đoàn đại biểu Quốc
hội tỉnh" (the title and the delegation share "đoàn"); a full-time deputy head ("Phó Trưởng
Đoàn chuyên trách") is the delegation's deputy head.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_abbreviated_deputy_secretary_and_chair_share_the_commune(pipeline):
    got = held_posts(read(pipeline, "Xã Nghĩa Đồng ra quân làm đường. Cùng tham gia có ông Lê Văn Hòa - "
                                    "PBT Đảng ủy kiêm CT HĐND xã; ông Trần Minh Tâm - PCT HĐND xã."))
    assert ("Lê Văn Hòa", "Phó Bí thư", "Đảng bộ xã Nghĩa Đồng") in got
    assert ("Lê Văn Hòa", "Chủ tịch", "HĐND xã Nghĩa Đồng") in got
    assert ("Trần Minh Tâm", "Phó Chủ tịch", "HĐND xã Nghĩa Đồng") in got


def test_an_abbreviation_in_lower_case_or_a_directive_code_is_no_title(pipeline):
    got = held_posts(read(pipeline, "Ông Lê Văn Hòa, ct của hội, nhắc lại Chỉ thị số 12/CT-UBND của UBND huyện Tân Kỳ."))
    assert not [x for x in got if x[0] == "Lê Văn Hòa"]


def test_a_standing_committee_member_of_the_committee_named_next(pipeline):
    got = held_posts(read(pipeline, "Tham dự có đồng chí Lê Văn Hòa – UVBTV – Trưởng ban Tuyên giáo Huyện ủy Tân Kỳ "
                                    "và nhân dân trong xã."))
    assert ("Lê Văn Hòa", "Ủy viên", "Ban Thường vụ Huyện ủy Tân Kỳ") in got
    assert ("Lê Văn Hòa", "Trưởng Ban", "Ban Tuyên giáo Huyện ủy Tân Kỳ") in got


def test_a_standing_committee_member_before_a_council_post_of_the_same_place(pipeline):
    got = held_posts(read(pipeline, "Huyện Tân Kỳ phát động thi đua. Dự có đồng chí Trần Minh Tâm – UVBTV – PCT HĐND huyện."))
    assert ("Trần Minh Tâm", "Ủy viên", "Ban Thường vụ Huyện ủy Tân Kỳ") in got
    assert ("Trần Minh Tâm", "Phó Chủ tịch", "HĐND huyện Tân Kỳ") in got


def test_a_standing_committee_member_of_an_unnamed_district(pipeline):
    got = held_posts(read(pipeline, "Dự lễ có đồng chí Lê Văn Hòa – UVBTV – Trưởng ban Tổ chức Huyện ủy, đồng chí "
                                    "Trần Minh Tâm – UVBTV – PCT HĐND huyện."))
    assert ("Lê Văn Hòa", "Ủy viên", "Ban Thường vụ Huyện ủy") in got
    assert ("Trần Minh Tâm", "Ủy viên", "Ban Thường vụ Huyện ủy") in got
    assert ("Trần Minh Tâm", "Phó Chủ tịch", "HĐND huyện") in got
    assert not [x for x in got if x[0] == "Trần Minh Tâm" and x[1] == "Trưởng Ban"]


def test_the_abbreviated_and_the_written_out_standing_committee_are_one(pipeline):
    doc = read(pipeline, "Đồng chí Phan Văn Hải, Ủy viên Ban Thường vụ Huyện ủy Tân Kỳ phát biểu. Đồng chí Lê Văn Hòa, "
                         "UVBTV Huyện ủy Tân Kỳ dự.")
    got = held_posts(doc)
    assert ("Lê Văn Hòa", "Ủy viên", "Ban Thường vụ Huyện ủy Tân Kỳ") in got
    assert ("Phan Văn Hải", "Ủy viên", "Ban Thường vụ Huyện ủy Tân Kỳ") in got
    assert [o for o in organizations(doc) if o.startswith("Ban Thường vụ")] == ["Ban Thường vụ Huyện ủy Tân Kỳ"]


def test_a_district_committee_member_abbreviated(pipeline):
    got = held_posts(read(pipeline, "Huyện ủy Tân Kỳ tổng kết năm. Ông Đỗ Văn Khải, HUV, Bí thư Đảng ủy xã Nghĩa Hợp "
                                    "báo cáo."))
    assert ("Đỗ Văn Khải", "Ủy viên Ban Chấp hành", "Đảng bộ huyện Tân Kỳ") in got
    assert ("Đỗ Văn Khải", "Bí thư", "Đảng bộ xã Nghĩa Hợp") in got


def test_a_department_named_with_its_sector_abbreviated(pipeline):
    got = held_posts(read(pipeline, "Ông Phan Văn Hải, Phó Giám đốc Sở KH&ĐT tỉnh Nghệ An dự họp. Bà Lê Thị Lan, "
                                    "Giám đốc Sở NN&PTNT tỉnh Nghệ An trình bày."))
    assert ("Phan Văn Hải", "Phó Giám đốc", "Sở KH&ĐT tỉnh Nghệ An") in got
    assert ("Lê Thị Lan", "Giám đốc", "Sở NN&PTNT tỉnh Nghệ An") in got


def test_a_highland_family_name_before_y_is_part_of_the_name(pipeline):
    got = held_posts(read(pipeline, "Bị kỷ luật có các ông Rơ Mah Hiếu, Phó Chủ tịch UBND xã Nghĩa Hợp; Kpă Y Hoan, "
                                    "Phó Chủ tịch HĐND xã Nghĩa Hợp."))
    assert ("Kpă Y Hoan", "Phó Chủ tịch", "HĐND xã Nghĩa Hợp") in got


def test_a_delegation_head_whose_title_runs_into_the_delegations_name(pipeline):
    got = held_posts(read(pipeline, "Nghệ An gặp mặt cử tri cuối năm. Ông Lê Văn Hòa, Phó Trưởng đoàn đại biểu Quốc hội "
                                    "tỉnh nghe ý kiến. Sau đó, Trưởng đoàn ĐBQH tỉnh Nghệ An Trần Văn Nam giải trình."))
    assert ("Lê Văn Hòa", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Nghệ An") in got
    assert ("Trần Văn Nam", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Nghệ An") in got


def test_a_full_time_deputy_head_of_a_delegation_is_its_deputy_head(pipeline):
    got = held_posts(read(pipeline, "Cử tri Nghệ An gửi nhiều kiến nghị. Ông Lê Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An, "
                                    "Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh ghi nhận."))
    assert ("Lê Văn Hòa", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Nghệ An") in got
    assert ("Lê Văn Hòa", "Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An") in got


def test_a_delegation_head_with_the_delegations_name_capitalised(pipeline):
    got = held_posts(read(pipeline, "Buổi gặp mặt có ông Lê Văn Tám, Trưởng Đoàn Đại biểu Quốc hội tỉnh; "
                                    "Lò Văn Mai, Phó Bí thư Tỉnh ủy Sơn La."))
    assert ("Lê Văn Tám", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Sơn La") in got
