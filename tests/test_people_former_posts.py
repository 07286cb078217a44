"""A post held before ("nguyên Bí thư Quận ủy X", "cựu Giám đốc Sở Y", "nguyên là Bí thư Huyện ủy
kiêm Chủ tịch UBND huyện Z") is the same post its holders hold, linked to the person by
pkg:formerlyHeld, never org:holds: a report states what is held at its date. The posts chained
after a former one were held then too; the present ones written before it stay held. The
people-posts query shows a former post with "nguyên" before its title; post-holders, which dates
each holding by its report, leaves it out. Only "nguyên" / "cựu" make a post former: the
predecessor a handover names ("… thay cho ông B") held it up to the handover the report tells.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import csv
import io
import json

from extraction import former_posts, held_posts, read


def test_a_former_secretary_holds_the_post_no_more(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Thành ủy cảnh cáo ông Đỗ Văn Lâm, nguyên Bí thư Quận ủy Hoàng Mai.")
    assert ("Đỗ Văn Lâm", "Bí thư", "Đảng bộ quận Hoàng Mai") in former_posts(doc)
    assert not [x for x in held_posts(doc) if x[0] == "Đỗ Văn Lâm"]


def test_the_present_post_before_a_former_one_is_still_held(pipeline):
    doc = read(pipeline, "Ông Đỗ Văn Lâm, Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An, cựu Giám đốc Sở Nội vụ, phát biểu.")
    assert ("Đỗ Văn Lâm", "Phó Trưởng Ban", "Ban Dân vận Tỉnh ủy Nghệ An") in held_posts(doc)
    assert ("Đỗ Văn Lâm", "Giám đốc", "Sở Nội vụ") in former_posts(doc)
    assert ("Đỗ Văn Lâm", "Phó Trưởng Ban", "Ban Dân vận Tỉnh ủy Nghệ An") not in former_posts(doc)


def test_posts_chained_after_a_former_one_were_held_then(pipeline):
    doc = read(pipeline, "Khiển trách ông Đỗ Văn Lâm, nguyên Huyện ủy viên kiêm Phó Chủ tịch UBND huyện Tân Kỳ "
                         "nhiệm kỳ trước.")
    got = former_posts(doc)
    assert ("Đỗ Văn Lâm", "Phó Chủ tịch", "UBND huyện Tân Kỳ") in got
    assert ("Đỗ Văn Lâm", "Ủy viên Ban Chấp hành", "Đảng bộ huyện Tân Kỳ") in got
    assert not [x for x in held_posts(doc) if x[0] == "Đỗ Văn Lâm"]


def test_a_present_post_is_held(pipeline):
    doc = read(pipeline, "Ông Đỗ Văn Lâm, Bí thư Quận ủy Hoàng Mai, phát biểu.")
    assert ("Đỗ Văn Lâm", "Bí thư", "Đảng bộ quận Hoàng Mai") in held_posts(doc)
    assert not former_posts(doc)


def test_a_predecessor_is_told_no_former_post(pipeline):
    doc = read(pipeline, "Ông Lê Văn Tám giữ chức Bí thư Quận ủy Hoàng Mai thay cho ông Đỗ Văn Lâm nghỉ hưu.")
    assert ("Đỗ Văn Lâm", "Bí thư", "Đảng bộ quận Hoàng Mai") in held_posts(doc)
    assert not former_posts(doc)


def _rows(cli, tmp_path, query: str) -> list[dict]:
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"url": "https://example.org/ky-luat", "date": "2022-06-01",
                             "text": "Ủy ban Kiểm tra Thành ủy cảnh cáo ông Đỗ Văn Lâm, Phó Trưởng Ban Dân vận "
                                     "Thành ủy Hà Nội, nguyên Bí thư Quận ủy Hoàng Mai."},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    r = cli("ingest", "--store", tmp_path / "store", f)
    assert r.returncode == 0, r.stderr
    r = cli("query", "--store", tmp_path / "store", "--format", "csv", query)
    assert r.returncode == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


def test_people_posts_shows_a_former_post_as_nguyen(cli, tmp_path):
    got = {(r["person"], r["post"]) for r in _rows(cli, tmp_path, "people-posts")}
    assert ("Đỗ Văn Lâm", "nguyên Bí thư") in got
    assert ("Đỗ Văn Lâm", "Phó Trưởng Ban") in got
    assert ("Đỗ Văn Lâm", "Bí thư") not in got


def test_post_holders_dates_no_former_post(cli, tmp_path):
    got = {(r["person_label"], r["post"]) for r in _rows(cli, tmp_path, "post-holders")}
    assert ("Đỗ Văn Lâm", "Phó Trưởng Ban") in got
    assert not [x for x in got if x[1].endswith("Bí thư")]


def test_a_name_ending_in_nguyen_or_cuu_leaves_the_post_held(pipeline):
    for text, person, title in [
        ("Ông Hà Văn Nguyên là Bí thư Chi bộ thôn Nà Tăm phát biểu.", "Hà Văn Nguyên", "Bí thư"),
        ("Đồng chí Hoàng Văn Nguyên Phó Bí thư Thường trực Huyện ủy Bảo Thắng dự.", "Hoàng Văn Nguyên",
         "Phó Bí thư Thường trực"),
        ("Ông Bùi Văn Cựu Chủ tịch UBND xã Tân Lập phát biểu.", "Bùi Văn Cựu", "Chủ tịch"),
    ]:
        doc = read(pipeline, text)
        assert [x for x in held_posts(doc) if x[:2] == (person, title)], text
        assert not former_posts(doc), text


def test_a_place_ending_in_nguyen_leaves_the_post_held(pipeline):
    doc = read(pipeline, "Đứng đầu Đảng bộ tỉnh Thái Nguyên là Bí thư Tỉnh ủy Trịnh Văn Sơn.")
    assert ("Trịnh Văn Sơn", "Bí thư", "Đảng bộ tỉnh Thái Nguyên") in held_posts(doc)
    assert not former_posts(doc)


def test_a_capitalised_nguyen_opening_a_clause_marks_a_former_post(pipeline):
    doc = read(pipeline, "Nguyên Bí thư Quận ủy Hoàng Mai Đỗ Văn Lâm phát biểu.")
    assert ("Đỗ Văn Lâm", "Bí thư", "Đảng bộ quận Hoàng Mai") in former_posts(doc)
    doc = read(pipeline, "Dự có ông Lê Văn Tám, Bí thư Tỉnh ủy; Nguyên Phó Chủ tịch UBND tỉnh Nghệ An Đỗ Văn Lâm.")
    assert ("Đỗ Văn Lâm", "Phó Chủ tịch", "UBND tỉnh Nghệ An") in former_posts(doc)
    assert ("Lê Văn Tám", "Bí thư", "Đảng bộ tỉnh Nghệ An") in held_posts(doc)


def test_an_association_post_after_a_former_one_is_held(pipeline):
    doc = read(pipeline, "Đồng chí Trần Thị Lan, nguyên Phó Chủ tịch HĐND tỉnh Nghệ An, Chủ tịch Hội Khuyến học "
                         "tỉnh Nghệ An dự.")
    assert ("Trần Thị Lan", "Phó Chủ tịch", "HĐND tỉnh Nghệ An") in former_posts(doc)
    assert ("Trần Thị Lan", "Chủ tịch", "Hội Khuyến học tỉnh Nghệ An") in held_posts(doc)
    assert ("Trần Thị Lan", "Chủ tịch", "Hội Khuyến học tỉnh Nghệ An") not in former_posts(doc)


def test_where_each_former_post_is_marked_the_unmarked_one_is_held(pipeline):
    doc = read(pipeline, "Dự có ông Lê Văn Tám, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy, "
                         "Trưởng Đoàn ĐBQH tỉnh Hà Tĩnh.")
    assert ("Lê Văn Tám", "Bí thư", "Đảng bộ tỉnh Hà Tĩnh") in former_posts(doc)
    assert ("Lê Văn Tám", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh") in held_posts(doc)
    assert ("Lê Văn Tám", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh") not in former_posts(doc)


def test_a_post_after_a_single_former_mark_was_held_then_too(pipeline):
    doc = read(pipeline, "Khiển trách ông Đỗ Văn Lâm, nguyên Huyện ủy viên, Chánh Văn phòng Huyện ủy Tân Kỳ.")
    assert ("Đỗ Văn Lâm", "Chánh Văn phòng", "Văn phòng Huyện ủy Tân Kỳ") in former_posts(doc)
    assert not [x for x in held_posts(doc) if x[0] == "Đỗ Văn Lâm"]


def test_a_mark_inside_a_chain_leaves_the_unmarked_post_after_it_held(pipeline):
    doc = read(pipeline, "Dự có ông Lê Văn Tám, Tỉnh ủy viên, nguyên Bí thư Huyện ủy Tân Kỳ, Giám đốc Sở Tư pháp "
                         "tỉnh Nghệ An.")
    assert ("Lê Văn Tám", "Bí thư", "Đảng bộ huyện Tân Kỳ") in former_posts(doc)
    assert ("Lê Văn Tám", "Giám đốc", "Sở Tư pháp tỉnh Nghệ An") in held_posts(doc)
    assert [x for x in held_posts(doc) if x[:2] == ("Lê Văn Tám", "Ủy viên Ban Chấp hành")]


def test_a_post_joined_by_kiem_to_a_former_one_was_held_then_too(pipeline):
    doc = read(pipeline, "Ông Đỗ Văn Lâm, nguyên Bí thư Huyện ủy Tân Kỳ, nguyên Chủ tịch UBND huyện Tân Kỳ "
                         "kiêm Chủ tịch Hội Chữ thập đỏ huyện Tân Kỳ.")
    assert ("Đỗ Văn Lâm", "Chủ tịch", "Hội Chữ thập đỏ huyện Tân Kỳ") in former_posts(doc)
    assert not [x for x in held_posts(doc) if x[0] == "Đỗ Văn Lâm"]


def _two_reports(cli, tmp_path, query: str) -> set[tuple[str, str, str]]:
    f = tmp_path / "two.jsonl"
    f.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in [
        {"url": "https://example.org/truoc", "date": "2019-03-01",
         "text": "Tỉnh Nghệ An: Đồng chí Lê Văn Tám, Bí thư Huyện ủy Tân Kỳ chủ trì buổi làm việc."},
        {"url": "https://example.org/sau", "date": "2024-04-01",
         "text": "Tỉnh Nghệ An: Ủy ban Kiểm tra Tỉnh ủy khiển trách ông Lê Văn Tám, nguyên Bí thư Huyện ủy Tân Kỳ."},
    ]), encoding="utf-8")
    r = cli("ingest", "--store", tmp_path / "store", f)
    assert r.returncode == 0, r.stderr
    r = cli("query", "--store", tmp_path / "store", "--format", "csv", query)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    return {(r.get("person") if "person_label" not in r else r["person_label"], r["post"], r["document"])
            for r in rows}


def test_people_posts_says_of_each_report_what_that_report_says(cli, tmp_path):
    got = {x for x in _two_reports(cli, tmp_path, "people-posts") if x[0] == "Lê Văn Tám"}
    assert got == {("Lê Văn Tám", "Bí thư", "https://example.org/truoc"),
                   ("Lê Văn Tám", "nguyên Bí thư", "https://example.org/sau")}


def test_post_holders_dates_a_holding_by_the_report_that_states_it_held(cli, tmp_path):
    got = {x for x in _two_reports(cli, tmp_path, "post-holders") if x[0] == "Lê Văn Tám"}
    assert got == {("Lê Văn Tám", "Bí thư", "https://example.org/truoc")}
