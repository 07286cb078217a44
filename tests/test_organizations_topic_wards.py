"""An article that goes through several wards opens each part with the ward, often after a
time ("Sáng cùng ngày, phường B bắt đầu đại hội Đảng bộ phường …"): the short "Đảng bộ
phường" there is that ward's, not the article's first ward.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs

TEXT = ("Chiều 7/8, phường Tân Mai bắt đầu đại hội Đảng bộ phường. Đảng bộ phường Tân Mai gồm 41 chi bộ. "
        "Sáng cùng ngày, phường Hòa Khánh cũng bước vào Đại hội Đảng bộ phường nhiệm kỳ đầu tiên.")


def test_the_short_reference_after_a_time_and_a_ward_is_that_wards(pipeline):
    got = orgs(TEXT, pipeline)
    assert "Đảng bộ phường Hòa Khánh" in got and "Đảng bộ phường Tân Mai" in got


def test_without_a_ward_heading_the_sentence_the_short_reference_stays_the_articles(pipeline):
    got = orgs("Chiều 7/8, phường Tân Mai bắt đầu đại hội. Sáng cùng ngày, Đảng bộ phường bầu "
               "Ban Chấp hành mới.", pipeline)
    assert [o for o in got.values() if o.kind == "party_committee"] == [got["Đảng bộ phường Tân Mai"]]


def test_ngay_cang_opens_no_time_before_a_ward(pipeline):
    got = orgs("Chiều 7/8, phường Tân Mai bắt đầu đại hội Đảng bộ phường. Ngày càng đông vui, phường Hòa Khánh "
               "cùng Đảng bộ phường đón khách.", pipeline)
    assert "Đảng bộ phường Hòa Khánh" not in got
