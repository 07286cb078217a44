"""A one-word unit name that is also a family name ("Hồ", a ward of Bắc Ninh) is no place when a
middle name follows it: "Chủ tịch UBND xã Hồ Thị Lan" names the chairwoman, not a commune.

Every sentence here is written for the tests; the answers come from the shipped gazetteer.
"""

from __future__ import annotations

from extraction import read
from partykg.loaders.pipeline import load_text
from test_places_district_lists import place_parents


def _read(text: str):
    doc = load_text(text, source="memory:surnames.txt")
    return {m.attrs["name"] for m in doc.of("place")}, {m.text for m in doc.of("person")}


def test_a_surname_and_middle_name_after_a_title_is_a_person():
    places, _ = _read("Họp dân ở Bắc Ninh\n\nPhó Bí thư Huyện ủy Lê Văn Quang phát biểu. "
                           "Chủ tịch UBND xã Hồ Thị Lan báo cáo tình hình thu hoạch lúa.\n")
    assert "Hồ" not in places


def test_a_surname_after_a_party_committee_is_a_person():
    places, _ = _read("Họp dân ở Bắc Ninh\n\nPhó Bí thư Huyện ủy Hồ Văn Khoa phát biểu. "
                           "Chủ tịch UBND xã Lê Thị Hoa báo cáo tình hình thu hoạch lúa.\n")
    assert "Hồ" not in places


def test_the_ward_of_that_name_is_still_read_with_its_type_word():
    places, _ = _read("Họp dân ở Bắc Ninh\n\nBuổi gặp mặt diễn ra tại phường Hồ, thị xã Thuận Thành.\n")
    assert "Hồ" in places


def test_a_dash_between_a_village_and_its_heads_name_goes_with_the_person(pipeline):
    doc = read(pipeline, "Đảng ủy xã Tà Mung họp. Bí thư Chi bộ bản Nà Khá - Lò Văn Tươi báo cáo kết quả.")
    assert "Nà Khá" in place_parents(doc)
    assert not any(name.endswith("-") for name in place_parents(doc))
