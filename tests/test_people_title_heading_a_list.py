"""A title a body has several holders of, in the plural, heading a list after "gồm" ("Các Phó
Bí thư Tỉnh ủy gồm ông A, Chủ tịch UBND tỉnh; bà B và ông C …") is held by every person of the
list, besides the posts written after each one's own name.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import load_text


def posts(pipeline, text: str) -> set[tuple[str, str]]:
    return {(p, t) for p, t, o in held_posts(load_text(text, source="memory:test", pipeline=pipeline))}


def test_every_person_of_the_list_holds_the_heading_title(pipeline):
    got = posts(pipeline, "Các Phó Bí thư Tỉnh ủy Kon Tum gồm ông Hồ Văn Khải, Chủ tịch UBND tỉnh Kon Tum; "
                          "bà Y Thị Nhàn và ông Đinh Văn Sáu được phân công nhiệm vụ mới.")
    assert {("Hồ Văn Khải", "Phó Bí thư"), ("Y Thị Nhàn", "Phó Bí thư"), ("Đinh Văn Sáu", "Phó Bí thư")} <= got
    assert ("Hồ Văn Khải", "Chủ tịch") in got


def test_the_list_ends_where_its_items_stop_being_joined(pipeline):
    got = posts(pipeline, "Các Phó Bí thư Tỉnh ủy Kon Tum gồm ông Hồ Văn Khải và bà Y Thị Nhàn. "
                          "Ông Đinh Văn Sáu dự hội nghị.")
    assert ("Đinh Văn Sáu", "Phó Bí thư") not in got
    assert ("Y Thị Nhàn", "Phó Bí thư") in got


def test_a_singular_title_before_gom_heads_no_list(pipeline):
    got = posts(pipeline, "Phó Bí thư Tỉnh ủy Kon Tum gồm nhiều nhiệm vụ, ông Hồ Văn Khải và bà Y Thị Nhàn dự họp.")
    assert not any(t == "Phó Bí thư" for p, t in got)


def test_the_item_after_va_closes_the_list(pipeline):
    got = posts(pipeline, "Các Phó Chủ tịch HĐND tỉnh Gia Lai gồm ông Rơ Châm Hlin và bà Đỗ Thị Mai; ông Trần Văn Tú, "
                          "Chánh Văn phòng HĐND tỉnh Gia Lai đọc tờ trình.")
    assert {("Rơ Châm Hlin", "Phó Chủ tịch"), ("Đỗ Thị Mai", "Phó Chủ tịch")} <= got
    assert ("Trần Văn Tú", "Phó Chủ tịch") not in got


def test_a_semicolon_after_a_comma_list_opens_another_clause(pipeline):
    got = posts(pipeline, "Các Phó Bí thư Đảng ủy xã Ia Kha gồm đồng chí Rơ Lan Hnút, đồng chí Lê Văn Bảy; "
                          "đồng chí Đinh Thị Yên là Chủ tịch UBND xã.")
    assert {("Rơ Lan Hnút", "Phó Bí thư"), ("Lê Văn Bảy", "Phó Bí thư")} <= got
    assert ("Đinh Thị Yên", "Phó Bí thư") not in got
