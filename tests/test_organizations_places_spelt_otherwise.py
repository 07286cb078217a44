"""A body named with its place spelt otherwise than the gazetteer ("Đăk Tô" for "Đắk Tô") is
based in that gazetteer unit, as a body named with the gazetteer's spelling is: one place, and
one body whichever way a document spells it."""

from __future__ import annotations

from extraction import orgs


def test_a_district_body_spelt_otherwise_is_based_in_the_gazetteers_district(pipeline):
    spelt = orgs("Năm 2023, Đảng bộ huyện Đăk Tô có 40 tổ chức cơ sở đảng trực thuộc.", pipeline)
    plain = orgs("Năm 2023, Đảng bộ huyện Đắk Tô có 40 tổ chức cơ sở đảng trực thuộc.", pipeline)
    [body] = [o for label, o in spelt.items() if label.startswith("Đảng bộ huyện")]
    [same] = [o for label, o in plain.items() if label.startswith("Đảng bộ huyện")]
    assert body.place.iri is not None and body.place.iri == same.place.iri
    assert body.iri == same.iri
