"""The merged commission for propaganda and mass mobilization is written "Ban Tuyên giáo và
Dân vận" or with a dash ("Ban Tuyên giáo - Dân vận", "Tuyên giáo – Dân vận"): one body, labelled
with "và"; its long name still lets a bare "Ban Thường vụ" before it reach the committee after it.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import pytest

from extraction import orgs


@pytest.mark.parametrize("written", ["Ban Tuyên giáo - Dân vận", "Ban Tuyên giáo – Dân vận", "Ban Tuyên giáo và Dân vận"])
def test_the_merged_commission_however_joined(pipeline, written):
    got = orgs(f"{written} Tỉnh ủy Cao Bằng mở lớp bồi dưỡng cho báo cáo viên.", pipeline)
    body = got["Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng"]
    assert body.kind == "propaganda_commission" and body.parent.label == "Đảng bộ tỉnh Cao Bằng"


def test_a_standing_committee_left_bare_before_the_long_commission_title(pipeline):
    got = orgs("Ông Đinh Công Hậu, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo – Dân vận Tỉnh ủy Cao Bằng dự họp.",
               pipeline)
    assert "Ban Thường vụ Tỉnh ủy Cao Bằng" in got
