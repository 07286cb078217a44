"""A check told with "đối với" / "với" before whom it reached ("kiểm tra khi có dấu hiệu vi
phạm đối với N tổ chức đảng và M đảng viên", "đã KT … với N tổ chức đảng", "giám sát với N
đảng viên") counts the bodies and members inspected or supervised, each of them one check.
When one count of events of a joint "kiểm tra, giám sát" comes first, the members after
"đối với" are only those the events were about."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ huyện Hòa Lạc làm tốt công tác kiểm tra

Trong năm 2023, UBKT các cấp đã KT khi có dấu hiệu vi phạm với 7 tổ chức đảng và 15 đảng viên.
UBKT các cấp giám sát với 66 tổ chức đảng và 210 đảng viên.
Riêng UBKT Huyện ủy kiểm tra khi có dấu hiệu vi phạm đối với 3 tổ chức đảng và 9 đảng viên.
Các chi bộ đã thực hiện 12 cuộc kiểm tra, giám sát đối với 11 đảng viên.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:hoa-lac-checks.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_bodies_and_members_inspected_after_doi_voi(figs):
    assert figs[3].indicator == "inspections"
    assert figs[9].indicator == "inspections"


def test_the_abbreviated_check_with_voi(figs):
    assert figs[7].indicator == "inspections"
    assert figs[15].indicator == "inspections"


def test_supervision_with_voi(figs):
    assert figs[66].indicator == "supervisions"
    assert figs[210].indicator == "supervisions"


def test_members_a_joint_check_was_about_are_no_count_of_checks(figs):
    assert figs[12].indicator == "inspections"
    assert figs[11].indicator == "other"
