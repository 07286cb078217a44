"""A bare "Đảng bộ" named with its partners takes the place the partners share.

"Đảng bộ, chính quyền và nhân dân xã Y đã thực hiện <X>" names the commune's party organization,
its government and its people together: the party body is Y's, however the bare word "Đảng bộ"
would otherwise be read, and the place's long name does not push the verb out of the clause.
"""

from __future__ import annotations

from extraction import carried_out


def test_the_partners_place_after_a_fronted_directive(pipeline):
    text = ("Đảng ủy xã Nậm Cuổi có 12 chi bộ. Thực hiện Nghị quyết số 06-NQ/TU của Tỉnh ủy Lai Châu, những năm qua, "
            "Đảng bộ, chính quyền và nhân dân xã Nậm Cuổi đã trồng mới 40 ha quế.")
    found = carried_out(pipeline, text)
    assert ("Đảng bộ xã Nậm Cuổi", "Nghị quyết số 06-NQ/TU") in found
    assert ("Đảng bộ tỉnh Lai Châu", "Nghị quyết số 06-NQ/TU") not in found


def test_the_partners_place_before_the_verb(pipeline):
    text = ("Đảng ủy xã Nậm Cuổi có 12 chi bộ. Những năm qua, Đảng bộ, chính quyền và nhân dân các dân tộc xã Nậm Cuổi "
            "đã tích cực, chủ động thực hiện Nghị quyết số 06-NQ/TU của Tỉnh ủy Lai Châu.")
    assert ("Đảng bộ xã Nậm Cuổi", "Nghị quyết số 06-NQ/TU") in carried_out(pipeline, text)
