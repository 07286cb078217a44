"""A bare level word opening a clause with a verb of the unit's own work ("Trong năm, huyện kết
nạp …", "Năm 2018, xã tổ chức …") stands for the unit the article is about at that level, not
for the last place a sentence named."""

from __future__ import annotations

from extraction import figure_subjects

from partykg.loaders.pipeline import load_text


def subjects(text: str) -> dict:
    return figure_subjects(load_text(text, source="memory:tuy-an.txt"), lambda f: (f.value, f.unit))


def test_the_district_admits_members_after_a_sentence_on_its_town():
    got = subjects("Huyện ủy Tuy An tổng kết công tác năm 2018. Thị trấn Chí Thạnh được công nhận là đô thị "
                   "loại V. Cả năm, huyện kết nạp 120 đảng viên.")
    assert got[(120, "đảng viên")] == "Đảng bộ huyện Tuy An"


def test_the_commune_holds_meetings_after_a_sentence_on_one_village():
    got = subjects("Đảng ủy xã An Dân tổng kết năm 2019. Thôn Phú Hữu có nhiều hộ khá. "
                   "Năm 2019, xã tổ chức 12 hội nghị tuyên truyền.")
    assert got[(12, "hội nghị")] in ("An Dân", "Đảng bộ xã An Dân")  # the commune or its party body


def test_the_place_named_before_the_figure_keeps_its_figure():
    got = subjects("Huyện ủy Tuy An tổng kết công tác năm 2018. Thị trấn Chí Thạnh kết nạp 15 đảng viên.")
    assert got[(15, "đảng viên")] == "Chí Thạnh"
