"""The forms of a discipline count what the list they break down counts: in "kỷ luật 25 tổ chức
đảng (khiển trách 18, cảnh cáo 7)" the 18 and 7 are bodies disciplined, the form as qualifier;
in "kỷ luật 310 đảng viên (khiển trách 200, …)" they stay members. A count joined after the
bracket ("…) và 310 đảng viên") is still governed by the verb before it."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return {f.value: f for f in figs}


def test_forms_after_a_count_of_bodies_count_bodies():
    figs = read("Năm 2024, các cấp ủy trong Đảng bộ huyện Mường La đã thi hành kỷ luật 25 tổ chức đảng "
                "(khiển trách 18, cảnh cáo 7).")
    assert (figs[25].indicator, figs[18].indicator, figs[7].indicator) == ("orgs_disciplined",) * 3
    assert (figs[18].qualifier, figs[18].unit, figs[7].qualifier) == ("khiển trách", "tổ chức đảng", "cảnh cáo")


def test_forms_after_a_count_of_members_stay_members():
    figs = read("Năm 2024, Huyện ủy Mường La đã thi hành kỷ luật 31 đảng viên (khiển trách 20, cảnh cáo 9, "
                "khai trừ 2) và thi hành kỷ luật 4 chi bộ (khiển trách 3, cảnh cáo 1).")
    assert {v: (figs[v].indicator, figs[v].qualifier) for v in (31, 20, 9, 2)} == {
        31: ("members_disciplined", None), 20: ("members_disciplined", "khiển trách"),
        9: ("members_disciplined", "cảnh cáo"), 2: ("members_disciplined", "khai trừ")}
    assert {v: (figs[v].indicator, figs[v].qualifier) for v in (4, 3, 1)} == {
        4: ("orgs_disciplined", "chi bộ"), 3: ("orgs_disciplined", "khiển trách"), 1: ("orgs_disciplined", "cảnh cáo")}


def test_members_joined_after_the_bodies_bracket_are_disciplined_members():
    figs = read("Năm 2024, Huyện ủy Mường La đã thi hành kỷ luật 4 chi bộ (khiển trách 3, cảnh cáo 1) "
                "và 31 đảng viên.")
    assert (figs[31].indicator, figs[31].qualifier, figs[31].unit) == ("members_disciplined", None, "đảng viên")


def test_forms_with_the_bodies_named_count_bodies():
    figs = read("Năm 2024, Huyện ủy Mường La đã thi hành kỷ luật 5 chi bộ (khiển trách 3 chi bộ, cảnh cáo 2 chi bộ).")
    assert [(figs[v].indicator, figs[v].qualifier) for v in (3, 2)] == [
        ("orgs_disciplined", "khiển trách"), ("orgs_disciplined", "cảnh cáo")]


def test_a_form_in_a_bracket_after_a_count_of_anything_else_counts_members():
    figs = read("Năm 2024, Huyện ủy Mường La kỷ luật đảng viên qua 12 cuộc kiểm tra (khiển trách 2, cảnh cáo 1).")
    assert [(figs[v].indicator, figs[v].unit) for v in (2, 1)] == [("members_disciplined", "đảng viên")] * 2


def test_forms_after_bodies_that_were_not_disciplined_count_members():
    figs = read("Năm 2024, Huyện ủy Mường Khương kiểm tra 15 chi bộ (kỷ luật khiển trách 2, cảnh cáo 1).")
    assert [(figs[v].indicator, figs[v].unit) for v in (2, 1)] == [("members_disciplined", "đảng viên")] * 2
    figs = read("Năm 2024, toàn Đảng bộ xã Pha Long có 45 chi bộ (kỷ luật khiển trách 2, cảnh cáo 1 đảng viên).")
    assert figs[2].indicator == "members_disciplined"


def test_bodies_dissolved_in_the_bracket_are_bodies_disciplined():
    figs = read("Năm 2024, Huyện ủy Mường La đã thi hành kỷ luật 5 tổ chức đảng (khiển trách 3, giải tán 2).")
    assert (figs[2].indicator, figs[2].qualifier, figs[2].unit) == ("orgs_disciplined", "giải tán", "tổ chức đảng")
