"""Posts in the central press and in the Central Committee.

Each test states one reading rule: the journals and papers of the Party are bodies with posts
("Tổng Biên tập Tạp chí Cộng sản"); a head of an agency written without it, just before a
post in that agency's party committee, heads that agency; "Ban Biên tập" is the editorial
board of the press body the article names; a "Bí thư" of the Central Committee holds the
title "Bí thư Trung ương Đảng", which is not a plain "Bí thư", and a member of it the title
"Ủy viên Trung ương Đảng"; a bracketed place between a post
and its holder ("Bí thư Đảng ủy phường X (thị xã Y) Lê Văn A") does not part them, nor does a
title whose body is left unnamed ("Phó Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh"); in an article
about an agency's party organization, a bare "Đảng ủy" is that organization.
"""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import load_text


def posts(pipeline, text: str) -> set[tuple[str, str, str]]:
    return held_posts(load_text(text, source="memory:test", pipeline=pipeline))


JOURNAL = "Đảng bộ cơ quan Tạp chí Cộng sản tổ chức hội nghị tổng kết năm. "


def test_the_editor_in_chief_of_a_party_journal_holds_a_post_there(pipeline):
    got = posts(pipeline, JOURNAL + "Dự hội nghị có đồng chí Trần Văn Nam, Tổng Biên tập Tạp chí Cộng sản.")
    assert ("Trần Văn Nam", "Tổng Biên tập", "Tạp chí Cộng sản") in got


def test_a_deputy_editor_written_without_the_journal_heads_the_journal_of_his_party_committee(pipeline):
    got = posts(pipeline, JOURNAL + "Tạp chí Cộng sản có nhiều ấn phẩm. Ông Đỗ Minh Khôi, Phó tổng Biên tập, "
                                    "Bí thư Đảng ủy cơ quan Tạp chí Cộng sản phát biểu.")
    assert ("Đỗ Minh Khôi", "Phó Tổng Biên tập", "Tạp chí Cộng sản") in got
    assert any(p == "Đỗ Minh Khôi" and t == "Bí thư" for p, t, o in got)


def test_the_editorial_board_belongs_to_the_journal_the_article_names(pipeline):
    got = posts(pipeline, JOURNAL + "Tạp chí Cộng sản có nhiều ấn phẩm. Ông Vũ Đức Lâm, Ủy viên Ban Biên tập, "
                                    "trình bày báo cáo.")
    assert ("Vũ Đức Lâm", "Ủy viên", "Ban Biên tập Tạp chí Cộng sản") in got


def test_a_secretary_of_the_central_committee_has_a_title_of_his_own(pipeline):
    got = posts(pipeline, JOURNAL + "Về dự có đồng chí Lê Quang Vinh, Bí thư Trung ương Đảng, Chánh Văn phòng "
                                    "Trung ương Đảng.")
    # a secretary of the Central Committee sits in its Secretariat
    assert ("Lê Quang Vinh", "Bí thư Trung ương Đảng", "Ban Bí thư") in got
    assert not any(t == "Bí thư" for p, t, o in got)


def test_a_member_of_the_central_committee_holds_the_posts_own_name(pipeline):
    for written in ("Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"):
        got = posts(pipeline, JOURNAL + f"Về dự có đồng chí Lê Quang Vinh, {written}, Tổng Biên tập Tạp chí Cộng sản.")
        assert ("Lê Quang Vinh", "Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương") in got


def test_a_director_before_a_post_in_a_commune_committee_gets_no_agency(pipeline):
    got = posts(pipeline, "Đảng ủy xã Tà Mung họp. Ông Lò Văn Tâm, Giám đốc, Bí thư Đảng ủy xã Tà Mung phát biểu.")
    assert not any(t == "Giám đốc" for p, t, o in got)


def test_a_bracketed_place_between_a_post_and_its_holder(pipeline):
    got = posts(pipeline, "Đảng ủy phường Nam Sơn lãnh đạo tốt. Theo Bí thư Đảng ủy phường Nam Sơn (thị xã Tam Điệp) "
                          "Trần Văn Hòa, người dân được bàn bạc mọi việc.")
    assert ("Trần Văn Hòa", "Bí thư", "Đảng bộ phường Nam Sơn") in got


def test_a_title_whose_body_is_unnamed_does_not_part_a_name_from_its_next_post(pipeline):
    got = posts(pipeline, "Bộ CHQS tỉnh Hà Tĩnh tổ chức hội nghị. Theo Đại tá Trần Quốc Việt - Phó Bí thư Đảng ủy, "
                          "Chính ủy Bộ CHQS tỉnh: việc học tập được duy trì.")
    assert ("Trần Quốc Việt", "Chính ủy", "Bộ CHQS tỉnh Hà Tĩnh") in got


def test_elected_secretary_of_the_party_committee_of_the_agency_the_article_is_about(pipeline):
    got = posts(pipeline, JOURNAL + "Đảng bộ cơ quan Tạp chí Cộng sản có 130 đảng viên. Ban Thường vụ gồm 5 đồng chí: "
                                    "đồng chí Trần Văn Nam, Tổng Biên tập Tạp chí Cộng sản được bầu làm Bí thư Đảng ủy.")
    assert ("Trần Văn Nam", "Bí thư", "Đảng bộ Cơ quan Tạp chí Cộng sản") in got
