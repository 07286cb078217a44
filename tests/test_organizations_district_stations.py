"""A district's radio station is "Đài Truyền thanh - Truyền hình X", abbreviated "Đài TT-TH X"
in credits: a public body named after its place, like a province's "Đài Phát thanh - Truyền hình".

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import pytest

from extraction import orgs


@pytest.mark.parametrize("head", ["Đài Truyền thanh - Truyền hình", "Đài TT-TH", "Đài Truyền thanh"])
def test_a_district_station_is_a_public_body(pipeline, head):
    got = orgs(f"Theo {head} Minh Hóa, huyện đã kết nạp 120 đảng viên trong năm.", pipeline)
    station = got[f"{head} Minh Hóa"]
    assert station.kind == "other" and station.cls == "PublicBody"


def test_a_commune_station_written_co_so_has_no_name(pipeline):
    got = orgs("Mỗi tối, Đài Truyền thanh Cơ sở phát lại bản tin của huyện.", pipeline)
    assert not any(label.startswith("Đài Truyền thanh") for label in got)
