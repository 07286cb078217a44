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


def test_the_pronoun_goes_to_the_person_it_fits_not_the_one_named_last(pipeline):
    got = held_posts(read(pipeline, "Chị Hoàng Thị Dung đến gặp ông Vũ Văn Tường ở trụ sở. Chị được phân công làm Phó "
                                    "Chủ tịch UBND xã Nậm Cang."))
    assert not [x for x in got if x[0] == "Vũ Văn Tường"]


def test_a_pronoun_after_a_sentence_naming_two_people_is_nobody_sure(pipeline):
    got = held_posts(read(pipeline, "Ông Vũ Văn Tường đến thăm gia đình ông Lý Văn Chiến. Ông được tín nhiệm bầu làm "
                                    "Bí thư Chi bộ bản Nậm Cang."))
    assert not [x for x in got if x[1] == "Bí thư"]


def test_a_pronoun_other_than_the_one_a_man_was_introduced_with_is_someone_else(pipeline):
    got = held_posts(read(pipeline, "Ông Vũ Văn Tường hay nhắc tới cậu cháu nội. Anh được điều động làm Trưởng "
                                    "Công an xã Nậm Cang."))
    assert not [x for x in got if x[0] == "Vũ Văn Tường"]


def test_a_pronoun_after_a_kinship_word_is_the_relative_not_the_person(pipeline):
    got = held_posts(read(pipeline, "Ông Vũ Văn Tường vẫn làm ruộng. Năm ngoái, con gái ông được bầu làm Phó Bí thư "
                                    "Chi bộ bản Nậm Cang."))
    assert not [x for x in got if x[0] == "Vũ Văn Tường"]


def test_a_pronoun_fitting_the_one_person_named_takes_the_post(pipeline):
    got = held_posts(read(pipeline, "Đồng chí Hoàng Thị Dung về công tác ở xã từ năm 2016. Năm 2020, chị được bầu "
                                    "làm Phó Bí thư Đảng ủy xã Nậm Cang."))
    assert ("Hoàng Thị Dung", "Phó Bí thư", "Đảng bộ xã Nậm Cang") in got


def test_the_pronoun_picks_the_one_person_of_the_sentence_it_fits(pipeline):
    got = held_posts(read(pipeline, "Cạnh nhà ông Hồ Văn Cảnh là đảng viên Vi Văn Toản, cán bộ tư pháp xã Nậm Cang. "
                                    "Sau đợt sắp xếp, anh được phân công làm Bí thư Chi bộ bản Nà Ban."))
    assert ("Vi Văn Toản", "Bí thư", "Chi bộ bản Nà Ban") in got
    assert not [x for x in got if x[0] == "Hồ Văn Cảnh"]


def test_a_pronoun_three_sentences_after_the_name_is_too_far_to_read(pipeline):
    got = held_posts(read(pipeline, "Đảng viên Vi Văn Toản quê ở xã Nậm Cang. Xã có nhiều đồi chè. Mùa mưa đường "
                                    "sạt lở. Bà con trồng thêm quế. Năm 2021, anh được phân công làm Bí thư Chi bộ "
                                    "bản Nà Ban."))
    assert not [x for x in got if x[0] == "Vi Văn Toản"]
