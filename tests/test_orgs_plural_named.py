"""Organizations: a plural word before bodies that are named one by one.

"các Đảng bộ xã" is any commune's party organization, but "các Đảng bộ huyện A, B" names
those bodies: a plural word before a head whose unit and place are written is a list.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


def test_a_plural_before_named_bodies_is_a_list_of_them(pipeline):
    found = orgs("Tỉnh ủy Lai Châu biểu dương các Đảng bộ huyện Mường Tè, Sìn Hồ và những UBND xã Ka Lăng.", pipeline)
    assert {"Đảng bộ huyện Mường Tè", "Đảng bộ huyện Sìn Hồ", "UBND xã Ka Lăng"} <= set(found)


def test_a_plural_before_a_bare_unit_names_no_body(pipeline):
    found = orgs("Tỉnh ủy Lai Châu nhắc các Đảng bộ xã và những UBND huyện rà soát hồ sơ.", pipeline)
    assert set(found) == {"Đảng bộ tỉnh Lai Châu"}
