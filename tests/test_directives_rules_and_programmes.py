"""Rules (Quy chế) and programmes (chương trình) named by their content, and implementations
whose doer the clause leaves implicit.

Each test states one reading rule: a capitalised "Quy chế …" names a document, and so does a
lower-case one that a verb acts on ("xây dựng quy chế …"); a lower-case programme is a
document when a party body owns it ("chương trình … của Đảng bộ"); a parenthesised term is
part of a name; chained verbs ("triển khai thực hiện") are one cue; a list of resolutions
after one verb is carried out as a whole; "theo tinh thần" and "nhiệm vụ mà … đề ra" tie a
resolution to the article's body.
"""

from __future__ import annotations

from partykg.ontology.terms import PKG

from extraction import read, labels, directives, carries_out


def links(doc) -> set[tuple[str, str, str]]:
    lab = labels(doc)
    return {(lab[f.s.value], f.p.value.rsplit("#", 1)[-1], lab[f.o.value]) for f in doc.facts
            if f.p == PKG.implements}


COMMUNE = ("Đảng bộ xã Mường Kim, huyện Than Uyên, tỉnh Lai Châu có 20 chi bộ. Đảng bộ xã Mường Kim "
           "họp thường kỳ. Đảng ủy xã Mường Kim chỉ đạo sát sao. ")


def test_a_capitalised_rule_with_a_name_is_a_document(pipeline):
    doc = read(pipeline, COMMUNE + "Đảng ủy xã đã hoàn thiện Quy chế giám sát trong Đảng.")
    assert "Quy chế giám sát trong Đảng" in directives(doc)


def test_the_working_rules_keep_their_term_in_brackets(pipeline):
    doc = read(pipeline, COMMUNE + "Trong đó, Quy chế làm việc của Ban Chấp hành Đảng bộ khóa 12 (2015 - 2020) "
                                   "còn nhiều điểm chưa phù hợp.")
    assert "Quy chế làm việc của Ban Chấp hành Đảng bộ khóa 12 (2015 - 2020)" in directives(doc)


def test_a_lower_case_rule_that_a_verb_acts_on_is_a_document_carried_out(pipeline):
    doc = read(pipeline, COMMUNE + "Nổi bật là việc xây dựng và triển khai thực hiện quy chế phối hợp giữa "
                                   "các chi bộ thôn, việc họp dân được duy trì.")
    assert "Quy chế phối hợp giữa các chi bộ thôn" in directives(doc)
    assert ("Đảng bộ xã Mường Kim", "Quy chế phối hợp giữa các chi bộ thôn") in carries_out(doc)


def test_a_rule_that_is_only_talked_about_is_no_document(pipeline):
    doc = read(pipeline, COMMUNE + "Người dân được biết quy chế mới.")
    assert not any(d.startswith("Quy chế") for d in directives(doc))


def test_a_programme_owned_by_a_party_body_is_a_document_carried_out(pipeline):
    text = (COMMUNE + "Đảng bộ xã tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XII). "
            "Đảng bộ xã quán triệt Nghị quyết Trung ương 4 (khóa XII) tới từng chi bộ. "
            "Các chi bộ kiểm điểm theo Nghị quyết Trung ương 4 (khóa XII). "
            "Xã đã luân chuyển cán bộ, thực hiện mục tiêu trong chương trình khắc phục hạn chế của Đảng bộ.")
    doc = read(pipeline, text)
    name = "Chương trình khắc phục hạn chế của Đảng bộ"
    assert name in directives(doc)
    assert ("Đảng bộ xã Mường Kim", name) in carries_out(doc)
    # the article tells of one resolution: the body's programme carries it out
    assert (name, "implements", "Nghị quyết Trung ương 4 (khóa XII)") in links(doc)


def test_a_programme_nobody_owns_is_no_document(pipeline):
    doc = read(pipeline, COMMUNE + "Xã thực hiện chương trình văn nghệ mừng Xuân.")
    assert not any(d.startswith("Chương trình") for d in directives(doc))


def test_chained_verbs_are_one_cue_and_the_subject_heads_them(pipeline):
    text = (COMMUNE + "Năm 2020, Đảng bộ và nhân dân xã Mường Kim, huyện Than Uyên, tỉnh Lai Châu tích cực triển khai "
            "thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XII.")
    doc = read(pipeline, text)
    assert ("Đảng bộ xã Mường Kim", "Nghị quyết Đại hội lần thứ XII của Đảng") in carries_out(doc)


