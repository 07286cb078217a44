"""The press's dotted abbreviations of a city and a town ("T.P Hải Dương", "T.X Sơn Tây"):
written like "TP." and "TX.", they name the unit when the gazetteer knows the name after them,
and their dot ends no sentence.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents
from partykg.ontology.terms import PKG, RDFS


def unit_types(doc) -> set[tuple[str, str]]:
    """(label, unit type) of every place the article names."""
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {(label[f.s.value], f.o.value) for f in doc.facts if f.p == PKG.unitType}


def test_dotted_city_and_town_abbreviations_name_the_units(pipeline):
    doc = read(pipeline, "Năm qua, Đảng bộ T.P Hải Dương kết nạp 41 đảng viên; Đảng bộ T.X Kinh Môn "
                         "kết nạp 17 đảng viên.")
    types = unit_types(doc)
    assert ("Hải Dương", "thành phố") in types
    assert ("Kinh Môn", "thị xã") in types
    assert place_parents(doc)["Kinh Môn"] == "Hải Dương"


def test_a_dot_closing_the_abbreviation_ends_no_sentence(pipeline):
    doc = read(pipeline, "Hội nghị diễn ra tại T.P. Hải Dương trong hai ngày.")
    assert ("Hải Dương", "thành phố") in unit_types(doc)
    assert len(doc.sentences) == 1
