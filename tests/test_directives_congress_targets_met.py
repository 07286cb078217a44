"""Targets of a congress's resolution met: the congress's own body carried the resolution out.

"Các chỉ tiêu Nghị quyết Đại hội … đề ra đều đạt và vượt" and "… vượt so với mục tiêu Nghị quyết
Đại hội … đề ra" tell that the body whose congress set the targets met them. Targets named and
not said to be met tell nothing of the kind.
"""

from __future__ import annotations

from extraction import carried_out

COMMUNE = "Đảng bộ xã Tân Khê, huyện Lục Nham có 18 chi bộ trực thuộc. "


def test_targets_the_resolution_set_were_met(pipeline):
    got = carried_out(pipeline, COMMUNE + "Đến giữa nhiệm kỳ, mục tiêu và nhiệm vụ Nghị quyết Đại hội lần thứ XV "
                                          "của Đảng bộ đề ra hầu hết đã hoàn thành sớm.")
    assert ("Đảng bộ xã Tân Khê", "Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV") in got


def test_results_passed_the_targets_of_the_resolution(pipeline):
    got = carried_out(pipeline, COMMUNE + "Số hộ trồng quế năm nay lên 420 hộ, vượt so với chỉ tiêu Nghị quyết "
                                          "Đại hội lần thứ XV của Đảng bộ xã.")
    assert ("Đảng bộ xã Tân Khê", "Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV") in got


def test_targets_merely_named_are_not_met(pipeline):
    got = carried_out(pipeline, COMMUNE + "Ban Chấp hành thảo luận các chỉ tiêu Nghị quyết Đại hội lần thứ XV "
                                          "đề ra cho nhiệm kỳ tới.")
    assert not got
