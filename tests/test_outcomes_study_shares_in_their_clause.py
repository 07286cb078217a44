"""A study share ("95% cán bộ, đảng viên tham gia học tập nghị quyết") is read inside its clause.
A comma between the share and the study's words only joins a list of who (party bodies among them,
and items told with where their people are: "đảng viên trong toàn Đảng bộ"); a share closed by a
comma ("đạt 92%, …") or by a clause of its own ("95% hộ dân dùng nước sạch, …") is not the study's
share. A study told in an earlier clause gives no share whose own clause says what else its
people did, but still gives one to those who attended ("…, có 94% đảng viên tham dự", told with
where they are, who came with them or how they attended)."""

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


def test_a_list_of_who_opening_with_party_bodies_then_the_study():
    assert share("Toàn huyện có 100% chi bộ, đảng viên được học tập Chỉ thị 35.").indicator \
        == "study_participation_rate"
    assert share("Đến nay có 98% tổ chức đảng, đảng viên được nghiên cứu, quán triệt nghị quyết mới.").indicator \
        == "study_participation_rate"


def test_a_list_of_who_with_where_its_people_are_then_the_study():
    f = share("Trong năm, 99% đảng viên trong toàn Đảng bộ xã Tân Hòa, đoàn viên, hội viên nông dân được quán "
              "triệt chỉ thị.")
    assert f.indicator == "study_participation_rate"


def test_a_clause_of_its_own_told_with_a_place_still_closes_the_share():
    f = share("Xã có 93% hộ dân trong thôn dùng nước máy, đảng viên đều được quán triệt chỉ thị mới.")
    assert f.indicator != "study_participation_rate"


def test_those_who_attended_told_with_more_words():
    for text in ("Chi bộ tổ chức quán triệt chuyên đề năm 2025, có 92% đảng viên tham dự trực tiếp.",
                 "Đảng ủy xã tổ chức hội nghị quán triệt nghị quyết, có 95% đảng viên trong Đảng bộ dự.",
                 "Huyện ủy quán triệt chỉ thị tới cơ sở, 94% đảng viên và nhân dân tham dự.",
                 "Chi bộ học tập nghị quyết vào tối thứ bảy, 91% đảng viên dự nghe."):
        assert share(text).indicator == "study_participation_rate", text


def test_those_of_a_place_who_did_something_else_after_a_study():
    assert share("Sau khi quán triệt chủ trương, 89% hộ gia đình trong xã tham gia bảo hiểm y tế.").indicator \
        != "study_participation_rate"
