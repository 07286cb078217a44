"""Organizations: the party committee of the police written with the agency in lower case.

"Đảng ủy công an huyện" is the party committee of the district police, as "Đảng ủy Công an
huyện" is: a party body of an agency, not the police force itself.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


def test_the_police_party_committee_in_lower_case(pipeline):
    found = orgs("Huyện ủy Mường Tè chỉ đạo. Chi bộ Hành chính của Đảng ủy công an xã Ka Lăng đạt loại tốt.", pipeline)
    committee = found["Đảng bộ Công an xã Ka Lăng"]
    assert committee.kind == "party_committee" and committee.level == "agency"
    assert not [o for o in found.values() if o.kind == "police"]
