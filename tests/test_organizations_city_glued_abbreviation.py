"""Hồ Chí Minh City is often written "TPHCM", its unit word glued to the abbreviation: after a
party committee's head it names the city as "TP.HCM" does ("Thành ủy TPHCM", "Ban Thường vụ
Thành ủy TPHCM"), and is no agency known only by its acronym ("Đảng ủy CATW")."""

from __future__ import annotations

from extraction import read


def labels(doc) -> set[str]:
    return {o.label for o in doc.context["organizations"].values() if o.surfaces}


def test_the_city_committee_under_the_glued_abbreviation(pipeline):
    doc = read(pipeline, "Ngày 6/8/2025, Thành ủy TPHCM họp bàn việc sắp xếp bộ máy.")
    assert labels(doc) == {"Đảng bộ thành phố Hồ Chí Minh"}


def test_the_city_committees_standing_committee_too(pipeline):
    doc = read(pipeline, "Ngày 6/8/2025, Ban Thường vụ Thành ủy TPHCM họp bàn việc sắp xếp bộ máy.")
    assert "Ban Thường vụ Thành ủy TP. Hồ Chí Minh" in labels(doc)


def test_an_agency_known_by_its_acronym_is_still_no_body(pipeline):
    doc = read(pipeline, "Ngày 6/8/2025, Đảng ủy CATW họp bàn việc sắp xếp bộ máy.")
    assert labels(doc) == set()
