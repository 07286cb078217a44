"""The poverty rate's yearly cut ("tỷ lệ hộ nghèo giảm bình quân 2%/năm", "…, trung bình mỗi
năm giảm 1,5%" after the rate was told) is the poverty rate, marked as a change of it; a cut
against a given year stays a change read as other. "Không còn hộ nghèo" is never the rate: whose
zero it is cannot be told from the words."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context
from partykg.loaders.pipeline import load_text


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return {f.value: f for f in figs}


def outcomes(text: str):
    doc = load_text("Xã Nậm Cang giảm nghèo\n\n" + text + "\n", source="memory:nam-cang.txt")
    return [o.figure for o in doc.context["outcomes"]]


def test_a_rate_cut_each_year_on_average_is_the_poverty_rate_as_a_change():
    f = read("Giai đoạn 2020-2025, tỷ lệ hộ nghèo của xã Nậm Cang giảm bình quân 3,4%/năm.")[3.4]
    assert (f.indicator, f.is_change) == ("poverty_rate", True)
    f = read("Tỷ lệ hộ nghèo, cận nghèo của xã mỗi năm giảm bình quân 0,9%.")[0.9]
    assert (f.indicator, f.is_change) == ("poverty_rate", True)


def test_a_yearly_cut_after_the_rate_told_is_the_rate_s_change():
    figs = read("Đến năm 2024, tỷ lệ hộ nghèo của xã Nậm Cang còn 5,1%, trung bình mỗi năm giảm 2,2%.")
    assert (figs[5.1].indicator, figs[5.1].is_change) == ("poverty_rate", False)
    assert (figs[2.2].indicator, figs[2.2].qualifier, figs[2.2].is_change) == (
        "poverty_rate", "giảm bình quân/năm", True)


def test_a_yearly_rise_of_another_measure_after_the_rate_is_not_the_rate():
    figs = read("Tỷ lệ hộ nghèo của xã Nậm Cang còn 5,1%, tỷ lệ lao động qua đào tạo mỗi năm tăng 2%.")
    assert figs[2].indicator == "other"


def test_a_cut_against_a_given_year_is_still_no_level():
    figs = read("Năm 2024, tỷ lệ hộ nghèo của xã Nậm Cang còn 5,1%, giảm 6,3% so với năm 2019.")
    assert (figs[6.3].indicator, figs[6.3].base_indicator, figs[6.3].is_change) == ("other", "poverty_rate", True)


def test_no_poor_household_left_stays_no_rate_even_where_poverty_is_told_as_a_rate():
    # whose zero it is (a hamlet's, the commune's, households short of housing, a cell's members)
    # cannot be told from the words alone: it stays a count of poor households, never the rate
    for tail in ("xã Nậm Cang không còn hộ nghèo.", "4 bản của xã Nậm Cang không còn hộ nghèo.",
                 "Chi bộ bản Phiêng không còn hộ nghèo là đảng viên.",
                 "xã Nậm Cang không còn hộ nghèo thiếu hụt về nhà ở."):
        figs = outcomes("Năm 2023, tỷ lệ hộ nghèo của xã Nậm Cang là 3,2%. Đến năm 2026, " + tail)
        assert all(f.indicator != "poverty_rate" for f in figs if f.zero), tail


def test_no_near_poor_household_left_is_no_poverty_rate():
    figs = outcomes("Năm 2023, tỷ lệ hộ nghèo của xã Nậm Cang là 3,2%. Đến năm 2026, "
                    "xã Nậm Cang không còn hộ cận nghèo.")
    assert next(f for f in figs if f.zero).indicator == "other"


def test_a_yearly_cut_against_a_given_year_keeps_the_comparison():
    f = read("Tỷ lệ hộ nghèo của xã Nậm Cang giảm bình quân 1,8%/năm so với năm 2021.")[1.8]
    assert (f.indicator, f.base_indicator, f.is_change) == ("other", "poverty_rate", True)
    assert "so với năm 2021" in f.qualifier
