"""A body written bare ("Mặt trận Tổ quốc", "Ủy ban nhân dân xã") in an article about one
commune that never names the commune's party committee in full: the commune's own body.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_bare_front_in_an_article_about_a_commune(pipeline):
    got = orgs("Chi bộ ấp Gò Mít thuộc xã Vĩnh Lợi họp mặt. Chi bộ cùng với UBND xã, Mặt trận "
               "Tổ quốc, Hội Nông dân vận động bà con làm đường.", pipeline)
    front = next(o for label, o in got.items() if label.endswith("Mặt trận Tổ quốc xã Vĩnh Lợi"))
    assert front.kind == "fatherland_front" and front.level == "commune"


def test_no_commune_in_view_leaves_the_front_unread(pipeline):
    got = orgs("Chi bộ cùng với Mặt trận Tổ quốc, Hội Nông dân vận động bà con làm đường.", pipeline)
    assert not [label for label in got if "Mặt trận" in label]
