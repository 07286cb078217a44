"""A count of members stated with "là", its noun told before the number, then how much it changed:
"Số đảng viên toàn Đảng bộ là 300, tăng 20 đảng viên so với năm 2020". The number after "là" is
the membership (an observation of the level), also after a bare "Số" opening its clause and with
the date it was counted on before "là"; the "tăng … so với" is a change, also with its noun left
out ("tăng 27 so với năm 2021"). A bare "số" whose noun is followed by what its members did ("ra
khỏi Đảng", "được kết nạp") states no membership."""

from __future__ import annotations

from extraction import figure_subjects, read
from partykg.loaders.outcomes import find_figures, read_context


def figures(text: str) -> dict:
    figs = find_figures(text)
    read_context(text, figs)
    return {f.value: f for f in figs}


def test_a_level_after_a_bare_count_word_then_its_rise():
    figs = figures("Số đảng viên toàn Đảng bộ xã Nậm Xe là 300, tăng 20 đảng viên so với năm 2020.")
    level, rise = figs[300], figs[20]
    assert (level.indicator, level.unit, level.is_change) == ("party_members", "đảng viên", False)
    assert rise.is_change and rise.unit == "đảng viên" and "so với năm 2020" in rise.qualifier


def test_a_level_opening_a_later_clause():
    figs = figures("Qua đợt rà soát, số đảng viên của Đảng bộ hiện là 1.250, giảm 12 đảng viên so với năm 2022.")
    assert (figs[1250].indicator, figs[1250].is_change) == ("party_members", False)
    assert figs[12].is_change


def test_a_level_counted_on_a_date():
    figs = figures("Tổng số đảng viên của Đảng bộ phường đến cuối năm 2024 là 468, tăng 31 đảng viên so với "
                   "đầu nhiệm kỳ.")
    assert (figs[468].indicator, figs[468].unit, figs[468].is_change) == ("party_members", "đảng viên", False)
    assert figs[31].is_change


def test_members_who_did_something_are_no_membership():
    assert not figures("Trong năm, số đảng viên ra khỏi Đảng là 3.")
    assert 5 not in figures("Số đảng viên của chi bộ được kết nạp là 5, tăng 2 đảng viên so với năm trước.")


def test_a_bare_count_word_inside_a_clause_is_no_membership():
    assert 300 not in figures("Với số đảng viên là 300, chi bộ chia thành 5 tổ đảng.")


def test_both_figures_reach_the_party_body(pipeline):
    doc = read(pipeline, "Đảng bộ xã Nậm Xe tổng kết công tác xây dựng Đảng năm 2024.\n"
                         "Số đảng viên toàn Đảng bộ xã Nậm Xe là 300, tăng 20 đảng viên so với năm 2020.")
    got = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert (got[300].indicator, got[300].is_change) == ("party_members", False)
    assert got[20].is_change
    assert figure_subjects(doc)[300] == figure_subjects(doc)[20] == "Đảng bộ xã Nậm Xe"


def test_a_rise_told_without_its_noun_is_the_count_s_change():
    figs = figures("Tổng số đảng viên của Đảng bộ là 516, tăng 27 so với năm 2021.")
    assert (figs[516].indicator, figs[516].is_change) == ("party_members", False)
    assert (figs[27].unit, figs[27].is_change) == ("đảng viên", True)


def test_a_bare_number_after_a_rise_with_no_earlier_period_is_no_figure():
    assert 27 not in figures("Tổng số đảng viên của Đảng bộ là 516, tăng 27 trong năm.")


def test_a_level_owned_by_a_party_body_after_trong():
    figs = figures("Số đảng viên trong toàn Đảng bộ xã Phúc Sơn là 412.")
    assert (figs[412].indicator, figs[412].is_change) == ("party_members", False)
    figs = figures("Đến nay, số đảng viên của chi bộ thôn Đồng Tâm là 37.")
    assert figs[37].indicator == "party_members"


def test_members_of_a_kind_or_a_place_are_no_membership():
    for text in ("Số đảng viên thuộc diện được miễn công tác là 14.",
                 "Số đảng viên trong diện cán bộ dự nguồn là 9.",
                 "Số đảng viên đang ở nước ngoài là 4.",
                 "Số đảng viên ở nước ngoài là 6.",
                 "Số đảng viên trong khối doanh nghiệp là 230.",
                 "Số đảng viên ở độ tuổi dưới 35 là 71.",
                 "Số đảng viên trong đợt kiểm tra vừa qua là 16.",
                 "Số đảng viên tại hội nghị là 240."):
        assert not [f for f in figures(text).values() if f.indicator == "party_members"], text


def test_members_of_a_kind_within_a_party_body_are_no_membership():
    assert not figures("Số đảng viên trong Đảng bộ thuộc diện miễn sinh hoạt là 11.")


def test_cells_of_a_kind_give_no_figure():
    assert not figures("Số chi bộ trong sạch vững mạnh tiêu biểu là 21.")
    assert not figures("Số chi bộ thuộc khối cơ quan hành chính là 15.")


def test_any_owner_after_cua_toan_or_tren_dia_ban_owns_the_whole_count():
    # an agency, a force or a bloc has its party members as a party body has them
    for text, value in (("Tổng số đảng viên của Bộ đội Biên phòng tỉnh hiện có là 2.150.", 2150),
                        ("Số đảng viên của Kho bạc Nhà nước huyện là 38.", 38),
                        ("Tổng số đảng viên trong toàn Khối hiện là 4.900.", 4900),
                        ("Tổng số đảng viên trên địa bàn là 7.300.", 7300)):
        assert figures(text)[value].indicator == "party_members", text


def test_after_a_bare_so_only_a_party_body_or_a_place_owns_the_count():
    # what else follows "trong / thuộc / ở / tại" there is a part of the members
    for text in ("Số đảng viên ở vùng sâu là 640.", "Số đảng viên trong lực lượng công an là 310.",
                 "Số đảng viên thuộc đối tượng được miễn sinh hoạt là 17."):
        assert not [f for f in figures(text).values() if f.indicator == "party_members"], text
    assert figures("Số đảng viên trong Đảng bộ xã Pa Vây Sử là 212.")[212].indicator == "party_members"


def test_after_tong_so_a_bloc_owns_its_members():
    assert figures("Tổng số đảng viên trong Khối Doanh nghiệp tỉnh là 1.840.")[1840].indicator == "party_members"
