"""Outcomes: which numbers are figures, and what each figure is read as (indicator, unit,
qualifier, period, target, change), one rule per test, on sentences written for the tests."""

from __future__ import annotations

import pytest

from partykg.loaders.outcomes import find_figures, read_context


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return figs


def one(sentence: str):
    figs = read(sentence)
    assert len(figs) == 1, [(f.value, f.unit) for f in figs]
    return figs[0]


def values(sentence: str):
    return [f.value for f in read(sentence)]


# ----------------------------------------------------------------------------- what is a figure

def test_a_number_needs_a_counted_noun_or_a_percent_sign():
    assert values("Chi bộ thôn Nà Lạ có 42 đảng viên và 3 tổ đảng.") == [42, 3]
    assert values("Tỷ lệ hộ nghèo còn 7,5%.") == [7.5]
    assert values("Xã có 2 dân tộc cùng sinh sống, nhận diện 27 biểu hiện suy thoái.") == []


@pytest.mark.parametrize("sentence", [
    "Năm 2021, Đảng ủy xã ban hành Kế hoạch số 15-KH/ĐU ngày 12/3/2021.",
    "Thực hiện Nghị quyết Trung ương 4 khóa XII và Chỉ thị 05-CT/TW của Bộ Chính trị.",
    "Đại hội nhiệm kỳ 2020-2025 diễn ra trong 2 ngày.",
    "Trong 4 năm qua, tiêu chí số 9 về nhà ở đã được quan tâm.",
    "Thứ bảy - 12/10/2024 08:15 1520 0",
    "Sau 3 năm triển khai, mô hình thứ 7 hằng tuần được duy trì.",
    "Bài viết có 2.315 lượt xem và 12 bình luận.",
])
def test_years_dates_codes_terms_durations_and_counters_are_not_figures(sentence):
    assert read(sentence) == []


def test_vietnamese_numerals_are_read():
    assert values("Đảng bộ kết nạp 1.250 đảng viên, thu nhập đạt 42,6 triệu đồng.") == [1250, 42.6]
    assert values("Xã có 05 chi bộ.") == [5]


def test_number_words_count_only_before_a_counted_noun():
    assert values("Năm 2022, xã có hai chi bộ mới và mười lăm đảng viên trẻ.") == [2, 15]
    assert values("Hằng năm Đảng bộ huyện tổ chức hội nghị sơ kết.") == []
    assert values("Đây là một xã vùng cao, có một số đảng viên tuổi cao.") == []
    assert values("Huyện có một trăm hai mươi chi bộ.") == [120]
    assert values("Ủy ban Kiểm tra đã kỷ luật một đảng viên.") == [1]


def test_approximations_keep_the_value_as_written():
    f = one("Toàn huyện có trên 2.000 đảng viên.")
    assert f.value == 2000 and f.approx == "trên"
    assert one("Gần 90% hộ dân dùng nước sạch.").approx == "gần"


def test_a_range_is_two_figures_lower_and_upper():
    lo, hi = read("Chỉ tiêu kết nạp từ 120-150 đảng viên mới.")
    assert (lo.value, lo.bound, hi.value, hi.bound) == (120, "lower", 150, "upper")
    assert lo.indicator == hi.indicator == "new_members_admitted"
    lo, hi = read("Tỷ lệ hộ nghèo giảm từ 1-2% mỗi năm.")
    assert (lo.value, hi.value) == (1, 2) and lo.is_change and hi.is_change


def test_a_range_must_rise_and_a_share_must_not_exceed_its_whole():
    assert values("Sáng 28-5 đoàn công tác làm việc tại xã.") == []
    assert values("Nhà số 155/11 hộ gia đình") == []


def test_a_fraction_counts_its_numerator():
    f = one("Xã đã đạt 17/19 tiêu chí nông thôn mới.")
    assert f.value == 17 and f.denominator == 19 and f.unit == "tiêu chí"
    f = read("Đã cập nhật dữ liệu của 12.345/13.000 đảng viên.")[0]
    assert (f.value, f.denominator) == (12345, 13000)


def test_no_more_of_a_rated_kind_is_a_zero():
    figs = read("Năm 2023, không còn chi bộ yếu kém, không có đảng viên không hoàn thành nhiệm vụ.")
    assert [(f.value, f.indicator) for f in figs] == [
        (0, "orgs_rated_weak"), (0, "members_rated_not_completed")]


