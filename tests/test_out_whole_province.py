""""Toàn tỉnh …" before any province is named: the figure is the province's the text is in (the
one its places lie in), not the commune a later sentence happens to name."""

from __future__ import annotations

from extraction import figure_subjects

from partykg.loaders.pipeline import load_text

ARTICLE = """Gần một nghìn đảng viên mới trong năm

Năm 2023, toàn tỉnh có thêm 980 đảng viên mới và thành lập mới 15 chi bộ thôn, bản.

Một buổi sinh hoạt chi bộ mẫu đã được tổ chức tại xã Bản Bo, huyện Tam Đường.
"""


def test_the_whole_province_of_the_places_named():
    subjects = figure_subjects(load_text(ARTICLE, source="memory:lai-chau.txt"))
    assert subjects[980] == "Lai Châu"
    assert subjects[15] == "Lai Châu"
