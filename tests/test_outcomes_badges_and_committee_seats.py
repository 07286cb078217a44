"""Two more counted nouns: badges handed out ("trao 146 Huy hiệu Đảng", one to each member) and
the members of a committee elected ("Chi ủy gồm 3 ủy viên")."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Chi bộ thôn Nà Khoang đại hội nhiệm kỳ mới

Đại hội chọn ra Chi ủy gồm 3 ủy viên.
Dịp này, Huyện ủy Bảo Lâm trao 146 Huy hiệu Đảng tới những đảng viên lão thành.
"""


@pytest.fixture(scope="module")
def figures():
    doc = load_text(ARTICLE, source="memory:bao-lam.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_the_members_of_the_committee_elected_are_counted(figures):
    assert figures[3].unit == "người"
    assert figures[3].indicator == "other"


def test_badges_handed_out_are_counted(figures):
    assert figures[146].unit == "huy hiệu"
    assert figures[146].indicator == "other"
