"""Posts named in elections, appointments, dismissals and lists: "được bầu Bí thư Đảng ủy xã",
"giữ chức Bí thư Huyện ủy X thay cho ông B" (B held the post before), "cách chức Chủ tịch UBND
xã X đối với ông A" (A held it), and a body written once for a list of people ("A, Đảng ủy
viên và B, Phó Bí thư Đảng ủy xã X"; "bầu A giữ chức Bí thư Chi bộ X, B – Phó Bí thư").

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_elected_secretary_of_a_named_commune(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Phan Thị Vân được bầu Bí thư Đảng ủy phường Hưng Dũng."))
    assert ("Phan Thị Vân", "Bí thư", "Đảng bộ phường Hưng Dũng") in got


def test_elected_secretary_of_the_articles_commune(pipeline):
    got = held_posts(read(pipeline, "Phường Hưng Dũng vừa tổng kết đại hội đảng bộ lần thứ XX. Tại đại hội, đồng chí Phan Thị Vân "
                                    "được bầu Bí thư Đảng ủy phường."))
    assert ("Phan Thị Vân", "Bí thư", "Đảng bộ phường Hưng Dũng") in got


def test_appointed_by_name_without_a_joining_word(pipeline):
    got = held_posts(read(pipeline, "Ông Lê Văn Tám được bổ nhiệm Phó Giám đốc Sở Nội vụ tỉnh Nghệ An."))
    assert ("Lê Văn Tám", "Phó Giám đốc", "Sở Nội vụ tỉnh Nghệ An") in got


def test_the_predecessor_held_the_post_before(pipeline):
    got = held_posts(read(pipeline, "Tỉnh ủy điều động ông Lê Văn Tám, Trưởng ban Dân vận Tỉnh ủy Nghệ An giữ chức "
                                    "Bí thư Huyện ủy Tân Kỳ thay cho ông Đỗ Văn Khải nghỉ hưu."))
    assert ("Lê Văn Tám", "Bí thư", "Đảng bộ huyện Tân Kỳ") in got
    assert ("Đỗ Văn Khải", "Bí thư", "Đảng bộ huyện Tân Kỳ") in got
    assert ("Đỗ Văn Khải", "Trưởng Ban", "Ban Dân vận Tỉnh ủy Nghệ An") not in got


def test_a_predecessor_named_with_a_post_of_his_own_keeps_it(pipeline):
    got = held_posts(read(pipeline, "Ông Lê Văn Tám giữ chức Bí thư Huyện ủy Tân Kỳ thay ông Đỗ Văn Khải, Phó Chủ tịch "
                                    "UBND tỉnh Nghệ An."))
    assert ("Đỗ Văn Khải", "Phó Chủ tịch", "UBND tỉnh Nghệ An") in got
    assert ("Đỗ Văn Khải", "Bí thư", "Đảng bộ huyện Tân Kỳ") not in got


def test_a_dismissal_names_the_post_before_its_holder(pipeline):
    got = held_posts(read(pipeline, "Chủ tịch UBND huyện Tân Kỳ vừa ký văn bản cách chức Chủ tịch Ủy ban nhân dân xã Nghĩa Đồng "
                                    "đối với ông Lê Văn Tám; cách chức Phó Chủ tịch UBND xã Nghĩa Hợp đối với bà "
                                    "Phan Thị Vân."))
    assert ("Lê Văn Tám", "Chủ tịch", "UBND xã Nghĩa Đồng") in got
    assert ("Phan Thị Vân", "Phó Chủ tịch", "UBND xã Nghĩa Hợp") in got
    assert not [x for x in got if x[0] == "Lê Văn Tám" and x[2] == "UBND huyện Tân Kỳ"]


def test_a_committee_written_bare_shares_the_next_persons_body(pipeline):
    got = held_posts(read(pipeline, "Kỷ luật các đồng chí: Lê Văn Tám, Phó Bí thư Đảng ủy xã Nghĩa Đồng; Đỗ Văn Khải, "
                                    "Đảng ủy viên và Phan Văn Lợi, Phó Bí thư Đảng ủy xã Nghĩa Hợp."))
    assert ("Đỗ Văn Khải", "Ủy viên Ban Chấp hành", "Đảng bộ xã Nghĩa Hợp") in got
    assert ("Phan Văn Lợi", "Phó Bí thư", "Đảng bộ xã Nghĩa Hợp") in got
    assert ("Lê Văn Tám", "Phó Bí thư", "Đảng bộ xã Nghĩa Đồng") in got


def test_an_election_list_shares_the_cell_named_first(pipeline):
    got = held_posts(read(pipeline, "Chi bộ Trường Tiểu học Nghĩa Hợp họp phiên đầu, bầu đồng chí Lê Thị Hoa giữ chức "
                                    "Bí thư chi bộ; các đồng chí Trần Văn Lâm – Phó Bí thư, Đỗ Minh Quân – "
                                    "Chi ủy viên."))
    cell = "Chi bộ Trường Tiểu học Nghĩa Hợp"
    assert {("Lê Thị Hoa", "Bí thư", cell), ("Trần Văn Lâm", "Phó Bí thư", cell), ("Đỗ Minh Quân", "Chi ủy viên", cell)} <= got


def test_an_election_list_shares_the_committee_named_last(pipeline):
    got = held_posts(read(pipeline, "Hội nghị bầu đồng chí Lê Thị Hoa làm Bí thư, đồng chí Trần Văn Lâm làm Phó Bí thư "
                                    "Đảng ủy phường Hưng Dũng."))
    assert ("Lê Thị Hoa", "Bí thư", "Đảng bộ phường Hưng Dũng") in got
    assert ("Trần Văn Lâm", "Phó Bí thư", "Đảng bộ phường Hưng Dũng") in got


def test_a_party_title_beside_a_government_post_takes_no_body(pipeline):
    got = held_posts(read(pipeline, "Dự có đồng chí Lê Thị Hoa, Bí thư; đồng chí Trần Văn Lâm, Chủ tịch UBND xã Nghĩa Hợp."))
    assert not [x for x in got if x[0] == "Lê Thị Hoa"]


def test_speaking_for_someone_is_no_succession(pipeline):
    got = held_posts(read(pipeline, "Ông Lê Văn Tám, Chủ tịch UBND xã Nghĩa Đồng thay ông Đỗ Văn Khải trả lời cử tri."))
    assert ("Lê Văn Tám", "Chủ tịch", "UBND xã Nghĩa Đồng") in got
    assert not [x for x in got if x[0] == "Đỗ Văn Khải"]
