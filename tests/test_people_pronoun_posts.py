"""A post a sentence gives to a pronoun ("…, anh được cấp trên phân công giữ chức Bí thư Chi bộ
X", "Năm 2015, ông được bầu làm …") is held by the person the text named just before. A post merely
spoken of, or one the person is put forward for, is not.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_post_the_pronoun_is_assigned_to(pipeline):
    got = held_posts(read(pipeline, "Gắn bó với bà con là đảng viên Mùa A Sình, cán bộ địa chính xã Tả Phìn. Sau "
                                    "khi sáp nhập, anh được cấp trên phân công giữ chức Bí thư Chi bộ bản Háng Tầu."))
    assert ("Mùa A Sình", "Bí thư", "Chi bộ bản Háng Tầu") in got


def test_a_post_the_pronoun_is_elected_to(pipeline):
    got = held_posts(read(pipeline, "Bà Lò Thị Ỏn năm nay ngoài 50 tuổi. Năm 2010, bà được chi bộ bầu làm Phó Bí thư "
                                    "Chi bộ bản Háng Tầu."))
    assert ("Lò Thị Ỏn", "Phó Bí thư", "Chi bộ bản Háng Tầu") in got


def test_a_post_spoken_of_is_nobody_held(pipeline):
    got = held_posts(read(pipeline, "Bà Lò Thị Ỏn năm nay ngoài 50 tuổi. Bà kể, khi ấy Bí thư Chi bộ bản Háng Tầu "
                                    "thường xuyên đến từng nhà."))
    assert got == set()


def test_a_post_the_pronoun_is_put_forward_for_is_not_held(pipeline):
    got = held_posts(read(pipeline, "Bà Lò Thị Ỏn năm nay ngoài 50 tuổi. Bà được giới thiệu để bầu làm Phó Bí thư "
                                    "Chi bộ bản Háng Tầu."))
    assert got == set()
