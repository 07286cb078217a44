"""Outcomes: indicators read across a list. A bare target after a measure is the same measure's
target ("tỷ lệ hộ nghèo còn 3%, phấn đấu … còn 2%"); "chi bộ, đảng bộ trực thuộc" counts
subordinate party organizations; cells named as the doers of a passive ("được 30 chi bộ hỗ trợ")
are not a count of the body's cells; a decimal comma ("28,5%") does not end a measure, and a share
naming its own noun ("90% hộ dùng nước sạch") is not the measure before it."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return figs


def test_a_bare_target_after_a_measure_is_that_measures_target():
    figs = read("Tỷ lệ hộ nghèo còn 5,2%, phấn đấu đến năm 2025 còn dưới 3%.")
    assert [(f.value, f.indicator, f.is_target) for f in figs] == [
        (5.2, "poverty_rate", False), (3, "poverty_rate", True)]


def test_a_target_naming_its_own_noun_is_not_the_measure_before_it():
    figs = read("Tỷ lệ hộ nghèo còn 5%, phấn đấu năm 2025 có 90% số hộ dùng nước sạch.")
    assert figs[1].indicator != "poverty_rate"


def test_cells_and_committees_counted_together_are_subordinate_organizations():
    figs = read("Đến nay, 38/38 chi bộ, đảng bộ trực thuộc đã xây dựng xong quy chế làm việc.")
    whole = [f for f in figs if f.is_total][0]
    assert (whole.value, whole.indicator) == (38, "subordinate_party_orgs")
    figs = read("Đảng bộ huyện có 52 chi, đảng bộ cơ sở.")
    assert (figs[0].value, figs[0].indicator) == (52, "subordinate_party_orgs")


def test_cells_doing_something_in_a_passive_are_not_a_count_of_cells():
    figs = read("Có 120 hộ nghèo được 30 chi bộ trực thuộc nhận đỡ đầu.")
    assert {f.value: f.indicator for f in figs}[30] == "other"
    figs = read("Đảng bộ xã hiện có 30 chi bộ trực thuộc.")
    assert figs[0].indicator == "party_cells"


def test_a_decimal_comma_does_not_break_a_measure_read_from_the_left():
    figs = read("Tỷ lệ hộ nghèo giảm từ 28,5% năm 2016 xuống còn 12% năm 2021.")
    assert [(f.value, f.indicator, f.period) for f in figs] == [
        (28.5, "poverty_rate", ("2016", "2016")), (12, "poverty_rate", ("2021", "2021"))]


def test_a_share_naming_its_own_noun_is_not_the_measure_before_it():
    figs = read("Tỷ lệ hộ nghèo còn 4,5%, 90% hộ dùng nước sạch.")
    assert [(f.value, f.indicator) for f in figs] == [(4.5, "poverty_rate"), (90, "other")]
    # while a bare share after an amount is still its achievement against the plan
    assert read("Sản lượng lương thực đạt 18.500 tấn, đạt 104%.")[1].indicator == "target_achievement_rate"


def test_houses_counted_as_houses_are_temporary_or_removed_by_the_words_after_them():
    assert [(f.value, f.indicator) for f in read("Năm qua, xã đã xóa 12 nhà tạm.")] == [(12, "houses_removed")]
    assert [(f.value, f.indicator) for f in read("Toàn xã còn 40 căn nhà dột nát.")] == [(40, "temporary_houses")]
    assert read("Nhân dân góp công xây 3 nhà văn hóa.")[0].indicator == "other"
