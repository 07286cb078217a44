"""Organizations: the party group ("Đảng đoàn") of a council, front or association.

"Đảng đoàn HĐND tỉnh" is a party body of its own, named after the body it leads, as "Ban cán
sự đảng UBND tỉnh" is; "Đảng đoàn" alone in a list of kinds of party bodies names none.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


def test_the_party_group_of_a_council_and_of_an_association(pipeline):
    found = orgs("Tỉnh ủy Lai Châu giao Đảng đoàn HĐND tỉnh và Đảng đoàn Hội Nông dân tỉnh rà soát quy chế.", pipeline)
    group = found["Đảng đoàn HĐND tỉnh Lai Châu"]
    assert group.cls == "PartyOrganization" and group.place.name == "Lai Châu"
    assert "Đảng đoàn Hội Nông dân tỉnh Lai Châu" in found


def test_party_group_as_a_kind_names_no_body(pipeline):
    found = orgs("Tỉnh ủy Lai Châu yêu cầu các Ban cán sự đảng, Đảng đoàn gửi báo cáo trước tháng Mười.", pipeline)
    assert not [label for label in found if label.startswith("Đảng đoàn")]