def test_no_more_poor_households_is_a_zero_in_the_pipeline():
    from partykg.loaders.pipeline import Pipeline, load_text

    doc = load_text("Năm 2023, Đảng bộ xã Nà Lạ cho biết toàn xã không còn hộ nghèo.\n",
                    pipeline=Pipeline(["outcomes"]))
    assert [(o.figure.value, o.figure.unit) for o in doc.context["outcomes"]] == [(0, "hộ nghèo")]


def test_number_words_end_where_the_counted_noun_begins():
    f = one("Ba năm liền, chi bộ được xếp loại hoàn thành xuất sắc nhiệm vụ.")
    assert (f.value, f.unit) == (3, "năm liền")


def test_a_threshold_describing_the_counted_units_is_not_a_figure():
    assert values("Huyện còn 12 chi bộ có dưới 5 đảng viên.") == [12]


def test_a_classifier_before_a_document_is_not_a_village():
    f = one("Chi bộ đã nhận 45 bản cam kết của đảng viên.")
    assert f.unit == "bản cam kết" and f.cat == "doc"


def test_units_are_stated_as_written():
    assert one("Xã trồng mới 35,5 ha cà phê.").unit == "ha"
    assert one("Thu nhập bình quân đạt 38 triệu đồng/người/năm.").unit == "triệu đồng/người/năm"
    assert one("Đã kết nạp 14 quần chúng ưu tú.").unit == "người"
    assert one("Đoàn thăm hỏi 120 đồng bào vùng lũ.").unit == "người"  # not "đồng", the currency


# ----------------------------------------------------------------------------- indicators

@pytest.mark.parametrize("sentence, indicator", [
    ("Đảng bộ xã hiện có 210 đảng viên.", "party_members"),
    ("Đảng bộ xã có 18 chi bộ trực thuộc.", "party_cells"),
    ("Đảng bộ huyện có 41 tổ chức cơ sở đảng.", "subordinate_party_orgs"),
    ("Năm 2022, Đảng bộ kết nạp được 24 đảng viên mới.", "new_members_admitted"),
    ("Năm 2022, toàn Đảng bộ có thêm 31 đảng viên mới.", "new_members_admitted"),
    ("Đảng ủy đã thi hành kỷ luật 3 đảng viên vi phạm.", "members_disciplined"),
    ("Ủy ban Kiểm tra đã tiến hành 12 cuộc kiểm tra.", "inspections"),
    ("Cấp ủy thực hiện 9 cuộc giám sát chuyên đề.", "supervisions"),
    ("Cấp ủy giám sát chuyên đề 14 tổ chức đảng.", "supervisions"),
    ("Năm 2022 có 95% chi bộ hoàn thành tốt nhiệm vụ, đạt 105% chỉ tiêu; riêng năm 2023 kết nạp 40 đảng viên.", "orgs_rated_good"),
    ("Đảng ủy tổ chức 20 hội nghị quán triệt nghị quyết.", "study_conferences"),
    ("Có 7 chi bộ hoàn thành xuất sắc nhiệm vụ.", "orgs_rated_excellent"),
    ("Có 11 chi bộ hoàn thành tốt nhiệm vụ.", "orgs_rated_good"),
    ("Có 2 chi bộ hoàn thành nhiệm vụ.", "orgs_rated_completed"),
    ("Có 25 đảng viên hoàn thành xuất sắc nhiệm vụ.", "members_rated_excellent"),
    ("Có 160 đảng viên hoàn thành tốt nhiệm vụ.", "members_rated_good"),
    ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 88%.", "members_rated_good"),
    ("Có 90% chi bộ đạt trong sạch, vững mạnh.", "orgs_rated_good"),  # the old second rating
    ("Có 12 chi bộ đạt trong sạch vững mạnh tiêu biểu.", "orgs_rated_excellent"),
    ("Tỷ lệ hộ nghèo giảm còn 6,2%.", "poverty_rate"),
    ("Xã còn hơn 30% số hộ nghèo.", "poverty_rate"),
    ("Thu nhập bình quân đầu người đạt 41 triệu đồng/người/năm.", "income_per_capita"),
    ("Năm 2022, thu nhập đầu người của xã lên 29 triệu đồng/năm.", "income_per_capita"),
    ("Toàn xã có 320 ha chè đang cho thu hoạch.", "crop_area"),
    ("Tổng sản lượng lương thực đạt 9.800 tấn.", "food_output"),
    ("Xã còn 40 hộ ở nhà tạm, dột nát.", "temporary_houses"),
    ("Năm 2023 đã xóa được 18 hộ nhà tạm.", "houses_removed"),
    ("Huyện cử 30 cán bộ đi học Trung cấp lý luận chính trị.", "political_theory_trainees"),
    ("Đã giải quyết 4 đơn tố cáo đối với đảng viên.", "denunciations_handled"),
    ("Huyện giảm được 6 phòng, ban và 12 thôn.", "units_reduced"),
    ("Toàn tỉnh còn 9 bản chưa có đảng viên.", "villages_without_members"),
    ("Có 80% chi bộ thôn có chi ủy.", "cells_with_committee"),
    ("Đạt 104% kế hoạch đề ra.", "target_achievement_rate"),
])
def test_the_words_around_a_figure_name_its_indicator(sentence, indicator):
    assert read(sentence)[0].indicator == indicator


