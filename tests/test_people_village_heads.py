"""Village heads, and a body's place written between a post and its holder's name.

Each test states one reading rule: "Trưởng thôn X" / "trưởng khu phố 2" is a post whose
organization is the village's self-management (described, but not listed among the
organizations the document names); "Chủ tịch UBND xã A, huyện B (tỉnh C) Nguyễn Văn D" gives
the post to the name after the places.
"""

from __future__ import annotations

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import ORG, PKG, RDFS, SCHEMA


def posts(pipeline: Pipeline, text: str):
    doc = load_text(text, source="memory:test-village", pipeline=pipeline)
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    title = {f.s.value: f.o.value for f in doc.facts if f.p == PKG.postTitle}
    org = {f.s.value: lab[f.o.value] for f in doc.facts if f.p == ORG.postIn}
    return doc, {(lab[f.s.value], title[f.o.value], org[f.o.value]) for f in doc.facts if f.p == ORG.holds}


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
