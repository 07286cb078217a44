""""Bảo hiểm xã hội" is both an agency and a scheme. Written alone in a list of a district's
bodies it is the agency; listed with other schemes ("…, bảo hiểm y tế") or after what people
do with a scheme ("tham gia", "đóng") it is the scheme, and names no body.
Every sentence is written for these tests."""

from __future__ import annotations

from extraction import organizations, read


def test_the_scheme_listed_with_health_insurance_is_no_body(pipeline):
    assert organizations(read(pipeline, "Người dân trong xã tham gia Bảo hiểm xã hội, bảo hiểm y tế đạt 93%.")) == {}


def test_the_scheme_paid_into_is_no_body(pipeline):
    assert "Bảo hiểm xã hội" not in organizations(read(pipeline, "Doanh nghiệp đóng Bảo hiểm xã hội, "
                                                                 "BHYT đầy đủ cho công nhân."))


def test_the_agency_in_a_list_of_bodies_is_still_read(pipeline):
    found = organizations(read(pipeline, "Huyện ủy Mường Tè biểu dương Kho bạc Nhà nước; Bảo hiểm xã hội; "
                                         "Hạt Kiểm lâm huyện Mường Tè."))
    assert "Bảo hiểm xã hội" in found
