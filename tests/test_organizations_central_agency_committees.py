"""The party committee of a central agency, named by its own name ("Đảng ủy Công an Trung ương",
"Đảng ủy Khối các cơ quan Trung ương") and its standing committee are one national body: their
IRIs carry no province, so two provinces' articles naming them meet. A province's agency
("Đảng ủy Công an tỉnh") stays its province's.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import organizations, read

LAI_CHAU = "Huyện Than Uyên, tỉnh Lai Châu tổ chức đại hội. "
SON_LA = "Huyện Mai Sơn, tỉnh Sơn La tổ chức đại hội. "
BODIES = ("Dự có đồng chí Lê Văn Tâm, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương. "
          "Đảng ủy Khối các cơ quan Trung ương gửi lẵng hoa. Đảng ủy Công an tỉnh báo cáo.")


def _iris(pipeline, text: str) -> dict[str, str]:
    return organizations(read(pipeline, text))


def test_a_central_agency_s_committee_is_one_body_in_two_provinces(pipeline):
    a, b = _iris(pipeline, LAI_CHAU + BODIES), _iris(pipeline, SON_LA + BODIES)
    for label in ("Ban Thường vụ Đảng ủy Công an Trung ương", "Đảng bộ Khối các cơ quan Trung ương"):
        assert a[label] == b[label]
        assert "lai-chau" not in a[label] and "son-la" not in b[label]


def test_a_province_s_agency_committee_stays_the_province_s(pipeline):
    a, b = _iris(pipeline, LAI_CHAU + BODIES), _iris(pipeline, SON_LA + BODIES)
    assert a["Đảng bộ Công an tỉnh"] != b["Đảng bộ Công an tỉnh"]
