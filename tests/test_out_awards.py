"""Awards: bodies and members given a flag, a certificate of merit (bằng khen, giấy khen) are
counted as awarded, whatever rating the sentence names for them; and the bodies listed after
"tặng … cho" receive the award, so they are not who the figures are about (the giver is)."""

from __future__ import annotations

import pytest
from extraction import figure_subjects

from partykg.loaders.pipeline import load_text

ARTICLE = """Huyện ủy Quế Phong khen thưởng tổ chức đảng

Năm 2021, Đảng bộ huyện Quế Phong có 35 chi bộ hoàn thành xuất sắc nhiệm vụ.

Ban Thường vụ Huyện ủy Quế Phong đã tặng giấy khen cho Đảng bộ xã Tiền Phong, Đảng bộ xã Châu Kim và 12 chi bộ hoàn thành xuất sắc nhiệm vụ 3 năm liền; 18 đảng viên hoàn thành xuất sắc nhiệm vụ.
"""


@pytest.fixture(scope="module")
def doc():
    return load_text(ARTICLE, source="memory:que-phong-awards.txt")


@pytest.fixture(scope="module")
def figs(doc):
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_the_rated_are_still_rated(figs):
    assert figs[35].indicator == "orgs_rated_excellent"


def test_the_awarded_are_counted_as_awarded(figs):
    assert figs[12].indicator == "other"
    assert "giấy khen" in figs[12].qualifier
    assert figs[18].indicator == "other"


def test_the_receivers_listed_are_not_the_subject(doc):
    subjects = figure_subjects(doc)
    assert "Châu Kim" not in (subjects[12] or "")
    assert "Quế Phong" in (subjects[12] or "")


def test_a_clause_of_its_own_after_the_award_counts_what_it_says():
    doc = load_text("Huyện ủy Quế Phong tặng giấy khen cho 6 tập thể và 9 cá nhân; Đảng bộ xã Tiền Phong "
                    "có 14 chi bộ hoàn thành tốt nhiệm vụ.", source="memory:award-then-rating.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[14].indicator == "orgs_rated_good"
    assert figs[9].indicator == "other"
