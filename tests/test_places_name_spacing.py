"""Names of the highlands written with or without their spaces ("Ealy" and "Ea Ly", "EaKar" and
"Ea Kar") are one name: the gazetteer writes them syllable by syllable, and finds them however a
text splits them, so the period and the context choose among all the units of that name.
"""

from __future__ import annotations

from extraction import read
from partykg.loaders import gazetteer as gz
from test_places_district_lists import place_parents


def test_both_spellings_find_the_units_of_both_maps():
    g = gz.gazetteer()
    joined, spaced = g.lookup("Ealy"), g.lookup("Ea Ly")
    assert joined == spaced
    assert {u.period for u in spaced} == {gz.OLD, gz.NEW}
    assert {u.name for u in spaced} == {"Ea Ly"}


def test_a_text_writing_the_name_without_its_space_finds_it():
    assert {u.name for u in gz.gazetteer().lookup("EaKar", level="district")} == {"Ea Kar"}


def test_a_commune_spelt_apart_in_an_article_of_before_the_reform(pipeline):
    doc = read(pipeline, "Ngày 20/10/2021, Đảng ủy xã Ea Ly tổ chức hội nghị học tập nghị quyết.")
    assert place_parents(doc)["Ea Ly"] == "Sông Hinh"


def test_a_commune_spelt_apart_in_an_article_after_the_reform(pipeline):
    doc = read(pipeline, "Ngày 20/10/2025, Đảng ủy xã Ea Ly tổ chức hội nghị học tập nghị quyết.")
    assert place_parents(doc)["Ea Ly"] == "Đắk Lắk"
