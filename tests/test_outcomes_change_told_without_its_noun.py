"""A rise or fall told right after a count with no noun of its own ("có 120 hộ nghèo, giảm 35 so
với năm 2021") is that count's change. Only a whole number is: a decimal after a count of
households ("giảm 0,8 so với …") is points of a rate, no households. A count in a ranking ("đứng
thứ 4 trong 11 huyện, tăng 2 …") has no change of its own: the places gained are the rank's. And a
change after a flow is the flow's: after the members admitted ("kết nạp 42 đảng viên, giảm 6 …")
it is the admissions that fell, not the members; after a flow whose measure cannot be told in
words, the change is left out."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def figures(text: str) -> dict:
    figs = find_figures(text)
    read_context(text, figs)
    return {f.value: f for f in figs}


def test_a_whole_number_after_a_count_is_its_change():
    figs = figures("Toàn xã có 120 hộ nghèo, giảm 35 so với năm 2021.")
    assert (figs[35].unit, figs[35].is_change) == ("hộ nghèo", True)


def test_a_decimal_after_a_count_is_no_change_of_it():
    assert 0.8 not in figures("Cuối năm, toàn huyện còn 2.340 hộ nghèo, giảm 0,8 so với năm 2023.")
    assert 4.2 not in figures("Thị trấn có 3.600 hộ, tăng 4,2 so với năm 2019.")


def test_a_rise_in_a_ranking_is_no_change_of_the_count():
    assert 2 not in figures("Năm 2024, huyện đứng thứ 4 trong 11 huyện, tăng 2 so với năm 2021.")
    assert 3 not in figures("Năm nay, xã xếp hạng 6 trong 19 xã, tăng 3 so với năm 2023.")


def test_a_change_after_the_admissions_is_theirs():
    figs = figures("Năm 2024, toàn Đảng bộ kết nạp 42 đảng viên, giảm 6 so với năm 2023.")
    assert figs[42].indicator == "new_members_admitted"
    assert figs[6].is_change and figs[6].qualifier == "số đảng viên được kết nạp giảm so với năm 2023"
    assert not figs[6].qualifier.startswith("đảng viên")


def test_a_change_after_a_flow_with_no_words_for_it_is_left_out():
    figs = figures("Năm 2023, Đảng bộ thi hành kỷ luật 7 đảng viên, giảm 3 so với năm 2022.")
    assert figs[7].indicator == "members_disciplined"
    assert 3 not in figs
