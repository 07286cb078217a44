"""Lists of guests abbreviate posts ("PBT Đảng ủy, CT HĐND xã", "PCT UBND xã"): the body such a
post sits in is named in passing and is not who a figure of the sentence is about."""

from __future__ import annotations

from extraction import labels
from partykg.loaders.pipeline import load_text

ARTICLE = """Đại hội chi bộ thôn Tân Lập

Sáng 5/10/2023, chi bộ thôn Tân Lập họp đại hội nhiệm kỳ mới. Về dự có Đ/c Lê Văn An - PBT Đảng ủy, CT HĐND xã; Đ/c Trần Văn Bình - PCT UBND xã; cùng các đảng viên của chi bộ (33/38 Đ/v).

Chi bộ thôn Tân Lập có 38 đảng viên.
"""


def test_the_members_at_the_congress_are_the_cells():
    doc = load_text(ARTICLE, source="memory:tan-lap.txt")
    lab = labels(doc)
    subjects = {lab.get(o.figure.subject.value) for o in doc.context["outcomes"]}
    assert subjects == {"Chi bộ thôn Tân Lập"}
