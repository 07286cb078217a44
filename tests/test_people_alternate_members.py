"""An alternate member of a committee ("Ủy viên dự khuyết Ban Chấp hành …") holds a post of
its own, and the posts chained after it are still the same person's."""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import Pipeline, load_text


def posts(pipeline: Pipeline, text: str):
    return held_posts(load_text(text, source="memory:test-alternates", pipeline=pipeline))


def test_an_alternate_member_of_the_central_committee_and_the_post_after_it(pipeline):
    got = posts(pipeline, "Buổi làm việc có mặt Lê Văn Tám, Bí thư Tỉnh ủy, và Giàng A Chư, Ủy viên dự khuyết "
                          "Ban Chấp hành Trung ương, Phó Bí thư Thường trực Tỉnh ủy Hà Giang.")
    assert ("Giàng A Chư", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương") in got
    assert ("Giàng A Chư", "Phó Bí thư Thường trực", "Đảng bộ tỉnh Hà Giang") in got


def test_an_alternate_member_written_in_lower_case(pipeline):
    got = posts(pipeline, "Ông Vi Văn Khải là ủy viên dự khuyết Ban Chấp hành Đảng bộ huyện Mường Tè.")
    assert got == {("Vi Văn Khải", "Ủy viên dự khuyết", "Đảng bộ huyện Mường Tè")}
