"""The heads of a procuracy and a court ("Viện trưởng", "Phó Viện trưởng", "Chánh án",
"Phó Chánh án") are titles: before the agency they name a post in it, and chained after a post
in the agency's bare "Đảng ủy" they leave that post the agency's party committee's.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import load_text


def posts(pipeline, text: str) -> set[tuple[str, str, str]]:
    return held_posts(load_text(text, source="memory:test", pipeline=pipeline))


PROCURACY = "Đảng ủy VKSND tỉnh Tuyên Quang tổ chức hội nghị chuyên đề. "


def test_the_head_of_the_procuracy_holds_a_post_in_it(pipeline):
    got = posts(pipeline, "Ông Hoàng Văn Lợi, Viện trưởng VKSND tỉnh Tuyên Quang dự buổi làm việc.")
    assert ("Hoàng Văn Lợi", "Viện trưởng", "Viện Kiểm sát nhân dân tỉnh Tuyên Quang") in got


def test_the_secretary_of_the_bare_committee_heads_the_procuracy_too(pipeline):
    got = posts(pipeline, PROCURACY + "Đồng chí Ma Thị Liên, Bí thư Đảng ủy, Viện trưởng VKSND tỉnh chủ trì.")
    assert any(p == "Ma Thị Liên" and t == "Bí thư" and o.startswith("Đảng bộ VKSND") for p, t, o in got)
    assert ("Ma Thị Liên", "Viện trưởng", "Viện Kiểm sát nhân dân tỉnh Tuyên Quang") in got


def test_a_deputy_head_on_the_standing_committee_holds_both_posts(pipeline):
    got = posts(pipeline, PROCURACY + "Đồng chí Nông Văn Tài, Ủy viên Ban Thường vụ Đảng ủy, "
                                      "Phó Viện trưởng VKSND tỉnh phát biểu.")
    assert ("Nông Văn Tài", "Phó Viện trưởng", "Viện Kiểm sát nhân dân tỉnh Tuyên Quang") in got
    assert any(p == "Nông Văn Tài" and t == "Ủy viên" and o.startswith("Ban Thường vụ") for p, t, o in got)


def test_the_chief_judge_heads_the_court(pipeline):
    got = posts(pipeline, "Bà Lục Thị Mai, Chánh án TAND tỉnh Tuyên Quang báo cáo kết quả xét xử.")
    assert ("Lục Thị Mai", "Chánh án", "Tòa án nhân dân tỉnh Tuyên Quang") in got


def test_the_word_head_of_institute_alone_names_no_agency_post(pipeline):
    # a title with no agency after it and none named before: no post is invented
    got = posts(pipeline, "Ông Hoàng Văn Lợi nguyên là viện trưởng, nay đã nghỉ hưu.")
    assert not any(t in ("Viện trưởng", "Chánh án") for p, t, o in got)


def test_the_procuracy_written_in_lower_case_is_the_body_its_deputy_head_holds_a_post_in(pipeline):
    got = posts(pipeline, "Đảng bộ Viện kiểm sát nhân dân tỉnh Bắc Kạn họp. Đồng chí Triệu Văn Phúc, Bí thư Đảng ủy, "
                          "Phó Viện trưởng Viện kiểm sát nhân dân tỉnh báo cáo.")
    assert ("Triệu Văn Phúc", "Phó Viện trưởng", "Viện Kiểm sát nhân dân tỉnh Bắc Kạn") in got
