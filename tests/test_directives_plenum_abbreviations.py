"""A plenum's resolution however it is abbreviated, and a plenum named beside the code it stands for.

"NQ TƯ 4 khóa 12", "NQTW4 khóa XII" and "Nghị quyết TW4 (khoá XII)" are "Nghị quyết Trung ương 4
(khóa XII)": a term in Arabic figures is the same term as in Roman ones. A plenum named without its
term ("Nghị quyết Trung ương 4") in an article that names the code the table of well-known documents
ties to that plenum (04-NQ/TW, on its topic) is that document, not a second one of no term; without
the topic, or beside a term the text gives itself, it stays as written.
"""

from __future__ import annotations

from extraction import directives, read

from partykg.ontology.terms import PKG


def iris(doc) -> set[str]:
    return {f.s.value for f in doc.facts if f.p == PKG.directiveKind}


def test_a_term_in_arabic_figures_is_the_same_term(pipeline):
    doc = read(pipeline, "Chi bộ bản Nà Khương học tập NQ TƯ 4 khóa 12 suốt mùa khô. Năm sau, chi bộ tiếp tục "
                         "làm theo Nghị quyết Trung ương 4 (khóa XII).")
    assert directives(doc) == {"Nghị quyết Trung ương 4 (khóa XII)"}
    assert len(iris(doc)) == 1


def test_abbreviations_written_together_name_the_same_plenum(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi quán triệt NQTW4 khóa XII; các chi bộ học tập Nghị quyết TW4 (khoá XII).")
    assert directives(doc) == {"Nghị quyết Trung ương 4 (khóa XII)"}


def test_two_terms_stay_two_resolutions_whichever_figures_write_them(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi lần lượt ôn lại Nghị quyết Trung ương 4 khóa XI rồi NQ TƯ 4 khóa 12.")
    assert directives(doc) == {"Nghị quyết Trung ương 4 (khóa XI)", "Nghị quyết Trung ương 4 (khóa XII)"}


def test_a_number_that_runs_on_is_no_term(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi lần lượt ôn lại Nghị quyết Trung ương 4 khóa 12/2016.")
    assert directives(doc) == {"Nghị quyết Trung ương 4"}


def test_a_plenum_without_its_term_beside_the_code_it_stands_for_is_that_code(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi triển khai Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương về tăng cường "
                         "chỉnh đốn Đảng. Việc phê bình ở xã theo Nghị quyết Trung ương 4 được làm đều đặn.")
    assert directives(doc) == {"Nghị quyết số 04-NQ/TW"}
    assert len(iris(doc)) == 1


def test_a_plenum_with_its_term_beside_the_code_it_stands_for_is_that_code(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi triển khai Nghị quyết số 04-NQ/TW về chỉnh đốn Đảng và học tập NQ TƯ 4 khóa 12.")
    assert directives(doc) == {"Nghị quyết số 04-NQ/TW"}


def test_the_code_off_its_topic_makes_no_term_certain(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi triển khai Nghị quyết số 04-NQ/TW. Việc tự phê bình theo Nghị quyết "
                         "Trung ương 4 ở xã được làm đều đặn.")
    assert directives(doc) == {"Nghị quyết số 04-NQ/TW", "Nghị quyết Trung ương 4"}


def test_a_term_the_text_gives_is_kept_beside_the_code(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi triển khai Nghị quyết số 04-NQ/TW về chỉnh đốn Đảng. Trước đó, xã đã thực "
                         "hiện từ lâu Nghị quyết Trung ương 4 khóa XI.")
    assert directives(doc) == {"Nghị quyết số 04-NQ/TW", "Nghị quyết Trung ương 4 (khóa XI)"}


def test_the_code_in_a_term_of_its_own_is_not_the_plenum_the_table_ties_it_to(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pa Ủ ôn lại Nghị quyết số 04-NQ/TW (khóa IX) của Trung ương về "
                         "phòng ngừa tham ô. Mỗi quý, xã học lại Nghị quyết Trung ương 4 (khóa XII) về chỉnh đốn Đảng.")
    assert directives(doc) == {"Nghị quyết số 04-NQ/TW", "Nghị quyết Trung ương 4 (khóa XII)"}
    assert len(iris(doc)) == 2


def test_the_code_dated_before_the_plenum_met_is_not_that_plenum(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pa Ủ ôn lại Nghị quyết số 04-NQ/TW ngày 12/5/2009 về phòng ngừa tham ô. Mỗi "
                         "quý, xã học lại Nghị quyết Trung ương 4 (khóa XII) về chỉnh đốn Đảng.")
    assert len(iris(doc)) == 2


def test_the_code_dated_in_the_plenum_year_is_still_that_plenum(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pa Ủ ôn lại Nghị quyết số 04-NQ/TW ngày 30/10/2016 về chỉnh đốn Đảng. Mỗi quý, xã "
                         "học lại Nghị quyết Trung ương 4 (khóa XII).")
    assert len(iris(doc)) == 1


def test_a_conclusion_of_a_plenum_gives_no_term_to_a_resolution_named_without_one(pipeline):
    doc = read(pipeline, "Đảng ủy xã Pa Ủ thực hiện Nghị quyết số 04-NQ/TW về chỉnh đốn Đảng, rồi Kết luận số 21-KL/TW "
                         "của Hội nghị Trung ương 4 khóa XIII. Mỗi quý, xã học lại Nghị quyết Trung ương 4.")
    assert directives(doc) == {"Nghị quyết số 04-NQ/TW", "Kết luận số 21-KL/TW"}
    assert "Nghị quyết Trung ương 4 (khóa XIII)" not in directives(doc)


def test_a_plenum_named_with_another_topic_of_its_own_is_not_the_code_beside_it(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi quán triệt Nghị quyết số 04-NQ/TW về tăng cường chỉnh đốn Đảng. Năm trước, "
                         "các chi bộ đã học Nghị quyết Trung ương 4 về công tác cán bộ cơ sở.")
    assert "Nghị quyết số 04-NQ/TW" in directives(doc)
    assert len(iris(doc)) == 2
    assert not any("khóa XII" in d for d in directives(doc))


def test_a_plenum_named_with_the_code_s_own_topic_is_still_the_code(pipeline):
    doc = read(pipeline, "Đảng ủy xã Nậm Cuổi quán triệt Nghị quyết số 04-NQ/TW về tăng cường chỉnh đốn Đảng. Các chi bộ "
                         "làm theo Nghị quyết Trung ương 4 về xây dựng, chỉnh đốn Đảng trong từng buổi sinh hoạt.")
    assert directives(doc) == {"Nghị quyết số 04-NQ/TW"}
