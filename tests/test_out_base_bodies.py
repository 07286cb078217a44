"""Counts of the base party bodies as reports write them: "TCCSĐ" for "tổ chức cơ sở đảng", a
dash for the comma of "chi, đảng bộ" ("chi- đảng bộ cơ sở"), the bodies a congress's delegates
stand for ("đại diện cho 48 chi, đảng bộ trực thuộc"), and the cells among the parts of a count
of base bodies ("52 tổ chức cơ sở đảng, gồm 20 đảng bộ … và 23 chi bộ cơ quan"), which are base
bodies themselves, unlike the cells inside the base committees."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ huyện Bắc Hà nâng cao chất lượng tổ chức đảng

Đến nay, Đảng bộ huyện Bắc Hà có 52 tổ chức cơ sở đảng trực thuộc, gồm 20 đảng bộ xã, 9 đảng bộ cơ quan và 23 chi bộ cơ quan, với 186 chi bộ trực thuộc đảng ủy cơ sở.

Năm 2021, huyện kết nạp được 210 đảng viên, nâng tổng số đảng viên trên địa bàn huyện lên 4.350 đảng viên, sinh hoạt ở 51 chi- đảng bộ cơ sở.

Đại hội có 195 đại biểu, tiêu biểu cho 4.300 đảng viên trong toàn Đảng bộ, đại diện cho 48 chi, đảng bộ trực thuộc.

Năm 2022, toàn huyện có 44 TCCSĐ hoàn thành tốt nhiệm vụ.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:bac-ha.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_the_abbreviation_counts_base_bodies(figs):
    assert figs[44].unit == "tổ chức cơ sở đảng"
    assert figs[44].indicator == "orgs_rated_good"


def test_a_dash_for_the_comma(figs):
    assert figs[51].indicator == "subordinate_party_orgs"


def test_the_bodies_the_delegates_stand_for(figs):
    assert figs[48].indicator == "subordinate_party_orgs"
    assert figs[4300].indicator == "party_members"


def test_cells_among_the_parts_of_the_base_bodies(figs):
    assert figs[20].indicator == figs[9].indicator == "subordinate_party_orgs"
    assert figs[23].indicator == "subordinate_party_orgs"


def test_cells_inside_the_base_committees_stay_cells(figs):
    assert figs[186].indicator == "party_cells"


def test_committees_counted_for_their_base_bodies():
    doc = load_text("Đảng bộ huyện Bắc Hà có 16 đảng ủy trực thuộc, với 190 chi bộ trực thuộc đảng ủy cơ sở.\n",
                    source="memory:bac-ha-committees.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[16].indicator == "subordinate_party_orgs"
    assert figs[190].indicator == "party_cells"
