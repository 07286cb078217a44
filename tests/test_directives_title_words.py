"""A title that opens with "số" as a word of its own, not a number.

"Đề án số lượng, cơ cấu …" is a scheme named by its content: "số" here opens the title ("số
lượng", "số hóa"), not the number of a document ("Kế hoạch số 27-KH/ĐU").
"""

from __future__ import annotations

from extraction import directives, read


def test_a_scheme_on_the_number_of_delegates_is_named_by_its_content(pipeline):
    doc = read(pipeline, "Hội nghị Huyện ủy Mường Tè đã thông qua Đề án số lượng, cơ cấu thành phần "
                         "cấp ủy khóa mới; các đại biểu cũng góp ý văn kiện.")
    assert directives(doc) == {"Đề án số lượng, cơ cấu thành phần cấp ủy khóa mới"}


def test_a_plan_to_go_digital_is_named_by_its_content(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pa Ủ ban hành Kế hoạch số hóa hồ sơ đảng viên giai đoạn 2023-2025.")
    assert directives(doc) == {"Kế hoạch số hóa hồ sơ đảng viên giai đoạn 2023-2025"}


def test_a_numbered_plan_keeps_its_number(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pa Ủ ban hành Kế hoạch số 27-KH/ĐU về phát triển đảng viên.")
    assert {d for d in directives(doc) if "27-KH/ĐU" in d}
