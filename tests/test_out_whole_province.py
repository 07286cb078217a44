""""Toàn tỉnh …" before any province is named: the figure is the province's the text is in (the
one its places lie in), not the commune a later sentence happens to name."""

from __future__ import annotations

from extraction import figure_subjects

from partykg.loaders.pipeline import load_text

ARTICLE = """Toàn tỉnh kết nạp hơn 1.200 đảng viên mới

Năm 2023, toàn tỉnh kết nạp được 1.240 đảng viên mới, thành lập mới 15 chi bộ thôn, bản.

Một buổi lễ kết nạp đảng viên đã diễn ra tại xã Tà Mung, huyện Than Uyên.
"""


def test_the_whole_province_of_the_places_named():
    subjects = figure_subjects(load_text(ARTICLE, source="memory:lai-chau.txt"))
    assert subjects[1240] == "Lai Châu"
    assert subjects[15] == "Lai Châu"
