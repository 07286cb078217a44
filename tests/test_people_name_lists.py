"""A list after "gồm:" whose every item is a person's full name ("gồm: Lê Thị A; Nguyễn Văn B
và Vũ Trọng C") names those people, with no honorific or post; a list of villages or streets
names nobody: so does one whose clause before "gồm" counts places, streets or schools ("ba
phường", "các trường"), or whose items the gazetteer knows as units.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import labels, read
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_a_list_of_full_names(pipeline):
    doc = read(pipeline, "Hai trường hợp bị khai trừ đều là bị cáo trong vụ án, gồm: Đỗ Thị Nhung; Phan Thanh "
                         "Tùng và Mai Xuân Lộc.")
    assert people(doc) == {"Đỗ Thị Nhung", "Phan Thanh Tùng", "Mai Xuân Lộc"}


def test_a_list_of_villages_names_nobody(pipeline):
    doc = read(pipeline, "Xã còn bốn thôn chưa có chi bộ riêng, gồm: Xuân Lộc, Đồng Tâm, Tân Phong và Hòa Bình.")
    assert people(doc) == set()


def test_a_list_of_streets_names_nobody(pipeline):
    doc = read(pipeline, "Các tuyến phố được chỉnh trang gồm: Trần Hưng Đạo, Lý Thường Kiệt và Nguyễn Trãi.")
    assert people(doc) == set()


def test_a_list_of_wards_named_after_people_names_nobody(pipeline):
    doc = read(pipeline, "Bốn phường được nhập lại gồm: Hoàng Văn Thụ, Nguyễn Văn Cừ và Trần Văn Ơn.")
    assert people(doc) == set()


def test_wards_the_gazetteer_knows_name_nobody_without_a_word_for_them(pipeline):
    doc = read(pipeline, "Sau sắp xếp, thành phố còn lại gồm: Hoàng Văn Thụ, Nguyễn Văn Cừ và Trần Văn Ơn.")
    assert people(doc) == set()


def test_a_list_of_three_word_streets_names_nobody(pipeline):
    doc = read(pipeline, "Các tuyến phố đã lát đá gồm: Nguyễn Văn Cừ, Lê Văn Sỹ và Trần Văn Ơn.")
    assert people(doc) == set()


def test_a_list_of_schools_named_after_people_names_nobody(pipeline):
    doc = read(pipeline, "Các trường được công nhận chuẩn quốc gia gồm: Nguyễn Văn Trỗi, Võ Thị Sáu và Lê Văn Tám.")
    assert people(doc) == set()


def test_a_list_said_to_be_comrades_names_people(pipeline):
    doc = read(pipeline, "Ba đồng chí được tặng huy hiệu gồm: Lò Đức Sinh, Vàng Quốc Mỷ và Trần Hữu Khải.")
    assert people(doc) == {"Lò Đức Sinh", "Vàng Quốc Mỷ", "Trần Hữu Khải"}


def test_an_item_not_opening_with_a_family_name_makes_the_list_no_people(pipeline):
    doc = read(pipeline, "Ba đồng chí được tặng huy hiệu gồm: Lò Văn Sinh, Vàng Thị Mỷ và Hồng Văn Đào.")
    assert people(doc) == set()


def test_an_item_whose_second_word_is_no_middle_name_makes_the_list_no_people(pipeline):
    doc = read(pipeline, "Ba đồng chí được tặng huy hiệu gồm: Lò Hồng Sơn, Vàng Bích Mỷ và Trần Khánh Khải.")
    assert people(doc) == set()
