"""The post of a province or district is a body of the state: "Bưu điện tỉnh" (the article's
province), "Bưu điện huyện X". Without a unit it is no one body.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_post_of_the_articles_province(pipeline):
    got = orgs("Tỉnh ủy Bắc Kạn đặt mua báo cho các chi bộ, thông qua Bưu điện tỉnh phát hành.", pipeline)
    assert "Bưu điện tỉnh Bắc Kạn" in got


def test_the_post_without_a_unit_is_no_body(pipeline):
    got = orgs("Tỉnh ủy Bắc Kạn đặt mua báo qua Bưu điện.", pipeline)
    assert not [o for o in got if o.startswith("Bưu điện")]
