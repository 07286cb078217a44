"""Counts of the base party bodies as reports write them: "TCCSĐ" for "tổ chức cơ sở đảng", a
dash for the comma of "chi, đảng bộ" ("chi- đảng bộ cơ sở"), the bodies a congress's delegates
stand for ("đại diện cho 45 chi, đảng bộ trực thuộc"), and the cells among the parts of a count
of base bodies ("47 tổ chức cơ sở đảng, gồm 18 đảng bộ … và 21 chi bộ cơ quan"), which are base
bodies themselves, unlike the cells inside the base committees."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Bắc Hà chăm lo nền tảng của Đảng ở cơ sở

Hiện thời, Đảng bộ huyện Bắc Hà có 47 tổ chức cơ sở đảng, gồm 18 đảng bộ xã, 8 đảng bộ cơ quan và 21 chi bộ cơ quan, với 173 chi bộ thuộc các đảng ủy cơ sở.

Riêng năm 2021 huyện có thêm 190 đảng viên mới, qua đó đưa tổng số đảng viên của huyện lên 3.980 đảng viên, sinh hoạt ở 46 chi- đảng bộ cơ sở.

Về dự đại hội có 180 đại biểu, tiêu biểu cho 3.900 đảng viên của Đảng bộ, đại diện cho 45 chi, đảng bộ trực thuộc.

Năm 2022, cả huyện có 41 TCCSĐ hoàn thành tốt nhiệm vụ.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:bac-ha.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_the_abbreviation_counts_base_bodies(figs):
    assert figs[41].unit == "tổ chức cơ sở đảng"
    assert figs[41].indicator == "orgs_rated_good"


def test_a_dash_for_the_comma(figs):
    assert figs[46].indicator == "subordinate_party_orgs"


def test_the_bodies_the_delegates_stand_for(figs):
    assert figs[45].indicator == "subordinate_party_orgs"
    assert figs[3900].indicator == "party_members"


def test_cells_among_the_parts_of_the_base_bodies(figs):
    assert figs[18].indicator == figs[8].indicator == "subordinate_party_orgs"
    assert figs[21].indicator == "subordinate_party_orgs"


def test_cells_inside_the_base_committees_stay_cells(figs):
    assert figs[173].indicator == "party_cells"


def test_committees_counted_for_their_base_bodies():
    doc = load_text("Đảng bộ huyện Bắc Hà gồm 14 đảng ủy trực thuộc, với 176 chi bộ thuộc các đảng ủy cơ sở.\n",
                    source="memory:bac-ha-committees.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[14].indicator == "subordinate_party_orgs"
    assert figs[176].indicator == "party_cells"
