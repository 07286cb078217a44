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
