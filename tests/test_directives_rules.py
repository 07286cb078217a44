"""The directives extractor, rule by rule, on sentences written for these tests.

Each test states one reading rule: how a code is normalised, when a bare number becomes a full
code, when several spellings are one directive, who issued it, when, about what, how two
directives relate and which organization carries one out.
"""

from __future__ import annotations

from partykg.ontology.terms import PKG

from extraction import read, labels, carries_out, directive_links


def directives(doc) -> dict[str, str]:
    """label -> IRI of every directive the document mentions."""
    lab = labels(doc)
    iris = {f.s.value for f in doc.facts if f.p == PKG.directiveKind}
    return {lab[i]: i for i in iris}


def values(doc, prop) -> dict[str, set[str]]:
    lab = labels(doc)
    out: dict[str, set[str]] = {}
    for f in doc.facts:
        if f.p == prop:
            out.setdefault(lab.get(f.s.value, f.s.value), set()).add(lab.get(getattr(f.o, "value", ""), f.o.value))
    return out


# ----------------------------------------------------------------------------- codes

def test_a_code_is_normalised_whatever_its_spacing_and_dash(pipeline):
    doc = read(pipeline, "Cán bộ xã học tập Chỉ thị số 35 – CT/TW và Nghị quyết 07- NQ/TW trong tháng Ba.")
    assert set(directives(doc)) == {"Chỉ thị số 35-CT/TW", "Nghị quyết số 07-NQ/TW"}
    assert values(doc, PKG.code)["Chỉ thị số 35-CT/TW"] == {"35-CT/TW"}


