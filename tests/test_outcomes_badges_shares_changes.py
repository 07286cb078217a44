"""Outcomes: members counted by the class of their party badge ("4 đảng viên 50 năm tuổi
Đảng"), the share a count of poor households makes up ("…hộ nghèo, chiếm 12%"), members the
delegates of a congress stand for, a campaign's quoted title that is no zero, a guest's post that
does not make its body the article's subject, and changes of a level told against a reference
or as a yearly average (not the level itself; the poverty rate's yearly cut stays the rate's,
marked as a change)."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context
from partykg.loaders.pipeline import load_text

from extraction import figure_subjects


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return figs


def by_value(sentence: str):
    return {f.value: f for f in read(sentence)}


# ----------------------------------------------------------------------------- party badges

def test_members_counted_after_a_badge_class_are_no_membership_figure():
    figs = by_value("Năm nay chi bộ có 11 người nhận huy hiệu, trong đó 6 đảng viên 40 năm tuổi Đảng "
                    "và 5 đảng viên 30 năm tuổi Đảng.")
    assert (figs[6].indicator, figs[6].qualifier) == ("other", "Huy hiệu 40 năm tuổi Đảng")
    assert (figs[5].indicator, figs[5].qualifier) == ("other", "Huy hiệu 30 năm tuổi Đảng")


def test_a_badge_class_named_before_its_members_names_them():
    figs = by_value("Huy hiệu 60 năm tuổi Đảng có 2 đồng chí; 40 năm tuổi Đảng có 7 đồng chí.")
    assert (figs[2].indicator, figs[2].qualifier) == ("other", "Huy hiệu 60 năm tuổi Đảng")
    assert (figs[7].indicator, figs[7].qualifier) == ("other", "Huy hiệu 40 năm tuổi Đảng")


def test_members_given_a_badge_class_are_named_by_it():
    f = read("Dịp này, 4 đồng chí được tặng Huy hiệu 70 năm tuổi Đảng.")[0]
    assert (f.value, f.indicator, f.qualifier) == (4, "other", "Huy hiệu 70 năm tuổi Đảng")


def test_a_membership_figure_without_a_badge_class_stays_one():
    assert read("Đảng bộ phường hiện có 215 đảng viên, sinh hoạt ở 14 chi bộ.")[0].indicator == "party_members"


# ----------------------------------------------------------------------------- poverty shares

def test_the_share_of_a_count_of_poor_households_is_the_poverty_rate():
    figs = by_value("Năm 2022, cả xã có 312/1.040 hộ nghèo, chiếm 30%; 96/1.040 hộ cận nghèo, chiếm 9,23%.")
    assert figs[30].indicator == "poverty_rate"
    assert figs[9.23].indicator == "other"  # near-poor households are not the poverty rate


def test_a_campaign_title_in_quotes_is_no_zero():
    figs = read("Huyện phát động phong trào “Bản làng không có hộ nghèo” trong toàn dân.")
    assert not [f for f in figs if f.zero]
    figs = read("Đến cuối năm 2023, thôn Khe Mây không còn hộ nghèo.")
    assert [f.value for f in figs if f.zero] == [0]


# ----------------------------------------------------------------------------- delegates

def test_members_the_delegates_stand_for_are_the_membership():
    figs = by_value("Về dự Đại hội có 120 đại biểu đại diện cho hơn 650 đảng viên của Đảng bộ huyện.")
    assert figs[650].indicator == "party_members"
    assert figs[120].indicator == "other"


# ----------------------------------------------------------------------------- changes of a level

def test_a_level_compared_with_an_earlier_year_is_a_change():
    figs = by_value("Cuối năm 2022, tỷ lệ hộ nghèo còn 6,2%, giảm 3,4% so với năm 2018.")
    assert figs[6.2].indicator == "poverty_rate"
    assert (figs[3.4].indicator, figs[3.4].qualifier) == ("other", "tỷ lệ hộ nghèo giảm so với năm 2018")
    figs = by_value("Năm 2024, thu nhập bình quân đầu người là 38 triệu đồng, tăng 9 triệu đồng so với năm 2020.")
    assert figs[38].indicator == "income_per_capita"
    assert figs[9].indicator == "other"
    assert figs[9].qualifier == "thu nhập bình quân đầu người tăng so với năm 2020"


def test_a_yearly_average_change_of_the_poverty_rate_stays_a_change_of_it():
    f = read("Từ 2021 đến 2025, tỷ lệ hộ nghèo giảm bình quân 2,7%/năm.")[0]
    assert (f.indicator, f.qualifier, f.is_change) == ("poverty_rate", "giảm bình quân/năm", True)
    f = read("Phấn đấu đến 2030, tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.")[0]
    assert f.indicator == "poverty_rate" and f.is_change and f.is_target


def test_a_yearly_average_change_of_another_measure_is_no_level():
    f = read("Từ 2021 đến 2025, thu nhập bình quân đầu người tăng bình quân 4 triệu đồng/năm.")[0]
    assert f.indicator == "other" and f.is_change


def test_a_decline_by_a_range_without_a_reference_keeps_its_measure():
    figs = read("Phấn đấu hằng năm tỷ lệ hộ nghèo của huyện giảm từ 2-3%.")
    assert {f.indicator for f in figs} == {"poverty_rate"}


def test_passing_a_target_by_a_share_is_no_achievement_rate():
    f = by_value("Năm 2023, thu ngân sách của huyện vượt 25% so với nghị quyết.")[25]
    assert f.indicator == "other"
    assert f.qualifier.startswith("thu ngân sách của huyện vượt so với nghị quyết")
    # the rate achieved stays one
    assert by_value("Thu ngân sách của huyện đạt 125% kế hoạch.")[125].indicator == "target_achievement_rate"


def test_a_change_of_a_territorys_measure_goes_to_the_territory():
    doc = load_text("Đại hội Đảng bộ xã Pa Thơm\n\n"
                    "Đảng bộ xã Pa Thơm có 210 đảng viên. Tính đến năm 2024, tỷ lệ hộ nghèo toàn xã còn 12%, "
                    "giảm 5% so với năm 2020.\n", source="memory:pa-thom.txt")
    subjects = figure_subjects(doc, lambda f: (f.value, f.indicator))
    assert subjects[(12, "poverty_rate")] == "Pa Thơm"
    assert subjects[(5, "other")] == "Pa Thơm"


# ----------------------------------------------------------------------------- a guest's post

def test_a_body_named_only_in_a_guests_post_is_not_the_articles_subject():
    doc = load_text("Xã Na Sang phát động thi đua giảm nghèo\n\n"
                    "Ngày 3/3, xã Na Sang tổ chức lễ phát động. Dự lễ có đồng chí Lò Văn Khiêm, "
                    "Phó Trưởng ban Dân vận Huyện ủy.\n\n"
                    "Phấn đấu năm 2025 còn 90 hộ nghèo, giảm 40 hộ nghèo.\n", source="memory:na-sang.txt")
    subjects = figure_subjects(doc)
    assert subjects[90] == "Na Sang"
    assert subjects[40] == "Na Sang"


# ----------------------------------------------------------------------------- where the counted are

def test_the_place_right_after_the_people_counted_is_the_subject():
    doc = load_text("Ba cán bộ xã ở Lai Châu bị kỷ luật\n\n"
                    "Ban Thường vụ Huyện ủy Sìn Hồ đã thi hành kỷ luật các đồng chí vi phạm.\n",
                    source="memory:sin-ho.txt")
    subjects = figure_subjects(doc)
    assert subjects[3] == "Lai Châu"


def test_a_place_after_the_people_counted_but_no_predicate_is_not_their_subject():
    doc = load_text("Đảng bộ huyện Sìn Hồ có 3.100 đảng viên\n\n"
                    "Đảng bộ huyện Sìn Hồ có 3.100 đảng viên ở 22 xã, thị trấn.\n",
                    source="memory:sin-ho-2.txt")
    assert figure_subjects(doc)[3100] == "Đảng bộ huyện Sìn Hồ"


# ----------------------------------------------------------------------------- committees of places

def test_committees_of_places_named_together_are_no_count():
    doc = load_text("Hội nghị ở Sìn Hồ\n\nSáng nay, Đảng ủy 3 xã Nậm Tăm, Pa Khóa và Tả Ngảo tổ chức hội nghị. "
                    "Huyện có các Đảng bộ 16 xã trực thuộc.\n", source="memory:sin-ho-3.txt")
    values = {o.figure.value for o in doc.context["outcomes"]}
    assert 3 not in values
    assert 16 in values  # the party organizations of the places are counted


def test_committee_kinds_listed_together_are_no_body_of_their_own():
    doc = load_text("Kiểm điểm cuối năm\n\n"
                    "Ban Thường vụ Tỉnh ủy chỉ đạo việc kiểm điểm. Đến nay đã có 11/11 huyện, thị, thành ủy "
                    "tổ chức xong kiểm điểm.\n", source="memory:kiem-diem.txt")
    subjects = figure_subjects(doc)
    assert "thành phố" not in (subjects[11] or "")
    assert subjects[11].startswith("Đảng bộ tỉnh")


# ----------------------------------------------------------------------------- commended, not attending

def test_people_commended_at_a_conference_are_not_its_participants():
    figs = by_value("Tại hội nghị, Huyện ủy đã biểu dương 8 tập thể và 27 cá nhân tiêu biểu.")
    assert figs[27].indicator == "other"
    figs = by_value("Hội nghị quán triệt nghị quyết có 300 đảng viên tham dự.")
    assert figs[300].indicator == "study_participants"


def test_a_count_fewer_than_a_year_before_keeps_what_it_counts():
    f = by_value("Năm 2023, toàn huyện giảm 12 tổ chức đảng so với năm 2019.")[12]
    assert f.indicator == "other"
    assert f.qualifier.startswith("tổ chức") and f.qualifier.endswith("giảm so với năm 2019")
