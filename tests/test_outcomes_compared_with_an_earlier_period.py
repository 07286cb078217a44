"""A percentage that sets a count against an earlier period's ("bằng 80% so với cùng kỳ", "bằng
210% so với nhiệm kỳ trước") is a comparison, not how far a target was reached; the committee
members among the disciplined ("…; trong đó, có 9 cấp ủy viên") are disciplined members too,
past such a comparison and past a semicolon, and their share of the disciplined ("chiếm 15%
tổng số đảng viên bị kỷ luật") is a share, never a count of the disciplined."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str) -> dict:
    doc = load_text("Đảng bộ tỉnh Hòa Lạc\n\n" + text + "\n", source="memory:earlier-period.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_a_share_of_the_same_period_last_year_is_no_achievement():
    got = figures("Từ tháng Giêng đến tháng Sáu, các cấp ủy trong huyện kỷ luật 84 đảng viên, bằng 76,4% so với cùng kỳ năm trước.")
    assert got[84] == "members_disciplined"
    assert got[76.4] == "other"


def test_a_share_above_a_hundred_against_the_last_term_is_no_achievement():
    got = figures("Trong nửa nhiệm kỳ, Ủy ban kiểm tra các cấp đã kỷ luật 23 tổ chức đảng, bằng 230% so với nhiệm kỳ trước.")
    assert got[230] == "other"


def test_a_share_of_the_plan_is_still_an_achievement():
    got = figures("Năm qua, toàn Đảng bộ kết nạp 412 đảng viên, đạt 103% kế hoạch.")
    assert got[103] == "target_achievement_rate"


def test_committee_members_among_the_disciplined_after_a_semicolon():
    got = figures("Năm 2023, cấp ủy các cấp đã kỷ luật 64 đảng viên, bằng 90% so với năm 2022; trong đó, có 9 cấp ủy viên, "
                  "chiếm 14,06% tổng số đảng viên bị kỷ luật.")
    assert got[9] == "members_disciplined"
    assert got[14.06] == "other"
    assert got[90] == "other"


def test_the_whole_is_the_count_before_its_forms_in_brackets():
    doc = load_text("Đảng bộ tỉnh Hòa Lạc\n\nCả nhiệm kỳ đã thi hành kỷ luật 310 đảng viên (khiển trách 200, cảnh cáo 95, "
                    "khai trừ 15), trong đó có 41 cấp ủy viên.\n", source="memory:earlier-period-brackets.txt")
    part = next(o.figure for o in doc.context["outcomes"] if o.figure.value == 41)
    assert part.indicator == "members_disciplined"
    assert part.qualifier != "khai trừ"  # a part of the 310, not of those expelled


def test_a_semicolon_without_a_breakdown_still_ends_the_count():
    got = figures("Năm 2023, cấp ủy các cấp đã kỷ luật 64 đảng viên; 12 cán bộ được cử đi học lớp bồi dưỡng.")
    assert got[12] != "members_disciplined"
