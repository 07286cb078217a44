"""A secretary's title written without its committee, right before a post that names the
committee's organ or the people's committee or council of its place: the committee the chain
names last is written once ("Phó Bí thư Thường trực, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy X" is
the standing deputy secretary of Huyện ủy X; "Bí thư kiêm Chủ tịch UBND xã Y" the secretary of
the commune's party committee); a central body's branch in a city ("… Trung ương tại TP. Hồ Chí
Minh") keeps that city in its name; and a photo's caption may say where the person stands
between the name and the posts ("Bà X (trái), Chủ tịch …").

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_a_deputy_secretary_before_the_inspection_committee_of_the_same_district(pipeline):
    got = held_posts(read(pipeline, "Ông Đinh Văn Lợi, Phó Bí thư Thường trực, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy "
                                    "Tương Dương, dự họp."))
    assert ("Đinh Văn Lợi", "Phó Bí thư Thường trực", "Đảng bộ huyện Tương Dương") in got
    assert ("Đinh Văn Lợi", "Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Tương Dương") in got


def test_a_secretary_who_also_chairs_the_commune_people_committee(pipeline):
    got = held_posts(read(pipeline, "Ông Vi Văn Thắm - Bí thư kiêm Chủ tịch UBND xã Yên Na cho biết xã đã về đích."))
    assert ("Vi Văn Thắm", "Bí thư", "Đảng bộ xã Yên Na") in got
    assert ("Vi Văn Thắm", "Chủ tịch", "UBND xã Yên Na") in got


def test_a_deputy_secretary_who_chairs_the_district_council(pipeline):
    got = held_posts(read(pipeline, "Bà Lô Thị Xoan, Phó Bí thư, Chủ tịch HĐND huyện Tương Dương phát biểu."))
    assert ("Lô Thị Xoan", "Phó Bí thư", "Đảng bộ huyện Tương Dương") in got


def test_a_secretary_before_a_mass_organisation_post_stays_unplaced(pipeline):
    got = held_posts(read(pipeline, "Ông Vi Văn Thắm, Bí thư, Chủ tịch Hội Nông dân xã Yên Na dự."))
    assert ("Vi Văn Thắm", "Chủ tịch", "Hội Nông dân xã Yên Na") in got
    assert not [x for x in got if x[1] == "Bí thư"]


def test_a_central_body_branch_in_a_city_keeps_the_city(pipeline):
    doc = read(pipeline, "Ông Trần Văn Bình, Bí thư Đảng ủy Khối Doanh nghiệp Xây dựng Trung ương tại TP. Hồ Chí Minh, "
                         "phát biểu.")
    assert any(o.endswith("Trung ương tại TP. Hồ Chí Minh") for o in organizations(doc))


def test_where_a_person_stands_in_a_photo_caption(pipeline):
    got = held_posts(read(pipeline, "Bà Ngô Thị Hạnh (bìa trái), Chủ tịch Hội LHPN huyện Tương Dương thăm hộ nghèo."))
    assert ("Ngô Thị Hạnh", "Chủ tịch", "Hội LHPN huyện Tương Dương") in got
