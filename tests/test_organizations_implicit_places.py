"""Bodies whose place or whole name the text leaves to the reader: a district department
written without its district ("Trưởng phòng GD&ĐT" in an article about one district), a
committee of a people's council ("Ban Kinh tế - Xã hội, HĐND huyện"), a central commission
written with "Trung ương Đảng" ("Ban Tổ chức Trung ương Đảng" is the Ban Tổ chức Trung ương),
and a school or its cell named by its level alone after the article named the school in full
("Trường Tiểu học" after "Trường Tiểu học X").

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_a_district_department_without_its_district_is_the_article_district(pipeline):
    orgs = organizations(read(pipeline, "Huyện Yên Thành luân chuyển cán bộ. Trưởng phòng Nội vụ được cử làm Bí thư "
                                        "Đảng ủy xã Bảo Thành."))
    assert "Phòng Nội vụ huyện Yên Thành" in orgs


def test_departments_in_the_plural_stay_unplaced(pipeline):
    orgs = organizations(read(pipeline, "Huyện Yên Thành họp giao ban; các phòng Nội vụ của nhiều huyện cùng dự."))
    assert "Phòng Nội vụ huyện Yên Thành" not in orgs


def test_departments_of_the_districts_named_after_them_stay_unplaced(pipeline):
    orgs = organizations(read(pipeline, "Sở Nội vụ tỉnh Nghệ An làm việc với huyện Yên Thành. Đại diện phòng Nội vụ "
                                        "các huyện, thị xã cùng dự."))
    assert "Phòng Nội vụ huyện Yên Thành" not in orgs


def test_a_committee_of_a_district_council(pipeline):
    doc = read(pipeline, "Huyện Yên Thành kiện toàn bộ máy. Ông Phan Đình Hùng, Phó ban Kinh tế - Xã hội, HĐND huyện, "
                         "nhận nhiệm vụ mới. Bà Hồ Thị Lài, Trưởng ban Pháp chế HĐND tỉnh Nghệ An, dự.")
    orgs = organizations(doc)
    assert "Ban Kinh tế - Xã hội HĐND huyện Yên Thành" in orgs
    assert "HĐND huyện Yên Thành" in orgs
    assert ("Hồ Thị Lài", "Trưởng Ban", "Ban Pháp chế HĐND tỉnh Nghệ An") in held_posts(doc)


def test_a_central_commission_written_with_trung_uong_dang(pipeline):
    orgs = organizations(read(pipeline, "Tỉnh ủy Nghệ An thực hiện hướng dẫn của Ban Tổ chức Trung ương Đảng và "
                                        "Ủy ban Kiểm tra Trung ương Đảng."))
    assert "Ban Tổ chức Trung ương" in orgs and "Ủy ban Kiểm tra Trung ương" in orgs
    assert not [o for o in orgs if "Ban Chấp hành Trung ương" in o]


def test_a_school_named_by_its_level_after_its_full_name(pipeline):
    orgs = organizations(read(pipeline, "Chi bộ trường Tiểu học Bảo Thành tổ chức đại hội. Đại hội thông qua báo cáo "
                                        "của chi ủy chi bộ Trường Tiểu học, nhiệm kỳ trước."))
    assert "Trường Tiểu học Bảo Thành" in orgs and "Chi bộ Trường Tiểu học Bảo Thành" in orgs
    assert "Trường Tiểu học" not in orgs and "Chi bộ Trường Tiểu học" not in orgs
