"""A post shared by the people a list names after a colon: "các đồng chí Ủy viên Ban Thường vụ
Tỉnh ủy: A, Trưởng Ban …; B, Chủ nhiệm …" — every one listed holds the shared post, besides
their own; "các đồng chí Phó Bí thư Tỉnh ủy: A, B" — both hold it.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_shared_post_before_a_colon_and_each_person_own_post(pipeline):
    got = held_posts(read(pipeline, "Dự hội nghị có các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy Bắc Kạn: Hà Văn Tuấn, "
                                    "Trưởng Ban Dân vận Tỉnh ủy; Nông Thị Lan, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."))
    for name in ("Hà Văn Tuấn", "Nông Thị Lan"):
        assert (name, "Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Kạn") in got
    assert ("Hà Văn Tuấn", "Trưởng Ban", "Ban Dân vận Tỉnh ủy Bắc Kạn") in got
    assert ("Nông Thị Lan", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Bắc Kạn") in got


def test_names_alone_after_a_shared_post(pipeline):
    got = held_posts(read(pipeline, "Đón đoàn có các đồng chí Phó Bí thư Tỉnh ủy Bắc Kạn: Hà Văn Tuấn, Nông Thị Lan."))
    assert ("Hà Văn Tuấn", "Phó Bí thư", "Đảng bộ tỉnh Bắc Kạn") in got
    assert ("Nông Thị Lan", "Phó Bí thư", "Đảng bộ tỉnh Bắc Kạn") in got


def test_a_colon_after_one_person_post_shares_nothing(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Hà Văn Tuấn, Trưởng Ban Dân vận Tỉnh ủy Bắc Kạn nhấn mạnh: Nông Thị Lan "
                                    "và các hội viên cần giữ vững phong trào."))
    assert ("Hà Văn Tuấn", "Trưởng Ban", "Ban Dân vận Tỉnh ủy Bắc Kạn") in got
    assert not [x for x in got if x[0] == "Nông Thị Lan"]


def test_the_list_ends_at_a_guest_led_in_by_other_words(pipeline):
    got = held_posts(read(pipeline, "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Bắc Kạn: Hà Văn Tuấn, "
                                    "Trưởng Ban Dân vận Tỉnh ủy; Nông Thị Lan, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; cùng "
                                    "lãnh đạo huyện Chợ Đồn, ông Lý Văn Sáu, Chủ tịch UBND huyện Chợ Đồn."))
    assert ("Nông Thị Lan", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Kạn") in got
    assert ("Lý Văn Sáu", "Chủ tịch", "UBND huyện Chợ Đồn") in got
    assert not [x for x in got if x[0] == "Lý Văn Sáu" and x[1] == "Ủy viên"]


def test_representatives_after_the_list_share_nothing(pipeline):
    got = held_posts(read(pipeline, "Đón đoàn có các đồng chí Phó Bí thư Tỉnh ủy Bắc Kạn: Hà Văn Tuấn; đại diện các sở, "
                                    "ngành có ông Lý Văn Sáu, Giám đốc Sở Nội vụ."))
    assert ("Hà Văn Tuấn", "Phó Bí thư", "Đảng bộ tỉnh Bắc Kạn") in got
    assert not [x for x in got if x[0] == "Lý Văn Sáu" and x[1] == "Phó Bí thư"]
