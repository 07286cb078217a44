"""Several people named together, then one post said of them with a verb: "bầu các ông A, B
và C làm Phó Bí thư Tỉnh ủy" — each of them holds it, when a plural opens the list ("các ông", "các đồng chí") or
the post is one a body has several holders of (Phó …, Ủy viên …). A post one person holds at a
time said after a bare list is the last name's only. A comma before the post ("A, B, Phó Bí thư
…") says it of the last name only.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_each_name_of_a_list_holds_the_post_they_are_appointed_to(pipeline):
    got = held_posts(read(pipeline, "Hội nghị bầu các ông Quàng Văn Hưng, Lê Thị Thu, Vừ A Dính làm Phó Bí thư "
                                    "Tỉnh ủy Điện Biên nhiệm kỳ mới."))
    for name in ("Quàng Văn Hưng", "Lê Thị Thu", "Vừ A Dính"):
        assert (name, "Phó Bí thư", "Đảng bộ tỉnh Điện Biên") in got, name


def test_names_joined_by_and_share_the_post_they_are(pipeline):
    got = held_posts(read(pipeline, "Ông Quàng Văn Hưng và bà Lê Thị Thu là Phó Chủ tịch UBND huyện Mường Ảng."))
    assert ("Quàng Văn Hưng", "Phó Chủ tịch", "UBND huyện Mường Ảng") in got
    assert ("Lê Thị Thu", "Phó Chủ tịch", "UBND huyện Mường Ảng") in got


def test_a_name_with_a_post_of_its_own_ends_the_list(pipeline):
    got = held_posts(read(pipeline, "Ông Quàng Văn Hưng, Chủ tịch UBND huyện Mường Ảng và bà Lê Thị Thu làm Chánh "
                                    "Văn phòng Huyện ủy Mường Ảng."))
    assert ("Quàng Văn Hưng", "Chủ tịch", "UBND huyện Mường Ảng") in got
    assert not [x for x in got if x[0] == "Quàng Văn Hưng" and x[1] == "Chánh Văn phòng"]


def test_a_comma_before_the_post_says_it_of_the_last_name_only(pipeline):
    got = held_posts(read(pipeline, "Đón đoàn có ông Quàng Văn Hưng, Lê Thị Thu, Phó Bí thư Tỉnh ủy Điện Biên."))
    assert ("Lê Thị Thu", "Phó Bí thư", "Đảng bộ tỉnh Điện Biên") in got
    assert not [x for x in got if x[0] == "Quàng Văn Hưng"]


def test_a_post_one_person_holds_is_not_copied_along_a_bare_list(pipeline):
    got = held_posts(read(pipeline, "Ông Quàng Văn Hưng, bà Lê Thị Thu và ông Vừ A Dính là Trưởng phòng Tư pháp "
                                    "huyện Mường Ảng."))
    assert not [x for x in got if x[0] in ("Quàng Văn Hưng", "Lê Thị Thu")]


def test_a_chair_said_after_two_joined_names_is_the_last_ones(pipeline):
    got = held_posts(read(pipeline, "Ông Quàng Văn Hưng và ông Vừ A Dính là Chủ tịch UBND huyện Mường Ảng."))
    assert not [x for x in got if x[0] == "Quàng Văn Hưng"]


def test_a_plural_opener_shares_any_post(pipeline):
    got = held_posts(read(pipeline, "Các đồng chí Quàng Văn Hưng và Vừ A Dính từng làm Trưởng thôn Hua Ná, "
                                    "xã Mường Ảng qua hai nhiệm kỳ."))
    assert ("Quàng Văn Hưng", "Trưởng thôn", "Thôn Hua Ná") in got
    assert ("Vừ A Dính", "Trưởng thôn", "Thôn Hua Ná") in got
