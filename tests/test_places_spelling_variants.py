"""A place written in another spelling than the gazetteer's ("huyện Đăk Tô" for Đắk Tô, "Mù
Cang Chải" for Mù Căng Chải, "Đắk P'lao" for Đắk Plao) is the gazetteer's unit: one IRI and
one label. A commune so found must lie in a district or province the article names.
"""

from __future__ import annotations

from extraction import read
from partykg.loaders import gazetteer as gz
from test_places_district_lists import place_parents


def test_the_gazetteer_finds_a_name_in_another_spelling():
    g = gz.gazetteer()
    assert g.lookup("Đăk Tô", type_word="huyện") == []
    assert {u.name for u in g.lookup_spelling("Đăk Tô", type_word="huyện")} == {"Đắk Tô"}
    assert {u.name for u in g.lookup_spelling("Mù Cang Chải", level="district")} == {"Mù Căng Chải"}


def test_a_district_in_another_spelling_is_the_gazetteers_district(pipeline):
    doc = read(pipeline, "Ngày 12/4/2022, Ban Thường vụ Huyện ủy Đăk Tô làm việc với Đảng ủy xã Kon Đào.")
    assert place_parents(doc)["Kon Đào"] == "Đắk Tô"


def test_a_commune_with_an_apostrophe_and_its_district_in_parentheses(pipeline):
    doc = read(pipeline, "Ngày 8/5/2023, chi bộ thôn 2, xã Đắk P'lao (Đắk Glong) kết nạp thêm đảng viên.")
    assert place_parents(doc)["Đắk Plao"] == "Đăk Glong"


def test_a_commune_in_another_spelling_needs_its_district_named(pipeline):
    # a commune name differing from every commune of the districts the article names stays a
    # commune the gazetteer does not know, not a namesake in another spelling far away
    doc = read(pipeline, "Ngày 2/6/2021, Đảng ủy xã Lao Chai tổ chức hội nghị, huyện Than Uyên dự.")
    assert "Lao Chải" not in place_parents(doc)
