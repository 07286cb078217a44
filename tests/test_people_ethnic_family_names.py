"""Mông and Dao family names ("Sồng", "Hạng", "Chá", "Tráng", "Cứ", "Phàng") begin a person's
name, also where the name runs on right after a village's ("Bí thư Chi bộ bản X Sồng A Y"):
the village ends before the family name, and the person holds the post in the village's cell.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, named_orgs, read


def test_a_mong_name_after_a_village_cell_is_its_secretary(pipeline):
    doc = read(pipeline, "Xã Nậm Khum có 12 bản. Bí thư Chi bộ bản Pá Lềnh Sồng A Chớ (bên trái) kể lại "
                         "những ngày đầu vận động bà con.")
    assert ("Sồng A Chớ", "Bí thư", "Chi bộ bản Pá Lềnh") in held_posts(doc)
    assert not [o for o in named_orgs(doc) if "Sồng" in o]


def test_other_mong_and_dao_family_names_are_cut_off_too(pipeline):
    for family in ("Hạng", "Chá", "Tráng", "Cứ", "Phàng"):
        doc = read(pipeline, f"Xã Nậm Khum có 12 bản. Bí thư Chi bộ thôn Khe Mơ {family} Văn Chử cho biết bà con "
                             "đã góp đất làm đường.")
        assert (f"{family} Văn Chử", "Bí thư", "Chi bộ thôn Khe Mơ") in held_posts(doc), family


def test_a_family_name_inside_a_known_place_name_does_not_cut_it(pipeline):
    # "Tráng" is a family name and also a syllable of the commune Sủng Tráng: the village keeps
    # both words and the person begins at the next family name
    doc = read(pipeline, "Xã Nậm Khum có 12 bản. Bí thư Chi bộ thôn Sủng Tráng Giàng A Lử kể lại chuyện "
                         "bà con góp đất.")
    assert ("Giàng A Lử", "Bí thư", "Chi bộ thôn Sủng Tráng") in held_posts(doc)
