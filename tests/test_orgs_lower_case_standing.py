"""Organizations: the standing committee written all in lower case before its committee.

"ủy viên ban thường vụ huyện ủy" names the district committee's standing committee, as "Ủy
viên Ban Thường vụ Huyện ủy" does; "các ban thường vụ cấp ủy" names none.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


def test_a_member_of_the_standing_committee_in_lower_case(pipeline):
    found = orgs("Huyện ủy Mường Tè họp. Bà Lò Thị Mai, ủy viên ban thường vụ huyện ủy, cùng dự.", pipeline)
    board = found["Ban Thường vụ Huyện ủy Mường Tè"]
    assert board.kind == "standing_committee" and board.parent.label == "Đảng bộ huyện Mường Tè"


def test_standing_committees_in_general_are_no_body(pipeline):
    found = orgs("Huyện ủy Mường Tè nhắc các ban thường vụ cấp ủy gương mẫu.", pipeline)
    assert not [o for o in found.values() if o.kind == "standing_committee"]
