"""A level word owning the first figure ("nâng tổng số đảng viên của tỉnh lên N") owns the
figures that follow it in the same part of the sentence too, brackets and lists included
("sinh hoạt tại M tổ chức cơ sở đảng (trong đó: K đảng bộ cơ sở …)"), rather than a body
named in the sentence before; and the bodies members "sinh hoạt tại" are the subordinate
party organizations."""

from __future__ import annotations

import pytest

from extraction import labels
from partykg.loaders.pipeline import load_text

ARTICLE = """Tỉnh ủy Bình Thuận chăm lo phát triển đảng viên

Năm 2023, toàn Đảng bộ tỉnh Bình Thuận kết nạp 900 đảng viên mới. Trong đó có 3 đảng bộ kết nạp vượt chỉ tiêu, bao gồm: Đảng bộ Công an tỉnh kết nạp được 30 đảng viên mới; Đảng bộ Quân sự tỉnh kết nạp 8 đảng viên mới. Nâng tổng số đảng viên của tỉnh lên 31.400 đồng chí, sinh hoạt tại 520 tổ chức cơ sở đảng (trong đó: 170 đảng bộ cơ sở, với 1.400 chi bộ trực thuộc và 350 chi bộ cơ sở).
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:binh-thuan.txt")
    lab = labels(doc)
    return {o.figure.value: (o.figure.indicator, lab.get(o.figure.subject.value)) for o in doc.context["outcomes"]}


def test_the_named_bodies_keep_their_own_admissions(read):
    assert read[30] == ("new_members_admitted", "Đảng bộ Công an tỉnh")


@pytest.mark.parametrize("value", [31400, 520, 170, 1400, 350])
def test_the_figures_after_cua_tinh_are_the_provinces(read, value):
    assert "Bình Thuận" in read[value][1]


def test_the_bodies_members_belong_to(read):
    assert read[520][0] == "subordinate_party_orgs"
    assert read[170][0] == "subordinate_party_orgs"
    assert read[1400][0] == "party_cells"
