"""A check told with "đối với" / "với" before whom it reached ("kiểm tra đối với N đảng bộ cơ
sở và M đảng viên", "đã KT với N chi bộ", "giám sát thường xuyên với N đảng viên") counts the bodies and members inspected or supervised, each of them one check.
When one count of events of a joint "kiểm tra, giám sát" comes first, the members after
"đối với" are only those the events were about."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ huyện Hòa Lạc siết chặt kỷ cương

Các ủy ban kiểm tra cơ sở năm 2024 đã KT với 5 chi bộ và 13 đảng viên có biểu hiện sai phạm.
UBKT các cấp còn giám sát thường xuyên với 48 chi bộ và 175 đảng viên.
UBKT Huyện ủy kiểm tra đối với 2 đảng bộ cơ sở và 6 đảng viên khi thấy có biểu hiện sai phạm.
Ở cơ sở, các chi bộ tiến hành 10 cuộc kiểm tra, giám sát đối với 8 đảng viên.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:hoa-lac-checks.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_bodies_and_members_inspected_after_doi_voi(figs):
    assert figs[2].indicator == "inspections"
    assert figs[6].indicator == "inspections"


def test_the_abbreviated_check_with_voi(figs):
    assert figs[5].indicator == "inspections"
    assert figs[13].indicator == "inspections"


def test_supervision_with_voi(figs):
    assert figs[48].indicator == "supervisions"
    assert figs[175].indicator == "supervisions"


def test_members_a_joint_check_was_about_are_no_count_of_checks(figs):
    assert figs[10].indicator == "inspections"
    assert figs[8].indicator == "other"
