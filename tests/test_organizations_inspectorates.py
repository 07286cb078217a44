"""The state inspectorate of a province or district ("Thanh tra huyện X", "Thanh tra tỉnh Y") is
a government body of its place, and its head is the "Chánh Thanh tra" (a deputy "Phó Chánh
Thanh tra"), the title's body written after it ("Chánh Thanh tra huyện"). The verb "thanh tra"
names no body.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, orgs, read


def test_a_districts_inspectorate(pipeline):
    got = orgs("Chiều 8/3, Thanh tra huyện Yên Phong làm việc với xã Đông Tiến về đất công.", pipeline)
    body = got["Thanh tra huyện Yên Phong"]
    assert body.kind == "other" and body.level == "district"


def test_its_head_with_the_place_written_once(pipeline):
    doc = read(pipeline, "Ông Lê Văn Khải, Chánh Thanh tra huyện Yên Phong, cho biết năm nay đã xong "
                         "bốn cuộc. Bà Hà Thị Lụa, Phó Chánh Thanh tra tỉnh Bắc Ninh cũng có mặt.")
    posts = held_posts(doc)
    assert ("Lê Văn Khải", "Chánh Thanh tra", "Thanh tra huyện Yên Phong") in posts
    assert ("Hà Thị Lụa", "Phó Chánh Thanh tra", "Thanh tra tỉnh Bắc Ninh") in posts


def test_the_verb_names_no_body(pipeline):
    got = orgs("Thanh tra việc chi trả chế độ tại xã Đông Tiến được làm trong tháng năm.", pipeline)
    assert not [label for label in got if label.startswith("Thanh tra")]