def test_the_eth_lookalike_is_read_as_d_with_stroke(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cha ban hành Kế hoạch số 17-KH/ÐU về công tác cán bộ.")
    assert values(doc, PKG.code)["Kế hoạch số 17-KH/ĐU"] == {"17-KH/ĐU"}


def test_leading_zeros_are_kept_as_written(pipeline):
    doc = read(pipeline, "Năm nay tỉnh tổng kết Kết luận số 008-KL/TW.")
    assert "Kết luận số 008-KL/TW" in directives(doc)


# ----------------------------------------------------------------------------- one directive, several spellings

def test_several_spellings_of_one_code_are_one_directive(pipeline):
    doc = read(pipeline, "Huyện ủy quán triệt Chỉ thị số 12-CT/TW của Ban Bí thư. "
                         "Sau đó các chi bộ thực hiện Chỉ thị 12-CT/TW. Chỉ thị 12 của Ban Bí thư đi vào cuộc sống.")
    assert list(directives(doc)) == ["Chỉ thị số 12-CT/TW"]


def test_a_bare_number_takes_the_full_code_the_document_gives(pipeline):
    doc = read(pipeline, "Đảng bộ xã thực hiện Nghị quyết số 09-NQ/TU về chuyển đổi số. "
                         "Sau một năm, Nghị quyết 09 đã có kết quả.")
    assert list(directives(doc)) == ["Nghị quyết số 09-NQ/TU"]


def test_a_bare_number_of_a_central_body_is_a_national_code(pipeline):
    doc = read(pipeline, "Chi bộ thôn thực hiện tốt Chỉ thị 08 của Bộ Chính trị về phòng chống tham nhũng.")
    assert values(doc, PKG.code) == {"Chỉ thị số 08-CT/TW": {"08-CT/TW"}}


def test_a_bare_number_of_a_local_body_stays_a_number(pipeline):
    doc = read(pipeline, "Ban Thường vụ Tỉnh ủy sơ kết Quy định số 04 ngày 2/3/2019 của Ban Thường vụ Tỉnh ủy.")
    assert "Quy định số 04" in directives(doc)
    assert PKG.code not in {f.p for f in doc.facts}


def test_plenum_resolutions_of_different_terms_are_different(pipeline):
    doc = read(pipeline, "Đảng ủy xã học tập Nghị quyết T.Ư 4 (khóa XI) và Nghị quyết Trung ương 4 khóa XII. "
                         "Nghị quyết Trung ương 4 (khoá XII) được quán triệt sâu rộng.")
    assert set(directives(doc)) == {"Nghị quyết Trung ương 4 (khóa XI)", "Nghị quyết Trung ương 4 (khóa XII)"}


def test_a_plenum_named_without_its_term_takes_the_term_the_document_gave(pipeline):
    doc = read(pipeline, "Chi bộ học tập Nghị quyết Trung ương 6 (khóa X). Nghị quyết Trung ương 6 tạo chuyển biến.")
    assert list(directives(doc)) == ["Nghị quyết Trung ương 6 (khóa X)"]


def test_one_plenum_resolution_of_two_terms_is_two_directives(pipeline):
    doc = read(pipeline, "Xã tiếp tục thực hiện Nghị quyết Trung ương 4, khóa XII, khóa XIII về xây dựng Đảng.")
    assert set(directives(doc)) == {"Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Trung ương 4 (khóa XIII)"}


def test_the_abbreviation_nqtu_is_a_plenum_resolution(pipeline):
    doc = read(pipeline, "Toàn Đảng bộ kiểm điểm theo tinh thần NQTƯ 4 (khóa XII).")
    assert list(directives(doc)) == ["Nghị quyết Trung ương 4 (khóa XII)"]


def test_the_same_code_in_two_documents_has_one_iri(pipeline):
    a = read(pipeline, "Đảng ủy xã A học tập Chỉ thị số 05-CT/TW.")
    b = read(pipeline, "Tỉnh ủy tổng kết Chỉ thị 05 - CT/TW của Bộ Chính trị.")
    assert directives(a)["Chỉ thị số 05-CT/TW"] == directives(b)["Chỉ thị số 05-CT/TW"]


# ----------------------------------------------------------------------------- names without codes

def test_a_congress_resolution_is_named_after_its_party_committee(pipeline):
    doc = read(pipeline, "Đảng bộ huyện Phong Thổ thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI, "
                         "nhiệm kỳ 2020 - 2025.")
    names = list(directives(doc))
    assert len(names) == 1 and "lần thứ XXI" in names[0] and "2020-2025" in names[0]


def test_the_party_charter_is_a_directive(pipeline):
    doc = read(pipeline, "Đảng viên phải chấp hành nghiêm Điều lệ Đảng.")
    assert list(directives(doc)) == ["Điều lệ Đảng"]


def test_a_generic_resolution_is_not_a_directive(pipeline):
    doc = read(pipeline, "Các chi bộ học tập các nghị quyết, chỉ thị của Đảng và xây dựng kế hoạch năm.")
    assert directives(doc) == {}


def test_a_quoted_title_names_a_project(pipeline):
    doc = read(pipeline, "Tỉnh triển khai Đề án “Nâng cao chất lượng chi bộ nông thôn” trong năm 2022.")
    assert list(directives(doc)) == ["Đề án “Nâng cao chất lượng chi bộ nông thôn”"]


# ----------------------------------------------------------------------------- issuer, date, subject

def test_issuer_date_and_subject_after_the_code(pipeline):
    doc = read(pipeline, "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, "
                         "chỉnh đốn Đảng được quán triệt.")
    k = "Kết luận số 21-KL/TW"
    assert values(doc, PKG.issuer)[k] == {"Ban Chấp hành Trung ương"}
    assert values(doc, PKG.issued)[k] == {"2021-10-25"}
    assert values(doc, PKG.about)[k] == {"về đẩy mạnh xây dựng, chỉnh đốn Đảng"}


def test_a_quoted_subject_is_read_without_its_quotes(pipeline):
    doc = read(pipeline, "Chỉ thị số 05-CT/TW của Bộ Chính trị về “Đẩy mạnh học tập và làm theo Bác” đi vào cuộc sống.")
    assert values(doc, PKG.about)["Chỉ thị số 05-CT/TW"] == {"Đẩy mạnh học tập và làm theo Bác"}


# ----------------------------------------------------------------------------- links

def test_continuing_a_directive(pipeline):
    doc = read(pipeline, "Kết luận số 07-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 11-CT/TW được ban hành.")
    assert ("Kết luận số 07-KL/TW", "continues", "Chỉ thị số 11-CT/TW") in directive_links(doc)


def test_a_plan_implements_the_resolution_an_anaphor_points_to(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cha học tập Nghị quyết Trung ương 5 (khóa XII). "
                         "Đảng ủy xã ban hành Kế hoạch số 30-KH/ĐU về triển khai thực hiện Nghị quyết.")
    assert ("Kế hoạch số 30-KH/ĐU", "implements", "Nghị quyết Trung ương 5 (khóa XII)") in directive_links(doc)


def test_concretizing_a_resolution_by_a_programme(pipeline):
    doc = read(pipeline, "Chi bộ học tập Nghị quyết Trung ương 5 (khóa XII). "
                         "Đảng ủy cụ thể hóa Nghị quyết bằng Chương trình hành động số 08-CTr/ĐU.")
    assert ("Chương trình hành động số 08-CTr/ĐU", "concretizes", "Nghị quyết Trung ương 5 (khóa XII)") in directive_links(doc)


def test_amending_and_replacing(pipeline):
    doc = read(pipeline, "Bộ Chính trị ban hành Quy định số 22-QĐi/TW về sửa đổi, bổ sung Quy định số 30-QĐi/TW. "
                         "Quyết định số 99-QĐ/TW về việc thay thế Quyết định số 45-QĐ/TW có hiệu lực.")
    found = directive_links(doc)
    assert ("Quy định số 22-QĐi/TW", "amends", "Quy định số 30-QĐi/TW") in found
    assert ("Quyết định số 99-QĐ/TW", "replaces", "Quyết định số 45-QĐ/TW") in found


def test_a_plan_made_on_the_basis_of_a_directive_references_it(pipeline):
    doc = read(pipeline, "Huyện ủy ban hành Hướng dẫn số 03-HD/HU căn cứ Quy định số 22-QĐi/TW.")
    assert ("Hướng dẫn số 03-HD/HU", "references", "Quy định số 22-QĐi/TW") in directive_links(doc)


# ----------------------------------------------------------------------------- implementations

def test_the_organization_that_carries_out_a_directive(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cha đã tập trung lãnh đạo, quán triệt và triển khai thực hiện "
                         "Chỉ thị số 05-CT/TW.")
    assert ("Đảng bộ xã Nậm Cha", "Chỉ thị số 05-CT/TW") in carries_out(doc)


def test_the_issuer_is_not_the_one_carrying_out(pipeline):
    doc = read(pipeline, "Ban Bí thư ban hành Chỉ thị số 21-CT/TW về công tác tuyên truyền.")
    assert carries_out(doc) == set()


ABOUT_NAM_CHA = ("Đảng bộ xã Nậm Cha có 20 chi bộ. Đảng ủy xã Nậm Cha chú trọng công tác cán bộ. "
                 "Năm qua, Đảng bộ xã Nậm Cha kết nạp 12 đảng viên. ")


def test_the_article_s_organization_is_the_implicit_implementer(pipeline):
    doc = read(pipeline, ABOUT_NAM_CHA + "Thực hiện Chỉ thị số 05-CT/TW được gắn với nhiệm vụ chính trị của địa phương.")
    assert ("Đảng bộ xã Nậm Cha", "Chỉ thị số 05-CT/TW") in carries_out(doc)


def test_a_body_named_once_is_not_the_implicit_implementer(pipeline):
    doc = read(pipeline, "Đảng bộ xã Nậm Cha có 20 chi bộ. Thực hiện Chỉ thị số 05-CT/TW được gắn với "
                         "nhiệm vụ chính trị của địa phương.")
    assert carries_out(doc) == set()


# ----------------------------------------------------------------------------- more names, more links

def test_two_spellings_of_a_congress_resolution_are_one_directive(pipeline):
    doc = read(pipeline, "Đảng bộ huyện Phong Thổ đạt 110% chỉ tiêu Nghị quyết Đại hội lần thứ XXI. "
                         "Kết quả đó vượt mục tiêu Nghị quyết Đại hội XXI Đảng bộ huyện đề ra.")
    assert len(directives(doc)) == 1


def test_a_resolution_of_the_national_congress(pipeline):
    doc = read(pipeline, "Xã tích cực thực hiện Nghị quyết Đại hội XIII của Đảng.")
    names = list(directives(doc))
    assert names == ["Nghị quyết Đại hội lần thứ XIII của Đảng"]


def test_a_congress_resolution_of_all_levels_without_its_term_is_not_one_directive(pipeline):
    doc = read(pipeline, "Xã đã thực hiện nghị quyết Đại hội Đảng các cấp và nghị quyết đại hội đảng bộ các cấp.")
    assert directives(doc) == {}


def test_a_resolution_named_by_its_subject_when_nothing_came_before(pipeline):
    doc = read(pipeline, "Đảng bộ xã Nậm Cha tiếp tục thực hiện Nghị quyết về xây dựng thí điểm mô hình nông thôn mới kiểu mẫu.")
    assert list(directives(doc)) == ["Nghị quyết về xây dựng thí điểm mô hình nông thôn mới kiểu mẫu"]


def test_a_plan_an_organization_issues_is_named_by_its_description(pipeline):
    doc = read(pipeline, "Huyện ủy Tam Đường ban hành kế hoạch nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2021-2025.")
    assert list(directives(doc)) == ["Kế hoạch nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2021-2025"]
    assert values(doc, PKG.issuer)["Kế hoạch nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2021-2025"] == {
        "Đảng bộ huyện Tam Đường"}


def test_plural_or_short_descriptions_are_not_documents(pipeline):
    doc = read(pipeline, "Huyện ủy đã ban hành các quyết định xử lý kỷ luật đối với 3 đảng viên và ban hành văn bản thực hiện.")
    assert directives(doc) == {}


def test_an_action_programme_of_a_resolution_implements_it(pipeline):
    doc = read(pipeline, "Tỉnh ủy xây dựng Chương trình hành động thực hiện Nghị quyết Trung ương 5 (khóa XII).")
    found = directive_links(doc)
    assert len(found) == 1
    (src, rel, dst), = found
    assert src.startswith("Chương trình hành động") and rel == "implements" and dst == "Nghị quyết Trung ương 5 (khóa XII)"


def test_a_document_issued_to_carry_out_a_fronted_directive_implements_it(pipeline):
    doc = read(pipeline, "Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, Đảng ủy xã Mường Kim "
                         "xây dựng Kế hoạch số 05-KH/ĐU.")
    assert ("Kế hoạch số 05-KH/ĐU", "implements", "Hướng dẫn số 12-HD/BTCTW") in directive_links(doc)
    assert ("Đảng bộ xã Mường Kim", "Hướng dẫn số 12-HD/BTCTW") in carries_out(doc)


def test_a_list_of_projects_is_not_a_chain_of_links(pipeline):
    doc = read(pipeline, "Đảng bộ xã Nậm Cha triển khai Đề án “Chi bộ bốn tốt”, Quy định “Đảng viên nêu gương”, "
                         "thực hiện Đề án “Sổ tay đảng viên”.")
    assert directive_links(doc) == set()
    assert len(carries_out(doc)) == 3


def test_directives_listed_after_a_subject_are_all_carried_out(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cha triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, "
                         "Kết luận số 21-KL/TW về xây dựng Đảng.")
    assert carries_out(doc) == {("Đảng bộ xã Nậm Cha", "Chỉ thị số 35-CT/TW"), ("Đảng bộ xã Nậm Cha", "Kết luận số 21-KL/TW")}


def test_reaching_the_targets_of_a_resolution_is_carrying_it_out(pipeline):
    doc = read(pipeline, "Đảng bộ huyện Phong Thổ đã hoàn thành các chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI đề ra.")
    assert len(carries_out(doc)) == 1


def test_a_general_agent_is_not_the_article_s_organization(pipeline):
    doc = read(pipeline, ABOUT_NAM_CHA + "Nhiều cấp ủy các cấp đã sáng tạo trong thực hiện Chỉ thị số 05-CT/TW.")
    assert carries_out(doc) == set()


def test_each_fact_is_tied_to_the_sentence_that_states_it(pipeline):
    doc = read(pipeline, "Đảng bộ xã Nậm Cha có 20 chi bộ. Kết luận số 07-KL/TW về tiếp tục thực hiện Chỉ thị số 11-CT/TW "
                         "được quán triệt.")
    link = next(f for f in doc.facts if f.p == PKG.continues)
    assert "Kết luận số 07-KL/TW" in link.sentence.text and link.extractor == "directives"


def test_a_decision_named_by_its_issuer_and_subject(pipeline):
    doc = read(pipeline, "Hội nghị công bố Quyết định của Ban Thường vụ Tỉnh ủy về việc điều động cán bộ đi công tác ở cơ sở.")
    assert list(directives(doc)) == [
        "Quyết định của Ban Thường vụ Tỉnh ủy về việc điều động cán bộ đi công tác ở cơ sở"]


def test_a_conclusion_of_another_issuer_is_not_an_anaphor(pipeline):
    doc = read(pipeline, "Thành phố thực hiện Kết luận số 80-KL/TW của Ban Bí thư. "
                         "Đồng thời cụ thể hóa Kết luận của Thành ủy về thu hút nguồn nhân lực chất lượng cao.")
    assert set(directives(doc)) == {"Kết luận số 80-KL/TW",
                                    "Kết luận của Thành ủy về thu hút nguồn nhân lực chất lượng cao"}


def test_a_central_resolution_named_by_its_subject(pipeline):
    doc = read(pipeline, "Từ khi có Nghị quyết Trung ương về nông nghiệp, nông dân, nông thôn, chúng tôi đã đổi mới cách làm.")
    assert list(directives(doc)) == ["Nghị quyết Trung ương về nông nghiệp, nông dân, nông thôn"]


def test_the_body_acting_once_a_directive_came_out_carries_it_out(pipeline):
    doc = read(pipeline, "Ngay sau khi Chỉ thị số 35-CT/TW của Bộ Chính trị được ban hành, Đảng ủy xã Nậm Cha "
                         "đã xác định đây là nhiệm vụ trọng tâm.")
    assert carries_out(doc) == {("Đảng bộ xã Nậm Cha", "Chỉ thị số 35-CT/TW")}


def test_a_lowercase_mention_with_its_issuer_points_to_that_issuer_s_directive(pipeline):
    doc = read(pipeline, "Tỉnh ủy Lai Châu ban hành Nghị quyết số 04-NQ/TU về chuyển đổi số. "
                         "Từ khi có nghị quyết của Tỉnh ủy về chuyển đổi số, Đảng ủy xã Nậm Cha đã đổi mới cách làm.")
    assert list(directives(doc)) == ["Nghị quyết số 04-NQ/TU"]
    assert ("Đảng bộ xã Nậm Cha", "Nghị quyết số 04-NQ/TU") in carries_out(doc)


def test_not_carrying_out_is_not_carrying_out(pipeline):
    doc = read(pipeline, ABOUT_NAM_CHA + "Đảng ủy xã Nậm Cha chưa thực hiện nghiêm túc Chỉ thị số 05-CT/TW.")
    assert carries_out(doc) == set()


def test_the_body_whose_conduct_in_carrying_out_is_reviewed(pipeline):
    doc = read(pipeline, "Huyện ủy Tam Đường kiểm tra những hạn chế của Đảng ủy xã Nậm Cha trong thực hiện Chỉ thị số 05-CT/TW.")
    assert carries_out(doc) == {("Đảng bộ xã Nậm Cha", "Chỉ thị số 05-CT/TW")}


def test_a_thematic_resolution_keeps_its_code(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cha học tập Nghị quyết Trung ương 5 (khóa XII). "
                         "Đảng ủy xã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về phát triển kinh tế.")
    assert set(directives(doc)) == {"Nghị quyết Trung ương 5 (khóa XII)", "Nghị quyết số 05-NQ/ĐU"}


def test_the_code_decides_the_kind(pipeline):
    doc = read(pipeline, "Huyện ủy quán triệt Thông báo Kết luận số 125-TB/TW của Ban Bí thư.")
    assert list(directives(doc)) == ["Thông báo số 125-TB/TW"]


def test_a_plan_heading_its_sentence_as_subject_is_not_named(pipeline):
    doc = read(pipeline, "Kế hoạch xác định rõ nhiệm vụ của từng chi bộ trong năm.")
    assert directives(doc) == {}


def test_a_party_code_written_the_state_s_way_is_normalised(pipeline):
    doc = read(pipeline, "Tỉnh ủy Lai Châu ban hành Nghị quyết số 01/NQ-TU về phát triển chè.")
    assert list(directives(doc)) == ["Nghị quyết số 01-NQ/TU"]


def test_state_codes_are_kept_as_written(pipeline):
    doc = read(pipeline, "Xã triển khai Quyết định số 1719/QĐ-TTg và Nghị định 33/2023/NĐ-CP.")
    assert {c for v in values(doc, PKG.code).values() for c in v} == {"1719/QĐ-TTg", "33/2023/NĐ-CP"}
