"""A person's name written right after a committee ("Bí thư Tỉnh ủy Chẩu Văn Lâm") is no place:
"Văn" or "Thị" second in a run of three or four capitalised words is a middle name, so the
run is a person even when the family name is one the surname list lacks.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_rare_family_name_after_tinh_uy_makes_no_province(pipeline):
    got = orgs("Bí thư Tỉnh ủy Khổ Văn Tường chủ trì hội nghị; Chủ tịch HĐND tỉnh Xiêm Thị Hoa dự họp.",
               pipeline)
    assert not any("Khổ" in label or "Xiêm" in label for label in got)
    assert any(label.startswith("HĐND tỉnh") or label.startswith("Hội đồng nhân dân tỉnh") for label in got)


def test_a_known_province_after_tinh_uy_is_still_read(pipeline):
    got = orgs("Bí thư Tỉnh ủy Lạng Sơn Khổ Văn Tường chủ trì hội nghị.", pipeline)
    assert "Tỉnh ủy Lạng Sơn" in got or "Đảng bộ tỉnh Lạng Sơn" in got


def test_a_commune_with_van_second_is_still_the_commune(pipeline):
    got = orgs("Đảng ủy Tân Văn Lò Khánh nêu ý kiến tại buổi làm việc.", pipeline)
    assert "Đảng bộ xã Tân Văn" in got
