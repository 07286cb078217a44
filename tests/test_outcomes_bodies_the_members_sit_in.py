"""The bodies a count of members sits in: "650 đảng viên thuộc 26 tổ chức cơ sở đảng" counts the
base party organizations (or the cells) the members belong to — all of them, a count of the
organization's own bodies. Members dealt with for something ("kỷ luật 3 đảng viên thuộc 2 chi bộ")
do not make their cells a count."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đại hội Đảng bộ xã Suối Ngọc

Về dự đại hội có 110 đại biểu đại diện cho gần 640 đảng viên thuộc 23 tổ chức cơ sở đảng của huyện.
Đảng bộ xã Suối Ngọc hiện có 290 đảng viên sinh hoạt trong 12 chi bộ.
Năm qua, UBKT xã đã kỷ luật 3 đảng viên thuộc 2 chi bộ.
"""


@pytest.fixture(scope="module")
def figures():
    doc = load_text(ARTICLE, source="memory:suoi-ngoc.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_the_base_bodies_the_members_belong_to_are_counted(figures):
    assert figures[640].indicator == "party_members"
    assert figures[23].indicator == "subordinate_party_orgs"


def test_the_cells_the_members_meet_in_are_counted(figures):
    assert figures[12].indicator == "party_cells"


def test_the_cells_of_disciplined_members_are_no_count(figures):
    assert figures[3].indicator == "members_disciplined"
    assert figures[2].indicator != "party_cells"
