"""The qualifier of a figure no indicator fits says what was counted, in the text's own words,
and no more: it ends where a comma opens a new clause, does not repeat a unit of measure the
unit column already gives, never ends on a word that leads on to something left out ("các",
"của", "quyết tâm"), and never ends inside a document's name ("… thực hiện Chỉ")."""

from __future__ import annotations

import pytest

from partykg.loaders.outcomes import find_figures, read_context, _tidy_qualifiers


def qualifiers(sentence: str) -> dict:
    figs = find_figures(sentence)
    read_context(sentence, figs)
    _tidy_qualifiers(sentence, figs)
    return {(f.value, f.unit): f.qualifier for f in figs}


def test_a_comma_opening_a_new_clause_ends_the_qualifier():
    q = qualifiers("Năm nay xã giúp 120 hộ nghèo có thu nhập thấp vay vốn ưu đãi, quyết tâm giảm nửa số hộ nghèo.")
    assert q[(120, "hộ nghèo")] == "hộ nghèo có thu nhập thấp vay vốn ưu đãi"


def test_a_new_measure_after_a_comma_is_not_part_of_the_count():
    q = qualifiers("Lớp học nghề thu hút 450 người tham gia, tỷ lệ học viên có việc làm tăng dần.")
    assert q[(450, "người")] == "người tham gia"


def test_a_list_of_nouns_after_a_comma_stays():
    q = qualifiers("Huyện đã hỗ trợ 35 chi bộ, đảng bộ cơ sở sửa chữa trụ sở.")
    assert "đảng bộ cơ sở" in q[(35, "chi bộ, đảng bộ cơ sở")]


def test_a_leading_unit_of_measure_is_not_repeated():
    q = qualifiers("Nhân dân góp công làm mới 7,5 km đường liên thôn rộng rãi.")
    assert q[(7.5, "km")] == "đường liên thôn rộng rãi"


def test_a_unit_followed_by_a_comparison_keeps_the_comparison_only():
    q = qualifiers("Năm nay dư nợ đạt thêm 3,2 tỷ đồng so với năm 2019.")
    assert not q[(3.2, "tỷ đồng")].startswith("tỷ đồng")


def test_a_unit_followed_by_a_new_clause_leaves_the_clause_out():
    q = qualifiers("Ngày trước lễ cưới tốn tới 25 triệu đồng nhưng nay mọi nhà tổ chức gọn nhẹ.")
    assert "nhưng" not in q[(25, "triệu đồng")]


def test_a_qualifier_never_ends_on_a_word_that_leads_on():
    q = qualifiers("Có 6 tập thể có thành tích tiêu biểu nhất được khen thưởng trong phong trào thi đua năm nay.")
    assert q[(6, "tập thể")] == "tập thể có thành tích tiêu biểu nhất được khen thưởng"
    q = qualifiers("Xã trao 40 suất quà tặng hộ nghèo và hộ khó khăn cũng như các gia đình chính sách.")
    assert q[(40, "suất")] == "suất quà tặng hộ nghèo và hộ khó khăn"


def test_a_qualifier_never_ends_inside_a_documents_name():
    q = qualifiers("Có 48 điểm cầu cả tỉnh dự sơ kết hai năm thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị.")
    got = q[(48, "điểm")]
    assert got == "điểm cầu cả tỉnh dự sơ kết hai năm"


def test_a_qualifier_cut_at_the_first_word_of_a_kind_drops_it():
    q = qualifiers("Toàn huyện còn 30% số trường học chưa xây dựng xong nhà đa năng theo quy định của Bộ Giáo dục và Đào tạo.")
    assert not q[(30, "%")].endswith("quy")


def test_a_purpose_clause_is_not_what_was_counted():
    q = qualifiers("Tỉnh cử 9 cán bộ trẻ về xã nhằm giúp cơ sở làm tốt công tác dân vận.")
    assert q[(9, "người")] == "cán bộ trẻ về xã"


def test_a_qualifier_never_ends_on_a_rough_number_word():
    q = qualifiers("Trường mở 15 lớp bồi dưỡng kỹ năng số cho hàng trăm (gần 400) học viên.")
    assert q[(15, "lớp")] == "lớp bồi dưỡng kỹ năng số"


def test_the_next_figure_standing_in_the_qualifier_takes_its_shared_predicate_along():
    q = qualifiers("Thị trấn Lam Hồ có 6 trường học và hai nhà văn hóa được công nhận đạt chuẩn.")
    assert q[(6, "trường học")] == "trường học được công nhận đạt chuẩn"


def test_no_pattern_is_compiled_for_a_next_figure_the_qualifier_does_not_hold():
    from partykg.loaders.outcomes import _rx

    qualifiers("Huyện có 9 trường học khang trang, 3 trạm y tế mới xây.")
    compiled = _rx.cache_info().currsize
    q = qualifiers("Xã có 7 trường học khang trang, 5 nhà văn hóa mới dựng.")
    assert q[(7, "trường học")] == "trường học khang trang"
    assert _rx.cache_info().currsize == compiled
