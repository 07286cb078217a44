"""Full membership granted to members on probation ("công nhận đảng viên chính thức đối với …")
is no admission, even when the clause before it counts the members admitted: it is a figure of
its own ("other", the grant as qualifier)."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ xã Lũng Vân phát triển đảng viên

Năm 2023, Đảng bộ xã Lũng Vân đã kết nạp 14 đảng viên mới, công nhận đảng viên chính thức đối với 11 đồng chí.
Chi bộ thôn Cò Nòi chuyển đảng viên chính thức cho 3 đồng chí.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:lung-van-full-membership.txt")
    return [o.figure for o in doc.context["outcomes"]]


def by_value(figs, value):
    return [f for f in figs if f.value == value]


def test_the_admitted_are_admissions(figs):
    assert by_value(figs, 14)[0].indicator == "new_members_admitted"


def test_members_made_full_with_doi_voi_are_no_admissions(figs):
    f = by_value(figs, 11)[0]
    assert f.indicator == "other"
    assert f.qualifier == "công nhận đảng viên chính thức"


def test_members_made_full_with_cho_are_no_admissions(figs):
    assert by_value(figs, 3)[0].indicator == "other"
