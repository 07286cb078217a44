"""The national congress's resolution, however the text writes it, is one directive named one way.

"Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" and
"Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII" are one resolution; its label keeps the words all
those ways share: "Nghị quyết Đại hội lần thứ XIII của Đảng".
"""

from __future__ import annotations

import pytest

from extraction import directives, read


@pytest.mark.parametrize("written", [
    "Nghị quyết Đại hội XIII của Đảng",
    "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII",
])
def test_each_way_of_writing_it_gives_one_label(pipeline, written):
    doc = read(pipeline, f"Đảng bộ xã Phù Lương Hạ tổ chức quán triệt {written} tới toàn thể đảng viên.")
    assert directives(doc) == {"Nghị quyết Đại hội lần thứ XIII của Đảng"}


def test_a_provinces_congress_is_not_the_national_one(pipeline):
    doc = read(pipeline, "Huyện ủy Đồng Vạn triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII.")
    assert "Nghị quyết Đại hội lần thứ XVII của Đảng" not in directives(doc)
