"""Village heads, and a body's place written between a post and its holder's name.

Each test states one reading rule: "Trưởng thôn X" / "trưởng khu phố 2" is a post whose
organization is the village's self-management (described, but not listed among the
organizations the document names); "Chủ tịch UBND xã A, huyện B (tỉnh C) Nguyễn Văn D" gives
the post to the name after the places.
"""

from __future__ import annotations

from extraction import held_posts

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import SCHEMA


def posts(pipeline: Pipeline, text: str):
    doc = load_text(text, source="memory:test-village", pipeline=pipeline)
    return doc, held_posts(doc)


def test_a_village_head_written_before_the_name(pipeline):
    _, got = posts(pipeline, "Xã Yên Sơn, huyện Lục Yên, tỉnh Yên Bái có nhiều điển hình. "
                             "Trưởng thôn Khe Cạn Hoàng Văn Lợi ở xã Yên Sơn đã vận động bà con hiến đất.")
    assert ("Hoàng Văn Lợi", "Trưởng thôn", "Thôn Khe Cạn") in got


def test_a_village_head_elected_after_the_name_in_lower_case(pipeline):
    _, got = posts(pipeline, "Anh Triệu Văn Sinh được bà con tín nhiệm bầu làm trưởng bản Nà Khoang, "
                             "xã Yên Sơn, huyện Lục Yên, tỉnh Yên Bái.")
    assert ("Triệu Văn Sinh", "Trưởng bản", "Bản Nà Khoang") in got


def test_the_village_body_is_not_listed_as_a_named_organization(pipeline):
    doc, got = posts(pipeline, "Phường Quan Hoa, quận Cầu Giấy, thành phố Hà Nội có 20 tổ dân phố. "
                               "Ông Đỗ Minh Khôi, trưởng khu phố 3 ở phường Quan Hoa, cho biết như vậy.")
    heads = [(t, o) for p, t, o in got if p == "Đỗ Minh Khôi"]
    assert heads == [("Trưởng khu phố", "Khu phố 3")]
    mentioned = {f.o.value for f in doc.facts if f.s == doc.iri and f.p == SCHEMA.mentions}
    body = next(m.iri.value for m in doc.of("village_body"))
    assert body not in mentioned
    assert any(m.iri.value in mentioned for m in doc.of("post"))


def test_a_village_word_without_a_village_is_no_post(pipeline):
    _, got = posts(pipeline, "Xã Yên Sơn có 12 trưởng thôn là đảng viên. Ông Hoàng Văn Lợi làm trưởng thôn từ năm 2015.")
    assert not any(t == "Trưởng thôn" for _, t, _ in got)


def test_the_place_of_a_body_between_the_post_and_the_name(pipeline):
    _, got = posts(pipeline, "Tại hội nghị, Chủ tịch UBND xã Minh Xuân, huyện Lục Yên (Yên Bái) Nông Văn Tường "
                             "cho rằng cần rà soát lại các thôn.")
    assert ("Nông Văn Tường", "Chủ tịch", "UBND xã Minh Xuân") in got


def test_a_cell_secretary_who_heads_the_village(pipeline):
    _, got = posts(pipeline, "Xã Yên Sơn, huyện Lục Yên có 12 thôn. Ông Lò Văn Tâm, bí thư chi bộ, trưởng bản Nà Cài "
                             "cho biết bà con đã hiến đất.")
    assert {("Lò Văn Tâm", "Bí thư", "Chi bộ bản Nà Cài"), ("Lò Văn Tâm", "Trưởng bản", "Bản Nà Cài")} <= got


def test_the_same_village_head_again_without_the_village(pipeline):
    _, got = posts(pipeline, "Xã Yên Sơn, huyện Lục Yên có 12 thôn. Đồng chí Hà Văn Phú làm trưởng thôn Khe Lếch, xã "
                             "Yên Sơn từ năm 1992; làm Bí thư kiêm trưởng thôn từ năm 2012 đến nay.")
    assert ("Hà Văn Phú", "Bí thư", "Chi bộ thôn Khe Lếch") in got


def test_counted_village_heads_are_nobody(pipeline):
    _, got = posts(pipeline, "Thôn Khe Lếch, xã Yên Sơn có trưởng thôn giỏi. Tỉnh có 531 trưởng thôn là đảng viên, "
                             "27 trưởng thôn là bí thư chi bộ.")
    assert not got


def test_a_lower_case_cell_secretary(pipeline):
    _, got = posts(pipeline, "Xã Yên Sơn, huyện Lục Yên có 12 thôn. Ông Hoàng Văn Lợi, bí thư chi bộ thôn Khe Cạn, "
                             "cho biết như vậy.")
    assert ("Hoàng Văn Lợi", "Bí thư", "Chi bộ thôn Khe Cạn") in got
