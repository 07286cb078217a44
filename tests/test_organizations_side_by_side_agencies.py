"""An agency's name may hold a word that is also a family name ("Y" in "Đại học Y Dược X"): a run
ending with a place the document names (of two words) is the agency's own name, not a person's. And two
agencies' party organizations named side by side, one name inside the other ("Đảng bộ Trường
Đại học X, Đảng bộ Trường Cao đẳng Y Dược X"), stay two bodies.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_field_word_that_is_a_family_name_stays_in_the_agencys_name(pipeline):
    got = orgs("Tỉnh Hà Tĩnh khen thưởng Đảng bộ Trường Cao đẳng Y Dược Hà Tĩnh vì có nhiều sáng kiến hay.",
               pipeline)
    assert "Đảng bộ Trường Cao đẳng Y Dược Hà Tĩnh" in got
    assert "Đảng bộ Trường Đại học" not in got


def test_two_agencies_named_side_by_side_stay_two(pipeline):
    got = orgs("Tỉnh Hà Tĩnh khen thưởng Đảng bộ Trường Đại học Hà Tĩnh, Đảng bộ Trường Cao đẳng Y Dược Hà Tĩnh.",
               pipeline)
    assert {"Đảng bộ Trường Đại học Hà Tĩnh", "Đảng bộ Trường Cao đẳng Y Dược Hà Tĩnh"} <= set(got)


def test_a_name_longer_only_by_generic_words_is_the_same_body(pipeline):
    got = orgs("Đảng bộ cơ quan Báo Tiền Phong có 5 chi bộ; Đảng bộ Báo Tiền Phong vừa họp tổng kết.", pipeline)
    assert len([o for o in got if o.startswith("Đảng bộ") and o.endswith("Tiền Phong")]) == 1
