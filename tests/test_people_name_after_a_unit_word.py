"""A unit's type word followed straight by a person's full name, the unit's own name left out
("Bí thư Đảng ủy xã Hoàng Văn Lực cho biết …"): words that name no unit as a whole and read as a
full name (three or four words, a middle name second) are the person, not a commune, even where
their first words spell a unit ("Hoàng Văn" for "Hoàng Vân"); the post is in the article's unit of
that level, as for a bare "Bí thư Đảng ủy xã". A unit named after a person keeps its name.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def _places(doc) -> set[str]:
    return {m.attrs["name"] for m in doc.of("place")}


def test_a_secretary_named_after_the_commune_word(pipeline):
    doc = read(pipeline, "Xã Tà Hừa, huyện Than Uyên có 300 đảng viên. Bí thư Đảng ủy xã Hoàng Văn Lực cho biết, "
                         "năm nay xã kết nạp 12 đảng viên.")
    assert ("Hoàng Văn Lực", "Bí thư", "Đảng bộ xã Tà Hừa") in held_posts(doc)
    assert not [p for p in _places(doc) if p.startswith("Hoàng")]


def test_a_name_the_gazetteer_does_not_know_at_all(pipeline):
    doc = read(pipeline, "Xã Tà Hừa, huyện Than Uyên có 300 đảng viên. Phó Bí thư Đảng ủy xã Vàng Thị Dung "
                         "cho biết xã đã rà soát các chi bộ.")
    assert ("Vàng Thị Dung", "Phó Bí thư", "Đảng bộ xã Tà Hừa") in held_posts(doc)
    assert not [p for p in _places(doc) if p.startswith("Vàng")]


def test_a_chairwoman_named_after_the_district_word(pipeline):
    doc = read(pipeline, "Huyện Than Uyên có 9 xã. Chủ tịch UBND huyện Lò Thị Hoa cho biết huyện đạt chuẩn.")
    assert ("Lò Thị Hoa", "Chủ tịch", "UBND huyện Than Uyên") in held_posts(doc)


def test_a_ward_named_after_a_person_stays_a_ward(pipeline):
    doc = read(pipeline, "Đoàn công tác làm việc tại phường Hoàng Văn Thụ, thành phố Lạng Sơn.")
    assert "Hoàng Văn Thụ" in _places(doc)


def test_a_commune_of_two_words_stays_a_commune(pipeline):
    doc = read(pipeline, "Huyện Than Uyên có 9 xã. Bí thư Đảng ủy xã Mường Kim phát biểu.")
    assert "Mường Kim" in _places(doc)
    assert "Mường Kim" not in {x[0] for x in held_posts(doc)}


def test_a_commune_then_a_person_is_still_the_commune(pipeline):
    doc = read(pipeline, "Huyện Bình Gia, tỉnh Lạng Sơn họp. Bí thư Đảng ủy xã Tân Văn Hà Minh phát biểu.")
    assert "Tân Văn" in _places(doc)


def test_a_commune_then_its_district_is_two_places_not_a_person(pipeline):
    for text, commune, district in [("Đoàn kiểm tra đến làm việc tại xã Tân Văn Bình Gia.", "Tân Văn", "Bình Gia"),
                                    ("Tỉnh ủy Hải Dương khảo sát mô hình ở xã Cẩm Văn Cẩm Giàng.", "Cẩm Văn",
                                     "Cẩm Giàng")]:
        doc = read(pipeline, text)
        assert commune in _places(doc), text
        assert not [m for m in doc.of("person")], text


def test_a_full_name_after_the_commune_word_stays_a_person(pipeline):
    doc = read(pipeline, "Xã Tà Hừa, huyện Than Uyên có 300 đảng viên. Bí thư Đảng ủy xã Hoàng Văn Lực cho biết "
                         "xã đã rà soát.")
    assert ("Hoàng Văn Lực", "Bí thư", "Đảng bộ xã Tà Hừa") in held_posts(doc)
