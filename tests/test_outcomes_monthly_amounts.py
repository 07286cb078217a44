"""An amount given a month ("mỗi tháng 1,5 triệu đồng", "hằng tháng 20 kg gạo") is a figure;
"tháng 3" after a day is still a date."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures


def test_amounts_a_month_are_figures():
    figs = find_figures("Có 6 hộ được hỗ trợ mỗi tháng 20kg gạo; 2 hộ được cấp vốn hằng tháng 1,5 triệu đồng.")
    assert [(f.value, f.unit) for f in figs] == [(6, "hộ"), (20, "kg"), (2, "hộ"), (1.5, "triệu đồng")]


def test_a_month_of_a_date_is_no_figure():
    figs = find_figures("Ngày 5 tháng 3 năm 2020, xã có 40 hộ thoát nghèo.")
    assert [(f.value, f.unit) for f in figs] == [(40, "hộ")]


def test_an_income_line_defining_households_is_no_figure():
    figs = find_figures("Xã còn 120 hộ có mức thu nhập dưới 9 triệu đồng/người/năm.")
    assert [(f.value, f.unit) for f in figs] == [(120, "hộ")]
    figs = find_figures("Mục tiêu nâng mức sống của 300 hộ nghèo có thu nhập dưới 9 triệu đồng/người/năm.")
    assert [(f.value, f.unit) for f in figs] == [(300, "hộ nghèo")]
