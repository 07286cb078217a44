"""A sentence about the results of a place ("Kết quả … ở tỉnh X đã …") hands the place to the
next sentence's figures, even behind a heading glued to it; a body that set a standard ("đạt
quy chuẩn của Bộ X") owns none of the figures after it; qualifiers keep the figure's own words
(no repeated fraction or range, no next list item); rural works are counted by their noun."""

from __future__ import annotations

import pytest

from partykg.loaders.outcomes import find_figures
from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

ARTICLE = """Dân chủ ở cơ sở

Đảng bộ xã Mường Kim có 312 đảng viên, sinh hoạt ở 14 chi bộ.
Nhiều ý kiến được lắng nghe ở thôn bảnKết quả sau ba năm xây dựng nông thôn mới ở tỉnh Lai Châu đã cho thấy sức dân là quyết định. Trong ba năm, vốn Nhà nước chỉ chiếm 42 tỷ đồng/150 tỷ đồng vốn đầu tư hạ tầng ở địa phương.
Xã Tà Mung có 5/5 bản đạt quy chuẩn của Bộ Xây dựng, nâng cấp ba nhà văn hóa, hai trạm bơm.
Đường trục xã dài 6,5 km, trục bản là 9,2 km, đều được bê-tông hóa.
Mỗi năm, đơn vị tổ chức 2-4 đợt ra quân, mỗi đợt khoảng 30-40 cán bộ, chiến sĩ xuống bản.
Sản xuất nông nghiệp chiếm gần 60%, dịch vụ còn nhỏ lẻ.
Xã có hai trường và một trạm y tế đạt chuẩn quốc gia.
Tỷ lệ học sinh tốt nghiệp THCS của xã năm nay đạt khá cao với 98,2%.
Tính đến ngày 31/12/2023, nguồn vốn ủy thác đạt 12,5 tỷ đồng.
"""


@pytest.fixture(scope="module")
def doc():
    return load_text(ARTICLE, source="memory:results.txt")


def outcome(doc, value, unit=None):
    return next(o.figure for o in doc.context["outcomes"]
                if o.figure.value == value and (unit is None or o.figure.unit == unit))


def test_the_results_of_a_place_hand_it_to_the_next_sentence(doc):
    subjects = figure_subjects(doc, lambda f: (f.value, f.unit))
    assert subjects[(42, "tỷ đồng")] == subjects[(150, "tỷ đồng")]
    assert "Lai Châu" in subjects[(42, "tỷ đồng")]


def test_a_fraction_of_amounts_is_not_repeated_in_its_qualifiers(doc):
    assert outcome(doc, 42).qualifier == "vốn đầu tư hạ tầng ở địa phương"
    assert outcome(doc, 150).qualifier == "tổng số vốn đầu tư hạ tầng ở địa phương"


def test_the_body_that_set_a_standard_owns_no_later_figure(doc):
    subjects = figure_subjects(doc, lambda f: (f.value, f.unit))
    assert subjects[(3, "nhà văn hóa")] != "Bộ Xây dựng"
    assert subjects[(2, "trạm bơm")] != "Bộ Xây dựng"


def test_rural_works_are_counted_by_their_noun():
    assert [(f.value, f.unit) for f in find_figures("Xã xây sáu trạm bơm, một âu đập và lập tám đồ án quy hoạch.")] \
        == [(6, "trạm bơm"), (1, "âu đập"), (8, "đồ án")]
    assert [(f.value, f.unit) for f in find_figures("Thôn có hai nhà văn hóa.")] == [(2, "nhà văn hóa")]


def test_a_length_named_before_it_is_qualified_by_those_words(doc):
    assert outcome(doc, 6.5).qualifier == "đường trục xã dài (km)"
    assert outcome(doc, 9.2).qualifier == "trục bản (km)"


def test_the_lower_end_of_a_range_does_not_repeat_the_upper(doc):
    assert not outcome(doc, 30).qualifier.startswith("-")


