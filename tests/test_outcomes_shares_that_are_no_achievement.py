"""An achievement rate is a share of a plan ("đạt 105% so với Nghị quyết", "đạt 62% chỉ tiêu", a
bare "đạt 105%" after a count). A share of the membership ("kết nạp 420 đảng viên mới, đạt 4,8% so
với số đảng viên hiện có") is the admissions as a rate, and a share of any other whole is none;
"cao hơn 20% so với Nghị quyết" tells by how much the plan was passed, as "vượt" does."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return {f.value: f for f in figs}


def test_admissions_as_a_share_of_the_members_they_joined():
    for whole in ("số đảng viên hiện có", "tổng số đảng viên"):
        f = read(f"Năm 2024, Đảng bộ huyện Mường La kết nạp được 420 đảng viên mới, đạt 4,8% so với {whole}.")[4.8]
        assert (f.indicator, f.qualifier) == ("new_members_admitted", "tỷ lệ phát triển đảng viên mới")


def test_a_share_of_another_whole_is_no_achievement():
    f = read("Năm 2024, Đảng bộ huyện Mường La có 900 đảng viên nữ, đạt 24% so với tổng số đảng viên.")[24]
    assert f.indicator != "target_achievement_rate"


def test_passing_a_plan_told_with_cao_hon_is_a_change_not_the_rate_achieved():
    f = read("Năm 2024, Đảng bộ huyện Mường La kết nạp 420 đảng viên mới, cao hơn 20% so với Nghị quyết.")[20]
    assert (f.indicator, f.is_change, f.achievement) == ("other", True, False)
    assert f.qualifier == "số đảng viên được kết nạp cao hơn so với nghị quyết"


def test_shares_of_a_plan_stay_achievement_rates():
    figs = read("Năm 2024, Đảng bộ huyện Mường La kết nạp 420 đảng viên mới, đạt 105% so với Nghị quyết.")
    assert figs[105].indicator == "target_achievement_rate"
    assert read("Năm 2024, Đảng bộ huyện Mường La kết nạp 420 đảng viên mới, đạt 105%.")[105].indicator \
        == "target_achievement_rate"
    assert read("Năm 2024, Đảng bộ huyện Mường La kết nạp 420 đảng viên mới, đạt 84% kế hoạch.")[84].indicator \
        == "target_achievement_rate"


def test_by_how_much_a_target_was_passed_names_the_verb_once():
    figs = read("Năm 2024, Đảng bộ xã Tà Mung kết nạp 42 đảng viên, đạt 105%, cao hơn 5% so với chỉ tiêu.")
    assert figs[5].qualifier == "cao hơn so với chỉ tiêu"
    assert "cao cao" not in figs[5].qualifier
