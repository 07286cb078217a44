"""Full membership granted to members on probation ("công nhận ĐV chính thức đối với …")
is no admission, even when the clause before it counts the members admitted: it is a figure of
its own ("other", the grant as qualifier)."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ xã Lũng Vân phát triển đảng viên

Năm 2023, Đảng bộ xã Lũng Vân đã kết nạp 14 người vào Đảng, đồng thời công nhận ĐV chính thức đối với 11 người.
Chi bộ thôn Cò Nòi chuyển ĐV chính thức cho bảy người.
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
    assert f.qualifier.startswith("công nhận")


def test_members_made_full_with_cho_are_no_admissions(figs):
    assert by_value(figs, 7)[0].indicator == "other"
