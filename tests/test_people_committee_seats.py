"""A person put on a party committee's executive and standing committees with an office in it
("… được chỉ định tham gia BCH, BTV Thị ủy, làm Phó Bí thư Thị ủy X")
holds the office, a seat on the executive committee ("Ủy viên Ban Chấp hành" of the Đảng bộ) and
one on its standing committee ("Ủy viên" of its Ban Thường vụ) — the shapes "Ủy viên Ban Thường vụ
Huyện ủy X" is read in. Committees named as another body's give no seat.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import former_posts, held_posts, read


def test_a_commune_secretary_put_on_both_committees(pipeline):
    got = held_posts(read(pipeline, "Huyện ủy Than Uyên điều động đồng chí Lò Văn Chiến, Phó Chủ tịch UBND huyện, "
                                    "về xã Tà Hừa; ông được chỉ định tham gia Ban Thường vụ Đảng ủy, Ban Chấp hành "
                                    "Đảng bộ và làm Bí thư Đảng ủy xã Tà Hừa."))
    assert {("Lò Văn Chiến", "Bí thư", "Đảng bộ xã Tà Hừa"),
            ("Lò Văn Chiến", "Ủy viên Ban Chấp hành", "Đảng bộ xã Tà Hừa"),
            ("Lò Văn Chiến", "Ủy viên", "Ban Thường vụ Đảng ủy xã Tà Hừa")} <= got


def test_committees_named_before_the_office_joined_by_va(pipeline):
    got = held_posts(read(pipeline, "Tỉnh ủy Lai Châu chỉ định đồng chí Hoàng Thị Mai, Phó Giám đốc Sở Nội vụ, tham gia "
                                    "BCH, BTV Huyện ủy, đảm nhiệm chức vụ Phó Bí thư Huyện ủy Phong Thổ."))
    assert {("Hoàng Thị Mai", "Phó Bí thư", "Đảng bộ huyện Phong Thổ"),
            ("Hoàng Thị Mai", "Ủy viên Ban Chấp hành", "Đảng bộ huyện Phong Thổ"),
            ("Hoàng Thị Mai", "Ủy viên", "Ban Thường vụ Huyện ủy Phong Thổ")} <= got


def test_the_executive_committee_alone(pipeline):
    got = held_posts(read(pipeline, "Đảng ủy huyện chỉ định ông Vàng A Chư tham gia BCH Đảng bộ, giữ chức Phó Bí thư "
                                    "Đảng ủy xã Mường Kim."))
    assert ("Vàng A Chư", "Ủy viên Ban Chấp hành", "Đảng bộ xã Mường Kim") in got
    assert not [x for x in got if x[2].startswith("Ban Thường vụ")]


def test_a_committee_of_another_body_gives_no_seat_in_the_office_s(pipeline):
    got = held_posts(read(pipeline, "Tỉnh ủy Lai Châu chỉ định đồng chí Hoàng Thị Mai tham gia Ban Chấp hành Đảng bộ "
                                    "tỉnh, giữ chức Chủ tịch UBND huyện Phong Thổ."))
    assert ("Hoàng Thị Mai", "Chủ tịch", "UBND huyện Phong Thổ") in got
    assert not [x for x in got if "Phong Thổ" in x[2] and x[1].startswith("Ủy viên")]


def test_taking_part_in_work_is_no_seat(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Lò Văn Chiến, Bí thư Đảng ủy xã Tà Hừa, tham gia đoàn kiểm tra của "
                                    "Ban Thường vụ Huyện ủy Than Uyên."))
    assert not [x for x in got if x[1].startswith("Ủy viên")]


def test_a_bare_committee_after_another_district_is_the_office_s(pipeline):
    got = held_posts(read(pipeline, "Tỉnh ủy điều động ông Lê Văn An, Phó Bí thư Huyện ủy Tam Đường, về Sở Nội vụ; "
                                    "bà Hoàng Thị Mai được chỉ định tham gia Ban Thường vụ và Ban Chấp hành Huyện ủy, "
                                    "làm Phó Bí thư Huyện ủy Phong Thổ."))
    assert ("Hoàng Thị Mai", "Ủy viên", "Ban Thường vụ Huyện ủy Phong Thổ") in got
    assert not [x for x in got if x[0] == "Hoàng Thị Mai" and "Tam Đường" in x[2]]


def test_a_bare_committee_of_another_level_gives_no_seat(pipeline):
    got = held_posts(read(pipeline, "Tỉnh ủy Lai Châu chỉ định bà Hoàng Thị Mai tham gia Ban Thường vụ Tỉnh ủy, "
                                    "giữ chức Bí thư Huyện ủy Phong Thổ."))
    assert ("Hoàng Thị Mai", "Bí thư", "Đảng bộ huyện Phong Thổ") in got
    assert not [x for x in got if x[0] == "Hoàng Thị Mai" and x[1].startswith("Ủy viên") and "Phong Thổ" in x[2]]


def test_leaving_the_committees_gives_no_seat_and_the_office_is_left(pipeline):
    doc = read(pipeline, "Ông Đỗ Văn Lâm thôi tham gia Ban Thường vụ, Ban Chấp hành Huyện ủy và giữ chức Bí thư "
                         "Huyện ủy Tân Kỳ để nhận công tác khác.")
    assert not [x for x in held_posts(doc) if x[0] == "Đỗ Văn Lâm"]
    assert ("Đỗ Văn Lâm", "Bí thư", "Đảng bộ huyện Tân Kỳ") in former_posts(doc)


def test_not_joining_the_committees_gives_no_seat(pipeline):
    got = held_posts(read(pipeline, "Ông Đỗ Văn Lâm không còn tham gia Ban Thường vụ, Ban Chấp hành Huyện ủy, "
                                    "giữ chức Phó Bí thư Huyện ủy Tân Kỳ."))
    assert not [x for x in got if x[1].startswith("Ủy viên")]


def test_joining_the_committees_with_an_office_gives_the_seats(pipeline):
    got = held_posts(read(pipeline, "Ông Đỗ Văn Lâm được chỉ định tham gia Ban Thường vụ, Ban Chấp hành Huyện ủy, "
                                    "giữ chức Phó Bí thư Huyện ủy Tân Kỳ."))
    assert {("Đỗ Văn Lâm", "Ủy viên Ban Chấp hành", "Đảng bộ huyện Tân Kỳ"),
            ("Đỗ Văn Lâm", "Ủy viên", "Ban Thường vụ Huyện ủy Tân Kỳ")} <= got


def test_the_predecessor_of_a_handover_gets_none_of_the_successor_s_seats(pipeline):
    doc = read(pipeline, "Đồng chí Tòng Văn Lả được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy, giữ chức "
                         "Bí thư Huyện ủy Quỳnh Nhai, thay đồng chí Cà Văn Ún nghỉ hưu theo chế độ.")
    got = held_posts(doc)
    assert ("Tòng Văn Lả", "Ủy viên", "Ban Thường vụ Huyện ủy Quỳnh Nhai") in got
    assert not [x for x in got if x[0] == "Cà Văn Ún" and x[1] == "Ủy viên"]
    assert not [x for x in got if x[0] == "Cà Văn Ún" and x[1] == "Ủy viên Ban Chấp hành"]
