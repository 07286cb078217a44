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


def test_a_part_of_the_sown_area_is_not_the_total():
    for words, value in (("diện tích gieo trồng bị thiệt hại do mưa lũ là 150 ha", 150),
                         ("tổng diện tích gieo trồng bị ảnh hưởng do hạn hán khoảng 320 ha", 320),
                         ("tổng diện tích gieo trồng của xã bị thiệt hại là 45 ha", 45)):
        assert read(f"Năm 2024, {words}.")[value].indicator == "other", words


def test_a_season_or_kind_of_crop_stays_in_the_qualifier():
    for words, value in (("vụ mùa của xã Ít Ong đạt 800 ha", 800), ("cây hằng năm đạt 2.100 ha", 2100),
                         ("ứng dụng công nghệ cao đạt 90 ha", 90)):
        f = read(f"Năm 2024, tổng diện tích gieo trồng {words}.")[value]
        assert f.indicator != "crop_area" or f.qualifier != "tổng diện tích gieo trồng", words
        assert words.split(" đạt")[0].split(" của")[0] in f.qualifier, words


def test_the_body_s_words_between_still_name_the_total():
    f = read("Năm 2024, tổng diện tích gieo trồng toàn huyện Mường La đạt 9.000 ha.")[9000]
    assert (f.indicator, f.qualifier) == ("crop_area", "tổng diện tích gieo trồng")
