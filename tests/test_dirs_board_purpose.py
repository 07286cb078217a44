"""A steering board set up for a purpose is no board named for a directive.

"kiện toàn Ban Chỉ đạo để thực hiện <X>" says what the body that sets the board up will do:
that body carries X out. Only a board whose name holds the directive ("Ban Chỉ đạo … về thực
hiện <X>") stands in for its doer. Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import carried_out


def test_the_body_that_sets_a_board_up_to_carry_a_directive_out_is_its_doer(pipeline):
    assert carried_out(pipeline, "Huyện ủy Quảng Xương kiện toàn Ban Chỉ đạo để triển khai thực hiện "
                                 "Chỉ thị 05-CT/TW của Bộ Chính trị.") == {
        ("Đảng bộ huyện Quảng Xương", "Chỉ thị số 05-CT/TW")}


def test_a_board_set_up_in_order_to_carry_out(pipeline):
    assert carried_out(pipeline, "Đảng ủy xã Quảng Hợp thành lập Ban Chỉ đạo của xã nhằm thực hiện "
                                 "Chỉ thị 05-CT/TW.") == {("Đảng bộ xã Quảng Hợp", "Chỉ thị số 05-CT/TW")}
