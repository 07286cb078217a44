"""The party committee of a province's procuracy or court, named by the agency whole or by its
initials ("Đảng ủy VKSND tỉnh X", "Đảng bộ Tòa án nhân dân tỉnh X"), is that agency's party
committee (level agency, keyed by its place) like "Đảng ủy Công an tỉnh X", not the agency
itself.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_procuracy_s_committee_by_its_initials_is_a_party_committee(pipeline):
    found = orgs("Đảng ủy VKSND tỉnh Lào Cai họp phiên thường kỳ quý ba.", pipeline)
    body = found["Đảng bộ VKSND tỉnh Lào Cai"]
    assert (body.kind, body.level) == ("party_committee", "agency")
    assert body.place is not None and body.place.name == "Lào Cai"


def test_the_procuracy_written_whole_keeps_its_name_and_place(pipeline):
    found = orgs("Đảng bộ Viện kiểm sát nhân dân tỉnh Hà Giang tổng kết công tác năm.", pipeline)
    body = found["Đảng bộ Viện kiểm sát nhân dân tỉnh Hà Giang"]
    assert body.kind == "party_committee" and body.place.name == "Hà Giang"
    assert "Đảng bộ Viện" not in found


def test_the_court_s_committee_is_a_party_committee(pipeline):
    found = orgs("Đảng ủy Tòa án nhân dân tỉnh Yên Bái ra nghị quyết chuyên đề.", pipeline)
    assert found["Đảng bộ Tòa án nhân dân tỉnh Yên Bái"].level == "agency"
    found = orgs("Đảng ủy TAND tỉnh Yên Bái ra nghị quyết chuyên đề.", pipeline)
    assert found["Đảng bộ TAND tỉnh Yên Bái"].kind == "party_committee"


def test_the_procuracy_named_alone_stays_the_agency(pipeline):
    # no party head before it: the procuracy itself, never a party committee
    found = orgs("VKSND tỉnh Lào Cai phối hợp với cơ quan điều tra.", pipeline)
    assert not any(o.kind == "party_committee" for o in found.values())
