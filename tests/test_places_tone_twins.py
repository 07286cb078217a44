"""A commune written once with other tone marks than a commune the article names more often
("xã Tân Thanh" once beside "xã Tân Thạnh" twice) is the same commune mistyped; two names
written as often as each other stay two communes.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_name_written_once_with_other_tones_is_the_commune_named_more_often(pipeline):
    doc = read(pipeline, "Chi bộ ấp Rạch Sen thuộc xã Tân Thạnh vừa họp. Xã Tân Thạnh có 12 chi bộ. "
                         "Đây là chi bộ đầu tiên của xã Tân Thanh họp trong tháng.")
    parents = place_parents(doc)
    assert "Tân Thạnh" in parents
    assert "Tân Thanh" not in parents


def test_names_written_as_often_stay_two_communes(pipeline):
    doc = read(pipeline, "Năm 2021, xã Tân Thạnh và xã Tân Thanh cùng ký giao ước. "
                         "Xã Tân Thạnh có 12 chi bộ, xã Tân Thanh có 9 chi bộ.")
    parents = place_parents(doc)
    assert "Tân Thạnh" in parents
    assert "Tân Thanh" in parents


def test_a_commune_whose_village_the_article_places_in_it_stays_its_own(pipeline):
    doc = read(pipeline, "Chi bộ ấp Rạch Sen thuộc xã Tân Thạnh có 30 đảng viên. Xã Tân Thạnh có 12 chi bộ. "
                         "Năm ngoái, chi bộ ấp Rạch Sen sang thăm chi bộ ấp Cây Dừa, xã Tân Thanh.")
    parents = place_parents(doc)
    assert "Tân Thạnh" in parents
    assert "Tân Thanh" in parents
    assert parents["Cây Dừa"] == "Tân Thanh"


def test_a_commune_listed_with_its_unit_word_beside_its_twin_stays_its_own(pipeline):
    doc = read(pipeline, "Đảng ủy xã Tân Thạnh vừa họp. Xã Tân Thạnh có 12 chi bộ. "
                         "Sau đó, xã Tân Thạnh và xã Tân Thanh ký kết giao ước thi đua.")
    parents = place_parents(doc)
    assert "Tân Thạnh" in parents
    assert "Tân Thanh" in parents


def test_a_once_written_name_in_a_sentence_about_its_twin_is_that_commune(pipeline):
    doc = read(pipeline, "Xã Tân Thạnh tổng kết năm. Tại hội trường xã Tân Thạnh, Chi bộ ấp Rạch Sen họp, "
                         "đây là chi bộ mẫu của xã Tân Thanh.")
    parents = place_parents(doc)
    assert "Tân Thạnh" in parents
    assert "Tân Thanh" not in parents
