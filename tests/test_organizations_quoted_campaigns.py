"""A steering committee named after a campaign keeps the campaign's name written in quotes:
"Ban Chỉ đạo … phong trào “Thi đua làm giàu”" is named to the closing quote.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_quoted_campaign_name_belongs_to_the_committees_name(pipeline):
    got = orgs("Ban Chỉ đạo phong trào “Nông dân thi đua làm giàu” huyện Bảo Lâm vừa họp tổng kết.", pipeline)
    assert [o for o in got if o.startswith("Ban Chỉ đạo phong trào “Nông dân thi đua làm giàu”")]
