"""A body named as what another chose ("chọn Đảng bộ xã X để …") is the object of the choice:
the figures told after it in the sentence are not its own, but the chooser's."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Sông Mây: chọn nơi làm điểm

Đảng bộ huyện Sông Mây hiện có 48 TCCSĐ.
Ban Thường vụ Huyện ủy Sông Mây đã chọn Đảng bộ xã Phước Lan để làm đại hội điểm; chọn 3 đảng bộ khác để thí điểm bầu bí thư tại đại hội.
"""


@pytest.fixture(scope="module")
def doc():
    return load_text(ARTICLE, source="memory:song-may-chosen.txt")


def subject_of(doc, value):
    return next(o.figure.subject.value for o in doc.context["outcomes"] if o.figure.value == value)


def iri_of(doc, needle):
    return next(m.iri.value for m in doc.mentions if m.iri is not None and needle in m.text)


def test_the_chosen_body_is_no_subject(doc):
    assert subject_of(doc, 3) != iri_of(doc, "Đảng bộ xã Phước Lan")


def test_the_count_stays_with_the_district(doc):
    assert subject_of(doc, 48) == iri_of(doc, "Đảng bộ huyện Sông Mây")
