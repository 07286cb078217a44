"""A commune's youth union is written "Đoàn xã X" (a district's is "Huyện đoàn X"): "Đoàn"
then a commune, ward or township names the union of that place, with its place's name or, bare
("Bí thư Đoàn xã"), the commune the article is about. It is the union only where the sentence
speaks of youth (its posts, "đoàn viên", "thanh niên"); a commune's team at a contest is no union.
"Đoàn" before any other word is no union.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, orgs, read


def test_doan_then_a_commune_is_its_youth_union(pipeline):
    got = orgs("Đoàn xã Nà Hỳ phối hợp với Hội Nông dân đưa đoàn viên đi làm đường vào bản.", pipeline)
    assert "Đoàn xã Nà Hỳ" in got
    assert got["Đoàn xã Nà Hỳ"].kind == "mass_organization"


def test_a_bare_doan_xa_is_the_union_of_the_articles_commune(pipeline):
    doc = read(pipeline, "Xã Nà Hỳ có 14 bản. Anh Vàng A Pháo, Phó Bí thư Đoàn xã cho biết thanh niên đã nhận "
                         "chăm sóc 3 ha rừng.")
    assert ("Vàng A Pháo", "Phó Bí thư", "Đoàn xã Nà Hỳ") in held_posts(doc)


def test_doan_before_other_words_is_no_union(pipeline):
    got = orgs("Đoàn công tác của tỉnh và Đoàn Văn Hậu đến thăm huyện Nậm Pồ.", pipeline)
    assert not [o for o in got if o.startswith("Đoàn ") and "Thanh niên" not in o and "công tác" not in o]


def test_a_communes_team_at_a_contest_is_no_union(pipeline):
    got = orgs("Ở liên hoan văn nghệ, Đoàn xã Nà Hỳ xếp thứ nhất, Đoàn xã Chà Cang xếp thứ ba.", pipeline)
    assert not [o for o in got if o.startswith("Đoàn xã")]