def test_resolutions_listed_after_one_verb_are_carried_out_together(pipeline):
    text = (COMMUNE + "Xã đã thực hiện nghị quyết đại hội Đảng các cấp, nghị quyết đại hội Đảng bộ xã lần thứ 25.")
    doc = read(pipeline, text)
    assert ("Đảng bộ xã Mường Kim", "Nghị quyết Đại hội Đảng bộ xã Mường Kim lần thứ 25") in carries_out(doc)


def test_criticism_in_the_spirit_of_a_resolution_carries_it_out(pipeline):
    text = (COMMUNE + "Khắc phục thiếu sót sau kiểm điểm phê bình và tự phê bình theo tinh thần "
                      "Nghị quyết Trung ương 4 (khóa XII).")
    doc = read(pipeline, text)
    assert ("Đảng bộ xã Mường Kim", "Nghị quyết Trung ương 4 (khóa XII)") in carries_out(doc)


def test_tasks_a_resolution_set_are_carried_out(pipeline):
    text = (COMMUNE + "Củng cố đội ngũ cán bộ; lãnh đạo các chi bộ triển khai các nhiệm vụ mà "
                      "Nghị quyết Trung ương 4 (khóa XII) đã đề ra.")
    doc = read(pipeline, text)
    assert ("Đảng bộ xã Mường Kim", "Nghị quyết Trung ương 4 (khóa XII)") in carries_out(doc)


def test_a_state_programme_known_by_its_number_is_a_document(pipeline):
    doc = read(pipeline, COMMUNE + "Nhiều hộ được vay vốn làm nhà từ Chương trình 134 của Chính phủ.")
    assert "Chương trình 134" in directives(doc)


def test_a_programme_of_a_few_years_is_no_numbered_document(pipeline):
    doc = read(pipeline, COMMUNE + "Chương trình 5 năm tới tập trung vào kinh tế.")
    assert not any(d.startswith("Chương trình") for d in directives(doc))


def test_the_charter_named_alone_is_the_party_charter(pipeline):
    doc = read(pipeline, COMMUNE + "Các chi bộ sinh hoạt đúng Điều lệ và quy định của Trung ương.")
    assert "Điều lệ Đảng" in directives(doc)


def test_another_bodys_charter_is_not_the_party_charter(pipeline):
    doc = read(pipeline, COMMUNE + "Hội viên học tập Điều lệ Hội Nông dân Việt Nam.")
    assert "Điều lệ Đảng" not in directives(doc)


def test_a_steering_committee_named_for_its_task_carries_it_out(pipeline):
    # (and so does the body sitting on it: see test_directives_doers_beyond_the_clause.py)
    doc = read(pipeline, COMMUNE + "Ban Dân vận Huyện ủy nằm trong Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở.")
    got = carries_out(doc)
    assert any(o.startswith("Ban Chỉ đạo thực hiện") and d.startswith("Quy chế dân chủ") for o, d in got)
    assert {o for o, _ in got} <= {o for o, _ in got if o.startswith(("Ban Chỉ đạo", "Ban Dân vận"))}


def test_a_bare_congress_resolution_is_that_of_the_body_and_term_its_sentence_names(pipeline):
    doc = read(pipeline, "Lai Châu phát triển đảng viên. Nhiệm kỳ 2015-2020, Ban Thường vụ Huyện ủy Than Uyên "
                         "kết nạp 500 đảng viên, đạt 110% chỉ tiêu nghị quyết đại hội.")
    name = "Nghị quyết Đại hội Đảng bộ huyện Than Uyên nhiệm kỳ 2015-2020"
    assert name in directives(doc)
    # the standing committee acts for the body whose resolution it is
    assert ("Đảng bộ huyện Than Uyên", name) in carries_out(doc)


def test_a_bare_congress_resolution_with_no_term_is_no_document(pipeline):
    doc = read(pipeline, COMMUNE + "Xã đạt 110% chỉ tiêu nghị quyết đại hội.")
    assert not any("Đại hội" in d for d in directives(doc))
