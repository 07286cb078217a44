"""A figure that beats a directive's target "so với" it: the body that reached it carries the directive out.

"…, vượt 20% so với Nghị quyết số 09-NQ/HU" reads like "vượt 20% Nghị quyết …"; a figure that only
grew against a directive ("tăng 5% so với …") is no such claim.
"""

from __future__ import annotations

from extraction import carries_out, read


def test_beating_a_target_measured_against_the_resolution(pipeline):
    doc = read(pipeline, "Huyện ủy Krông Nô họp. Năm 2021, Đảng bộ huyện Krông Nô thu nạp 120 người vào Đảng, "
                         "vượt 20% so với Nghị quyết số 09-NQ/HU.")
    assert carries_out(doc) == {("Đảng bộ huyện Krông Nô", "Nghị quyết số 09-NQ/HU")}


def test_more_than_a_share_in_brackets(pipeline):
    doc = read(pipeline, "Huyện ủy Krông Nô họp. Năm 2022, Đảng bộ huyện Krông Nô thu nạp 95 người vào Đảng "
                         "(vượt hơn 15% so với Nghị quyết số 09-NQ/HU).")
    assert carries_out(doc) == {("Đảng bộ huyện Krông Nô", "Nghị quyết số 09-NQ/HU")}


def test_growth_against_a_resolution_is_no_claim(pipeline):
    doc = read(pipeline, "Huyện ủy Krông Nô họp. Năm 2021, thu nhập bình quân tăng 5% so với Nghị quyết số 12-NQ/HU.")
    assert carries_out(doc) == set()
