"""A party committee's code names a party body as its issuer.

"…-KH/ĐU", "…/HU", "…/TU" are codes a party committee gives: when the body read before the
verb is a people's committee (a party body's name read short, "Đảng ủy Văn phòng UBND tỉnh"),
it is not the issuer.
"""

from __future__ import annotations

from extraction import labels, organizations, read


def test_a_party_coded_plan_is_not_issued_by_a_peoples_committee(pipeline):
    doc = read(pipeline, "Ủy ban nhân dân xã Hải Minh đã ban hành Kế hoạch số 11-KH/ĐU về kiểm điểm cán bộ.")
    lab = labels(doc)
    issuers = {lab.get(f.o.value) for f in doc.facts if f.p.value.endswith("issuer")}
    assert "UBND xã Hải Minh" in organizations(doc)
    assert not [i for i in issuers if i and ("UBND" in i or "Ủy ban nhân dân" in i)]
