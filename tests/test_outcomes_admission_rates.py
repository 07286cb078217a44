"""Admissions told as a rate ("tỷ lệ phát triển đảng viên mới đạt 7%", "kết nạp 358 đảng viên
mới, đạt tỷ lệ 7,61%") are the admissions measured as a share of the membership; a bare
share after them ("đạt 48%") or one against the target ("đạt 62% chỉ tiêu") still measures
achievement against the target."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Long Điền\n\n" + text + "\n", source="memory:long-dien.txt")
    return {o.figure.value: (o.figure.indicator, o.figure.is_target) for o in doc.context["outcomes"]}


def test_the_rate_of_admissions_as_a_target():
    got = figures("Đảng bộ huyện phấn đấu năm 2024 tỷ lệ phát triển đảng viên mới đạt từ 6% trở lên so với "
                  "tổng số đảng viên đầu năm.")
    assert got[6] == ("new_members_admitted", True)


def test_admissions_then_their_rate():
    got = figures("Trong năm 2023, Huyện ủy Long Điền kết nạp được 215 đảng viên mới, đạt tỷ lệ 5,2%.")
    assert got[215] == ("new_members_admitted", False)
    assert got[5.2] == ("new_members_admitted", False)


def test_admissions_then_a_share_of_the_target():
    got = figures("Trong năm 2023, Huyện ủy Long Điền kết nạp được 215 đảng viên mới, đạt 62% chỉ tiêu; "
                  "Đảng bộ xã An Ngãi kết nạp 12 đảng viên mới, đạt 48%.")
    assert got[62][0] == "target_achievement_rate"
    assert got[48][0] == "target_achievement_rate"


def test_admissions_out_of_those_planned():
    got = figures("Trong 6 tháng đầu năm 2024, Huyện ủy Long Điền xét kết nạp được 47/80 đảng viên mới, "
                  "đạt 58,75% theo chỉ tiêu đề ra của cả năm.")
    assert got[47] == ("new_members_admitted", False)
    assert got[80] == ("new_members_admitted", True)
    assert got[58.75][0] == "target_achievement_rate"
