"""Organizations: communes listed after a party organization with semicolons, and names with
an apostrophe.

"Đảng bộ xã A; B; C" names the party organization of each commune as "Đảng bộ xã A, B và C"
does; a commune's name may join a capital after an apostrophe ("Ch’Ơm") and is read whole.
A body after the semicolon is no commune. Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


def test_communes_listed_with_semicolons(pipeline):
    found = orgs("Huyện ủy Mường Tè khen Đảng bộ xã Ka Lăng; Thu Lũm về thành tích năm qua.", pipeline)
    assert {"Đảng bộ xã Ka Lăng", "Đảng bộ xã Thu Lũm"} <= set(found)


def test_a_body_after_the_semicolon_is_no_commune(pipeline):
    found = orgs("Huyện ủy Mường Tè khen Đảng ủy xã Ka Lăng; Hội Nông dân xã đạt loại tốt.", pipeline)
    assert [o.label for o in found.values() if o.kind == "party_committee" and o.level == "commune"] == ["Đảng bộ xã Ka Lăng"]


def test_a_commune_name_with_an_apostrophe_is_read_whole(pipeline):
    found = orgs("Huyện ủy Tây Giang khen Đảng bộ xã Ch’Ơm về công tác dân vận.", pipeline)
    # (the gazetteer's "Ch'ơm" differs in more than marks: the label keeps the commune as written)
    assert found["Đảng bộ xã Ch’Ơm"].place.name == "Ch’Ơm"