def test_a_discipline_form_is_the_qualifier():
    figs = read("Đã kỷ luật 4 đảng viên (02 khiển trách, 01 cảnh cáo, 01 khai trừ).")
    assert [(f.value, f.indicator, f.qualifier) for f in figs] == [
        (4, "members_disciplined", None), (2, "members_disciplined", "khiển trách"),
        (1, "members_disciplined", "cảnh cáo"), (1, "members_disciplined", "khai trừ")]


def test_a_crop_named_earlier_in_the_sentence_is_the_qualifier():
    f = one("Xã vận động nhân dân trồng cây mắc ca, đến nay đã trồng được 85 ha.")
    assert (f.indicator, f.qualifier) == ("crop_area", "mắc ca")


def test_a_list_after_a_verb_shares_its_indicator():
    figs = read("Đảng bộ đã thành lập 4 chi bộ thôn, 2 chi bộ trường học và 1 chi bộ trạm y tế.")
    assert {f.indicator for f in figs} == {"other"}
    figs = read("Đảng bộ có 15 chi bộ (trong đó 9 chi bộ thôn, 6 chi bộ cơ quan).")
    assert [f.indicator for f in figs] == ["party_cells"] * 3


def test_a_new_verb_ends_the_list_a_verb_governs():
    figs = read("Đã kiểm tra 12 đảng viên, đề nghị khen thưởng 3 đảng viên.")
    assert [f.indicator for f in figs] == ["inspections", "other"]
    figs = read("Đã kiểm tra 12 đảng viên, 4 tổ chức đảng.")
    assert [f.indicator for f in figs] == ["inspections", "inspections"]


def test_members_checked_by_an_inspection_are_not_the_membership():
    figs = read("Ủy ban Kiểm tra đã tiến hành 5 cuộc kiểm tra đối với 3 chi bộ và 8 đảng viên.")
    assert [f.indicator for f in figs] == ["inspections", "other", "other"]


def test_ratings_count_organizations_or_members_by_the_counted_noun():
    figs = read("Năm 2023, 100% chi bộ hoàn thành tốt nhiệm vụ trở lên; 95% đảng viên hoàn thành tốt nhiệm vụ.")
    assert [f.indicator for f in figs] == ["orgs_rated_good", "members_rated_good"]


def test_an_unknown_figure_is_other_with_its_words_as_qualifier():
    f = one("Xã xây dựng được 12 nhà văn hóa thôn.")
    assert f.indicator == "other" and "nhà văn hóa" in f.qualifier


def test_a_percentage_after_a_figure_is_its_achievement_rate():
    amount, rate = read("Giá trị sản xuất đạt 120 tỷ đồng, đạt 108% kế hoạch.")
    assert rate.indicator == "target_achievement_rate" and rate.achievement and not rate.is_target


# ----------------------------------------------------------------------------- periods

def test_periods_as_stated():
    assert one("Năm 2022, Đảng bộ kết nạp 19 đảng viên.").period == ("2022", "2022")
    assert one("Từ năm 2016 đến năm 2020, Đảng bộ kết nạp 80 đảng viên.").period == ("2016", "2020")
    assert one("Nhiệm kỳ 2015-2020, Đảng bộ kết nạp 80 đảng viên.").period == ("2015", "2020")
    assert one("Trong năm học 2022 - 2023 có 40 học sinh đạt giải.").period == ("2022", "2023")
    # a level "as of" a year stands at that year; a flow up to it ends there
    assert one("Đến năm 2020, toàn xã có 300 đảng viên.").period == ("2020", "2020")
    assert one("Đến năm 2020, Đảng bộ kết nạp 80 đảng viên.").period == (None, "2020")
    assert one("Từ năm 2021, mức đóng góp chỉ còn 2 triệu đồng.").period == ("2021", None)


