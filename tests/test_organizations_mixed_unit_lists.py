"""A list of party organizations after one named in full may give the next one a unit of its own
of the same level ("Đảng bộ thị xã A, TP B"): each is the party organization of its place. Other
bodies' lists ("UBND thị xã A, TP B") stop at a unit of another kind.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_city_listed_after_a_towns_party_organization(pipeline):
    got = orgs("Tỉnh Quảng Ninh khen thưởng các Đảng bộ thị xã Đông Triều, TP Cẩm Phả vì thành tích xuất sắc.",
               pipeline)
    assert {"Đảng bộ thị xã Đông Triều", "Đảng bộ thành phố Cẩm Phả"} <= set(got)


def test_another_bodys_list_stops_at_another_unit(pipeline):
    got = orgs("Tỉnh Quảng Ninh khen thưởng UBND thị xã Đông Triều, TP Cẩm Phả vì thành tích xuất sắc.", pipeline)
    assert "UBND thị xã Đông Triều" in got
    assert not [o for o in got if o.endswith("Cẩm Phả") and o.startswith("UBND")]
