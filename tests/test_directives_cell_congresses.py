"""A party cell's congress ("đại hội chi bộ nhiệm kỳ …") is that cell's, not its commune's.

"nghị quyết đại hội chi bộ nhiệm kỳ 2020-2022" names the resolution of the congress of the cell its
sentence names, else of the cell named last before it.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_cells_congress_resolution_is_the_cells(pipeline):
    doc = read(pipeline, "Đảng bộ xã Hà Lâu có 14 chi bộ. Ngày 3/8/2022, Chi bộ thôn Khuổi Hẩu tổ chức đại hội. "
                         "Bí thư trình bày báo cáo kết quả thực hiện nghị quyết đại hội chi bộ nhiệm kỳ 2020-2022.")
    assert "Nghị quyết Đại hội Chi bộ thôn Khuổi Hẩu nhiệm kỳ 2020-2022" in directives(doc)
    assert not any("Đảng bộ xã" in d for d in directives(doc))


def test_a_named_party_bodys_congress_stays_that_bodys(pipeline):
    doc = read(pipeline, "Chi bộ thôn Khuổi Hẩu học tập nghị quyết đại hội Đảng bộ xã Hà Lâu nhiệm kỳ 2020-2025.")
    assert "Nghị quyết Đại hội Đảng bộ xã Hà Lâu nhiệm kỳ 2020-2025" in directives(doc)
