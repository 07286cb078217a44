"""A congress resolution that sets targets is carried out by the body whose congress it was.

"Nghị quyết Đại hội Đảng bộ huyện X lần thứ VI, nhiệm kỳ … đặt ra mục tiêu …" (or "đề ra chỉ
tiêu", "xác định mục tiêu"): the targets are the district's own, so Đảng bộ huyện X carries the
resolution out. The verb ends the congress's name. Where another body is said to study or carry
out the resolution, that body is the doer.
"""

from __future__ import annotations

from extraction import carried_out, directives, read

CONGRESS = "Nghị quyết Đại hội Đảng bộ huyện Mường Tè lần thứ VI, nhiệm kỳ 2020-2025"


def test_a_congress_resolution_setting_targets_is_its_bodys_work(pipeline):
    text = CONGRESS + " đặt ra mục tiêu kết nạp thêm 200 đảng viên trong năm năm."
    assert carried_out(pipeline, text) == {("Đảng bộ huyện Mường Tè", CONGRESS)}


def test_the_verb_ends_the_congress_name(pipeline):
    doc = read(pipeline, CONGRESS + " xác định mục tiêu giữ vững an ninh vùng biên.")
    assert directives(doc) == {CONGRESS}


def test_another_body_studying_the_resolution_is_its_doer(pipeline):
    text = "Đảng ủy xã Pa Ủ học tập " + CONGRESS + " đã đề ra chỉ tiêu cho xã."
    assert carried_out(pipeline, text) == {("Đảng bộ xã Pa Ủ", CONGRESS)}


def test_a_congress_resolution_merely_named_has_no_doer(pipeline):
    text = CONGRESS + " được in thành sách nhỏ."
    assert carried_out(pipeline, text) == set()


def test_a_higher_bodys_congress_in_an_article_about_a_commune_is_not_its_bodys_work(pipeline):
    text = ("Đảng ủy xã Pa Ủ họp bàn nhiệm vụ năm 2024. Đảng ủy xã Pa Ủ giao chỉ tiêu cho từng chi bộ. "
            "Nghị quyết Đại hội Đảng bộ tỉnh Lai Châu lần thứ XIV đề ra mục tiêu giảm nghèo nhanh. "
            "Bám sát mục tiêu ấy, Đảng ủy xã Pa Ủ chỉ đạo các thôn làm đường.")
    assert ("Đảng bộ tỉnh Lai Châu", "Nghị quyết Đại hội Đảng bộ tỉnh Lai Châu lần thứ XIV") not in carried_out(pipeline, text)
