"""A disciplinary decision named by its penalty ("quyết định cảnh cáo", "quyết định khiển
trách"), as one named by its act ("quyết định kỷ luật"); whom it punishes is its subject.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_disciplinary_decision_is_named_by_its_penalty(pipeline):
    text = ("Ủy ban Kiểm tra Huyện ủy Hải Hậu đã ban hành quyết định cảnh cáo về Đảng đối với ông Trần Văn An, "
            "Chủ tịch UBND xã Hải Minh.")
    assert directives(read(pipeline, text)) == {"Quyết định cảnh cáo"}
