"""Posts named after a government title and a unit, and one title held by several people.

Each test states one reading rule: "Chủ tịch xã" is the chair of the commune's people's
committee and "Bí thư xã" the secretary of its party committee; a lower-case "phó chủ tịch
UBND xã" is a title; "hai Phó Chủ tịch UBND xã là các ông A và B" gives the post to both.
"""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import Pipeline, load_text


def posts(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    """(person, title, organization) for every post a person holds."""
    return held_posts(load_text(text, source="memory:test", pipeline=pipeline))


COMMUNE = "Đảng ủy xã Mường Kim, huyện Than Uyên, tỉnh Lai Châu họp kiểm điểm. "


def test_the_chair_of_a_commune_chairs_its_peoples_committee(pipeline):
    got = posts(pipeline, COMMUNE + "Ông Lò Văn Tâm, Chủ tịch xã, nhận khuyết điểm.")
    assert ("Lò Văn Tâm", "Chủ tịch", "UBND xã Mường Kim") in got


def test_the_secretary_of_a_named_commune_heads_its_party_committee(pipeline):
    got = posts(pipeline, COMMUNE + "Ông Lò Văn Tâm, Bí thư xã Mường Kim, phát biểu.")
    assert ("Lò Văn Tâm", "Bí thư", "Đảng bộ xã Mường Kim") in got


def test_one_title_held_by_two_people_listed_after_it(pipeline):
    got = posts(pipeline, COMMUNE + "Hai phó chủ tịch UBND xã là các ông Lò Văn Tâm và Tòng Văn Hải bị nhắc nhở.")
    assert {("Lò Văn Tâm", "Phó Chủ tịch", "UBND xã Mường Kim"),
            ("Tòng Văn Hải", "Phó Chủ tịch", "UBND xã Mường Kim")} <= got


def test_a_title_with_no_unit_after_it_is_no_post_of_a_unit(pipeline):
    got = posts(pipeline, COMMUNE + "Ông Lò Văn Tâm, chủ tịch nước dự hội nghị.")
    assert not any(t == "Chủ tịch" for _, t, _ in got)


def test_chairs_of_communes_in_general_chair_no_one_body(pipeline):
    doc = load_text("Huyện ủy Than Uyên, tỉnh Lai Châu họp với các Chủ tịch xã. Ông Lò Văn Tâm, Bí thư xã "
                    "Mường Kim, phát biểu.", source="memory:test", pipeline=pipeline)
    assert not any(m.attrs.get("kind") == "people_committee" for m in doc.of("organization"))


def test_the_secretary_of_the_commune_youth_union_is_no_party_secretary(pipeline):
    got = posts(pipeline, COMMUNE + "Chị Lò Thị Mai, Bí thư xã đoàn, phát biểu.")
    assert not any(t == "Bí thư" for _, t, _ in got)
