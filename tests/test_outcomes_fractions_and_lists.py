"""Fractions, counted lists and whose figure it is, on sentences written for the tests.

Each test states one reading rule: "617/646 đảng viên" is two figures, the part (what they
did) and the whole (how many members there are); a bracketed fraction after a percentage
counts the percentage's noun; a share written after a fraction is not an achievement against
a target; a breakdown after "trong đó" keeps the whole's indicator, number words and "một"
included; a place opening its sentence ("Ở phường X, …") is the figure's subject; "của xã"
after a counted noun names the commune; members counted as people are still members.
"""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context
from partykg.loaders.pipeline import load_text
from partykg.ontology.terms import PKG, RDFS


def read(text: str) -> list[tuple[float, str, str]]:
    figs = find_figures(text)
    read_context(text, figs)
    return [(f.value, f.unit, f.indicator) for f in figs]


def test_a_fraction_of_members_is_the_part_and_the_whole():
    got = read("Chi bộ có 45/48 đảng viên đã nộp hồ sơ.")
    assert (45, "đảng viên", "other") in got
    assert (48, "đảng viên", "party_members") in got


def test_a_fraction_of_cells_rated_gives_the_rating_and_the_number_of_cells():
    got = read("Đảng bộ có 7/9 chi bộ đạt trong sạch vững mạnh.")
    assert (7, "chi bộ", "orgs_rated_good") in got
    assert (9, "chi bộ", "party_cells") in got


def test_a_fraction_of_criteria_has_no_whole_of_its_own():
    got = read("Xã đạt 15/19 tiêu chí nông thôn mới.")
    assert [v for v, _, _ in got] == [15]


def test_a_bracketed_fraction_counts_the_noun_of_the_percentage_before_it():
    got = read("Có 100% đảng viên chính thức (320/320) đã nhận thẻ mới.")
    assert (320, "đảng viên", "other") in got
    assert (320, "đảng viên", "party_members") in got


def test_a_share_after_a_fraction_is_no_achievement_against_a_target():
    got = read("Huyện đã cấp thẻ cho 900/1.000 đảng viên, đạt 90% số đảng viên cần cấp.")
    assert (90, "%", "other") in got
    assert not any(ind == "target_achievement_rate" for _, _, ind in got)


def test_a_breakdown_after_trong_do_keeps_the_wholes_indicator():
    got = read("Có 12 đảng viên bị xem xét xử lý kỷ luật, trong đó hai đồng chí Bí thư chi bộ, "
               "ba Phó Bí thư, một Chủ tịch UBND và một Phó Chủ tịch UBND xã.")
    assert got == [(12, "đảng viên", "members_disciplined"), (2, "người", "members_disciplined"),
                   (3, "người", "members_disciplined"), (1, "người", "members_disciplined"),
                   (1, "người", "members_disciplined")]


def test_holders_named_before_the_discipline_are_disciplined():
    text = "Hai phó chủ tịch xã là các ông Lò Văn Tâm và Tòng Văn Hải bị kỷ luật khiển trách."
    got = read(text)
    assert (2, "người", "members_disciplined") in got
    figs = find_figures(text)
    read_context(text, figs)
    assert figs[0].qualifier == "khiển trách"  # the form of the discipline


def test_a_standing_vice_chair_named_as_an_object_is_not_the_subject():
    got = subjects("Huyện ủy Than Uyên, tỉnh Lai Châu họp. Ủy ban Kiểm tra Huyện ủy Than Uyên kết luận sai phạm của "
                   "đồng chí Phó Chủ tịch Thường trực UBND huyện; có 12 đảng viên phải xem xét xử lý kỷ luật.")
    assert got[12.0] == "Đảng bộ huyện Than Uyên"


def test_a_count_after_the_verb_kết_luận_is_a_count_not_a_document_number():
    got = read("Ủy ban Kiểm tra đã kết luận năm sai phạm của đơn vị.")
    assert (5, "sai phạm", "other") in got


def test_members_counted_as_people_are_members():
    got = read("Phường có số lượng đảng viên đông nhất với hơn 2.300 người.")
    assert (2300, "người", "party_members") in got


def subjects(text: str) -> dict[float, str]:
    doc = load_text(text, source="memory:test")
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    val = {f.s.value: float(f.o.value) for f in doc.facts if f.p == PKG.value}
    return {val[f.s.value]: lab.get(f.o.value, "") for f in doc.facts if f.p == PKG.refSubject}


