"""An abbreviation after a village word ("thôn NTM" for a village of the new countryside
programme, "bản ĐBKK" for one in hardship) says what kind of village it is, not its name:
no village is read there, while a village named in words still is.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_an_abbreviation_after_thon_names_no_village(pipeline):
    doc = read(pipeline, "Năm 2023, xã Tà Mung có thêm hai thôn NTM nâng cao.")
    parents = place_parents(doc)
    assert "NTM" not in parents
    assert "Tà Mung" in parents


def test_an_abbreviation_after_ban_names_no_village(pipeline):
    doc = read(pipeline, "Chi bộ bản ĐBKK của xã Tà Mung được tặng giấy khen.")
    assert "ĐBKK" not in place_parents(doc)


def test_a_village_named_in_words_is_still_read(pipeline):
    doc = read(pipeline, "Năm 2023, thôn Khe Lim của xã Tà Mung đạt chuẩn nông thôn mới.")
    assert place_parents(doc)["Khe Lim"] == "Tà Mung"
