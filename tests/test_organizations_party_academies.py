"""The party's national academy and its four regional academies, however the region's number
is written ("khu vực III", "Khu vực 3"): central party schools, one organization per academy.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_national_academy(pipeline):
    got = orgs("Tỉnh ủy Gia Lai phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh mở lớp bồi dưỡng.", pipeline)
    a = got["Học viện Chính trị quốc gia Hồ Chí Minh"]
    assert a.kind == "party_school" and a.level == "central"


def test_a_regional_academy_numbered_either_way_is_one(pipeline):
    got = orgs("Giảng viên Học viện Chính trị khu vực II nói chuyện chuyên đề. Học viện Chính trị Khu vực 2 "
               "cũng cử cán bộ hướng dẫn.", pipeline)
    assert [label for label in got if label.startswith("Học viện")] == ["Học viện Chính trị khu vực II"]
    assert got["Học viện Chính trị khu vực II"].kind == "party_school"
