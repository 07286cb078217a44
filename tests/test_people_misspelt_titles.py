"""Titles as hurried pages misspell them ("Phó bí thư thương trực", "Phí Bí thư") are read as
the titles they stand for, and a standing deputy named once in full and once short holds one
post, the one the full title names.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_standing_deputy_secretary_written_without_its_tone(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Lê Văn Hùng - Phó bí thư thương trực Huyện ủy Tân Kỳ chủ trì hội nghị."))
    assert ("Lê Văn Hùng", "Phó Bí thư Thường trực", "Đảng bộ huyện Tân Kỳ") in got


def test_a_deputy_secretary_written_with_one_letter_off(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Trần Thị Mai, Phí Bí thư Thường trực Thành ủy Vinh phát biểu."))
    assert ("Trần Thị Mai", "Phó Bí thư Thường trực", "Đảng bộ thành phố Vinh") in got


def test_a_standing_deputy_named_short_later_holds_one_post(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Lê Văn Hùng - Phó Bí thư Thường trực Huyện ủy Tân Kỳ chủ trì hội nghị. "
                                    "Kết luận hội nghị, đồng chí Lê Văn Hùng - Phó Bí thư Huyện ủy Tân Kỳ ghi nhận kết quả."))
    assert [t for n, t, o in got if n == "Lê Văn Hùng"] == ["Phó Bí thư Thường trực"]


def test_two_deputies_keep_their_own_titles(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Lê Văn Hùng, Phó Bí thư Thường trực Huyện ủy Tân Kỳ và đồng chí "
                                    "Trần Văn Nam, Phó Bí thư Huyện ủy Tân Kỳ dự hội nghị."))
    assert ("Trần Văn Nam", "Phó Bí thư", "Đảng bộ huyện Tân Kỳ") in got


def test_standing_deputies_written_in_lower_case(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Lê Văn Hùng, phó bí thư thường trực Huyện ủy Tân Kỳ dự. Bà Trần Thị Mai, "
                                    "Phó chủ tịch thường trực UBND huyện Tân Kỳ phát biểu."))
    assert ("Lê Văn Hùng", "Phó Bí thư Thường trực", "Đảng bộ huyện Tân Kỳ") in got
    assert ("Trần Thị Mai", "Phó Chủ tịch Thường trực", "UBND huyện Tân Kỳ") in got
