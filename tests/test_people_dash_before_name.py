"""A headline or caption writes the posts first, then a dash, then the holder's name ("Bí thư
Tỉnh ủy, Chủ tịch HĐND tỉnh X - Lê Văn A"): the posts are that person's."""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import Pipeline, load_text


def posts(pipeline: Pipeline, text: str):
    return held_posts(load_text(text, source="memory:test-dash", pipeline=pipeline))


def test_two_posts_then_a_dash_then_the_name(pipeline):
    got = posts(pipeline, "Sáng 12/4, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Phước - Trần Văn Mạnh làm việc "
                          "tại huyện Bù Đốp.")
    assert got == {("Trần Văn Mạnh", "Bí thư", "Đảng bộ tỉnh Bình Phước"),
                   ("Trần Văn Mạnh", "Chủ tịch", "HĐND tỉnh Bình Phước")}


def test_a_dash_then_an_honorific_and_the_name(pipeline):
    got = posts(pipeline, "Phó Chủ tịch UBND huyện Bù Đốp – ông Lê Văn Tám phát biểu.")
    assert got == {("Lê Văn Tám", "Phó Chủ tịch", "UBND huyện Bù Đốp")}


def test_the_name_first_then_a_dash_still_reads_as_before(pipeline):
    got = posts(pipeline, "Đồng chí Trần Văn Mạnh - Bí thư Tỉnh ủy Bình Phước phát biểu.")
    assert got == {("Trần Văn Mạnh", "Bí thư", "Đảng bộ tỉnh Bình Phước")}