def test_a_place_opening_its_sentence_is_the_subject_of_its_figures():
    got = subjects("Tỉnh Lai Châu đổi thẻ đảng viên. Đảng bộ tỉnh Lai Châu chỉ đạo sát sao. "
                   "Ở xã Mường Kim, 95% đảng viên đã nhận thẻ.")
    assert got[95.0] == "Mường Kim"


def test_the_commune_named_by_của_xã_owns_the_count():
    got = subjects("Đảng ủy xã Mường Kim, huyện Than Uyên, tỉnh Lai Châu họp. "
                   "Huyện ủy Than Uyên quyết định kỷ luật bảy cán bộ của xã vì sai phạm.")
    assert "Mường Kim" in got[7.0]


def periods(text: str) -> dict[float, tuple]:
    doc = load_text(text, source="memory:test")
    val = {f.s.value: float(f.o.value) for f in doc.facts if f.p == PKG.value}
    start = {f.s.value: f.o.value for f in doc.facts if f.p == PKG.periodStart}
    end = {f.s.value: f.o.value for f in doc.facts if f.p == PKG.periodEnd}
    return {v: (start.get(k), end.get(k)) for k, v in val.items()}


def test_a_year_fronting_a_sentence_without_figures_dates_the_paragraph():
    got = periods("Theo báo cáo của Ủy ban Kiểm tra Tỉnh ủy Lai Châu, trong năm 2018, công tác kiểm tra được chú trọng. "
                  "Cấp ủy các cấp kiểm tra 120 tổ chức đảng.")
    assert got[120.0] == ("2018", "2018")


def test_the_time_of_writing_does_not_take_the_year_told_of_before():
    got = periods("Năm 2018, Đảng bộ tỉnh Lai Châu kết nạp 500 đảng viên. Đến nay, toàn tỉnh có 3.000 đảng viên.")
    assert got[3000.0] == (None, None)


def test_a_level_as_of_a_year_is_at_that_year_and_a_flow_up_to_it_ends_there():
    got = periods("Tính đến năm 2019, Đảng bộ xã Mường Kim có 210 đảng viên. "
                  "Đến năm 2019, Đảng bộ xã Mường Kim đã kết nạp 45 đảng viên.")
    assert got[210.0] == ("2019", "2019")
    assert got[45.0] == (None, "2019")


def test_a_month_and_year_with_a_dash_is_a_period():
    got = periods("Tháng 4-2014, Đảng ủy xã Mường Kim kiểm tra và phát hiện 3 cán bộ vi phạm.")
    assert got[3.0] == ("2014", "2014")


def test_a_figure_after_two_joined_villages_is_each_ones():
    text = ("Huyện Than Uyên, tỉnh Lai Châu xóa bản trắng đảng viên. Đặc biệt, bản Nà Ban, xã Mường Kim và "
            "bản Nà Khương, xã Tà Mung mới thành lập, 100% hộ là đồng bào dân tộc Thái.")
    doc = load_text(text, source="memory:test")
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    val = {f.s.value: float(f.o.value) for f in doc.facts if f.p == PKG.value}
    got = {lab.get(f.o.value) for f in doc.facts if f.p == PKG.refSubject and val.get(f.s.value) == 100.0}
    assert {"Nà Ban", "Nà Khương"} <= got


def test_the_end_or_start_of_a_year_right_after_a_figure_dates_it_by_that_year():
    got = periods("Tỷ lệ hộ nghèo của xã Mường Kim giảm còn 9,5% vào cuối năm 2019. "
                  "Đảng bộ xã Mường Kim có 230 đảng viên đầu năm 2021.")
    assert got[9.5] == ("2019", "2019")
    assert got[230.0] == ("2021", "2021")


def test_an_event_dated_at_the_end_of_a_year_does_not_date_the_paragraph():
    # "cuối năm 2015, X gửi công văn": the date of one event, not the period of what follows
    got = periods("Đảng bộ xã Mường Kim họp. Với vụ việc ở bản Nà Khương, cuối năm 2015, Công an huyện có công văn "
                  "gửi Đảng ủy xã. Đảng ủy xã đã kiểm tra 6 đảng viên.")
    assert got[6.0] == (None, None)
