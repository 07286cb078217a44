"""A Central Highlands name run into its prefix ("K’Lăng", "H’Tư", "H’Hen Niê") is a person's
name after an honorific, even as a single word; without an honorific it names no one.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import labels, read
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_a_one_word_name_with_its_prefix_after_an_honorific(pipeline):
    doc = read(pipeline, "Ông K’Brơi, đảng viên lớn tuổi nhất của bon, kể lại chuyện xưa. Chị H’Lan là đảng viên trẻ.")
    assert {"K’Brơi", "H’Lan"} <= people(doc)


def test_such_a_word_without_an_honorific_is_no_one(pipeline):
    doc = read(pipeline, "Bon Đắk R’Măng có 20 đảng viên.")
    assert not [x for x in people(doc) if "’" in x]


def test_a_five_word_name_opened_by_y_is_read_whole(pipeline):
    doc = read(pipeline, "Dự hội nghị có ông Y Blim Hwing Niê Kdăm, Phó Chủ tịch UBND tỉnh Đắk Lắk.")
    assert "Y Blim Hwing Niê Kdăm" in people(doc)
    assert "Y Blim Hwing Niê" not in people(doc)


def test_a_five_word_name_opened_by_a_prefix_is_read_whole(pipeline):
    doc = read(pipeline, "Bà H’Bia Mlô Niê Kđăm Ayun phát biểu tại buổi gặp mặt.")
    assert "H’Bia Mlô Niê Kđăm Ayun" in people(doc)


def test_a_five_word_run_not_opened_by_a_highland_prefix_stays_four_words_at_most(pipeline):
    doc = read(pipeline, "Ông Nguyễn Văn Hải Long Bình phát biểu tại buổi gặp mặt.")
    assert not [x for x in people(doc) if len(x.split()) > 4]


def test_a_former_mark_after_a_four_word_highland_name_is_no_fifth_word(pipeline):
    doc = read(pipeline, "Đồng chí Y Kông Niê Kdăm Nguyên Bí thư Huyện ủy Krông Búk dự lễ.")
    assert "Y Kông Niê Kdăm Nguyên" not in people(doc)
