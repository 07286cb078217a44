""""Đoàn" opens a body's name ("Đoàn Thanh niên", "Đoàn Công tác") and a family's: a name of three
words or more whose second word is a name's ("Đoàn Văn A", "Đoàn Thị B") is a person's, also
without an honorific; the bodies stay bodies.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_doan_name_right_after_its_post(pipeline):
    got = held_posts(read(pipeline, "Tại buổi sinh hoạt chuyên đề của quận, Phó Bí thư Quận ủy Cẩm Lệ Đoàn Văn Lộc "
                                    "trình bày chuyên đề."))
    assert ("Đoàn Văn Lộc", "Phó Bí thư", "Đảng bộ quận Cẩm Lệ") in got


def test_a_doan_name_after_a_district_committee(pipeline):
    got = held_posts(read(pipeline, "Bí thư Huyện ủy Mộc Châu Đoàn Thị Vui dự và phát biểu chỉ đạo."))
    assert ("Đoàn Thị Vui", "Bí thư", "Đảng bộ huyện Mộc Châu") in got


def test_the_youth_union_is_no_person(pipeline):
    got = held_posts(read(pipeline, "Bí thư Đoàn Thanh niên xã Chiềng Hắc Lò Văn Nhất phát biểu tại buổi lễ."))
    assert ("Lò Văn Nhất", "Bí thư", "Đoàn Thanh niên xã Chiềng Hắc") in got
    assert not [x for x in got if x[0].startswith("Đoàn")]
