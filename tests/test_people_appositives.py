"""What may stand between a person's name and the posts the person holds.

Each test states one reading rule: an appositive that says who the person is — the people
("dân tộc Mông"), the year of birth ("sinh năm 1990", "(SN 1975)"), the age ("56 tuổi") — or
where a photo shows the person ("(người đứng giữa)") does not part the name from the posts
that follow it; the posts still belong to the person named before the appositives.
"""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import Pipeline, load_text

PLACE = "Xã Phúc Lợi, huyện Lục Yên, tỉnh Yên Bái có nhiều thôn. "


def posts(pipeline: Pipeline, text: str):
    return held_posts(load_text(PLACE + text, source="memory:test-appositives", pipeline=pipeline))


def test_the_people_a_person_belongs_to(pipeline):
    got = posts(pipeline, "Bà Giàng Thị Mỷ, dân tộc Mông, Bí thư Chi bộ thôn Khe Cạn, xã Phúc Lợi luôn gương mẫu.")
    assert ("Giàng Thị Mỷ", "Bí thư", "Chi bộ thôn Khe Cạn") in got


def test_a_year_of_birth_and_a_people_one_after_the_other(pipeline):
    got = posts(pipeline, "Đồng chí Lò Văn Cường, sinh năm 1990, dân tộc Thái, Bí thư Chi bộ thôn Khe Cạn, "
                          "xã Phúc Lợi cho biết như vậy.")
    assert ("Lò Văn Cường", "Bí thư", "Chi bộ thôn Khe Cạn") in got


def test_an_age(pipeline):
    got = posts(pipeline, "Ông Hoàng Văn Lợi, 56 tuổi, Trưởng thôn Khe Cạn, xã Phúc Lợi kể lại.")
    assert ("Hoàng Văn Lợi", "Trưởng thôn", "Thôn Khe Cạn") in got


def test_a_year_of_birth_in_brackets(pipeline):
    got = posts(pipeline, "Ông Hoàng Văn Lợi (sinh năm 1968), Chủ tịch UBND xã Phúc Lợi trao quà.")
    assert ("Hoàng Văn Lợi", "Chủ tịch", "UBND xã Phúc Lợi") in got


def test_where_a_photo_shows_the_person(pipeline):
    got = posts(pipeline, "Ông Hoàng Văn Lợi (người đứng giữa), Chủ tịch UBND xã Phúc Lợi trao quà.")
    assert ("Hoàng Văn Lợi", "Chủ tịch", "UBND xã Phúc Lợi") in got


def test_an_appositive_with_no_post_after_it_gives_none(pipeline):
    got = posts(pipeline, "Bà Giàng Thị Mỷ, dân tộc Mông, 56 tuổi, đã hiến đất làm đường ở thôn Khe Cạn.")
    assert not any(p == "Giàng Thị Mỷ" for p, _, _ in got)
