"""A party cell's congress ("đại hội chi bộ nhiệm kỳ …") is that cell's, not its commune's.

"nghị quyết đại hội chi bộ nhiệm kỳ 2020-2022" names the resolution of the congress of the cell its
sentence names, else of the cell named last before it. A report on carrying out a congress's
resolution ("báo cáo kết quả thực hiện nghị quyết đại hội …") tells that the congress's own body
carried it out.
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def test_a_cells_congress_resolution_is_the_cells(pipeline):
    doc = read(pipeline, "Đảng bộ xã Hà Lâu có 14 chi bộ. Ngày 3/8/2022, Chi bộ thôn Khuổi Hẩu tổ chức đại hội. "
                         "Bí thư trình bày báo cáo kết quả thực hiện nghị quyết đại hội chi bộ nhiệm kỳ 2020-2022.")
    assert "Nghị quyết Đại hội Chi bộ thôn Khuổi Hẩu nhiệm kỳ 2020-2022" in directives(doc)
    assert not any("Đảng bộ xã" in d for d in directives(doc))


def test_a_named_party_bodys_congress_stays_that_bodys(pipeline):
    doc = read(pipeline, "Chi bộ thôn Khuổi Hẩu học tập nghị quyết đại hội Đảng bộ xã Hà Lâu nhiệm kỳ 2020-2025.")
    assert "Nghị quyết Đại hội Đảng bộ xã Hà Lâu nhiệm kỳ 2020-2025" in directives(doc)


def test_a_report_on_a_congress_resolution_is_its_own_bodys_work(pipeline):
    text = ("Ngày 3/8/2022, Chi bộ thôn Khuổi Hẩu tổ chức đại hội. Bí thư trình bày báo cáo kết quả thực hiện "
            "nghị quyết đại hội chi bộ nhiệm kỳ 2020-2022.")
    assert ("Chi bộ thôn Khuổi Hẩu", "Nghị quyết Đại hội Chi bộ thôn Khuổi Hẩu nhiệm kỳ 2020-2022") \
        in carried_out(pipeline, text)


def test_a_congress_resolution_merely_named_is_nobodys_work(pipeline):
    text = "Chi bộ thôn Khuổi Hẩu đề ra nghị quyết đại hội chi bộ nhiệm kỳ 2022-2025 với 8 chỉ tiêu."
    assert not carried_out(pipeline, text)
