"""A post just taken ("tân Bí thư …") or held alongside another ("đương kiêm Chủ tịch …") is
written between the name and the title; the person holds it now.
"""

from __future__ import annotations

from extraction import held_posts, read

PLACE = "Huyện Bình Sơn, tỉnh Quảng Ngãi có nhiều xã. "


def test_a_post_just_taken(pipeline):
    got = held_posts(read(pipeline, PLACE + "Ông Trần Văn Hùng, tân Bí thư Huyện ủy Bình Sơn phát biểu."))
    assert ("Trần Văn Hùng", "Bí thư", "Đảng bộ huyện Bình Sơn") in got


def test_a_post_held_alongside(pipeline):
    got = held_posts(read(pipeline, PLACE + "Tỉnh ủy công bố quyết định đối với ông Trần Văn Hùng, "
                                            "đương kiêm Chủ tịch UBND huyện Bình Sơn."))
    assert ("Trần Văn Hùng", "Chủ tịch", "UBND huyện Bình Sơn") in got


def test_the_word_alone_is_no_name(pipeline):
    got = held_posts(read(pipeline, PLACE + "Tân Bí thư Huyện ủy Bình Sơn đã gặp gỡ bà con."))
    assert not any(p.startswith("Tân") for p, _, _ in got)
