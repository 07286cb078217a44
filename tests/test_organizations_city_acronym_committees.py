""""Thành ủy TPHCM", "Đảng bộ TPHCM": a city written as one acronym the places component reads
is that city's party committee, in a chain of posts too ("Ủy viên Ban Thường vụ, Trưởng ban …
Thành ủy TPHCM"); an acronym that names no place is still no committee.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_thanh_uy_before_the_citys_acronym_is_the_citys_committee(pipeline):
    got = orgs("Thành ủy TPHCM vừa tổng kết công tác xây dựng Đảng trong năm.", pipeline)
    committee = got["Đảng bộ thành phố Hồ Chí Minh"]
    assert committee.kind == "party_committee" and committee.level == "province"


def test_a_bare_standing_committee_before_a_chain_ending_in_the_acronym(pipeline):
    got = orgs("Bà Trịnh Thu Vân, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Thành ủy TPHCM phát biểu.", pipeline)
    standing = [o for o in got.values() if o.kind == "standing_committee"]
    assert standing and all(o.parent is not None and o.parent.label == "Đảng bộ thành phố Hồ Chí Minh"
                            for o in standing)


def test_an_acronym_that_names_no_place_makes_no_committee(pipeline):
    got = orgs("Đảng ủy XYZQ họp phiên thường kỳ tháng Ba.", pipeline)
    assert not any(o.kind == "party_committee" for o in got.values())
