"""A member of a party committee below the centre sits on its executive committee: "Ủy viên Ban
Chấp hành Đảng bộ tỉnh X", "Tỉnh ủy viên", "HUV" and "Ủy viên Đảng ủy xã Y" are one post, titled
"Ủy viên Ban Chấp hành" of that Đảng bộ. Members of a standing committee, an inspection committee
or a central body keep the title "Ủy viên" of the body named.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read
from partykg.ontology.terms import ORG


def test_a_member_of_the_provincial_executive_committee(pipeline):
    got = held_posts(read(pipeline, "Dự buổi lễ có đồng chí Trần Văn Bình, Ủy viên Ban Chấp hành Đảng bộ tỉnh, "
                                    "Bí thư Huyện ủy Than Uyên."))
    assert ("Trần Văn Bình", "Ủy viên Ban Chấp hành", "Đảng bộ tỉnh Lai Châu") in got
    assert ("Trần Văn Bình", "Bí thư", "Đảng bộ huyện Than Uyên") in got
    assert not [x for x in got if x[1] == "Ủy viên"]


def test_the_full_title_and_the_short_one_are_one_post(pipeline):
    doc = read(pipeline, "Huyện ủy Tam Đường họp. Ông Lò Văn Tâm, Ủy viên Ban Chấp hành Đảng bộ huyện Tam Đường "
                         "phát biểu. Bà Lò Thị Hiền, Huyện ủy viên, Chủ tịch UBND huyện Tam Đường dự.")
    got = held_posts(doc)
    assert ("Lò Văn Tâm", "Ủy viên Ban Chấp hành", "Đảng bộ huyện Tam Đường") in got
    assert ("Lò Thị Hiền", "Ủy viên Ban Chấp hành", "Đảng bộ huyện Tam Đường") in got
    held = {f.o.value for f in doc.facts if f.p == ORG.holds}
    assert len([h for h in held if "uy-vien-ban-chap-hanh" in h]) == 1


def test_a_member_of_a_standing_committee_is_no_executive_member(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ Huyện ủy Than Uyên, "
                                    "Trưởng Ban Tổ chức Huyện ủy phát biểu."))
    assert ("Trần Văn Bình", "Ủy viên", "Ban Thường vụ Huyện ủy Than Uyên") in got
    assert not [x for x in got if x[1] == "Ủy viên Ban Chấp hành"]


def test_a_member_of_an_inspection_committee_keeps_his_title(pipeline):
    got = held_posts(read(pipeline, "Ông Vàng A Lử, Ủy viên Ủy ban Kiểm tra Huyện ủy Than Uyên, báo cáo."))
    assert [x for x in got if x[0] == "Vàng A Lử" and x[1] == "Ủy viên"]
    assert not [x for x in got if x[1] == "Ủy viên Ban Chấp hành"]


def test_a_member_of_a_central_body_keeps_his_title(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Cầm Văn Nhất, Ủy viên Quân ủy Trung ương, dự hội nghị."))
    assert ("Cầm Văn Nhất", "Ủy viên", "Quân ủy Trung ương") in got
