""""của huyện" after an award or a paper ("bằng khen của huyện", "theo kế hoạch của huyện") names
something OF the district, not the district's whole territory: the figures after it, in
brackets or past a comma, stay with the body the sentence is about. After a count standing for
the whole ("tổng số đảng viên của huyện") the district owns them, as before."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects


def subjects(text: str):
    doc = load_text("Đảng bộ huyện Hải Hậu\n\n" + text + "\n", source="memory:hai-hau-award.txt")
    return figure_subjects(doc, lambda f: f.value)


def test_figures_after_an_award_of_the_district_stay_with_the_commune():
    got = subjects("Năm 2023, Đảng bộ xã Hải Minh được 2 bằng khen của huyện (trong đó: 14 chi bộ hoàn thành "
                   "tốt nhiệm vụ, kết nạp 12 đảng viên mới).")
    assert got[14] == "Đảng bộ xã Hải Minh"
    assert got[12] == "Đảng bộ xã Hải Minh"


def test_figures_after_a_plan_of_the_district_stay_with_the_commune():
    got = subjects("Năm 2024, Đảng bộ xã Hải Minh thực hiện theo kế hoạch của huyện, có 17 chi bộ và 420 đảng viên.")
    assert got[17] == "Đảng bộ xã Hải Minh"
    assert got[420] == "Đảng bộ xã Hải Minh"


def test_the_whole_membership_of_the_district_owns_what_follows():
    got = subjects("Năm 2024, Đảng bộ xã Hải Minh kết nạp 5 đảng viên mới. Tổng số đảng viên của huyện là 8.900 "
                   "đồng chí, sinh hoạt tại 61 tổ chức cơ sở đảng (trong đó: 33 đảng bộ cơ sở).")
    assert "Hải Hậu" in got[8900]
    assert "Hải Hậu" in got[61]
    assert "Hải Hậu" in got[33]
