"""Documents known by what they say rather than a code, and plans that review another document.

A bare "Chỉ thị 03" or "Chỉ thị 06" in an article on following Hồ Chí Minh's example is the
Politburo's directive of that number; "19 điều đảng viên không được làm" is the Party's rule on
what members must not do; a plan to inspect how a document is carried out ("Kế hoạch kiểm tra …
việc thực hiện <X>") references <X>, while a decision to supervise one's own work on it still
implements it.
"""

from __future__ import annotations

from extraction import directives, labels, read

from partykg.ontology.terms import PKG


def links(doc) -> set[tuple[str, str, str]]:
    lab = labels(doc)
    rel = {PKG.implements: "implements", PKG.references: "references", PKG.continues: "continues",
           PKG.concretizes: "concretizes"}
    return {(lab[f.s.value], rel[f.p], lab[f.o.value]) for f in doc.facts if f.p in rel}


def test_bare_numbers_of_the_earlier_directives_on_following_uncle_ho(pipeline):
    text = ("Ban Tuyên giáo Tỉnh ủy Hưng Yên sơ kết việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy "
            "mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Qua Chỉ thị 06, Chỉ thị 03 "
            "rồi Chỉ thị 05, việc học tập và làm theo Bác đã thành nền nếp.")
    found = directives(read(pipeline, text))
    assert {"Chỉ thị số 03-CT/TW", "Chỉ thị số 06-CT/TW", "Chỉ thị số 05-CT/TW"} <= found


def test_a_bare_number_in_an_article_on_another_topic_keeps_no_code(pipeline):
    text = "Huyện ủy Văn Lâm ban hành Chỉ thị 03 về công tác phòng, chống lụt bão năm nay."
    assert not any("03-CT/TW" in d for d in directives(read(pipeline, text)))


def test_the_rule_on_what_members_must_not_do_is_a_directive(pipeline):
    text = ("Chi bộ thôn Đông đã xử lý kỷ luật một đảng viên do vi phạm 19 điều đảng viên không được làm.")
    assert "Quy định 19 điều đảng viên không được làm" in directives(read(pipeline, text))


def test_the_rule_named_with_its_kind_word_is_not_a_rule_numbered_19(pipeline):
    text = "Chi bộ thôn Đông kỷ luật một đảng viên vi phạm Quy định 19 điều đảng viên không được làm."
    assert directives(read(pipeline, text)) == {"Quy định 19 điều đảng viên không được làm"}


def test_a_plan_to_inspect_how_documents_are_carried_out_references_them(pipeline):
    text = ("Đoàn kiểm tra đã công bố Kế hoạch kiểm tra việc thực hiện Nghị quyết Trung ương 4 (khóa XII) "
            "gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    found = {(rel, target) for _, rel, target in links(read(pipeline, text))}
    assert found == {("references", "Nghị quyết Trung ương 4 (khóa XII)"), ("references", "Chỉ thị số 05-CT/TW")}


def test_a_plan_to_carry_out_a_document_still_implements_it(pipeline):
    text = "Đảng ủy xã Mường Kim ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."
    found = {(rel, target) for _, rel, target in links(read(pipeline, text))}
    assert found == {("implements", "Chỉ thị số 05-CT/TW")}


def test_a_plan_the_text_says_was_never_made_is_no_document(pipeline):
    text = ("Đoàn kiểm tra chỉ ra Chi cục Thuế huyện không hề có kế hoạch triển khai chỉ thị của "
            "Ban cán sự đảng Bộ Nội vụ về phòng, chống lãng phí.")
    found = directives(read(pipeline, text))
    assert not any(d.startswith("Kế hoạch") for d in found)


def test_the_directive_a_plan_never_made_would_carry_out_is_still_named(pipeline):
    text = ("Đoàn kiểm tra chỉ ra Chi cục Thuế huyện không có kế hoạch triển khai chỉ thị của "
            "Ban Cán sự đảng Bộ Nội vụ về công tác phòng, chống lãng phí.")
    assert any(d.startswith("Chỉ thị của Ban Cán sự đảng Bộ Nội vụ") for d in directives(read(pipeline, text)))


def test_a_plan_the_text_says_was_made_is_a_document(pipeline):
    text = ("Chi cục Thuế huyện đã có kế hoạch triển khai chỉ thị của Ban cán sự đảng Bộ Nội vụ về "
            "phòng, chống lãng phí.")
    assert directives(read(pipeline, text))


def test_a_text_that_directs_or_guides_is_a_directive(pipeline):
    text = "Huyện ủy Ý Yên đã ban hành văn bản hướng dẫn các chi bộ tổ chức sinh hoạt chuyên đề."
    assert "Văn bản hướng dẫn các chi bộ tổ chức sinh hoạt chuyên đề" in directives(read(pipeline, text))


def test_any_other_text_someone_signed_is_not(pipeline):
    text = "Ông Lê Văn Tính đã ký ban hành văn bản mở rộng đối tượng giao đất rừng cho các hộ."
    assert directives(read(pipeline, text)) == set()


def test_a_capitalised_programme_of_a_given_year_is_a_directive(pipeline):
    text = ("Chi nhánh NHCSXH tỉnh Nam Định đưa nội dung kiểm tra vào Chương trình kiểm tra, giám sát năm 2015, "
            "2016 của đơn vị.")
    assert any(d.startswith("Chương trình kiểm tra, giám sát năm 2015") for d in directives(read(pipeline, text)))


def test_a_programme_opening_a_sentence_is_not_named(pipeline):
    text = "Chương trình đã giúp nhiều hộ thoát nghèo trong năm 2016."
    assert directives(read(pipeline, text)) == set()


def test_a_plan_heading_the_next_sentence_with_its_purpose_is_the_plan_named_before(pipeline):
    text = ("Huyện ủy Ý Yên ban hành Kế hoạch số 12-KH/HU ngày 2/4/2017. Kế hoạch nhằm triển khai thực hiện "
            "Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    doc = read(pipeline, text)
    assert directives(doc) == {"Kế hoạch số 12-KH/HU", "Chỉ thị số 05-CT/TW"}
    assert links(doc) == {("Kế hoạch số 12-KH/HU", "implements", "Chỉ thị số 05-CT/TW")}


def test_a_plan_that_takes_a_directive_in_implements_it(pipeline):
    text = "Đảng ủy xã Yên Bằng đưa việc thực hiện Chỉ thị số 05-CT/TW vào Chương trình công tác năm 2019."
    assert links(read(pipeline, text)) == {("Chương trình công tác năm 2019", "implements", "Chỉ thị số 05-CT/TW")}


def test_a_plan_merely_mentioning_a_directive_does_not(pipeline):
    text = "Nội dung Chỉ thị số 05-CT/TW được nêu trong Kế hoạch số 12-KH/ĐU của Đảng ủy xã Yên Bằng."
    assert links(read(pipeline, text)) == set()


def test_a_decree_named_by_its_issuer_and_subject_is_a_directive(pipeline):
    text = "Xử lý như vậy là không đúng với nghị định của Chính phủ về trách nhiệm của người đứng đầu."
    assert directives(read(pipeline, text)) == {"Nghị định của Chính phủ về trách nhiệm của người đứng đầu"}
