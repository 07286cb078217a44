""""Đoàn" opens a body's name ("Đoàn Thanh niên", "Đoàn Công tác") and a family's: a name of three
words or more whose second word is a name's ("Đoàn Văn A", "Đoàn Thị B") is a person's, also
without an honorific; the bodies stay bodies, also capitalised word by word ("Đoàn Công Tác
Huyện", "Đoàn Giám Sát Sở"): their second word is no name's.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, labels, read
from partykg.ontology.terms import PKG


def test_a_doan_name_right_after_its_post(pipeline):
    got = held_posts(read(pipeline, "Tại buổi sinh hoạt chuyên đề của quận, Phó Bí thư Quận ủy Cẩm Lệ Đoàn Văn Lộc "
                                    "trình bày chuyên đề."))
    assert ("Đoàn Văn Lộc", "Phó Bí thư", "Đảng bộ quận Cẩm Lệ") in got


def test_a_doan_name_after_a_district_committee(pipeline):
    got = held_posts(read(pipeline, "Bí thư Huyện ủy Mộc Châu Đoàn Thị Vui dự và phát biểu chỉ đạo."))
    assert ("Đoàn Thị Vui", "Bí thư", "Đảng bộ huyện Mộc Châu") in got


def test_the_youth_union_is_no_person(pipeline):
    got = held_posts(read(pipeline, "Bí thư Đoàn Thanh niên xã Chiềng Hắc Lò Văn Nhất phát biểu tại buổi lễ."))
    assert ("Lò Văn Nhất", "Bí thư", "Đoàn Thanh niên xã Chiềng Hắc") in got
    assert not [x for x in got if x[0].startswith("Đoàn")]


def test_a_capitalised_team_before_a_post_is_no_person(pipeline):
    got = held_posts(read(pipeline, "Đoàn Giám Sát Sở, Phó Trưởng ban Dân vận Huyện ủy Lê Văn Hà làm trưởng đoàn."))
    assert got == {("Lê Văn Hà", "Phó Trưởng Ban", "Ban Dân vận Huyện ủy")}


def test_a_capitalised_team_before_its_head_is_no_person(pipeline):
    doc = read(pipeline, "Làm việc với xã có Đoàn Công Tác Huyện, Trưởng đoàn là ông Lê Văn Hà.")
    names = labels(doc)
    assert {names[f.s.value] for f in doc.facts if f.o == PKG.Person} == {"Lê Văn Hà"}
