"""A figure told of a counted list of places ("ở 2 xã A và B có …", "các xã A, B và C đạt …")
is the whole list's: it belongs to the places' common parent, not to the last one named. A
place standing alone, or a list the text does not count, keeps its own figures."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text
from partykg.ontology.terms import PKG

from extraction import figure_subjects

ARTICLE = """Huyện Than Uyên quản lý đất đai

Huyện ủy Than Uyên chỉ đạo rà soát việc quản lý đất đai ở các xã.
Qua rà soát, ở 2 xã Mường Kim và Phúc Than có 27 hộ dân lấn chiếm 3,5 ha đất công.
Các xã Tà Mung, Mường Kim và Phúc Than đã trồng mới 140 ha chè trong năm 2023.
Riêng xã Tà Mung còn 12 hộ nghèo.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:than-uyen-dat.txt")
    return figure_subjects(doc, lambda f: f.value)


def test_a_counted_pair_of_communes_hands_its_figures_to_their_district(read):
    assert read[27] == "Than Uyên"
    assert read[3.5] == "Than Uyên"


def test_communes_listed_after_cac_hand_their_figure_to_their_district(read):
    assert read[140] == "Than Uyên"


def test_a_commune_on_its_own_keeps_its_figure(read):
    assert read[12] == "Tà Mung"


def test_a_figure_given_to_the_parent_keeps_the_places_it_counts():
    doc = load_text(ARTICLE, source="memory:than-uyen-dat.txt")
    qualifiers = {str(f.o.value) for f in doc.facts if f.p == PKG.qualifier}
    assert any(q.endswith(" (xã Mường Kim và Phúc Than)") for q in qualifiers)
    assert any(q.endswith(" (xã Tà Mung, Mường Kim và Phúc Than)") for q in qualifiers)
