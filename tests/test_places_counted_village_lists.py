"""Villages counted and then listed by name ("còn 3 thôn chưa có chi bộ gồm: A, B và C",
"các bản như A, B"): every name of the list is a village of that word, in the commune the
sentence names; a list of one name, or a word list with no village word before it, reads none.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_counted_villages_listed_after_gom(pipeline):
    doc = read(pipeline, "Đảng ủy xã Tà Mung cho biết hiện còn 3 thôn chưa có chi bộ riêng gồm: "
                         "Khe Lim, Nà Pục và Cốc Mòn.")
    parents = place_parents(doc)
    assert parents["Khe Lim"] == "Tà Mung"
    assert parents["Nà Pục"] == "Tà Mung"
    assert parents["Cốc Mòn"] == "Tà Mung"


def test_plural_villages_listed_after_nhu(pipeline):
    doc = read(pipeline, "Ở xã Tà Mung, các bản vùng cao như Phiêng Lở, Hua Pục đã có điện lưới.")
    parents = place_parents(doc)
    assert parents["Phiêng Lở"] == "Tà Mung"
    assert parents["Hua Pục"] == "Tà Mung"


def test_a_list_without_a_village_word_reads_no_village(pipeline):
    doc = read(pipeline, "Xã Tà Mung có 3 chi bộ gồm: Khe Lim, Nà Pục và Cốc Mòn.")
    parents = place_parents(doc)
    assert "Khe Lim" not in parents