def test_a_share_followed_by_a_comma_is_of_what_stands_before_it(doc):
    assert outcome(doc, 60, "%").qualifier == "Sản xuất nông nghiệp"


def test_a_shared_predicate_does_not_carry_the_next_count(doc):
    assert outcome(doc, 2, "trường").qualifier == "trường đạt chuẩn quốc gia"


def test_a_share_is_qualified_by_its_measure_as_written(doc):
    assert outcome(doc, 98.2).qualifier == "Tỷ lệ học sinh tốt nghiệp THCS của xã năm nay"


def test_a_level_as_of_a_day_is_of_that_year(doc):
    assert outcome(doc, 12.5).period == ("2023", "2023")


def read_one(text: str, value):
    from partykg.loaders.outcomes import _tidy_qualifiers, read_context
    figs = find_figures(text)
    read_context(text, figs)
    _tidy_qualifiers(text, figs)
    return next(f for f in figs if f.value == value)


def test_a_run_of_years_is_qualified_by_what_was_held():
    f = read_one("4 năm qua, Chi bộ bản Nà Khum đều hoàn thành xuất sắc nhiệm vụ, được huyện khen thưởng.", 4)
    assert f.qualifier == "năm liên tục hoàn thành xuất sắc nhiệm vụ"
    f = read_one('Sáu năm gần đây, chi bộ thôn liên tục đạt danh hiệu "Trong sạch, vững mạnh" và được huyện biểu dương.', 6)
    assert f.qualifier == 'năm liên tục đạt danh hiệu "Trong sạch, vững mạnh"'


def test_a_share_in_brackets_is_qualified_by_the_measure_before_them():
    f = read_one("Kết quả cho thấy tỷ lệ cán bộ hoàn thành tốt chức trách, nhiệm vụ đạt cao (91,5%).", 91.5)
    assert f.qualifier == "tỷ lệ cán bộ hoàn thành tốt chức trách, nhiệm vụ"


def test_a_qualifier_does_not_end_on_the_words_of_a_total():
    f = read_one("Huyện có 412 trưởng bản là đảng viên trong tổng số 560 trưởng bản.", 412)
    assert not f.qualifier.endswith("tổng số")


def test_a_count_told_before_and_pointed_at_again_is_no_new_figure():
    figs = find_figures("Nhiệm vụ cụ thể của 150 cán bộ, công chức nói trên do cấp có thẩm quyền phân công.")
    assert figs == []


NATIONAL = """Chỉ tiêu giảm nghèo

Bên lề kỳ họp, ĐB Hoàng Văn Lương (Hà Giang) cho rằng cần xem lại cách tính hộ nghèo.
Theo báo cáo của Chính phủ, Chính phủ đã hỗ trợ 120 tỷ đồng cho hộ nghèo.
Ông nói thêm: có kỳ báo cáo giảm 1,5% nhưng kỳ sau lại khác hẳn.
"""


def test_a_place_named_only_as_a_persons_seat_is_not_what_the_article_reports_on():
    doc = load_text(NATIONAL, source="memory:national.txt")
    subjects = figure_subjects(doc)
    assert subjects[120] == "Chính phủ"
    assert subjects.get(1.5) != "Hà Giang"


def test_an_article_on_no_body_goes_on_with_the_last_figures_subject():
    doc = load_text(NATIONAL, source="memory:national.txt")
    assert figure_subjects(doc).get(1.5) == "Chính phủ"


def test_a_qualifier_stops_where_a_glued_sentence_ends():
    f = read_one("Phường quyết tâm xóa hộ nghèo trên địa bàn vào năm 2026.MINH ANH", 0)
    assert "MINH" not in (f.qualifier or "")


def test_a_qualifier_does_not_end_on_the_words_leading_to_a_list():
    f = read_one("Xã đã lập được sáu đồ án quy hoạch gồm: quy hoạch chung; quy hoạch khu trung tâm.", 6)
    assert f.qualifier == "đồ án quy hoạch"
