"""A commune written with a mistyped tone mark ("xã Tà Mùng" for Tà Mung) in a district the
article names is that district's commune, when exactly one of its communes differs from the
written name by tone marks only; any other name the gazetteer does not know stays a commune
without a code.
"""

from __future__ import annotations

from extraction import labels, read
from test_places_district_lists import place_parents


def test_a_mistyped_tone_finds_the_districts_commune(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Than Uyên làm việc với Đảng ủy xã Tà Mùng, huyện Than Uyên.")
    parents = place_parents(doc)
    assert parents["Tà Mung"] == "Than Uyên"
    assert "Tà Mùng" not in parents


def test_a_name_differing_by_more_than_tones_stays_unknown(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Than Uyên làm việc với Đảng ủy xã Tà Mường, huyện Than Uyên.")
    parents = place_parents(doc)
    assert parents["Tà Mường"] == "Than Uyên"
    assert "Tà Mung" not in set(labels(doc).values())
