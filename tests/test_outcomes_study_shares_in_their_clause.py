"""A study share ("95% cán bộ, đảng viên tham gia học tập nghị quyết") is read inside its clause.
A comma between the share and the study's words only joins a list of who; a share closed by a
comma ("đạt 92%, …") or by a clause of its own ("95% hộ dân dùng nước sạch, …") is not the study's
share. A study told in an earlier clause gives no share whose own clause says what else its
people did, but still gives one to those who attended ("…, có 94% đảng viên tham dự")."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def share(text: str):
    figs = find_figures(text)
    read_context(text, figs)
    return next(f for f in figs if f.unit == "%")


def test_a_share_of_a_list_of_who_then_the_study():
    assert share("Năm 2024, 97% cán bộ, đảng viên tham gia học tập chuyên đề của Tỉnh ủy.").indicator \
        == "study_participation_rate"


def test_a_share_then_the_study_of_those_who_attended_in_a_later_clause():
    assert share("Tuần qua, Đảng ủy xã quán triệt Kết luận của Trung ương tới 14 chi bộ, có 96% đảng viên tham "
                 "dự.").indicator == "study_participation_rate"


def test_a_share_closed_by_a_comma_is_not_the_next_clause_study():
    f = share("Tỷ lệ thu gom rác thải của xã đạt 92%, cán bộ, đảng viên tham gia học tập nghị quyết đầy đủ.")
    assert f.indicator != "study_participation_rate"


def test_a_share_with_a_clause_of_its_own_is_not_the_next_clause_study():
    f = share("Xã có 95% hộ dân dùng nước sạch, đảng viên đều được quán triệt chỉ thị mới.")
    assert f.indicator != "study_participation_rate"


def test_a_study_of_an_earlier_clause_is_not_a_later_share():
    assert share("Sau khi học tập nghị quyết, 88% hộ gia đình tham gia bảo hiểm y tế tự nguyện.").indicator \
        != "study_participation_rate"
    assert share("Sau khi quán triệt chủ trương, 97% hộ dân đồng thuận hiến đất làm đường.").indicator \
        != "study_participation_rate"
