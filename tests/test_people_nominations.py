"""A post a person is only put forward for ("giới thiệu để HĐND huyện bầu giữ chức Chủ tịch UBND
huyện", "được giới thiệu bầu …", "giới thiệu ứng cử …") is not held: an election gives it or not.
The posts the same sentence says the person holds or takes are still read.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_post_one_is_put_forward_for_is_not_held(pipeline):
    got = held_posts(read(pipeline, "Ông Lê Quang Vịnh, Phó Bí thư Huyện ủy Tam Đường, còn được cấp trên giới thiệu "
                                    "để HĐND huyện Tam Đường bầu giữ chức Chủ tịch UBND huyện vào cuối quý."))
    assert ("Lê Quang Vịnh", "Phó Bí thư", "Đảng bộ huyện Tam Đường") in got
    assert not [x for x in got if x[1] == "Chủ tịch"]


def test_a_person_said_to_be_put_forward_holds_nothing_yet(pipeline):
    got = held_posts(read(pipeline, "Theo tờ trình, ông Hà Minh Tuấn sẽ được giới thiệu bầu Chủ tịch UBND huyện Tam Đường khóa mới."))
    assert not [x for x in got if x[0] == "Hà Minh Tuấn"]


def test_a_person_elected_holds_the_post(pipeline):
    got = held_posts(read(pipeline, "Với 31 phiếu thuận, kỳ họp bầu ông Hà Minh Tuấn giữ chức Chủ tịch UBND huyện Tam Đường."))
    assert ("Hà Minh Tuấn", "Chủ tịch", "UBND huyện Tam Đường") in got
