"""Which commune a village belongs to.

A village's commune is the one named right after it, also when it is named through the
commune's party organization ("Chi bộ thôn A, thuộc Đảng bộ xã B"); a village named again
later with no commune in its sentence is the same village as before, in the same commune.
"""

from __future__ import annotations

from extraction import read
from test_places_district_lists import place_parents


def test_a_village_under_the_communes_party_organization_is_in_that_commune(pipeline):
    doc = read(pipeline, "Sau Đảng bộ xã Quảng Bình, đến lượt Chi bộ thôn Đông Lâm, thuộc Đảng bộ xã Quảng "
                         "Hợp tổ chức đại hội.")
    assert place_parents(doc)["Đông Lâm"] == "Quảng Hợp"


def test_the_same_construction_without_the_word_xa(pipeline):
    doc = read(pipeline, "Huyện Quảng Xương chọn xã Quảng Bình và Chi bộ thôn Đông Lâm, thuộc Đảng bộ Quảng "
                         "Hợp làm điểm.")
    assert place_parents(doc)["Đông Lâm"] == "Quảng Hợp"


def test_a_village_named_again_alone_stays_in_its_commune(pipeline):
    doc = read(pipeline, "Xã Quảng Hợp chọn thôn Đông Lâm tổ chức đại hội điểm. Ở xã Quảng Bình, đại hội "
                         "diễn ra sau đó một tuần.\n\nĐại hội chi bộ thôn Đông Lâm nhiệm kỳ mới")
    assert place_parents(doc)["Đông Lâm"] == "Quảng Hợp"
