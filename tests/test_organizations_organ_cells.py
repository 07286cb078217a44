"""The party cell of a committee's own organ is named with the committee's word whole ("Chi bộ
Ban Dân vận Tỉnh ủy", "Chi bộ Văn phòng Huyện ủy X"), never cut after "Tỉnh"; the emulation
council written with a bare hyphen ("Hội đồng Thi đua-Khen thưởng tỉnh") is the council.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_cell_of_a_provincial_commission_keeps_tinh_uy(pipeline):
    got = orgs("Tỉnh ủy Bến Tre biểu dương. Năm nay Chi bộ Ban Dân vận Tỉnh ủy có thêm hai đảng viên.", pipeline)
    assert "Chi bộ Ban Dân vận Tỉnh ủy" in got and "Chi bộ Ban Dân vận Tỉnh" not in got


def test_the_cell_of_a_district_office_keeps_its_name(pipeline):
    got = orgs("Năm nay Chi bộ Văn phòng Huyện ủy Mỏ Cày Nam có thêm hai đảng viên.", pipeline)
    assert got["Chi bộ Văn phòng Huyện ủy Mỏ Cày Nam"].kind == "party_cell"


def test_the_emulation_council_with_a_bare_hyphen(pipeline):
    got = orgs("Tỉnh ủy Bến Tre đề nghị Hội đồng Thi đua-Khen thưởng tỉnh trình khen bảy cá nhân.", pipeline)
    council = got["Hội đồng Thi đua - Khen thưởng tỉnh Bến Tre"]
    assert council.kind == "other" and council.level == "province"
