"""A person elected or re-elected to a post: "tái đắc cử chức Bí thư …", "được bầu giữ chức …",
"trúng cử …". The post is the person's; a body the title leaves unnamed ("Bí thư Chi bộ") is
the one the sentence or the one before it names.
"""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import Pipeline, load_text


def posts(pipeline: Pipeline, text: str):
    return held_posts(load_text(text, source="memory:test-elections", pipeline=pipeline))


def test_re_elected_to_a_body_named_in_the_sentence_before(pipeline):
    got = posts(pipeline, "Huyện Chợ Mới, tỉnh An Giang lấy Chi bộ ấp Long Hòa, xã Long Điền A làm điểm đại hội. "
                          "Ông Lâm Văn Tới tái đắc cử chức Bí thư Chi bộ, nhiệm kỳ 2025-2027.")
    assert ("Lâm Văn Tới", "Bí thư", "Chi bộ ấp Long Hòa") in got


def test_re_elected_to_a_body_written_out(pipeline):
    got = posts(pipeline, "Huyện Chợ Mới, tỉnh An Giang có nhiều xã. "
                          "Bà Trần Thị Hoa tái đắc cử chức Bí thư Đảng ủy xã Long Điền A, nhiệm kỳ 2020-2025.")
    assert ("Trần Thị Hoa", "Bí thư", "Đảng bộ xã Long Điền A") in got


def test_elected_to_hold_a_post_of_the_body_whose_congress_met(pipeline):
    got = posts(pipeline, "Huyện Chợ Mới, tỉnh An Giang có nhiều xã. Đại hội Đảng bộ xã Long Điền A diễn ra thành công. "
                          "Bà Trần Thị Hoa được bầu giữ chức Bí thư Đảng ủy xã, nhiệm kỳ 2020-2025.")
    assert ("Trần Thị Hoa", "Bí thư", "Đảng bộ xã Long Điền A") in got


def test_won_the_election_without_the_word_for_post(pipeline):
    got = posts(pipeline, "Huyện Chợ Mới, tỉnh An Giang có nhiều xã. Đại hội Đảng bộ xã Long Điền A diễn ra "
                          "thành công, bà Trần Thị Hoa trúng cử Bí thư Đảng ủy xã.")
    assert ("Trần Thị Hoa", "Bí thư", "Đảng bộ xã Long Điền A") in got


def test_two_people_joined_by_and_are_both_elected_to_the_post(pipeline):
    got = posts(pipeline, "Bà Lò Thị Mai và ông Phan Văn Lực cùng được bầu giữ chức Phó Chủ tịch HĐND tỉnh Sơn La.")
    assert got == {("Lò Thị Mai", "Phó Chủ tịch", "HĐND tỉnh Sơn La"),
                   ("Phan Văn Lực", "Phó Chủ tịch", "HĐND tỉnh Sơn La")}


def test_a_joined_person_who_already_holds_a_post_keeps_only_that_one(pipeline):
    got = posts(pipeline, "Ông Vàng A Dơ, Bí thư Huyện ủy và ông Lý Văn Sinh được bầu làm Phó Bí thư "
                          "Huyện ủy Mường Lát.")
    assert got == {("Vàng A Dơ", "Bí thư", "Đảng bộ huyện Mường Lát"),
                   ("Lý Văn Sinh", "Phó Bí thư", "Đảng bộ huyện Mường Lát")}
