"""A member's title that names its committee's form ("Huyện ủy viên", "Đảng ủy viên"), written
without the committee and chained before a post in a body of a place ("…, Chủ tịch UBND
huyện X"), is a member of that place's party committee — also where the text names two districts
and that one only by its bodies (the "Huyện ủy" the title carries is not the district
named before). A place of another form leaves the title unread there.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_district_member_after_another_district_was_named(pipeline):
    got = held_posts(read(pipeline, "UBKT Tỉnh ủy kết luận ông Lường Văn Pọm, nguyên Chánh Văn phòng "
                                    "Huyện ủy Thuận Châu đã sai phạm; ông Cầm Văn Ót - Huyện ủy viên, Chủ tịch UBND "
                                    "huyện Quỳnh Nhai thiếu trách nhiệm."))
    assert ("Cầm Văn Ót", "Ủy viên Ban Chấp hành", "Đảng bộ huyện Quỳnh Nhai") in got
    assert ("Cầm Văn Ót", "Chủ tịch", "UBND huyện Quỳnh Nhai") in got
    assert not [x for x in got if x[0] == "Cầm Văn Ót" and "Thuận Châu" in x[2]]


def test_a_commune_member_before_the_commune_chair(pipeline):
    got = held_posts(read(pipeline, "UBKT Huyện ủy Thuận Châu nhắc nhở ông Lường Văn Pọm, Bí thư Đảng ủy "
                                    "xã Phổng Lái và bà Lò Thị Xuân - Đảng ủy viên, Chủ tịch UBND xã Chiềng Pha."))
    assert ("Lò Thị Xuân", "Ủy viên Ban Chấp hành", "Đảng bộ xã Chiềng Pha") in got


def test_a_place_of_another_form_is_not_the_member_committee(pipeline):
    got = held_posts(read(pipeline, "UBKT Tỉnh ủy kết luận ông Lường Văn Pọm, nguyên Chánh Văn phòng "
                                    "Huyện ủy Thuận Châu đã sai phạm; ông Cầm Văn Ót - Huyện ủy viên, Chủ tịch UBND "
                                    "xã Chiềng Pha thiếu trách nhiệm."))
    assert not [x for x in got if x[0] == "Cầm Văn Ót" and x[2].endswith("xã Chiềng Pha") and x[1].startswith("Ủy viên")]
