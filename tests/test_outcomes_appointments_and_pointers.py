"""Figures of personnel news and of pointed-at cases: the term of a post given ("thời hạn bổ
nhiệm 5 năm") is a figure of the agency; the persons congratulated on their new posts, the
cases singled out by name ("Nổi cộm là hai vụ Nguyễn Văn A …") and the reports compared
("Đối chiếu hai bản báo cáo …") are no figures; "xóa hộ nghèo" is a zero of poor households."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures
from partykg.loaders.pipeline import load_text

from extraction import figure_subjects


def read(text: str) -> list:
    return [(f.value, f.unit) for f in find_figures(text)]


def test_the_term_of_an_appointment_is_a_figure():
    figs = find_figures("Chủ tịch UBND tỉnh trao quyết định bổ nhiệm ông Hà Văn Tám giữ chức Giám đốc Sở Tư pháp, "
                        "thời hạn bổ nhiệm 5 năm.")
    assert [(f.value, f.unit, f.forced.qualifier) for f in figs] == [(5, "năm", "thời hạn bổ nhiệm")]
    assert read("Thời hạn giữ chức vụ là năm năm kể từ ngày ký.") == [(5, "năm")]


def test_a_span_of_years_without_the_word_term_stays_no_figure():
    assert read("Sau 5 năm thực hiện, phong trào có nhiều chuyển biến.") == []


def test_the_term_belongs_to_the_department_of_the_post():
    doc = load_text("Bổ nhiệm Giám đốc Sở\n\nUBND tỉnh Lai Châu công bố quyết định bổ nhiệm ông Lò Văn Pao "
                    "giữ chức Giám đốc Sở Xây dựng, thời hạn bổ nhiệm 5 năm.\n", source="memory:term.txt")
    subjects = figure_subjects(doc, lambda f: (f.value, f.unit))
    assert subjects.get((5, "năm"), "").startswith("Sở Xây dựng")


def test_persons_congratulated_on_new_posts_are_no_count():
    assert read("Bí thư Huyện ủy chúc mừng ba đồng chí được điều động, bổ nhiệm lần này.") == []
    assert read("Hội nghị chúc mừng 2 đồng chí vừa được bầu giữ chức Phó Chủ tịch.") == []


def test_a_count_of_members_honoured_stays_a_figure():
    assert read("Đảng ủy xã chúc mừng 25 đảng viên nhận Huy hiệu Đảng đợt này.") == [(25, "đảng viên")]


def test_cases_pointed_at_by_name_are_no_count():
    assert read("Đáng chú ý là hai vụ Trần Văn Lộc nhận tiền trái phép; Phạm Thị Nga làm giả hồ sơ.") == []
    assert read("Điển hình là 2 người Nguyễn Văn Hùng và Lê Văn Toàn.") == []


def test_cases_counted_stay_figures():
    assert read("Năm 2023, cơ quan điều tra khởi tố 2 vụ, kỷ luật 3 đảng viên.") == [(2, "vụ"), (3, "đảng viên")]
    assert read("Kết quả là 4 vụ việc đã được xử lý dứt điểm.") == [(4, "vụ việc")]


def test_reports_compared_are_no_count():
    assert read("So sánh hai bản báo cáo thì thấy có 9 lần đi nước ngoài không xin phép.") == [(9, "lần")]
    assert read("Huyện ủy ban hành 3 văn bản chỉ đạo.") == [(3, "văn bản")]


def test_erasing_poor_households_is_a_zero():
    figs = find_figures("Thị xã quyết tâm xóa hộ nghèo trên địa bàn vào năm 2026.")
    assert [(f.value, f.unit, f.zero) for f in figs] == [(0, "hộ nghèo", True)]
    assert read("Xã Nậm Tăm đã xóa hết hộ nghèo.") == [(0, "hộ nghèo")]


def test_a_programme_of_erasing_is_no_zero():
    assert read("Chương trình xóa hộ nghèo được các chi bộ hưởng ứng.") == []
    assert read("Năm qua, xã xóa hộ nghèo cho 45 hộ.") == [(45, "hộ")]


def test_the_members_disciplined_are_told_apart_by_their_posts():
    doc = load_text("Kỷ luật đảng viên\n\nHuyện ủy Mường Tè đã xem xét kỷ luật 14 đảng viên, trong đó hai đồng chí "
                    "Bí thư Đảng ủy xã, hai Phó Bí thư Đảng ủy xã và một Chủ tịch UBND xã.\n", source="memory:posts.txt")
    read = {(o.figure.value, o.figure.qualifier) for o in doc.context["outcomes"]
            if o.figure.indicator == "members_disciplined"}
    assert {(2, "Bí thư Đảng ủy xã"), (2, "Phó Bí thư Đảng ủy xã"), (1, "Chủ tịch UBND xã")} <= read


def test_the_badge_of_one_named_member_is_a_figure_of_years():
    figs = find_figures("Chi bộ trao Huy hiệu 40 năm tuổi Đảng cho đảng viên Lò Văn Mười.")
    assert [(f.value, f.unit, f.forced.qualifier) for f in figs] == [(40, "năm", "Huy hiệu tuổi Đảng")]


def test_badges_counted_by_members_are_counts_of_people_not_years():
    assert read("Năm nay có 9 đồng chí được trao Huy hiệu 50 năm tuổi Đảng.") == [(9, "người")]
