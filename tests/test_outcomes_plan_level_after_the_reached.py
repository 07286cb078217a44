"""The level a plan set for a measure, told after the level reached ("…, vượt so với Nghị quyết
là …"), is a target of the same measure, not a figure of its own."""

from __future__ import annotations

from partykg.loaders import outcomes


def read(text):
    figs = outcomes.find_figures(text)
    outcomes.read_context(text, figs)
    return figs


def test_income_planned_by_the_resolution():
    reached, planned = read("Thu nhập đầu người của xã Ia Kênh năm 2024 đạt 48 triệu đồng/người/năm, "
                            "vượt Nghị quyết Đại hội xã khóa mới là 44,5 triệu đồng/người/năm.")
    assert reached.indicator == planned.indicator == "income_per_capita"
    assert not reached.is_target
    assert planned.is_target


def test_poverty_planned_by_the_target():
    reached, planned = read("Tỷ lệ hộ nghèo chỉ còn 2,1%, thấp hơn chỉ tiêu huyện giao là 3%.")
    assert planned.indicator == "poverty_rate"
    assert planned.is_target


def test_a_new_measure_after_the_comparison_is_not_the_target():
    figs = read("Thu nhập đầu người ở xã đạt 40 triệu đồng, vượt kế hoạch là 12 hộ thoát nghèo.")
    assert figs[-1].indicator != "income_per_capita"