def test_an_unanchored_duration_leaves_the_period_unstated():
    assert one("Trong 3 năm, huyện đã kết nạp 90 đảng viên.").period is None


def test_a_year_right_after_a_figure_is_its_own():
    a, b = read("Tỷ lệ hộ nghèo giảm từ 30% năm 2016 xuống còn 12% năm 2021.")
    assert (a.period, b.period) == (("2016", "2016"), ("2021", "2021"))
    assert a.indicator == b.indicator == "poverty_rate" and not a.is_change


def test_a_period_stated_earlier_carries_to_later_figures_of_the_sentence():
    figs = read("Giai đoạn 2016-2020, Đảng bộ tổ chức 40 cuộc kiểm tra và 25 cuộc giám sát.")
    assert [f.period for f in figs] == [("2016", "2020")] * 2


def test_every_year_is_annual_not_a_period():
    f = one("Hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ.")
    assert f.period is None and f.annual


def test_a_yearly_decrease_is_a_change():
    lo, hi = read("Phấn đấu tỷ lệ hộ nghèo giảm bình quân 2-3%/năm.")
    assert lo.unit == hi.unit == "%/năm" and lo.is_change and hi.is_change and lo.is_target and hi.is_target


def test_a_discipline_form_before_its_count():
    figs = read("Đã thi hành kỷ luật 9 đảng viên (khiển trách 6, cảnh cáo 3).")
    assert [(f.value, f.qualifier) for f in figs] == [(9, None), (6, "khiển trách"), (3, "cảnh cáo")]
    assert {f.indicator for f in figs} == {"members_disciplined"}


def test_a_comparison_base_year_is_not_the_period_of_a_change():
    f = one("Giá trị sản xuất tăng 12 tỷ đồng so với năm 2020.")
    assert f.is_change and f.period is None


# ----------------------------------------------------------------------------- targets

def test_target_cues_mark_targets():
    assert one("Phấn đấu đến năm 2025 có 100% thôn có chi bộ.").is_target
    assert one("Mục tiêu năm 2025 tỷ lệ hộ nghèo còn dưới 3%.").is_target
    lo, hi = read("Nhiệm kỳ này đặt chỉ tiêu kết nạp 50-60 đảng viên.")
    assert lo.is_target and hi.is_target


def test_an_achievement_after_a_target_is_not_a_target():
    target, achieved = read("Vùng cà phê chỉ tiêu đề ra 500 ha, đến nay đã đạt 620 ha.")
    assert target.is_target and not achieved.is_target


def test_a_target_named_after_an_achievement_rate_does_not_make_later_figures_targets():
    figs = read("Đạt 112% chỉ tiêu đề ra; riêng năm 2021 kết nạp 245 đảng viên.")
    assert [f.is_target for f in figs] == [False, False]


def test_exceeding_the_target_is_not_a_target():
    f = one("Kết quả vượt chỉ tiêu nghị quyết: năm 2022 có 92% chi bộ hoàn thành tốt nhiệm vụ.")
    assert not f.is_target


def test_a_target_list_continues_into_the_next_sentence_of_its_paragraph():
    from partykg.loaders.pipeline import Pipeline, load_text

    doc = load_text("Mục tiêu đến năm 2025, có 95% chi bộ hoàn thành tốt nhiệm vụ. "
                    "Hằng năm có từ 80% đảng viên hoàn thành tốt nhiệm vụ trở lên.\n"
                    "Năm 2022, Đảng bộ xã Nà Lạ kết nạp 12 đảng viên.",
                    pipeline=Pipeline(["outcomes"]))
    figs = [o.figure for o in doc.context["outcomes"]]
    assert [f.is_target for f in figs] == [True, True, False]


# ----------------------------------------------------------------------------- robustness

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "Đảng bộ xã", " có ", "133", "1.800", "26,3", "%", " đảng viên", " chi bộ", ", ", "; ", "(", ")",
    "năm 2019", " từ ", "-", "/", " đến ", "không có", " hai", " mười lăm", " kết nạp", " tỷ lệ hộ nghèo",
    " ha", " chè", " chỉ tiêu", " đạt", " trên", "02", " cảnh cáo", " triệu đồng/người/năm", "“", "”", "\n",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_sentence_reads_without_error_and_spans_stay_inside_it(sentence):
    for f in read(sentence):
        assert 0 <= f.start <= f.num_start <= f.num_end <= f.end <= len(sentence)
        assert f.value >= 0
        assert f.indicator
