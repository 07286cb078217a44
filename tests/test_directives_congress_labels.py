"""Two communes' congress resolutions keep two labels.

"Nghị quyết Đại hội Đảng bộ xã A lần thứ XV" and "Nghị quyết Đại hội Đảng bộ xã B lần thứ XV" are two
resolutions; each is labelled with its own body's name, so no two of them share a label.
"""

from __future__ import annotations

from extraction import directives, read


def test_two_communes_resolutions_are_told_apart(pipeline):
    doc = read(pipeline, "Đoàn công tác đối chiếu Nghị quyết Đại hội Đảng bộ xã Ẳng Nưa lần thứ XV "
                         "với Nghị quyết Đại hội Đảng bộ xã Ẳng Tở lần thứ XV.")
    got = directives(doc)
    assert "Nghị quyết Đại hội Đảng bộ xã Ẳng Nưa lần thứ XV" in got
    assert "Nghị quyết Đại hội Đảng bộ xã Ẳng Tở lần thứ XV" in got
    assert "Nghị quyết Đại hội Đảng bộ xã lần thứ XV" not in got
