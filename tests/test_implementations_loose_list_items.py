"""One verb over a list whose middle names documents too loosely to be read.

"triển khai <A> và Chương trình hành động của Tỉnh ủy, Huyện ủy, nhất là <B>": the programmes named
by their issuers alone are no entities, yet they sit in the same list, so <B> is carried out by
whoever carries out <A>. A list item that opens a clause of its own ("kế hoạch … đã giao") ends it.
"""

from __future__ import annotations

from extraction import carried_out


def test_a_document_after_loosely_named_programmes_shares_the_verb(pipeline):
    text = ("Đảng ủy xã Mường Mít đã triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị và chương trình hành động "
            "của Tỉnh ủy, Huyện ủy, nhất là Nghị quyết số 12-NQ/TU của Tỉnh ủy Lai Châu.")
    found = carried_out(pipeline, text)
    assert ("Đảng bộ xã Mường Mít", "Chỉ thị số 05-CT/TW") in found
    assert ("Đảng bộ xã Mường Mít", "Nghị quyết số 12-NQ/TU") in found


def test_several_loose_items_before_the_named_one(pipeline):
    text = ("Đảng ủy xã Mường Mít tập trung thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, kế hoạch của Huyện ủy, "
            "các nghị quyết chuyên đề của Đảng ủy, đặc biệt là Nghị quyết số 12-NQ/TU của Tỉnh ủy Lai Châu.")
    assert ("Đảng bộ xã Mường Mít", "Nghị quyết số 12-NQ/TU") in carried_out(pipeline, text)


def test_a_loose_item_with_a_clause_of_its_own_breaks_the_list(pipeline):
    text = ("Đảng ủy xã Mường Mít đã triển khai Chỉ thị số 05-CT/TW và kế hoạch của huyện đã giao, "
            "Nghị quyết số 12-NQ/TU được Tỉnh ủy Lai Châu ban hành.")
    assert ("Đảng bộ xã Mường Mít", "Nghị quyết số 12-NQ/TU") not in carried_out(pipeline, text)
