"""A bare "tăng N%" after a figure keeps what increased: "số đảng viên mới tăng 40 người, tăng
12% so với năm 2021" qualifies the 12% as the rise of that count, compared with 2021."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def test_a_bare_rise_keeps_what_rose_and_the_comparison():
    text = "Năm 2022, quỹ hỗ trợ hội viên nghèo tăng 150 triệu đồng, tăng 18% so với năm 2021."
    figs = find_figures(text)
    read_context(text, figs)
    pct = next(f for f in figs if f.unit == "%")
    assert pct.qualifier.startswith("mức tăng ")
    assert "quỹ hỗ trợ hội viên nghèo" in pct.qualifier
    assert pct.qualifier.endswith("so với năm 2021")


def test_a_rise_after_no_figure_is_left_as_read():
    text = "Năm 2022, tỷ lệ hộ nghèo giảm 2%."
    figs = find_figures(text)
    read_context(text, figs)
    assert not figs[0].qualifier or not figs[0].qualifier.startswith("mức")
