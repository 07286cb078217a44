"""A party cell's congress ("đại hội chi bộ nhiệm kỳ …") is that cell's, not its commune's.

"nghị quyết đại hội chi bộ nhiệm kỳ 2025-2027" names the resolution of the congress of the cell its
sentence names, else of the cell named last before it. A report on carrying out a congress's
resolution ("báo cáo sơ kết … học tập nghị quyết đại hội …") tells that the congress's own body
carried it out.
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def test_a_cells_congress_resolution_is_the_cells(pipeline):
    doc = read(pipeline, "Xã Nậm Pồ có 21 chi bộ trực thuộc. Sáng 14/6/2025, Chi bộ bản Púng Luông họp đại hội. "
                         "Đồng chí bí thư đọc báo cáo kết quả học tập nghị quyết đại hội chi bộ nhiệm kỳ 2023-2025.")
    assert "Nghị quyết Đại hội Chi bộ bản Púng Luông nhiệm kỳ 2023-2025" in directives(doc)
    assert not any("Đảng bộ xã" in d for d in directives(doc))


def test_a_named_party_bodys_congress_stays_that_bodys(pipeline):
    doc = read(pipeline, "Chi bộ bản Púng Luông quán triệt nghị quyết đại hội Đảng bộ xã Nậm Pồ nhiệm kỳ 2025-2030.")
    assert "Nghị quyết Đại hội Đảng bộ xã Nậm Pồ nhiệm kỳ 2025-2030" in directives(doc)


def test_a_report_on_a_congress_resolution_is_its_own_bodys_work(pipeline):
    text = ("Sáng 14/6/2025, Chi bộ bản Púng Luông họp đại hội. Đồng chí bí thư đọc báo cáo kết quả học tập "
            "nghị quyết đại hội chi bộ nhiệm kỳ 2023-2025.")
    assert ("Chi bộ bản Púng Luông", "Nghị quyết Đại hội Chi bộ bản Púng Luông nhiệm kỳ 2023-2025") \
        in carried_out(pipeline, text)


def test_a_congress_resolution_merely_named_is_nobodys_work(pipeline):
    text = "Chi bộ bản Púng Luông thông qua nghị quyết đại hội chi bộ nhiệm kỳ 2025-2027 gồm 6 chỉ tiêu."
    assert not carried_out(pipeline, text)
