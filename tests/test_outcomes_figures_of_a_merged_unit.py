"""A new unit made by merging others ("Phường X ra đời từ việc sáp nhập xã A, xã B và một phần
phường C; có diện tích …, dân số …"): the figures after the units merged are the
new unit's, never those of the last unit merged into it."""

from __future__ import annotations

from extraction import figure_subjects

from partykg.loaders.pipeline import load_text


def subjects(text: str) -> dict:
    return figure_subjects(load_text(text, source="memory:tan-an.txt"), lambda f: (f.value, f.unit))


def test_the_area_and_population_are_the_new_wards():
    got = subjects("Đảng bộ phường Tân An tổ chức đại hội. Phường Tân An ra đời từ việc sáp nhập toàn bộ "
                   "xã An Bình, xã Tân Lộc cùng một phần phường 3 và xã Lý Văn Lâm; có diện tích "
                   "hơn 60km²; dân số trên 32.000 người.")
    assert got[(60, "km²")] == "Tân An"
    assert got[(32000, "người")] == "Tân An"


def test_after_the_merger_the_unit_named_after_it_keeps_its_figures():
    got = subjects("Đảng bộ huyện Cái Nước tổng kết năm 2024. Sau sáp nhập, xã Tân Hưng có 18 chi bộ trực thuộc.")
    assert got[(18, "chi bộ trực thuộc")] in ("Tân Hưng", "Đảng bộ xã Tân Hưng")
