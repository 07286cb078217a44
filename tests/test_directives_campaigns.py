"""Programmes and campaigns as directives of kind "other", and a body's own thematic documents.

"phong trào “…”" and "cuộc vận động “…”" name a campaign by its quoted title; national
programmes written without quotes ("chương trình xây dựng nông thôn mới", "pháp lệnh dân chủ")
come from a list in directives.yaml. "nghị quyết chuyên đề …" and a lowercase "đề án …" with a
description are the article's body's own, and that body carries them out. Plural and generic
mentions ("các phong trào thi đua yêu nước") name nothing.
"""

from __future__ import annotations

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import PKG, RDFS, concept


def read(pipeline: Pipeline, text: str):
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    kinds = {lab[f.s.value]: f.o for f in doc.facts if f.p == PKG.directiveKind}
    done = {(lab[f.s.value], lab[f.o.value]) for f in doc.facts if f.p == PKG.carriesOut}
    return kinds, done


BODY = ("Đảng ủy xã Yên Hòa họp định kỳ hằng tháng. Đảng ủy xã Yên Hòa kiện toàn các chi bộ thôn. "
        "Đảng ủy xã Yên Hòa quan tâm phát triển đảng viên. ")


def test_a_quoted_campaign_is_a_directive_of_kind_other(pipeline):
    kinds, _ = read(pipeline, "Hội Phụ nữ xã tích cực hưởng ứng cuộc vận động “Năm không, ba sạch” trong hội viên.")
    assert kinds.get("Cuộc vận động “Năm không, ba sạch”") == concept("directive-kind", "other")


def test_generic_campaigns_name_nothing(pipeline):
    kinds, _ = read(pipeline, "Đảng viên gương mẫu tham gia các phong trào thi đua yêu nước ở địa phương.")
    assert not kinds


def test_the_national_programme_is_carried_out_by_the_articles_body(pipeline):
    _, done = read(pipeline, BODY + "Sau ba năm thực hiện chương trình xây dựng nông thôn mới, xã đã đạt 15 tiêu chí.")
    assert ("Đảng bộ xã Yên Hòa", "Chương trình xây dựng nông thôn mới") in done


def test_a_thematic_resolution_is_its_issuers_to_carry_out(pipeline):
    kinds, done = read(pipeline, BODY + "Năm 2020, Đảng ủy ra nghị quyết chuyên đề phát triển chăn nuôi bò, "
                                        "giao các chi bộ tổ chức thực hiện.")
    assert "Nghị quyết chuyên đề phát triển chăn nuôi bò" in kinds
    assert ("Đảng bộ xã Yên Hòa", "Nghị quyết chuyên đề phát triển chăn nuôi bò") in done


def test_two_quoted_titles_after_one_head_are_two_resolutions(pipeline):
    kinds, _ = read(pipeline, BODY + "Xã ban hành hai nghị quyết chuyên đề: “Mở rộng đường thôn” và "
                                     "“Trồng rừng gỗ lớn”.")
    assert {"Nghị quyết chuyên đề “Mở rộng đường thôn”", "Nghị quyết chuyên đề “Trồng rừng gỗ lớn”"} <= set(kinds)


def test_a_government_that_directs_a_programme_does_not_carry_it_out(pipeline):
    _, done = read(pipeline, BODY + "Khi Chính phủ chỉ đạo thực hiện chương trình xây dựng nông thôn mới, "
                                    "xã vào cuộc ngay.")
    assert not any(org == "Chính phủ" for org, _ in done)


def links(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {(lab[f.s.value], f.p.value.rsplit("#", 1)[-1], lab[f.o.value]) for f in doc.facts
            if f.p in (PKG.implements, PKG.concretizes)}


def test_a_bodys_own_scheme_on_a_programmes_topic_implements_it(pipeline):
    found = links(pipeline, BODY + "Để thực hiện chương trình xây dựng nông thôn mới, Đảng ủy ra nghị quyết "
                                   "chuyên đề xây dựng nông thôn mới giai đoạn 2021-2025.")
    assert ("Nghị quyết chuyên đề xây dựng nông thôn mới giai đoạn 2021-2025", "implements",
            "Chương trình xây dựng nông thôn mới") in found


def test_component_schemes_concretize_the_scheme_they_follow(pipeline):
    found = links(pipeline, BODY + "Cùng với đề án phát triển du lịch cộng đồng, xã xây dựng ba đề án thành phần "
                                   "gồm: đề án bảo tồn nhà sàn cổ; đề án đào tạo hướng dẫn viên bản địa.")
    assert ("Đề án bảo tồn nhà sàn cổ", "concretizes", "Đề án phát triển du lịch cộng đồng") in found


def test_a_thematic_resolution_about_a_subject_keeps_its_subject(pipeline):
    kinds, _ = read(pipeline, BODY + "Đảng ủy ban hành Nghị quyết chuyên đề về phát triển chè đặc sản.")
    assert "Nghị quyết chuyên đề về phát triển chè đặc sản" in kinds


def test_a_scheme_named_by_no_content_is_no_directive(pipeline):
    kinds, _ = read(pipeline, BODY + "Xã lập đề án trình huyện phê duyệt. Nghị quyết chuyên đề này được "
                                     "các chi bộ quán triệt.")
    assert not kinds


def test_a_quoted_programme_is_a_directive_of_kind_other(pipeline):
    kinds, _ = read(pipeline, "Thành đoàn triển khai chương trình “Mùa hè xanh vùng cao” tới các cơ sở.")
    assert kinds.get("Chương trình “Mùa hè xanh vùng cao”") == concept("directive-kind", "other")
