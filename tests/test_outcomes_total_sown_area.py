"""The area sown to every crop, none named ("cả năm, tổng diện tích gieo trồng của huyện đạt 12.400 ha")
is the crop area, its words as qualifier; a change of it stays a change, and an area of anything
else ("tổng diện tích tự nhiên") is no crop area."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return {f.value: f for f in figs}


def test_the_total_sown_area_is_the_crop_area():
    f = read("Cả năm 2024, tổng diện tích gieo trồng của huyện Mường La đạt 12.400 ha.")[12400]
    assert (f.indicator, f.qualifier) == ("crop_area", "tổng diện tích gieo trồng")
    f = read("Vụ đông xuân năm 2024, diện tích gieo cấy của xã Ít Ong là 640 ha.")[640]
    assert f.indicator == "crop_area"


def test_a_crop_named_still_names_the_area():
    f = read("Năm 2024, tổng diện tích gieo trồng lúa của huyện Mường La là 4.000 ha.")[4000]
    assert (f.indicator, f.qualifier) == ("crop_area", "lúa")


def test_a_change_of_the_sown_area_is_no_level():
    f = read("Năm 2024, diện tích gieo trồng của huyện Mường La tăng 300 ha so với năm 2020.")[300]
    assert (f.indicator, f.is_change) == ("other", True)


def test_the_natural_area_is_no_crop_area():
    assert read("Tổng diện tích tự nhiên của huyện Mường La là 1.420 ha.")[1420].indicator == "other"
