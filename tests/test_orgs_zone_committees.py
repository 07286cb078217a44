"""Organizations: the party committee of an economic or industrial zone.

"Đảng ủy Khu Kinh tế", "Đảng ủy Khu công nghiệp X" are party committees of an agency, named
after the zone's management, as "Đảng ủy Khối …" is. Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


def test_zone_party_committees(pipeline):
    found = orgs("Thành ủy Biên Hòa làm việc với Đảng ủy Khu Kinh tế; Đảng ủy Khu công nghiệp Phước An.", pipeline)
    zone = found["Đảng bộ Khu Kinh tế"]
    assert zone.kind == "party_committee" and zone.level == "agency"
    assert found["Đảng bộ Khu công nghiệp Phước An"].level == "agency"
