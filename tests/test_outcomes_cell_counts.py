"""Counts of party organizations stated in passing: "trong số N chi bộ" and "N chi bộ trong toàn
tỉnh" count the cells (of the province's party body), "Đảng bộ N phường" counts subordinate
party organizations."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Tỉnh ủy Hà Nam đẩy mạnh học tập nghị quyết

Tỉnh ủy Hà Nam chỉ đạo in tài liệu gửi tới 2.340 chi bộ trong toàn tỉnh.
Đến nay, 95% trong số 310 chi bộ đã tổ chức học tập chuyên đề.
Hằng tháng, các chi bộ thuộc Đảng bộ 12 phường đều trích quỹ giúp người nghèo.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:ha-nam.txt")
    labels = {f.s.value: f.o.value for f in doc.facts if f.p.value.endswith("#label")}
    return {o.figure.value: (o.figure.indicator, labels.get(o.figure.subject.value))
            for o in doc.context["outcomes"]}


def test_cells_in_the_whole_province_are_the_provinces(read):
    assert read[2340] == ("party_cells", "Đảng bộ tỉnh Hà Nam")


def test_the_whole_a_share_is_taken_of_counts_the_cells(read):
    assert read[310][0] == "party_cells"


def test_party_bodies_of_n_wards_are_subordinate_organizations(read):
    assert read[12][0] == "subordinate_party_orgs"
