"""Movements of mass organizations are not directives; rules named by their issuer are carried out.

A quoted "phong trào “…”" whose clause is headed by a youth union, farmers' or women's union,
veterans' association or trade union is that organization's own emulation movement; a movement
a party body carries out stays a directive of kind "other".
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def test_a_movement_of_a_mass_organization_is_no_directive(pipeline):
    text = ("Huyện Ý Yên có nhiều đổi mới. Đoàn thanh niên xã Yên Bằng với phong trào “Tuổi trẻ sáng tạo”; "
            "Hội Nông dân xã hưởng ứng phong trào thi đua “Nông dân giỏi” và phong trào “Làng quê sạch”.")
    assert directives(read(pipeline, text)) == set()


def test_a_movement_a_party_body_carries_out_is_a_directive(pipeline):
    text = ("Huyện Ý Yên có nhiều đổi mới. Đảng ủy xã Yên Bằng thực hiện phong trào "
            "“Toàn dân bảo vệ an ninh Tổ quốc” ở các thôn.")
    assert ("Đảng bộ xã Yên Bằng", "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc”") in carried_out(pipeline, text)


def test_a_directive_named_by_its_issuer_and_subject_is_carried_out(pipeline):
    text = "Đảng ủy xã Yên Bằng đã triển khai chỉ thị của Ban Thường vụ Tỉnh ủy Nam Định về công tác dân vận."
    assert ("Đảng bộ xã Yên Bằng", "Chỉ thị của Ban Thường vụ Tỉnh ủy Nam Định về công tác dân vận") \
        in carried_out(pipeline, text)
