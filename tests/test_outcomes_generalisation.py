"""Outcomes: readings that hold across articles, not one article's wording — negated cues,
parts of a total, "một" as a count, discipline by "xử lý", badges, political-theory classes,
donated land, the unit of "đồng chí đảng viên", and subjects named after the figure ("của X",
an opening "Với N ..."), or by the village the text has turned to."""

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


# ----------------------------------------------------------------------------- indicators

def test_a_negated_cue_does_not_name_the_indicator():
    assert read("Hiện nay có 35% số công chức xã chưa đạt chuẩn về trình độ.")[0].indicator == "other"
    assert read("Hiện nay có 65% số công chức xã đạt chuẩn về trình độ.")[0].indicator == "cadres_meeting_standard"
    assert read("Có 3 chi bộ chưa hoàn thành tốt nhiệm vụ.")[0].indicator != "orgs_rated_good"
    # a cue that is itself negative keeps its reading
    assert read("Có 2 chi bộ không hoàn thành nhiệm vụ.")[0].indicator == "orgs_rated_weak"


def test_a_part_of_a_total_is_counted_by_the_totals_noun():
    figs = by_value("Hiện có 12 trên tổng số 90 cán bộ xã chưa có bằng đại học.")
    part, whole = figs[12], figs[90]
    assert (part.unit, part.denominator) == ("người", 90)
    assert "chưa có bằng đại học" in part.qualifier
    assert whole.qualifier.startswith("tổng số")
    figs = by_value("Có 5 trên tổng số 40 đảng viên được khen thưởng.")
    assert figs[40].indicator == "party_members" and figs[5].unit == "đảng viên"


def test_a_part_within_a_total_reads_the_same_way():
    figs = by_value("Toàn xã có 9 trong tổng số 14 trưởng thôn là đảng viên.")
    assert figs[9].denominator == 14 and figs[14].qualifier.startswith("tổng số")


def test_a_discipline_form_before_the_count_names_the_discipline():
    f = read("Chi bộ đã xử lý bằng hình thức khiển trách hai đảng viên vi phạm.")[0]
    assert (f.value, f.indicator, f.qualifier) == (2, "members_disciplined", "khiển trách")


def test_an_amount_is_described_by_what_stands_before_it_when_nothing_follows():
    f = read("Tổng thu ngân sách trên địa bàn xã đạt 12,4 tỷ đồng.")[0]
    assert f.qualifier == "tổng thu ngân sách trên địa bàn xã (tỷ đồng)"
    assert read("Xã làm mới 3 km đường bê tông.")[0].qualifier == "km đường bê tông"


def test_mot_is_a_count_only_after_a_verb_that_counts():
    assert [(f.value, f.unit) for f in read("Huyện mở một lớp bồi dưỡng cho cán bộ mới.")] == [(1, "lớp")]
    assert read("Anh là một đảng viên gương mẫu của chi bộ.") == []
    assert read("Xã đã mở một số lớp tập huấn kỹ thuật.") == []
    assert read("Đây là một trong những chi bộ tiêu biểu.") == []


def test_people_dealt_with_for_a_violation_are_disciplined():
    figs = by_value("Cấp ủy đã xử lý 7 trường hợp cán bộ vi phạm, trong đó có 2 trường hợp là người đứng đầu.")
    assert figs[7].indicator == "members_disciplined"
    assert figs[2].indicator == "members_disciplined"  # "trong đó có": a part of the list before
    assert read("Công an huyện đã xử lý 14 vụ vi phạm giao thông.")[0].indicator == "other"


def test_party_badges_are_not_admissions():
    figs = by_value("Năm 2023, Đảng bộ kết nạp 8 đảng viên mới; đề nghị tặng Huy hiệu Đảng cho 17 đồng chí.")
    assert figs[8].indicator == "new_members_admitted"
    assert figs[17].indicator == "other" and "Huy hiệu" in figs[17].qualifier
    assert read("Trong đó có 4 đ/c được tặng HH 40 năm tuổi Đảng.")[0].indicator == "other"


def test_a_political_theory_class_counts_its_trainees():
    figs = by_value("Huyện mở lớp trung cấp lý luận chính trị - hành chính cho 55 cán bộ cơ sở.")
    assert figs[55].indicator == "political_theory_trainees"


def test_donated_land_is_not_a_crop_area():
    f = read("Gia đình ông đã hiến 800 m2 đất trồng chè để làm đường.")[0]
    assert f.indicator == "other"
    assert read("Xã có 120 ha chè đang cho thu hoạch.")[0].indicator == "crop_area"


def test_comrades_who_are_party_members_are_counted_in_members():
    f = read("Năm 2023, Đảng bộ kết nạp được 9 đồng chí đảng viên mới.")[0]
    assert (f.unit, f.indicator) == ("đảng viên", "new_members_admitted")


# ----------------------------------------------------------------------------- subjects

ARTICLE = """Đảng bộ xã Mường Kim làm tốt công tác dân vận

Đảng bộ xã Mường Kim, huyện Than Uyên hiện có 312 đảng viên.
Với 34 đảng viên, những năm qua, Chi bộ bản Nà Khương (Đảng bộ xã Mường Kim) luôn dẫn đầu phong trào.
Năm 2023, Đảng ủy xã Mường Kim đã hỗ trợ 40 hộ nghèo của bản Nà Khương.
Năm 2024, Đảng ủy xã Mường Kim làm đường giao thông, trong đó nhân dân bản Nà Khương góp công sức.
Bà con đã hiến 1.200 m2 đất và làm 3 km đường nội đồng.

Năm 2024, Đảng ủy xã Mường Kim kết nạp 16 đảng viên mới.
"""


def subjects():
    doc = load_text(ARTICLE, source="memory:muong-kim-dan-van.txt")
    return figure_subjects(doc)


def test_an_opening_with_names_the_body_that_follows_not_its_parent_in_brackets():
    assert subjects()[34] == "Chi bộ bản Nà Khương"


def test_of_x_after_the_counted_noun_names_the_subject():
    assert subjects()[40] == "Nà Khương"


def test_the_village_the_text_turned_to_stays_the_subject_for_the_next_sentences():
    got = subjects()
    assert got[1200] == "Nà Khương" and got[3] == "Nà Khương"
    assert got[16] == "Đảng bộ xã Mường Kim"  # named again: the text widens back
    assert got[312] == "Đảng bộ xã Mường Kim"


def test_medal_abbreviations_are_stated_as_medals():
    figs = read("Đội tuyển của trường giành 2 huy chương vàng, 1 HCB và 3 HCĐ.")
    assert [(f.value, f.unit) for f in figs] == [(2, "huy chương"), (1, "huy chương"), (3, "huy chương")]
