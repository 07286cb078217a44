"""Which commune a village belongs to.

A village's commune is the one named right after it, also when it is named through the
commune's party organization ("Chi bộ thôn A, thuộc Đảng bộ xã B"); a village named again
later with no commune in its sentence is the same village as before, in the same commune.
"""

from __future__ import annotations

from extraction import held_posts, read
from partykg.ontology.terms import RDFS
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
    villages = {f.s for f in doc.facts if f.p == RDFS.label and f.o.value == "Đông Lâm"}
    assert len(villages) == 1  # one village, not a second one in another commune
    assert place_parents(doc)["Đông Lâm"] == "Quảng Hợp"


def test_a_village_name_holding_a_family_name_is_not_cut_short(pipeline):
    doc = read(pipeline, "Bí thư Chi bộ thôn Sán Chu Lìn, Đảng bộ xã Quảng Hợp báo cáo kết quả.")
    assert place_parents(doc)["Sán Chu Lìn"] == "Quảng Hợp"


def test_a_person_named_after_the_village_is_still_cut_off(pipeline):
    doc = read(pipeline, "Trưởng thôn Sán Lìn Chu Văn Pó, xã Quảng Hợp phát biểu.")
    assert "Sán Lìn" in place_parents(doc)


def test_a_village_of_a_commune_written_with_cua(pipeline):
    doc = read(pipeline, "Cán bộ xã Quảng Bình học tập cách làm của thôn Đông Lâm của xã Quảng Hợp, huyện "
                         "Quảng Xương.")
    assert place_parents(doc)["Đông Lâm"] == "Quảng Hợp"


def test_a_bare_name_the_article_uses_for_its_village_is_not_a_district(pipeline):
    doc = read(pipeline, "Thôn Văn Chấn của xã Việt Hồng, huyện Trấn Yên đạt chuẩn nông thôn mới. "
                         "Trước kia Văn Chấn là một thôn khó khăn.")
    named = {f.s for f in doc.facts if f.p == RDFS.label and f.o.value == "Văn Chấn"}
    assert len(named) == 1  # the village only, not also the district of that name
    assert place_parents(doc)["Văn Chấn"] == "Việt Hồng"


def test_a_two_word_name_after_a_heads_title_and_before_a_verb_is_the_head(pipeline):
    doc = read(pipeline, "Trưởng thôn Khe Ngát Lê Tùng cho biết bà con đã hiến đất mở đường.")
    assert set(place_parents(doc)) == {"Khe Ngát"}
    assert ("Lê Tùng", "Trưởng thôn", "Thôn Khe Ngát") in held_posts(doc)


def test_a_highland_mans_name_after_the_village_is_no_part_of_it(pipeline):
    # "A" is the middle name of many men of the highlands: the village ends before the surname
    doc = read(pipeline, "Bí thư Chi bộ bản Pá Khôm Hảng A Tủa, xã Mường Kim kể lại chuyện mở lớp học chữ.")
    parents = place_parents(doc)
    assert parents["Pá Khôm"] == "Mường Kim"
